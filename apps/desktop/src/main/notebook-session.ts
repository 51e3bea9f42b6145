// The notebook the window shows, and switching to another. Its change events
// are forwarded to the renderer; opening one announces itself and joins the
// recent list.
import { openNotebook, openSampleNotebook, type Notebook } from '@dossier/notebook';
import type { AppEvent } from '@dossier/core';

export type OpenMode = 'existing' | 'create' | 'sample';

export interface NotebookSession {
  current(): Notebook | undefined;
  open(dir: string, mode: OpenMode): Promise<Notebook>;
  close(): Promise<void>;
}

export interface SessionDeps {
  seeds: string;
  emit(event: AppEvent): void;
  opened(dir: string): Promise<void>;
}

export function createNotebookSession(deps: SessionDeps): NotebookSession {
  let notebook: Notebook | undefined;
  let unsubscribe: (() => void) | undefined;
  // Opens and closes run one at a time, so two quick menu picks cannot race.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const closeCurrent = async () => {
    unsubscribe?.();
    unsubscribe = undefined;
    const old = notebook;
    notebook = undefined;
    await old?.close();
  };

  return {
    current: () => notebook,
    open: (dir, mode) =>
      serial(async () => {
        if (notebook && notebook.dir === dir) return notebook;
        // The new one opens first: if it fails, the current notebook stays open.
        const next =
          mode === 'sample'
            ? await openSampleNotebook(dir, deps.seeds)
            : await openNotebook(dir, { create: mode === 'create' });
        await closeCurrent();
        notebook = next;
        unsubscribe = next.onChange((event) => deps.emit(event));
        deps.emit({ type: 'notebook.opened', path: next.dir });
        await deps.opened(next.dir);
        return next;
      }),
    close: () => serial(closeCurrent),
  };
}
