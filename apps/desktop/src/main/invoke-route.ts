// One entry point for everything the renderer asks: a method name and raw input
// in, a DispatchResult out. Notebook methods go to `dispatch()`, shell methods
// to the shell handlers; both validate through the contracts first. A notebook
// open read-only takes nothing in: its imports and pastes are refused here,
// before a dialog opens or a file is read.
import { dispatch, isMethod, isShellMethod, type DispatchResult, type DossierService } from '@dossier/core';
import { dispatchShell, type ShellHandlers } from './shell-dispatch.js';

export interface InvokeRoute {
  /** The open notebook's service, if any notebook is open. */
  service(): DossierService | undefined;
  /** Whether the open notebook is open read-only (another process holds it). */
  readOnly?(): boolean;
  shell: ShellHandlers;
}

/** The methods that bring articles or highlights in: refused for a read-only notebook. */
export const IMPORT_METHODS: ReadonlySet<string> = new Set([
  'articles.import',
  'articles.capture',
  'annotations.importW3c',
  'shell.importWithDialog',
  'shell.importAnnotationsWithDialog',
]);

/** Why an import or a paste is refused in a read-only notebook; the renderer's tooltip says the same. */
export const READ_ONLY_IMPORT_MESSAGE =
  'this notebook is open read-only (another Dossier holds it): nothing can be imported or pasted into it';

export async function routeInvoke(route: InvokeRoute, method: unknown, input: unknown): Promise<DispatchResult> {
  if (typeof method === 'string' && IMPORT_METHODS.has(method) && route.service() && route.readOnly?.()) {
    return { ok: false, error: { code: 'read_only', message: READ_ONLY_IMPORT_MESSAGE } };
  }
  if (isShellMethod(method)) return dispatchShell(route.shell, method, input);
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `unknown method: ${String(method).slice(0, 80)}` } };
  }
  const service = route.service();
  if (!service) return { ok: false, error: { code: 'notebook_missing', message: 'no notebook is open' } };
  return dispatch(service, method, input);
}
