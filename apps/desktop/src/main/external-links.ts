// External links leave the app only for the system browser, only as plain
// http(s) URLs, and only after the user has seen where they lead.
import type { BrowserWindow, Dialog, Shell } from 'electron';

/** The URL if it is safe to hand to the system browser, else null. */
export function checkExternalUrl(raw: string): URL | null {
  if (raw.length > 4000) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Credentials in a URL are a classic way to disguise the real host.
  if (url.username || url.password || !url.hostname) return null;
  return url;
}

export interface ExternalOpener {
  (raw: string): Promise<boolean>;
}

/** Asks before opening, because the link may come from an imported article. */
export function createExternalOpener(
  shell: Pick<Shell, 'openExternal'>,
  dialog: Pick<Dialog, 'showMessageBox'>,
  window: () => BrowserWindow | undefined,
): ExternalOpener {
  return async (raw) => {
    const url = checkExternalUrl(raw);
    if (!url) return false;
    const options = {
      type: 'question' as const,
      buttons: ['Open in Browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: `Open ${url.hostname} in your browser?`,
      detail: url.href,
    };
    const parent = window();
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    if (response !== 0) return false;
    await shell.openExternal(url.href);
    return true;
  };
}
