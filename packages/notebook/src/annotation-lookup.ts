// Finding a highlight by id, and an article's highlights, without scanning
// every highlight of the notebook: each save re-indexes its article for search
// and each reader asks for one article's highlights, and a scan of 100,000
// highlights per save made saving cost what the notebook holds, not what the
// article holds.
import type { Annotation } from '@dossier/core';

/**
 * Follows the notebook's highlight array as the service changes it: a push is
 * indexed as it comes, a record replaced at its place (same id) needs nothing,
 * and a new array (a removal, a rollback, a replay) is indexed afresh on the
 * next question. A position that no longer holds the id it held (an edit this
 * class did not foresee) is noticed and indexed afresh too, so an answer is
 * never stale.
 */
export class AnnotationLookup {
  private seen: Annotation[] | null = null;
  private seenLength = 0;
  private readonly position = new Map<string, number>();
  private readonly idsByArticle = new Map<string, string[]>();

  /** `annotations` is read on every call, as the notebook may replace its array. */
  constructor(private readonly annotations: () => Annotation[]) {}

  /** The highlight with `id`, or undefined. */
  get(id: string): Annotation | undefined {
    const all = this.current();
    const at = this.position.get(id);
    if (at === undefined) return undefined;
    if (all[at]?.id === id) return all[at];
    // Indexed afresh, every position holds its id.
    this.rebuild(all);
    const again = this.position.get(id);
    return again === undefined ? undefined : all[again];
  }

  /** Where the highlight with `id` is in the notebook's array, or -1. */
  indexOf(id: string): number {
    const found = this.get(id);
    return found ? this.position.get(id)! : -1;
  }

  /** The highlights of one article, in the order the notebook stores them. */
  of(articleId: string): Annotation[] {
    const all = this.current();
    const own = this.read(all, articleId);
    if (own) return own;
    this.rebuild(all);
    return this.read(all, articleId) ?? [];
  }

  /** How many highlights an article has. */
  countOf(articleId: string): number {
    return this.of(articleId).length;
  }

  /** The article's highlights, or null when a position no longer holds what was indexed there. */
  private read(all: readonly Annotation[], articleId: string): Annotation[] | null {
    const own: Annotation[] = [];
    for (const id of this.idsByArticle.get(articleId) ?? []) {
      const found = all[this.position.get(id)!];
      if (found?.id !== id || found.articleId !== articleId) return null;
      own.push(found);
    }
    return own;
  }

  private current(): Annotation[] {
    const all = this.annotations();
    if (all !== this.seen || all.length < this.seenLength) this.rebuild(all);
    else if (all.length > this.seenLength) this.indexFrom(all, this.seenLength);
    return all;
  }

  private rebuild(all: Annotation[]): void {
    this.position.clear();
    this.idsByArticle.clear();
    this.seen = all;
    this.indexFrom(all, 0);
  }

  private indexFrom(all: Annotation[], from: number): void {
    for (let i = from; i < all.length; i++) {
      const { id, articleId } = all[i]!;
      // An id stored twice (Dossier never writes one) is answered by its first copy.
      if (this.position.has(id)) continue;
      this.position.set(id, i);
      const ids = this.idsByArticle.get(articleId);
      if (ids) ids.push(id);
      else this.idsByArticle.set(articleId, [id]);
    }
    this.seenLength = all.length;
  }
}
