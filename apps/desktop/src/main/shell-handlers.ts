// The shell methods as the desktop answers them: with native dialogs. Paths
// chosen here never travel to the renderer as something it can reuse freely —
// opening a notebook by path is limited to the recent list the user built.
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { DossierError, type AppEvent } from '@dossier/core';
import { restoreArchive } from '@dossier/notebook';
import type { ExternalOpener } from './external-links.js';
import { EXPORT_FILES, exportToPath, importAnnotationsFromPath } from './export-files.js';
import { importFromPaths } from './import-files.js';
import type { NotebookSession } from './notebook-session.js';
import type { RecentNotebooks } from './recent-notebooks.js';
import type { ShellHandlers } from './shell-dispatch.js';

export interface ShellDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window(): BrowserWindow | undefined;
  session: NotebookSession;
  recent: RecentNotebooks;
  openExternal: ExternalOpener;
  emit(event: AppEvent): void;
  /** Where the save dialog starts (the user's documents folder). */
  documentsDir: string;
}

export const IMPORT_FILTERS = [
  { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'pdf'] },
  { name: 'All files', extensions: ['*'] },
];

export function createShellHandlers(deps: ShellDeps): ShellHandlers {
  const open = async (options: OpenDialogOptions) => {
    const parent = deps.window();
    return parent ? deps.dialog.showOpenDialog(parent, options) : deps.dialog.showOpenDialog(options);
  };
  const save = async (options: SaveDialogOptions) => {
    const parent = deps.window();
    return parent ? deps.dialog.showSaveDialog(parent, options) : deps.dialog.showSaveDialog(options);
  };
  const service = () => {
    const notebook = deps.session.current();
    if (!notebook) throw new DossierError('notebook_missing', 'no notebook is open');
    return notebook.service;
  };

  return {
    'shell.importWithDialog': async () => {
      const chosen = await open({
        title: 'Import articles',
        properties: ['openFile', 'multiSelections'],
        filters: IMPORT_FILTERS,
      });
      if (chosen.canceled || chosen.filePaths.length === 0) return [];
      return importFromPaths(service(), chosen.filePaths, deps.emit);
    },
    'shell.saveWithDialog': async ({ defaultName, content }) => {
      const chosen = await save({
        title: 'Save brief',
        // basename: the suggested name must not steer the dialog to another folder.
        defaultPath: join(deps.documentsDir, basename(defaultName)),
        filters: [
          { name: 'Markdown', extensions: ['md'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (chosen.canceled || !chosen.filePath) return null;
      await writeFile(chosen.filePath, content, 'utf8');
      return { path: chosen.filePath };
    },
    'shell.openNotebookWithDialog': async ({ create }) => {
      const chosen = await open({
        title: create ? 'New notebook: choose an empty folder' : 'Open notebook folder',
        buttonLabel: create ? 'Create Notebook' : 'Open Notebook',
        properties: ['openDirectory', 'createDirectory'],
      });
      const dir = chosen.filePaths[0];
      if (chosen.canceled || !dir) return null;
      const notebook = await deps.session.open(dir, create ? 'create' : 'existing');
      return { path: notebook.dir };
    },
    'shell.openNotebook': async ({ path }) => {
      if (!(await deps.recent.list()).includes(path)) {
        throw new DossierError('invalid_input', `not a recent notebook: ${path}; use File → Open Notebook…`);
      }
      const notebook = await deps.session.open(path, 'existing');
      return { path: notebook.dir };
    },
    'shell.recentNotebooks': () => deps.recent.list(),
    'shell.openExternal': async ({ url }) => ({ opened: await deps.openExternal(url) }),
    'shell.exportWithDialog': async (selection) => {
      if (selection.format === 'obsidian') {
        const chosen = await open({
          title: 'Export to an Obsidian vault: choose a folder',
          buttonLabel: 'Export Here',
          properties: ['openDirectory', 'createDirectory'],
        });
        const dir = chosen.filePaths[0];
        return chosen.canceled || !dir ? null : exportToPath(service(), selection, dir);
      }
      const file = EXPORT_FILES[selection.format];
      const chosen = await save({
        title: file.title,
        defaultPath: join(deps.documentsDir, file.name),
        filters: [file.filter, { name: 'All files', extensions: ['*'] }],
      });
      return chosen.canceled || !chosen.filePath ? null : exportToPath(service(), selection, chosen.filePath);
    },
    'shell.archiveWithDialog': async () => {
      const notebook = deps.session.current();
      if (!notebook) throw new DossierError('notebook_missing', 'no notebook is open');
      const chosen = await save({
        title: 'Save the whole notebook as one archive',
        defaultPath: join(deps.documentsDir, `${basename(notebook.dir)}.zip`),
        filters: [
          { name: 'Notebook archive', extensions: ['zip'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (chosen.canceled || !chosen.filePath) return null;
      return notebook.service['notebook.archive']({ path: chosen.filePath });
    },
    'shell.openArchiveWithDialog': async () => {
      const archive = await open({
        title: 'Open a notebook archive',
        properties: ['openFile'],
        filters: [
          { name: 'Notebook archive', extensions: ['zip'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      const file = archive.filePaths[0];
      if (archive.canceled || !file) return null;
      const target = await open({
        title: 'Restore the archive into: choose an empty folder',
        buttonLabel: 'Restore Here',
        properties: ['openDirectory', 'createDirectory'],
      });
      const dir = target.filePaths[0];
      if (target.canceled || !dir) return null;
      const { files } = await restoreArchive(file, dir);
      const notebook = await deps.session.open(dir, 'existing');
      return { path: notebook.dir, files };
    },
    'shell.importAnnotationsWithDialog': async () => {
      const chosen = await open({
        title: 'Import W3C Web Annotations',
        properties: ['openFile'],
        filters: [
          { name: 'Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      const file = chosen.filePaths[0];
      return chosen.canceled || !file ? [] : importAnnotationsFromPath(service(), file);
    },
  };
}
