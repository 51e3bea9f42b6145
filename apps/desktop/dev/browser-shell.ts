// The shell methods as a browser tab can honour them: there are no native
// dialogs, so import happens by drag-and-drop, and a saved brief lands in the
// dev server's downloads folder (its path is returned, as after a real save).
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DossierError, type DossierService } from '@dossier/core';
import { EXPORT_FILES, exportToPath } from '../src/main/export-files.js';
import type { ShellHandlers } from '../src/main/shell-dispatch.js';

export function createBrowserShell(options: {
  downloadsDir: string;
  notebookDir(): string;
  /** The served notebook's service, for exports. */
  service?: () => DossierService;
}): ShellHandlers {
  return {
    'shell.importWithDialog': async () => [],
    'shell.saveWithDialog': async ({ defaultName, content }) => {
      await mkdir(options.downloadsDir, { recursive: true });
      const path = join(options.downloadsDir, basename(defaultName));
      await writeFile(path, content, 'utf8');
      return { path };
    },
    'shell.openNotebookWithDialog': async () => null,
    'shell.openNotebook': async ({ path }) => {
      if (path !== options.notebookDir()) {
        throw new DossierError('invalid_input', 'dev:web serves one notebook; restart it with --notebook DIR');
      }
      return { path };
    },
    'shell.recentNotebooks': async () => [options.notebookDir()],
    'shell.openExternal': async ({ url }) => {
      console.log(`dev:web: the app asked to open ${url} (not opened from the dev server)`);
      return { opened: false };
    },
    // No dialog in a browser tab: exports land in the downloads folder, like a saved brief.
    'shell.exportWithDialog': async (selection) => {
      if (!options.service) throw new DossierError('invalid_input', 'dev:web cannot export without the notebook');
      await mkdir(options.downloadsDir, { recursive: true });
      const name = selection.format === 'obsidian' ? 'obsidian' : EXPORT_FILES[selection.format].name;
      return exportToPath(options.service(), selection, join(options.downloadsDir, name));
    },
    'shell.importAnnotationsWithDialog': async () => [],
    // A browser has no folder picker: the archive goes to the downloads folder, and restoring is the app's (or the CLI's).
    'shell.archiveWithDialog': async () => {
      if (!options.service) throw new DossierError('invalid_input', 'dev:web cannot archive without the notebook');
      await mkdir(options.downloadsDir, { recursive: true });
      return options.service()['notebook.archive']({ path: join(options.downloadsDir, 'notebook.zip') });
    },
    'shell.openArchiveWithDialog': async () => null,
  };
}
