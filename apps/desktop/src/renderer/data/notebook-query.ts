// Fetches something from the notebook and fetches it again whenever a change
// event says it may be stale, so every view stays current without a refresh
// button. Views asking the same question share one answer (see query-store.ts),
// and a burst of changes is answered with one refetch, not one per event.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { DossierClient } from '@dossier/core';
import { useClient } from './client-context.js';
import { queryStoreOf, type ChangeKind } from './query-store.js';

export type { ChangeKind } from './query-store.js';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * `load` runs on mount, when `key` changes, on `notebook.opened`, and on a
 * `notebook.changed` whose `what` meets `affectedBy` (and, when `articleId` is
 * given, whose articleIds are empty or include it). `key` names the question:
 * two call sites with one key share one answer.
 */
export function useNotebookQuery<T>(
  key: string,
  load: (client: DossierClient) => Promise<T>,
  affectedBy: readonly ChangeKind[],
  articleId?: string,
): QueryState<T> {
  const client = useClient();
  const store = queryStoreOf(client);
  // affectedBy is a constant list per call site, and load is named by key: neither is a dependency.
  const subscribe = useCallback(
    (listener: () => void) => store.subscribe({ key, load, affectedBy, articleId }, listener),
    [store, key, articleId],
  );
  const snapshot = useSyncExternalStore(subscribe, () => store.snapshot<T>(key));
  const reload = useCallback(() => store.reload(key), [store, key]);
  return useMemo(() => ({ ...snapshot, reload }), [snapshot, reload]);
}
