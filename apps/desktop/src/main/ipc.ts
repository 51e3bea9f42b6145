// The IPC boundary. Only the app's own page, in the window's top frame, may
// call in; anything else (a stray frame, a page navigated elsewhere) is refused
// before its arguments are even looked at.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { AppEvent } from '@dossier/core';
import { routeInvoke, type InvokeRoute } from './invoke-route.js';

export const INVOKE_CHANNEL = 'dossier:invoke';
export const EVENT_CHANNEL = 'dossier:event';

export interface SenderFrame {
  url: string;
  parent: unknown;
}

export function registerInvokeHandler(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrustedUrl: (url: string) => boolean,
  route: InvokeRoute,
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frame = event.senderFrame as SenderFrame | null;
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      throw new Error(`${INVOKE_CHANNEL}: refused a call from an untrusted frame`);
    }
    return routeInvoke(route, method, input);
  });
}

export function sendAppEvent(contents: WebContents | undefined, event: AppEvent): void {
  if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
