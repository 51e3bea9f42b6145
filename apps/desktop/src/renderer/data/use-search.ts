// Search as you type: each change waits a moment for the next keystroke, and
// an answer to an older query never replaces a newer one.
import type { MethodParams, SearchHit } from '@dossier/core';
import { useEffect, useRef, useState } from 'react';
import { useClient } from './client-context.js';

export type SearchParams = MethodParams<'search.query'>;

const DEBOUNCE_MS = 80;

export function useSearch(params: SearchParams): { hits: SearchHit[]; error?: Error; searching: boolean } {
  const client = useClient();
  const [state, setState] = useState<{ hits: SearchHit[]; error?: Error; searching: boolean }>({
    hits: [],
    searching: false,
  });
  const latest = useRef(0);
  const key = JSON.stringify(params);
  useEffect(() => {
    const ticket = ++latest.current;
    const input = JSON.parse(key) as SearchParams;
    if (!input.q.trim()) {
      setState({ hits: [], searching: false });
      return;
    }
    setState((s) => ({ ...s, searching: true }));
    const timer = setTimeout(() => {
      client.call('search.query', input).then(
        (hits) => ticket === latest.current && setState({ hits, searching: false }),
        (error: unknown) =>
          ticket === latest.current &&
          setState({ hits: [], searching: false, error: error instanceof Error ? error : new Error(String(error)) }),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, key]);
  return state;
}
