// One entry point for everything the renderer asks: a method name and raw input
// in, a DispatchResult out. Notebook methods go to `dispatch()`, shell methods
// to the shell handlers; both validate through the contracts first.
import { dispatch, isMethod, isShellMethod, type DispatchResult, type DossierService } from '@dossier/core';
import { dispatchShell, type ShellHandlers } from './shell-dispatch.js';

export interface InvokeRoute {
  /** The open notebook's service, if any notebook is open. */
  service(): DossierService | undefined;
  shell: ShellHandlers;
}

export async function routeInvoke(route: InvokeRoute, method: unknown, input: unknown): Promise<DispatchResult> {
  if (isShellMethod(method)) return dispatchShell(route.shell, method, input);
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `unknown method: ${String(method).slice(0, 80)}` } };
  }
  const service = route.service();
  if (!service) return { ok: false, error: { code: 'notebook_missing', message: 'no notebook is open' } };
  return dispatch(service, method, input);
}
