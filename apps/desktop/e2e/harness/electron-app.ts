// The real app through Playwright's `_electron`, where an Electron binary is
// installed. The npm package downloads its binary on first require, which
// cannot work offline, so the binary is looked up without requiring it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import type { TestDialogs } from './test-shell.js';
import { listSaved } from './test-shell.js';

export function electronBinary(): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: `${pathFile} is absent (the binary was never downloaded)` };
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

export async function launchApp(options: {
  binary: string;
  mainScript: string;
  notebookDir: string;
  userDataDir: string;
}): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: options.binary,
    args: [options.mainScript],
    env: { ...process.env, DOSSIER_NOTEBOOK: options.notebookDir, DOSSIER_USER_DATA: options.userDataDir },
  });
}

/** Native dialogs cannot be clicked by a test: replace them inside the main process. */
export async function stubElectronDialogs(app: ElectronApplication, saveDir: string): Promise<TestDialogs> {
  await app.evaluate(({ dialog }, dir) => {
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string };
      const name = (options.defaultPath ?? 'saved.md').split(/[\\/]/u).pop() ?? 'saved.md';
      return { canceled: false, filePath: `${dir}/${name}` };
    }) as typeof dialog.showSaveDialog;
    dialog.showOpenDialog = (async () => ({ canceled: true, filePaths: [] })) as typeof dialog.showOpenDialog;
  }, saveDir);
  // The external-link question is answered Cancel, and the system browser never starts.
  await app.evaluate(({ dialog, shell }) => {
    const record = globalThis as unknown as { __asked: string[]; __opened: string[] };
    record.__asked = [];
    record.__opened = [];
    dialog.showMessageBox = (async (...args: unknown[]) => {
      record.__asked.push((args.at(-1) as { message: string }).message);
      return { response: 1, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
    shell.openExternal = async (url: string) => void record.__opened.push(url);
  });
  return {
    chooseForImport: (paths) =>
      app.evaluate(({ dialog }, chosen) => {
        const original = dialog.showOpenDialog;
        dialog.showOpenDialog = (async () => {
          dialog.showOpenDialog = original;
          return { canceled: false, filePaths: chosen };
        }) as typeof dialog.showOpenDialog;
      }, paths),
    saveDir,
    saved: () => listSaved(saveDir),
    externalLinks: () =>
      app.evaluate(() => {
        const record = globalThis as unknown as { __asked: string[]; __opened: string[] };
        return { asked: [...record.__asked], opened: [...record.__opened] };
      }),
  };
}
