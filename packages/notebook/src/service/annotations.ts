// Highlights: made from offsets or a quote, stored as position + quote
// selectors, re-anchored when their article's text changes.
import {
  DossierError,
  anchor,
  canonicalText,
  describe,
  findQuote,
  type Annotation,
  type Article,
  type Link,
  type MethodInput,
} from '@dossier/core';
import { newId } from '../ids.js';
import type { NotebookState } from '../notebook.js';

export const DEFAULT_COLOR = 'yellow';

export function listAnnotations(state: NotebookState, input: MethodInput<'annotations.list'>): Annotation[] {
  // One article's highlights (what the reader asks for) are looked up, not found among the notebook's.
  const from = input.articleId ? state.annotationLookup.of(input.articleId) : state.data.annotations;
  const chosen = from
    .filter((a) => input.orphans === undefined || a.orphan === input.orphans)
    .filter((a) => !input.tag || a.tags.some((t) => t === input.tag || t.startsWith(`${input.tag}/`)));
  const byPosition = (a: Annotation, b: Annotation) => a.target.position.start - b.target.position.start;
  if (input.articleId) return chosen.sort(byPosition);
  const order = new Map(state.data.articles.map((a, i) => [a.id, i]));
  return chosen.sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || byPosition(a, b));
}

export async function createAnnotation(
  state: NotebookState,
  input: MethodInput<'annotations.create'>,
): Promise<Annotation> {
  const article = await state.article(input.articleId);
  const text = canonicalText(article.blocks);
  let start = input.start;
  let end = input.end;
  if (input.quote !== undefined) {
    const found = findQuote(text, input.quote);
    if (!found) {
      throw new DossierError('not_found', `the quote was not found in "${article.title}": "${clip(input.quote)}"`);
    }
    ({ start, end } = found);
  }
  if (start === undefined || end === undefined || end > text.length) {
    throw new DossierError('invalid_input', `the range ${start}–${end} is outside the article (length ${text.length})`);
  }
  if (!text.slice(start, end).trim()) throw new DossierError('invalid_input', 'a highlight needs some text');
  const now = new Date().toISOString();
  const annotation: Annotation = {
    id: newId('h'),
    articleId: article.id,
    target: describe(text, start, end),
    tags: unique(input.tags),
    note: input.note,
    color: input.color ?? DEFAULT_COLOR,
    createdAt: now,
    updatedAt: now,
    orphan: false,
  };
  return state.change(
    ['annotations', 'tags'],
    async () => {
      const before = state.annotationLookup.of(article.id);
      state.data.annotations.push(annotation);
      await state.search.refreshHighlights(state, article.id, before);
      return annotation;
    },
    () => [article.id],
  );
}

export async function updateAnnotation(
  state: NotebookState,
  input: MethodInput<'annotations.update'>,
): Promise<Annotation> {
  const existing = findAnnotation(state, input.id);
  return state.change(
    ['annotations', 'tags'],
    async () => {
      const updated: Annotation = {
        ...existing,
        ...(input.tags ? { tags: unique(input.tags) } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...(input.color !== undefined ? { color: input.color } : {}),
        updatedAt: new Date().toISOString(),
      };
      const before = state.annotationLookup.of(updated.articleId);
      replaceAnnotation(state, updated);
      await state.search.refreshHighlights(state, updated.articleId, before);
      return updated;
    },
    (a) => [a.articleId],
  );
}

export async function removeAnnotation(state: NotebookState, id: string): Promise<{ removed: boolean }> {
  const existing = state.annotationLookup.get(id);
  if (!existing) return { removed: false };
  return state.change(
    ['annotations', 'tags', 'links'],
    async () => {
      const before = state.annotationLookup.of(existing.articleId);
      state.data.annotations = state.data.annotations.filter((a) => a.id !== id);
      // A link to a deleted highlight falls back to its article rather than vanishing.
      // Records are replaced, never edited in place: a new array is compared with the old by identity.
      const toArticle = ({ annotationId: _gone, ...end }: Link['from']) => end;
      state.data.links = state.data.links.map((link) =>
        link.from.annotationId === id || link.to.annotationId === id
          ? {
              ...link,
              from: link.from.annotationId === id ? toArticle(link.from) : link.from,
              to: link.to.annotationId === id ? toArticle(link.to) : link.to,
            }
          : link,
      );
      await state.search.refreshHighlights(state, existing.articleId, before);
      return { removed: true };
    },
    () => [existing.articleId],
  );
}

/**
 * Moves each highlight of `article` to where its quote now is. Returns how many
 * became orphans (kept, flagged, never dropped). Runs inside a change.
 */
export function reanchorArticle(state: NotebookState, article: Article): number {
  const text = canonicalText(article.blocks);
  let orphaned = 0;
  for (const annotation of state.annotationLookup.of(article.id)) {
    const i = state.annotationLookup.indexOf(annotation.id);
    const place = anchor(text, annotation.target);
    // Replaced, never edited in place, and through replaceAt: the journal records it.
    if (place)
      state.replaceAt('annotations', i, {
        ...annotation,
        target: describe(text, place.start, place.end),
        orphan: false,
      });
    else {
      state.replaceAt('annotations', i, { ...annotation, orphan: true });
      orphaned++;
    }
  }
  return orphaned;
}

export function findAnnotation(state: NotebookState, id: string): Annotation {
  const found = state.annotationLookup.get(id);
  if (!found) throw new DossierError('not_found', `no highlight with id ${id}`);
  return found;
}

function replaceAnnotation(state: NotebookState, updated: Annotation): void {
  const at = state.annotationLookup.indexOf(updated.id);
  // Removed by a change that ran between the lookup and this one.
  if (at === -1) throw new DossierError('not_found', `no highlight with id ${updated.id}`);
  state.replaceAt('annotations', at, updated);
}

function unique(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
