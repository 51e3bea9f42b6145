// Gives a Chromium page the same `window.dossier` the Electron preload gives the
// app — `invoke` and `onEvent`, nothing else — wired to a real notebook in this
// test process through Playwright's exposeBinding. Calls go through the same
// route as the app's IPC handler, so they are validated by the same contracts.
import type { Page } from '@playwright/test';
import type { AppEvent, DispatchResult, DossierBridge } from '@dossier/core';
import type { Notebook } from '@dossier/notebook';
import { routeInvoke } from '../../src/main/invoke-route.js';
import type { ShellHandlers } from '../../src/main/shell-dispatch.js';

declare global {
  interface Window {
    dossier?: DossierBridge;
    /** The binding: answers a call with its DispatchResult as JSON text (see installBrowserBridge). */
    __dossierInvoke?: (method: string, input: unknown) => Promise<string>;
    __dossierEmit?: (event: AppEvent) => void;
  }
}

export interface BrowserBridge {
  /** Pushes an event to every listener the page has registered. */
  emit(event: AppEvent): Promise<void>;
  /** How many calls of each method the page has made. */
  calls: Map<string, number>;
  /** How long the notebook took to answer each of the page's calls, by method, in order (ms). */
  handlerMs: Map<string, number[]>;
  detach(): void;
}

export async function installBrowserBridge(
  page: Page,
  notebook: Notebook,
  shell: ShellHandlers,
  appOrigin: string,
): Promise<BrowserBridge> {
  const calls = new Map<string, number>();
  const handlerMs = new Map<string, number[]>();
  await page.exposeBinding('__dossierInvoke', async (source, method: unknown, input: unknown) => {
    // The same rule as the IPC handler: only the app's own page, in the top frame.
    if (source.frame !== page.mainFrame() || new URL(source.frame.url()).origin !== appOrigin) {
      throw new Error('dossier:invoke: refused a call from an untrusted frame');
    }
    calls.set(String(method), (calls.get(String(method)) ?? 0) + 1);
    const start = performance.now();
    const result = await routeInvoke(
      { service: () => notebook.service, readOnly: () => notebook.readOnly, shell },
      method,
      input,
    );
    const times = handlerMs.get(String(method)) ?? [];
    times.push(performance.now() - start);
    handlerMs.set(String(method), times);
    // One JSON text, parsed in the page, as Electron's IPC carries one structured clone: Playwright's binding
    // would otherwise wrap every value of the answer in its own serialisation, rebuilt value by value on the
    // page's main thread (a library page of 200 rows: 41 ms to arrive as objects, 5.6 ms as one text).
    return JSON.stringify(result);
  });
  await page.addInitScript(() => {
    const listeners = new Set<(event: AppEvent) => void>();
    const bridge = {
      invoke: (method: string, input: unknown) => {
        if (!window.__dossierInvoke) return Promise.reject(new Error('the test bridge is not installed'));
        return window.__dossierInvoke(method, input).then((answer) => JSON.parse(answer) as DispatchResult);
      },
      onEvent: (listener: (event: AppEvent) => void) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    };
    Object.defineProperty(window, 'dossier', { value: Object.freeze(bridge), writable: false });
    window.__dossierEmit = (event) => listeners.forEach((listener) => listener(event));
  });

  const emit = async (event: AppEvent) => {
    // A page mid-reload has no listeners yet; the reloaded app reads fresh state anyway.
    await page.evaluate((e) => window.__dossierEmit?.(e), event).catch(() => undefined);
  };
  const unsubscribe = notebook.onChange((event) => void emit(event));
  return { emit, calls, handlerMs, detach: unsubscribe };
}
