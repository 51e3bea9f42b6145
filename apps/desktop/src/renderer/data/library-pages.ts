// The library's rows a page at a time: only the pages under the rows in view
// are asked for (articles.rows: the columns the list shows, no more), each a
// question of the shared query store, so a change event refetches the pages in
// view and nothing else, and the renderer never holds or sorts the whole
// library. Pages seen a moment ago are kept (up to KEPT_PAGES) and shown while
// they are asked for again, so scrolling back shows rows at once.
//
// While pages are on their way no others are asked for: the view moves on, and
// once the answers are in, the pages under the rows in view then are asked for.
// A fling through thousands of rows so costs a request per answer, not one for
// every page flown past (each answer is decoded on the page's main thread, and
// a flick of twenty screens a frame asked for a page or more every frame: the
// frames waited for answers nobody would see).
import type { LibraryRow, MethodParams } from '@dossier/core';
import { useMemo, useRef } from 'react';
import { useClient } from './client-context.js';
import { useNotebookQuery } from './notebook-query.js';
import { queryStoreOf } from './query-store.js';

/** Rows per request: a few screens, so a page lasts a while of scrolling and stays small to send. */
export const PAGE_SIZE = 200;
/** Pages kept after they left the view: ~10,000 rows' worth. */
const KEPT_PAGES = 50;
/** The next page is asked for this many rows before the view reaches it, so rows are there when they scroll in. */
export const PREFETCH_ROWS = 100;

export type LibraryQuestion = Omit<MethodParams<'articles.rows'>, 'offset' | 'limit'>;

export interface LibraryRows {
  /** Rows in the library for this question; undefined until the first page answers. */
  total: number | undefined;
  /** The row at `index`, if its page has arrived. */
  row(index: number): LibraryRow | undefined;
  error: Error | undefined;
}

function pageKey(question: LibraryQuestion, page: number): string {
  return `articles.rows:${JSON.stringify({ ...question, offset: page * PAGE_SIZE, limit: PAGE_SIZE })}`;
}

function usePage(question: LibraryQuestion, page: number) {
  const input = { ...question, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
  return useNotebookQuery(pageKey(question, page), (client) => client.call('articles.rows', input), [
    'articles',
    'annotations',
    'tags',
  ]);
}

/** The pages asked for: the two under the view, and those just above and below it. */
type AskedPages = readonly [from: number, to: number, above: number, below: number];

/**
 * The rows of the library for `question`, loaded for the rows `first` to `last`
 * (those in view, never more than PAGE_SIZE apart).
 */
export function useLibraryRows(question: LibraryQuestion, first: number, last: number): LibraryRows {
  const key = JSON.stringify(question);
  const store = queryStoreOf(useClient());
  const pageOf = (index: number) => Math.floor(Math.max(0, index) / PAGE_SIZE);
  const from = pageOf(first);
  // Two pages cover any view of fewer than PAGE_SIZE rows, and the pages just above and below it
  // are asked for ahead; the store asks once for a page named twice.
  const inView: AskedPages = [
    from,
    Math.max(from, pageOf(last)),
    pageOf(first - PREFETCH_ROWS),
    pageOf(last + PREFETCH_ROWS),
  ];
  const asked = useRef<{ key: string; pages: AskedPages } | null>(null);
  // Read from the store before the pages are named: an answer that comes in re-renders the list, and
  // that render, seeing nothing on its way any more, asks for the pages in view.
  const waiting =
    asked.current?.key === key && asked.current.pages.some((p) => store.snapshot(pageKey(question, p)).loading);
  if (!waiting) asked.current = { key, pages: inView };
  const pages = asked.current!.pages;
  const a = usePage(question, pages[0]);
  const b = usePage(question, pages[1]);
  const above = usePage(question, pages[2]);
  const below = usePage(question, pages[3]);

  const kept = useRef({ key, pages: new Map<number, LibraryRow[]>(), total: undefined as number | undefined });
  if (kept.current.key !== key) kept.current = { key, pages: new Map(), total: undefined };
  const keptPages = kept.current;
  for (const [page, answer] of [
    [pages[2], above.data],
    [pages[3], below.data],
    [pages[0], a.data],
    [pages[1], b.data],
  ] as const) {
    if (!answer) continue;
    keptPages.total = answer.total;
    if (keptPages.pages.get(page) === answer.rows) continue;
    keptPages.pages.delete(page);
    keptPages.pages.set(page, answer.rows);
    if (keptPages.pages.size > KEPT_PAGES) keptPages.pages.delete(keptPages.pages.keys().next().value!);
  }
  const error = a.error ?? b.error;
  const total = keptPages.total;
  const answers = [a.data?.rows, b.data?.rows, above.data?.rows, below.data?.rows];
  return useMemo(
    () => ({
      total,
      error,
      row: (index: number) => keptPages.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    }),
    // A new answer is a new set of rows to show (the answers are listed one by one).
    [total, error, keptPages, ...answers],
  );
}
