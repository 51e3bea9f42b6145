// The renderer's only door to the app: two functions, and never ipcRenderer
// itself, so a compromised page cannot send on arbitrary channels or see the
// IPC event object (which carries a reference back to ipcRenderer).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppEvent, DispatchResult, DossierBridge } from '@dossier/core';

// Kept in step with src/main/ipc.ts; the preload bundle must not pull in main code.
const INVOKE_CHANNEL = 'dossier:invoke';
const EVENT_CHANNEL = 'dossier:event';

const bridge: DossierBridge = {
  invoke: (method: string, input: unknown) =>
    ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<DispatchResult>,
  onEvent(listener: (event: AppEvent) => void) {
    const forward = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('dossier', bridge);
