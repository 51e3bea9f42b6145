// The renderer's view of the notebook: a typed client over whatever bridge the
// runtime provides (Electron preload, or the browser test bridge).
import type { z } from 'zod';
import type { ChangeEvent, Method, MethodOutput, MethodParams } from './contract.js';
import type { DispatchResult } from './dispatch.js';
import { DossierError } from './errors.js';
import type { ShellContract, ShellMethod } from './shell-contract.js';

/** Progress of a long import, pushed while it runs. */
export interface ImportProgressEvent {
  type: 'import.progress';
  done: number;
  total: number;
  current: string;
}

/** The notebook that the window shows was replaced by another one. */
export interface NotebookOpenedEvent {
  type: 'notebook.opened';
  path: string;
}

/** A command chosen in the native application menu that the renderer carries out, e.g. `shortcuts`. */
export interface MenuCommandEvent {
  type: 'menu.command';
  command: string;
}

export type AppEvent = ChangeEvent | ImportProgressEvent | NotebookOpenedEvent | MenuCommandEvent;

/** What the preload exposes as `window.dossier`: one call and one subscription, nothing more. */
export interface DossierBridge {
  invoke(method: string, input: unknown): Promise<DispatchResult>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

type AnyMethod = Method | ShellMethod;
type ParamsOf<M extends AnyMethod> = M extends Method
  ? MethodParams<M>
  : M extends ShellMethod
    ? z.input<ShellContract[M]['input']>
    : never;
type OutputOf<M extends AnyMethod> = M extends Method
  ? MethodOutput<M>
  : M extends ShellMethod
    ? z.output<ShellContract[M]['output']>
    : never;

export interface DossierClient {
  call<M extends AnyMethod>(method: M, input?: ParamsOf<M>): Promise<OutputOf<M>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** Wraps a bridge so calls return values and failures throw `DossierError`. */
export function createClient(bridge: DossierBridge): DossierClient {
  return {
    async call(method, input) {
      const result = await bridge.invoke(method, input ?? {});
      if (!result.ok) throw new DossierError(result.error.code, result.error.message);
      return result.value as never;
    },
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
