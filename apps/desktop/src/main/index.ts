// Composition root of the main process: session policy, IPC, the notebook,
// the window and the menu, wired together. Each part lives in its own file.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { type AppEvent, formatCount } from '@dossier/core';
import { createExternalOpener } from './external-links.js';
import './extraction-worker.js';
import { registerInvokeHandler, sendAppEvent } from './ipc.js';
import { appLocations, isAppRendererUrl } from './locations.js';
import { menuTemplate } from './menu.js';
import { guardAllWebContents } from './navigation-guard.js';
import { createNotebookSession } from './notebook-session.js';
import { createRecentNotebooks } from './recent-notebooks.js';
import { applySessionPolicy } from './session-policy.js';
import { createShellHandlers } from './shell-handlers.js';
import { openInitialNotebook } from './startup.js';
import { createMainWindow } from './window.js';

// Tests (and people keeping several profiles) may point the app at another profile folder.
if (process.env.DOSSIER_USER_DATA) app.setPath('userData', process.env.DOSSIER_USER_DATA);

// One writer per notebook: a second instance would find the notebook locked.
if (!app.requestSingleInstanceLock()) app.quit();

const locations = appLocations({
  mainDir: __dirname,
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  userData: app.getPath('userData'),
  env: process.env,
});

let window: BrowserWindow | undefined;
const emit = (event: AppEvent) => sendAppEvent(window?.webContents, event);
const recent = createRecentNotebooks(join(locations.userData, 'recent.json'));
const notebooks = createNotebookSession({
  seeds: locations.seeds,
  emit,
  opened: async (dir) => {
    await recent.add(dir);
    await refreshMenu();
  },
});
const openExternal = createExternalOpener(shell, dialog, () => window);
const shellHandlers = createShellHandlers({
  dialog,
  window: () => window,
  session: notebooks,
  recent,
  openExternal,
  emit,
  documentsDir: app.getPath('documents'),
});

async function refreshMenu(): Promise<void> {
  const template = menuTemplate(
    {
      newNotebook: () => void reportFailure(shellHandlers['shell.openNotebookWithDialog']({ create: true })),
      openNotebook: () => void reportFailure(shellHandlers['shell.openNotebookWithDialog']({ create: false })),
      openRecent: (dir) => void reportFailure(notebooks.open(dir, 'existing')),
      importFiles: () => void reportFailure(importFromMenu()),
      showShortcuts: () => emit({ type: 'menu.command', command: 'shortcuts' }),
      exportNotebook: () => emit({ type: 'menu.command', command: 'export' }),
      archiveNotebook: () => void reportFailure(archiveFromMenu()),
      openArchive: () => void reportFailure(shellHandlers['shell.openArchiveWithDialog']({})),
    },
    await recent.list(),
    { isDev: !app.isPackaged, isMac: process.platform === 'darwin' },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function archiveFromMenu(): Promise<void> {
  const saved = await shellHandlers['shell.archiveWithDialog']({});
  if (saved) {
    await dialog.showMessageBox({
      type: 'info',
      message: `The notebook was saved as one archive (${saved.files} files)`,
      detail: `${saved.path}\nFile → Open Archive… brings it back, identical, in a new folder.`,
    });
  }
}

/** The renderer hears of imported files through change events; refused ones are told here. */
async function importFromMenu(): Promise<void> {
  const results = await shellHandlers['shell.importWithDialog']({});
  const refused = results.filter((r) => r.status === 'refused');
  if (refused.length) {
    await dialog.showMessageBox({
      type: 'warning',
      message: `${formatCount(refused.length)} of ${formatCount(results.length)} files were not imported`,
      detail: refused.map((r) => r.message ?? r.name).join('\n'),
    });
  }
}

async function reportFailure(task: Promise<unknown>): Promise<void> {
  try {
    await task;
  } catch (error) {
    dialog.showErrorBox('Dossier', error instanceof Error ? error.message : String(error));
  }
}

registerInvokeHandler(ipcMain, (url) => isAppRendererUrl(url, locations), {
  service: () => notebooks.current()?.service,
  readOnly: () => notebooks.current()?.readOnly ?? false,
  shell: shellHandlers,
});

app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let closing = false;
app.on('before-quit', (event) => {
  // The notebook saves its index and releases its lock before the process ends.
  if (closing) return;
  closing = true;
  event.preventDefault();
  void notebooks.close().finally(() => app.quit());
});

void app.whenReady().then(async () => {
  applySessionPolicy(session.defaultSession, locations.devServerUrl);
  guardAllWebContents(app, openExternal);
  await refreshMenu();
  await reportFailure(openInitialNotebook(notebooks, recent, locations, process.env));
  window = createMainWindow(locations);
  window.on('closed', () => (window = undefined));
  app.on('activate', () => {
    if (!window) window = createMainWindow(locations);
  });
});
