// The library a page at a time. A 100k-article library is ~40 MB as one list,
// copied to the renderer on open and again after every change; a page is the
// rows in view. The sorted order is worked out once per notebook revision and
// filter, and each page is a slice of it, so scrolling costs no sort.
import { freshOutput, type ArticleSummary, type LibraryRow, type MethodInput, type MethodOutput } from '@dossier/core';
import type { NotebookState } from '../notebook.js';
import { listArticles } from './articles.js';

type PageInput = MethodInput<'articles.page'>;

interface SortedLibrary {
  /** What the order was worked out from: a change gives a new revision, a rolled-back one fresh arrays. */
  articles: unknown;
  annotations: unknown;
  revision: number;
  question: string;
  rows: readonly ArticleSummary[];
}

/** Orders kept per notebook: the library's current one and a few it was just showing (a sort clicked back). */
const KEPT_ORDERS = 4;
const orders = new WeakMap<NotebookState, SortedLibrary[]>();

function sortedLibrary(state: NotebookState, input: PageInput): readonly ArticleSummary[] {
  const question = JSON.stringify([input.tag ?? null, input.outlet ?? null, input.sort ?? 'importedAt']);
  const { articles, annotations, revision } = state.data;
  const kept = (orders.get(state) ?? []).filter(
    (o) => o.articles === articles && o.annotations === annotations && o.revision === revision,
  );
  const found = kept.find((o) => o.question === question);
  if (found) return found.rows;
  const rows = listArticles(state, { tag: input.tag, outlet: input.outlet, sort: input.sort });
  orders.set(state, [{ articles, annotations, revision, question, rows }, ...kept].slice(0, KEPT_ORDERS));
  return rows;
}

/**
 * Rows `offset` to `offset + limit` of the library in the order `articles.list`
 * gives (reversed with `desc`), and how many rows there are in all.
 *
 * @example
 * pageArticles(state, { sort: 'title', offset: 200, limit: 100 }) // => { total: 100000, offset: 200, items: [100 rows] }
 */
export function pageArticles(state: NotebookState, input: PageInput): MethodOutput<'articles.page'> {
  const rows = sortedLibrary(state, input);
  const total = rows.length;
  const offset = Math.min(input.offset, total);
  const end = Math.min(total, offset + input.limit);
  const items: ArticleSummary[] = [];
  for (let i = offset; i < end; i++) {
    const row = rows[input.desc ? total - 1 - i : i]!;
    // Copies: the kept order is shared by every page asked of it.
    items.push({ ...row, source: { ...row.source } });
  }
  return freshOutput({ total, offset, items });
}

/**
 * The same rows as `pageArticles`, each with only the columns the library list
 * shows: what crosses to the renderer for every page scrolled through.
 *
 * @example
 * pageRows(state, { offset: 0, limit: 1 })
 * // => { total: 100000, offset: 0, rows: [{ id: 'a-1', title: '…', importedAt: '…', fileName: '000.txt', highlightCount: 2 }] }
 */
export function pageRows(state: NotebookState, input: PageInput): MethodOutput<'articles.rows'> {
  const rows = sortedLibrary(state, input);
  const total = rows.length;
  const offset = Math.min(input.offset, total);
  const end = Math.min(total, offset + input.limit);
  const shown: LibraryRow[] = [];
  for (let i = offset; i < end; i++) {
    const article = rows[input.desc ? total - 1 - i : i]!;
    const row: LibraryRow = {
      id: article.id,
      title: article.title,
      importedAt: article.importedAt,
      fileName: article.source.fileName,
      highlightCount: article.highlightCount,
    };
    // Absent rather than undefined, as the article has it: nothing extra to send.
    if (article.outlet !== undefined) row.outlet = article.outlet;
    if (article.publishedAt !== undefined) row.publishedAt = article.publishedAt;
    shown.push(row);
  }
  return freshOutput({ total, offset, rows: shown });
}

/**
 * Every outlet named in the library, with how many articles it has, most first
 * (then by name).
 *
 * @example
 * listOutlets(state) // => [{ outlet: 'Reuters', count: 5210 }, { outlet: 'BBC News', count: 5104 }, ...]
 */
export function listOutlets(state: NotebookState): MethodOutput<'articles.outlets'> {
  const counts = new Map<string, number>();
  for (const a of state.data.articles) if (a.outlet) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([outlet, count]) => ({ outlet, count }));
}
