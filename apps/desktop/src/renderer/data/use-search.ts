// Search as you type, with no debounce delay: a keystroke is searched at once
// when no search is under way; keystrokes made while one is under way collapse
// into a single search for the newest text, sent when the answer comes back.
// So results follow typing as fast as the notebook answers, the notebook never
// gets a queue of stale queries, and an older answer never replaces a newer one.
// Texts that differ only in spaces around or between words are one question
// (the query language splits words on any run of spaces): the space typed
// between two words is answered at once by the results already shown.
import type { MethodParams, SearchHit } from '@dossier/core';
import { useEffect, useRef, useState } from 'react';
import { useClient } from './client-context.js';

export type SearchParams = MethodParams<'search.query'>;

/** Performance marks: a search was sent, and its answer arrived (detail: the text searched). */
export const SEARCH_SENT = 'dossier:search-sent';
export const SEARCH_ANSWERED = 'dossier:search-answered';

interface SearchState {
  hits: SearchHit[];
  error?: Error;
  searching: boolean;
  /** The text the hits were found for (they may lag behind typing). */
  answered: string;
}

/**
 * The question a search text asks: leading and trailing spaces dropped, runs of them made one.
 *
 * @example
 * sameQuestion('  Kremlin   talks ') // => 'Kremlin talks'
 */
export function sameQuestion(q: string): string {
  return q.trim().replace(/\s+/gu, ' ');
}

/** A search to send: its ticket (newest wins), its input and the question's key. */
interface Request {
  ticket: number;
  input: SearchParams;
  key: string;
}

export function useSearch(params: SearchParams): SearchState {
  const client = useClient();
  const [state, setState] = useState<SearchState & { answeredKey: string }>({
    hits: [],
    searching: false,
    answered: '',
    answeredKey: '',
  });
  const latest = useRef(0);
  const inFlight = useRef(false);
  const waiting = useRef<Request | null>(null);
  const key = JSON.stringify({ ...params, q: sameQuestion(params.q) });

  useEffect(() => {
    const ticket = ++latest.current;
    const input = JSON.parse(key) as SearchParams;
    if (!input.q) {
      waiting.current = null;
      setState({ hits: [], searching: false, answered: input.q, answeredKey: key });
      return;
    }
    setState((s) => ({ ...s, searching: true }));
    const send = (request: Request) => {
      inFlight.current = true;
      const settle = (next: SearchState) => {
        inFlight.current = false;
        if (request.ticket === latest.current) setState({ ...next, answeredKey: request.key });
        const queued = waiting.current;
        waiting.current = null;
        if (queued && queued.ticket === latest.current) send(queued);
      };
      // Marks on the page's Performance timeline, for the UI benchmark's account of a keystroke.
      // Only the newest of each is kept: a long session must not pile them up.
      performance.clearMarks(SEARCH_SENT);
      performance.mark(SEARCH_SENT, { detail: request.input.q });
      client.call('search.query', request.input).then(
        (hits) => {
          performance.clearMarks(SEARCH_ANSWERED);
          performance.mark(SEARCH_ANSWERED, { detail: request.input.q });
          settle({ hits, searching: false, answered: request.input.q });
        },
        (error: unknown) =>
          settle({
            hits: [],
            searching: false,
            answered: request.input.q,
            error: error instanceof Error ? error : new Error(String(error)),
          }),
      );
    };
    if (inFlight.current) waiting.current = { ticket, input, key };
    else send({ ticket, input, key });
  }, [client, key]);

  const { answeredKey, ...shown } = state;
  // The answer to this question is the answer to the text as typed, spaces and all.
  return answeredKey === key ? { ...shown, answered: params.q } : shown;
}
