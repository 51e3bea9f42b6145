// Ranked rows of the index turned into hits: which of the query's terms each
// article holds, and its score with spelling variants weighed down as
// minisearch weighs them.
import { VARIANT_WEIGHT, type IndexHit } from '@dossier/search';
import type { MatchLeaf } from './fts-match.js';

/** A ranked row: FTS5's bm25 rank (lower is better) of the article `id`. */
export type RankedRow = { rowid: number; id: string; rank: number };

/** The article's terms that the query's leaves name (as typed, a variant, or completing a prefix) → the leaf. */
export type MatchedTerms = Map<string, MatchLeaf>;

/**
 * The best `limit` hits of `rows`, given the query's terms each row's article
 * holds (`matchedOf`, see {@link matchedInText} and {@link matchedInPostings});
 * `typedTermOf` maps a searched term to the word typed for it.
 */
export function toHits(
  rows: readonly RankedRow[],
  matchedOf: (rowid: number) => MatchedTerms,
  typedTermOf: ReadonlyMap<string, string>,
  limit: number,
): IndexHit[] {
  const hits = rows.map((row): IndexHit => {
    const matched = matchedOf(row.rowid);
    const typed = (leaf: MatchLeaf) => typedTermOf.get(leaf.term) ?? leaf.term;
    // A typed word this article holds only in another spelling counts as in minisearch: VARIANT_WEIGHT.
    const asTyped = new Set([...matched.values()].filter((l) => !l.variant).map(typed));
    const onlyVariants = new Set([...matched.values()].map(typed).filter((t) => !asTyped.has(t))).size;
    return {
      id: row.id,
      score: Number((-row.rank * VARIANT_WEIGHT ** onlyVariants).toPrecision(10)) || 0,
      terms: [...matched.keys()].sort(),
      queryTerms: [...new Set([...matched.values()].map(typed))].sort(),
    };
  });
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.slice(0, limit);
}

/** The query's terms in an article's indexed terms (`text`: each with a space before and after). */
export function matchedInText(text: string, leaves: readonly MatchLeaf[]): MatchedTerms {
  // A search of the row's text for each leaf: cheaper than splitting ~700 terms into a set per hit.
  const matched: MatchedTerms = new Map();
  for (const leaf of leaves) {
    if (!leaf.prefix) {
      if (!matched.has(leaf.term) && text.includes(` ${leaf.term} `)) matched.set(leaf.term, leaf);
      continue;
    }
    for (let at = text.indexOf(` ${leaf.term}`); at !== -1; at = text.indexOf(` ${leaf.term}`, at + 1)) {
      const term = text.slice(at + 1, text.indexOf(' ', at + 1));
      if (!matched.has(term)) matched.set(term, leaf);
    }
  }
  return matched;
}

/**
 * The query's terms the article at `row` holds, told by the rows of each term
 * every leaf stands for (`terms[i]`: leaf i's, a prefix's every completion):
 * the same answer as {@link matchedInText} over the article's indexed terms,
 * without reading them.
 */
export function matchedInPostings(
  row: number,
  leaves: readonly MatchLeaf[],
  terms: readonly (readonly { term: string; rows: Uint32Array }[])[],
): MatchedTerms {
  const matched: MatchedTerms = new Map();
  leaves.forEach((leaf, i) => {
    for (const { term, rows } of terms[i]!) if (!matched.has(term) && holds(rows, row)) matched.set(term, leaf);
  });
  return matched;
}

/** Whether the ascending `rows` hold `row`. */
function holds(rows: Uint32Array, row: number): boolean {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (rows[mid]! < row) low = mid + 1;
    else high = mid;
  }
  return low < rows.length && rows[low] === row;
}
