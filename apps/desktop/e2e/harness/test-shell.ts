// The shell methods for browser tests: the "dialogs" answer what the test set
// up beforehand. Import runs the app's own import code (size limit, progress).
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DossierError, type AppEvent } from '@dossier/core';
import type { Notebook } from '@dossier/notebook';
import { createExternalOpener } from '../../src/main/external-links.js';
import { EXPORT_FILES, exportToPath, importAnnotationsFromPath } from '../../src/main/export-files.js';
import { importFromPaths } from '../../src/main/import-files.js';
import type { ShellHandlers } from '../../src/main/shell-dispatch.js';

/** What a spec can arrange for the native dialogs, in Chromium and in Electron alike. */
export interface TestDialogs {
  /** The files the next File → Import dialog returns (then it is "cancelled" again). */
  chooseForImport(paths: string[]): Promise<void>;
  /** Where every save dialog saves, under the suggested name. */
  readonly saveDir: string;
  /** Files saved so far, as full paths. */
  saved(): Promise<string[]>;
  /**
   * What the app's external-link opener did: the questions it asked ("Open host in your
   * browser?", always answered Cancel here) and the URLs it handed to the system browser.
   */
  externalLinks(): Promise<{ asked: string[]; opened: string[] }>;
}

export async function listSaved(saveDir: string): Promise<string[]> {
  const names = await readdir(saveDir).catch(() => [] as string[]);
  return names.sort().map((name) => join(saveDir, name));
}

export function createTestShell(options: { notebook: Notebook; saveDir: string; emit(event: AppEvent): void }): {
  shell: ShellHandlers;
  dialogs: TestDialogs;
} {
  let forImport: string[] = [];
  const asked: string[] = [];
  const opened: string[] = [];
  // The app's own opener (its URL check, its question), with the system's dialog and browser replaced.
  const openExternal = createExternalOpener(
    { openExternal: async (url) => void opened.push(url) },
    {
      showMessageBox: (async (...args: unknown[]) => {
        asked.push((args.at(-1) as { message: string }).message);
        return { response: 1, checkboxChecked: false };
      }) as never,
    },
    () => undefined,
  );
  const shell: ShellHandlers = {
    'shell.importWithDialog': async () => {
      const paths = forImport;
      forImport = [];
      return paths.length ? importFromPaths(options.notebook.service, paths, options.emit) : [];
    },
    'shell.saveWithDialog': async ({ defaultName, content }) => {
      await mkdir(options.saveDir, { recursive: true });
      const path = join(options.saveDir, basename(defaultName));
      await writeFile(path, content, 'utf8');
      return { path };
    },
    'shell.openNotebookWithDialog': async () => null,
    'shell.openNotebook': async ({ path }) => {
      if (path !== options.notebook.dir) throw new DossierError('invalid_input', `not a recent notebook: ${path}`);
      return { path };
    },
    'shell.recentNotebooks': async () => [options.notebook.dir],
    'shell.openExternal': async ({ url }) => ({ opened: await openExternal(url) }),
    // The "dialog" picks saveDir: the suggested file name, or an obsidian/ folder there.
    'shell.exportWithDialog': async (selection) => {
      await mkdir(options.saveDir, { recursive: true });
      const name = selection.format === 'obsidian' ? 'obsidian' : EXPORT_FILES[selection.format].name;
      return exportToPath(options.notebook.service, selection, join(options.saveDir, name));
    },
    // Answers with the first file arranged by chooseForImport, like the import dialog.
    'shell.importAnnotationsWithDialog': async () => {
      const [path] = forImport;
      forImport = [];
      return path ? importAnnotationsFromPath(options.notebook.service, path) : [];
    },
    // The "dialog" saves into saveDir; restoring opens another notebook, which this shell cannot switch to.
    'shell.archiveWithDialog': async () =>
      options.notebook.service['notebook.archive']({ path: join(options.saveDir, 'notebook.zip') }),
    'shell.openArchiveWithDialog': async () => null,
  };
  const dialogs: TestDialogs = {
    chooseForImport: async (paths) => void (forImport = [...paths]),
    saveDir: options.saveDir,
    saved: () => listSaved(options.saveDir),
    externalLinks: async () => ({ asked: [...asked], opened: [...opened] }),
  };
  return { shell, dialogs };
}
