// Fetches something from the notebook and fetches it again whenever a change
// event says it may be stale, so every view stays current without a refresh
// button. When requests overlap, the latest one wins.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppEvent, ChangeEvent, DossierClient } from '@dossier/core';
import { useClient } from './client-context.js';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

export type ChangeKind = ChangeEvent['what'][number];

/**
 * `load` runs on mount, when `key` changes, on `notebook.opened`, and on a
 * `notebook.changed` whose `what` meets `affectedBy` (and, when `articleId` is
 * given, whose articleIds are empty or include it).
 */
export function useNotebookQuery<T>(
  key: string,
  load: (client: DossierClient) => Promise<T>,
  affectedBy: readonly ChangeKind[],
  articleId?: string,
): QueryState<T> {
  const client = useClient();
  const [state, setState] = useState<{ key: string; data?: T; error?: Error; loading: boolean }>({
    key,
    loading: true,
  });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current(client).then(
      (data) => ticket === latest.current && setState({ key, data, loading: false }),
      (error: unknown) =>
        ticket === latest.current &&
        setState({ key, loading: false, error: error instanceof Error ? error : new Error(String(error)) }),
    );
  }, [client, key]);

  useEffect(() => {
    run();
    const affected = new Set<string>(affectedBy);
    return client.onEvent((event: AppEvent) => {
      if (event.type === 'notebook.opened') return run();
      if (event.type !== 'notebook.changed') return;
      const relevant = event.what.some((w) => affected.has(w) || w === 'notebook');
      const forThis = !articleId || event.articleIds.length === 0 || event.articleIds.includes(articleId);
      if (relevant && forThis) run();
    });
    // affectedBy is a constant list per call site, so it is not a dependency.
  }, [client, run, articleId]);

  // Data from a previous key is stale for the new one: show it as loading, never as the answer.
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: !current || state.loading,
    reload: run,
  };
}
