// Exports: W3C Web Annotations, an Obsidian folder, CSL-JSON and BibTeX, all
// rendered from one selection of the notebook.
import { DossierError, type MethodInput, type MethodOutput } from '@dossier/core';
import type { NotebookState } from '../notebook.js';
import { renderBibtex } from './bibtex.js';
import { renderCsl } from './csl.js';
import { renderObsidian } from './obsidian.js';
import { selectForExport } from './selection.js';
import { renderW3c } from './w3c.js';

export { writeObsidianVault, surveyVault, userPart, type VaultFileReport } from './obsidian-vault.js';
export { USER_MARKER } from './obsidian.js';

/** The file a single-file export is saved as, unless the user names another. */
export const EXPORT_FILE_NAMES = {
  w3c: 'dossier-annotations.jsonld',
  csl: 'dossier-sources.json',
  bibtex: 'dossier-sources.bib',
} as const;

export async function renderExport(
  state: NotebookState,
  input: MethodInput<'export.render'>,
): Promise<MethodOutput<'export.render'>> {
  const data = await selectForExport(state, input);
  const counts = { articleCount: data.articles.length, annotationCount: data.annotations.length };
  switch (input.format) {
    case 'w3c':
      return { files: [{ path: EXPORT_FILE_NAMES.w3c, content: renderW3c(data) }], ...counts };
    case 'csl':
      return { files: [{ path: EXPORT_FILE_NAMES.csl, content: renderCsl(data) }], ...counts, annotationCount: 0 };
    case 'bibtex':
      return {
        files: [{ path: EXPORT_FILE_NAMES.bibtex, content: renderBibtex(data) }],
        ...counts,
        annotationCount: 0,
      };
    case 'obsidian':
      return { files: renderObsidian(data, input), ...counts };
    default:
      throw new DossierError('invalid_input', `unknown export format ${String(input.format)}`);
  }
}
