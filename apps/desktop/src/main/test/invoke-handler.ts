// Registers the real dossier:invoke handler on a recording ipcMain and hands
// back the handler, so tests can call it as Electron would.
import { pathToFileURL } from 'node:url';
import type { IpcMain } from 'electron';
import type { DispatchResult, DossierService } from '@dossier/core';
import { registerInvokeHandler } from '../ipc.js';
import { isAppRendererUrl } from '../locations.js';
import type { ShellHandlers } from '../shell-dispatch.js';

const rendererFile = '/app/out/renderer/index.html';
export const appUrl = pathToFileURL(rendererFile).href;

export type Handler = (event: unknown, method: unknown, input: unknown) => Promise<DispatchResult>;

export const unusedShell = new Proxy({} as ShellHandlers, {
  get: (_target, name) => async () => {
    throw new Error(`shell handler ${String(name)} should not run`);
  },
});

export function handlerFor(
  service: () => DossierService | undefined,
  shell: ShellHandlers = unusedShell,
  readOnly: () => boolean = () => false,
): Handler {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
  registerInvokeHandler(
    ipcMain as unknown as Pick<IpcMain, 'handle'>,
    (url) => isAppRendererUrl(url, { rendererFile }),
    { service, readOnly, shell },
  );
  const handler = handlers.get('dossier:invoke');
  if (!handler) throw new Error('no dossier:invoke handler registered');
  return handler;
}

export const fromApp = { senderFrame: { url: `${appUrl}#/reader/1`, parent: null } };
