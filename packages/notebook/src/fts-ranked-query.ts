// A query planned for FTS5 (fts-match.ts) as the pruned ranking takes it
// (fts-topk.ts): its leaves as phrases in FTS5's order, a prefix as one phrase
// of all the terms it starts, and the tree's AND of ORs as clauses over them.
// And postings of every column read from an index file's own content table,
// for the benchmark and the tests that hold the pruned ranking to FTS5's.
import type { DatabaseSync } from 'node:sqlite';
import MiniSearch, { type Query } from 'minisearch';
import type { MatchLeaf, SoleCompletion } from './fts-match.js';
import { COLUMNS, weightedTermCounts } from './fts-schema.js';
import { unionOf, type PhrasePostings } from './fts-topk.js';

/**
 * The tree's top-level AND as clauses over its leaves, numbered in the order
 * `toMatchExpression` writes them; `null` for a shape the pruned ranking does
 * not take (an AND inside an OR, a NOT, a wildcard), left to FTS5.
 *
 * @example
 * clausesOfTree({ combineWith: 'AND', queries: [{ queries: ['zelensky', 'zelenskyi'] }, { queries: ['talks'] }] }, 3)
 * // => [[0, 1], [2]]
 */
export function clausesOfTree(tree: Query, leafCount: number): number[][] | null {
  if (tree === MiniSearch.wildcard) return null;
  // A group of one (the query tree nests them) is its one member.
  let root = tree;
  while (typeof root !== 'string' && root.combineWith !== 'AND_NOT' && root.queries.length === 1) {
    const only = root.queries[0]!;
    if (typeof only === 'string' || only === MiniSearch.wildcard) break;
    root = only;
  }
  const top = typeof root !== 'string' && root.combineWith === 'AND' ? root.queries : [root];
  const clauses: number[][] = [];
  let next = 0;
  for (const query of top) {
    const leaves = leavesOfOr(query);
    if (leaves === null) return null;
    clauses.push(Array.from({ length: leaves }, () => next++));
  }
  return next === leafCount ? clauses : null;
}

/** How many leaves an OR-only subtree holds, or `null` when it holds anything else. */
function leavesOfOr(query: Query): number | null {
  if (typeof query === 'string') return 1;
  if (query === MiniSearch.wildcard) return null;
  const operator = query.combineWith ?? 'OR';
  if (operator === 'AND_NOT' || (operator === 'AND' && query.queries.length > 1)) return null;
  let count = 0;
  for (const q of query.queries) {
    const n = leavesOfOr(q);
    if (n === null) return null;
    count += n;
  }
  return count;
}

/** Where the phrases' postings come from. */
export interface PostingsSource {
  /** The term's postings, or `null` when no article holds it. */
  postingsOf(term: string): PhrasePostings | null;
  /** Every indexed term that starts with `prefix`. */
  termsStartingWith(prefix: string): string[];
  /** The postings of every term that starts with `prefix`, when the source reads them faster at once. */
  postingsStartingWith?(prefix: string): TermPostings[];
}

/** One term's postings. */
export type TermPostings = Pick<PhrasePostings, 'rows' | 'doubledCounts'> & { term: string };

/**
 * A leaf as FTS5's phrase, and every term it stands for with the rows holding
 * it (a prefix: each term it starts), which tell the terms a ranked article holds.
 */
export interface LeafPostings {
  phrase: PhrasePostings;
  terms: TermPostings[];
}

/**
 * The leaves as FTS5's phrases: a term as itself, a prefix as the one term
 * `soleCompletion` names or else the union of every term it starts.
 */
export function postingsOfLeaves(
  leaves: readonly MatchLeaf[],
  source: PostingsSource,
  soleCompletion: SoleCompletion,
): LeafPostings[] {
  const none: PhrasePostings = { rows: new Uint32Array(0), doubledCounts: new Uint32Array(0), hits: 0 };
  return leaves.map((leaf) => {
    if (!leaf.prefix) {
      const found = source.postingsOf(leaf.term);
      return found ? { phrase: found, terms: [{ term: leaf.term, ...found }] } : { phrase: none, terms: [] };
    }
    const terms =
      source.postingsStartingWith?.(leaf.term) ??
      source.termsStartingWith(leaf.term).flatMap((term) => {
        const found = source.postingsOf(term);
        return found ? [{ term, ...found }] : [];
      });
    const sole = soleCompletion(leaf.term);
    if (sole === undefined) return { phrase: terms.length ? unionOf(terms) : none, terms };
    const only = terms.find((t) => t.term === sole);
    return {
      phrase: only ? { rows: only.rows, doubledCounts: only.doubledCounts, hits: only.rows.length } : none,
      terms,
    };
  });
}

/** The leaves' phrases alone (see {@link postingsOfLeaves}). */
export function phrasesOfLeaves(
  leaves: readonly MatchLeaf[],
  source: PostingsSource,
  soleCompletion: SoleCompletion,
): PhrasePostings[] {
  return postingsOfLeaves(leaves, source, soleCompletion).map((leaf) => leaf.phrase);
}

/** Postings of every column of an index file, read from its content table, with the counts bm25 needs. */
export interface ContentPostings extends PostingsSource {
  /** Each article's length by row. */
  lengths: Uint32Array;
  rows: number;
  tokens: number;
  terms: number;
}

/**
 * Reads every article of the index open in `db` (read-only is enough) into
 * postings in memory: per term, rows and each column's count weighed as bm25
 * weighs it. Memory grows with the index (about 3 GB of heap at 100k articles).
 */
export function postingsFromContent(db: DatabaseSync): ContentPostings {
  const columns = COLUMNS.map((_, i) => `c${i}`);
  const maxRow = (db.prepare('SELECT max(id) AS n FROM docs_content').get() as { n: number | null }).n ?? 0;
  const lengths = new Uint32Array(maxRow + 1);
  const lists = new Map<string, { rows: number[]; counts: number[] }>();
  let rows = 0;
  let tokens = 0;
  const read = db.prepare(`SELECT id, ${columns.join(', ')} FROM docs_content ORDER BY id`);
  for (const record of read.iterate() as Iterable<Record<string, string | number | null>>) {
    const row = Number(record.id);
    const { counts, length } = weightedTermCounts(record);
    rows++;
    lengths[row] = length;
    tokens += length;
    counts.forEach((count, term) => {
      const list = lists.get(term);
      if (list) {
        list.rows.push(row);
        list.counts.push(count);
      } else lists.set(term, { rows: [row], counts: [count] });
    });
  }
  const postings = new Map<string, PhrasePostings>();
  for (const [term, list] of lists) {
    const rowsOf = Uint32Array.from(list.rows);
    const doubledCounts = Uint32Array.from(list.counts);
    postings.set(term, { rows: rowsOf, doubledCounts, hits: rowsOf.length });
  }
  const sorted = [...postings.keys()].sort();
  return {
    rows,
    tokens,
    terms: sorted.length,
    lengths,
    postingsOf: (term) => postings.get(term) ?? null,
    termsStartingWith: (prefix) => {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid]! < prefix) low = mid + 1;
        else high = mid;
      }
      const found: string[] = [];
      for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) found.push(sorted[i]!);
      return found;
    },
  };
}
