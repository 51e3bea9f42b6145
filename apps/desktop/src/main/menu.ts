// The application menu. Items call back into the composition root; Help →
// Keyboard Shortcuts asks the renderer to show its overlay.
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';

export interface MenuActions {
  newNotebook(): void;
  openNotebook(): void;
  openRecent(dir: string): void;
  importFiles(): void;
  /** Shows the Export screen (W3C, Obsidian, CSL-JSON, BibTeX). */
  exportNotebook(): void;
  /** Saves the whole notebook as one zip archive. */
  archiveNotebook(): void;
  /** Restores a notebook archive into a new folder and opens it. */
  openArchive(): void;
  showShortcuts(): void;
}

export function menuTemplate(
  actions: MenuActions,
  recent: readonly string[],
  options: { isDev: boolean; isMac: boolean },
): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((dir) => ({ label: `${basename(dir)} — ${dir}`, click: () => actions.openRecent(dir) }))
    : [{ label: 'No recent notebooks', enabled: false }];
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(options.isDev ? [{ role: 'toggleDevTools' } as const] : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Notebook…', click: () => actions.newNotebook() },
        { label: 'Open Notebook…', click: () => actions.openNotebook() },
        { label: 'Open Recent', submenu: recentItems },
        { label: 'Open Archive…', click: () => actions.openArchive() },
        { type: 'separator' },
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
        { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportNotebook() },
        { label: 'Save Archive of Notebook…', click: () => actions.archiveNotebook() },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    {
      role: 'help',
      // No accelerator: `?` belongs to the renderer, which ignores it while the user types.
      submenu: [{ label: 'Keyboard Shortcuts', click: () => actions.showShortcuts() }],
    },
  ];
}
