import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DossierBridge } from '@dossier/core';

vi.mock('electron', () => import('../main/test/fake-electron.js'));
const electron = await import('../main/test/fake-electron.js');

describe('the preload', () => {
  let bridge: DossierBridge;
  beforeAll(async () => {
    await import('./index.js');
    bridge = electron.contextBridge.exposed.get('dossier') as DossierBridge;
  });

  it('exposes exactly two functions, invoke and onEvent, as window.dossier', () => {
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['dossier']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.onEvent).toBe('function');
  });

  it('never hands ipcRenderer itself to the page', () => {
    const values = Object.values(bridge) as unknown[];
    expect(values).not.toContain(electron.ipcRenderer);
  });

  it('forwards invoke(method, input) on the single dossier:invoke channel', async () => {
    const result = await bridge.invoke('articles.get', { id: 'a1' });
    expect(electron.ipcRenderer.invocations.at(-1)).toEqual(['dossier:invoke', 'articles.get', { id: 'a1' }]);
    expect(result).toEqual({ ok: true, value: 'answered' });
  });

  it('gives event listeners the payload only, never the IPC event, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args: unknown[]) => received.push(args));
    electron.ipcRenderer.emit('dossier:event', { type: 'notebook.opened', path: '/n' });
    unsubscribe();
    electron.ipcRenderer.emit('dossier:event', { type: 'notebook.opened', path: '/m' });
    expect(received).toEqual([[{ type: 'notebook.opened', path: '/n' }]]);
    expect(electron.ipcRenderer.listeners.get('dossier:event')?.size).toBe(0);
  });
});
