// Articles: list, import (new, duplicate, changed), edit and remove.
import { DossierError, freshOutput, type Article, type ArticleSummary, type MethodInput } from '@dossier/core';
import type { NotebookState } from '../notebook.js';
import { deferredHighlightCounts } from '../storage/lazy-highlights.js';

// The import path has files of its own (import-articles.ts, import-store.ts).
export { importArticles } from './import-articles.js';

export function listArticles(state: NotebookState, input: MethodInput<'articles.list'>): ArticleSummary[] {
  // Right after opening, the counts come off the highlights' unparsed text (storage/lazy-highlights.ts).
  const deferred = input.tag ? null : deferredHighlightCounts(state.data);
  const tagged = new Set<string>();
  const own = new Map<string, number>();
  if (!deferred) {
    for (const a of state.data.annotations) {
      own.set(a.articleId, (own.get(a.articleId) ?? 0) + 1);
      if (input.tag && a.tags.some((t) => t === input.tag || t.startsWith(`${input.tag}/`))) tagged.add(a.articleId);
    }
  }
  const counts = deferred ?? own;
  // Each row and its source are copies, so dispatch need not clone the whole list again (fresh-output.ts).
  let rows = state.data.articles.map((entry) => ({
    ...entry,
    source: { ...entry.source },
    highlightCount: counts.get(entry.id) ?? 0,
  }));
  if (input.tag) rows = rows.filter((r) => tagged.has(r.id));
  if (input.outlet) {
    const outlet = input.outlet.toLowerCase();
    rows = rows.filter((r) => (r.outlet ?? '').toLowerCase() === outlet);
  }
  const sort = input.sort ?? 'importedAt';
  const key = (r: ArticleSummary): string | number =>
    sort === 'highlights' ? -r.highlightCount : sort === 'title' ? r.title.toLowerCase() : (r[sort] ?? '');
  // Keys worked out once per row, not twice per comparison, and the rows sorted by position (no wrapper
  // objects): the library of 100k articles sorts on every open.
  const keys = rows.map(key);
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka === kb) return byTitle(rows[a]!.title, rows[b]!.title);
    // Missing outlets and dates sort last, whatever the direction.
    if (ka === '') return 1;
    if (kb === '') return -1;
    return ka < kb ? -1 : 1;
  });
  return freshOutput(order.map((i) => rows[i]!));
}

/** The order of `String#localeCompare` (the default locale), without building a collator per call. */
const byTitle = new Intl.Collator().compare;

export async function updateArticle(state: NotebookState, input: MethodInput<'articles.update'>): Promise<Article> {
  const { id, ...changes } = input;
  return state.change(
    ['articles'],
    async () => {
      const article = { ...(await state.article(id)) };
      for (const [key, value] of Object.entries(changes) as [keyof typeof changes, string | undefined][]) {
        if (value === undefined) continue;
        if (key === 'title') {
          if (!value.trim()) throw new DossierError('invalid_input', 'a title cannot be empty');
          article.title = value.trim();
          article.titleDerived = false;
        } else if (key === 'note') {
          article.note = value;
        } else {
          // An empty string clears an optional field.
          if (value.trim()) article[key] = value.trim();
          else delete article[key];
        }
      }
      article.updatedAt = new Date().toISOString();
      await state.putArticle(article);
      await state.search.refresh(state, id);
      return article;
    },
    () => [id],
  );
}

export async function removeArticle(state: NotebookState, id: string): Promise<{ removed: boolean }> {
  if (state.lookup.indexOf(id) === -1) return { removed: false };
  await state.change(
    ['articles', 'annotations', 'links'],
    async () => {
      const data = state.data;
      data.articles = data.articles.filter((a) => a.id !== id);
      data.annotations = data.annotations.filter((a) => a.articleId !== id);
      data.links = data.links.filter((l) => l.from.articleId !== id && l.to.articleId !== id);
      state.forgetArticle(id);
      await state.search.refresh(state, id);
    },
    () => [id],
  );
  // Only once the catalog no longer names it: a crash before this leaves a stray file, never a dangling entry.
  await state.files.remove(id);
  return { removed: true };
}
