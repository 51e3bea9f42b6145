// Writing an export where the user chose: one file for W3C, CSL-JSON and
// BibTeX; a folder for Obsidian, updated in place (the user's notes below the
// marker line are kept). Free of Electron, so the test shell uses it too.
import { readFile, stat, writeFile } from 'node:fs/promises';
import {
  dispatch,
  DossierError,
  type AnnotationImportResult,
  type DossierService,
  type EXPORT_FORMATS,
  type MethodOutput,
} from '@dossier/core';
import { writeObsidianVault } from '@dossier/notebook';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the save dialog suggests and filters for each single-file format. */
export const EXPORT_FILES: Record<Exclude<ExportFormat, 'obsidian'>, { title: string; name: string; filter: { name: string; extensions: string[] } }> = {
  w3c: { title: 'Export highlights as W3C Web Annotations', name: 'dossier-annotations.jsonld', filter: { name: 'JSON-LD', extensions: ['jsonld', 'json'] } },
  csl: { title: 'Export sources as CSL-JSON', name: 'dossier-sources.json', filter: { name: 'CSL-JSON', extensions: ['json'] } },
  bibtex: { title: 'Export sources as BibTeX', name: 'dossier-sources.bib', filter: { name: 'BibTeX', extensions: ['bib'] } },
}; // prettier-ignore

async function render(service: DossierService, input: object): Promise<MethodOutput<'export.render'>> {
  const result = await dispatch(service, 'export.render', input);
  if (!result.ok) throw new DossierError(result.error.code, result.error.message);
  return result.value as MethodOutput<'export.render'>;
}

export async function exportToPath(
  service: DossierService,
  selection: { format: ExportFormat; tags: string[] },
  path: string,
): Promise<{ path: string; articleCount: number; annotationCount: number; written: number }> {
  if (selection.format === 'obsidian') {
    let counts = { articleCount: 0, annotationCount: 0 };
    const report = await writeObsidianVault(path, async (plan) => {
      const output = await render(service, { ...selection, ...plan });
      counts = { articleCount: output.articleCount, annotationCount: output.annotationCount };
      return output;
    });
    return { path, ...counts, written: report.filter((r) => r.status !== 'unchanged').length };
  }
  const output = await render(service, selection);
  await writeFile(path, output.files[0]!.content, 'utf8');
  return { path, articleCount: output.articleCount, annotationCount: output.annotationCount, written: 1 };
}

/** Larger annotation files are refused before they are read. */
export const MAX_ANNOTATION_FILE_BYTES = 200 * 1024 * 1024;

/** Imports the W3C Web Annotations of one file; a file that cannot be read is one refused line. */
export async function importAnnotationsFromPath(
  service: DossierService,
  path: string,
): Promise<AnnotationImportResult[]> {
  const size = (await stat(path)).size;
  if (size > MAX_ANNOTATION_FILE_BYTES) {
    throw new DossierError(
      'refused_file',
      `${path}: is too large (${Math.round(size / 1048576)} MB; the limit is 200 MB)`,
    );
  }
  const result = await dispatch(service, 'annotations.importW3c', { json: await readFile(path, 'utf8') });
  if (!result.ok) throw new DossierError(result.error.code, result.error.message);
  return result.value as AnnotationImportResult[];
}
