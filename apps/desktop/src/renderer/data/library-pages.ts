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
  const from = Math.floor(Math.max(0, first) / PAGE_SIZE);
  const to = Math.max(from, Math.floor(Math.max(0, last) / PAGE_SIZE));
  // Two pages cover any view of fewer than PAGE_SIZE rows; when both are one, the store asks once.
  const a = usePage(question, from);
  const b = usePage(question, to);
  const kept = useRef({ key, pages: new Map<number, ArticleSummary[]>(), total: undefined as number | undefined });
  if (kept.current.key !== key) kept.current = { key, pages: new Map(), total: undefined };
  const store = kept.current;
  for (const [page, answer] of [
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
  const aItems = a.data?.items;
  const bItems = b.data?.items;
  return useMemo(
    () => ({
      total,
      error,
      row: (index: number) => store.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    }),
    // A new answer (aItems, bItems) is a new set of rows to show.
    [total, error, store, aItems, bItems],
  );
}
