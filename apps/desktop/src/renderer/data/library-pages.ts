// The library's rows a page at a time: only the pages under the rows in view
// are asked for (articles.page), each a question of the shared query store, so
// a change event refetches the pages in view and nothing else, and the
// renderer never holds or sorts the whole library. Pages seen a moment ago are
// kept (up to KEPT_PAGES) and shown while they are asked for again, so
// scrolling back shows rows at once.
import type { ArticleSummary, MethodParams } from '@dossier/core';
import { useMemo, useRef } from 'react';
import { useNotebookQuery } from './notebook-query.js';

/** Rows per request: a few screens, so a page lasts a while of scrolling and stays small to send. */
export const PAGE_SIZE = 200;
/** Pages kept after they left the view: ~10,000 rows' worth. */
const KEPT_PAGES = 50;
/** The next page is asked for this many rows before the view reaches it, so rows are there when they scroll in. */
export const PREFETCH_ROWS = 100;

export type LibraryQuestion = Omit<MethodParams<'articles.page'>, 'offset' | 'limit'>;

export interface LibraryRows {
  /** Rows in the library for this question; undefined until the first page answers. */
  total: number | undefined;
  /** The row at `index`, if its page has arrived. */
  row(index: number): ArticleSummary | undefined;
  error: Error | undefined;
}

function usePage(question: LibraryQuestion, page: number) {
  const input = { ...question, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
  return useNotebookQuery(`articles.page:${JSON.stringify(input)}`, (client) => client.call('articles.page', input), [
    'articles',
    'annotations',
    'tags',
  ]);
}

/**
 * The rows of the library for `question`, loaded for the rows `first` to `last`
 * (those in view, never more than PAGE_SIZE apart).
 */
export function useLibraryRows(question: LibraryQuestion, first: number, last: number): LibraryRows {
  const key = JSON.stringify(question);
  const pageOf = (index: number) => Math.floor(Math.max(0, index) / PAGE_SIZE);
  const from = pageOf(first);
  const to = Math.max(from, pageOf(last));
  // Two pages cover any view of fewer than PAGE_SIZE rows, and the pages just above and below it
  // are asked for ahead; the store asks once for a page named twice.
  const a = usePage(question, from);
  const b = usePage(question, to);
  const above = usePage(question, pageOf(first - PREFETCH_ROWS));
  const below = usePage(question, pageOf(last + PREFETCH_ROWS));
  const kept = useRef({ key, pages: new Map<number, ArticleSummary[]>(), total: undefined as number | undefined });
  if (kept.current.key !== key) kept.current = { key, pages: new Map(), total: undefined };
  const store = kept.current;
  for (const [page, answer] of [
    [pageOf(first - PREFETCH_ROWS), above.data],
    [pageOf(last + PREFETCH_ROWS), below.data],
    [from, a.data],
    [to, b.data],
  ] as const) {
    if (!answer) continue;
    store.total = answer.total;
    if (store.pages.get(page) === answer.items) continue;
    store.pages.delete(page);
    store.pages.set(page, answer.items);
    if (store.pages.size > KEPT_PAGES) store.pages.delete(store.pages.keys().next().value!);
  }
  const error = a.error ?? b.error;
  const total = store.total;
  const answers = [a.data?.items, b.data?.items, above.data?.items, below.data?.items];
  return useMemo(
    () => ({
      total,
      error,
      row: (index: number) => store.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    }),
    // A new answer is a new set of rows to show (the answers are listed one by one).
    [total, error, store, ...answers],
  );
}
