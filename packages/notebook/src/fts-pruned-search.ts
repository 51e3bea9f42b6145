// FTS5's bm25 ranking of a query, answered by the pruned ranking (fts-topk.ts)
// over the postings file (fts-postings-file.ts) wherever the file still holds
// the truth, and by FTS5 itself where it does not. The ranks are FTS5's to the
// last bit, because every figure bm25 takes is the index's current one:
// - articles added since the file was written (rows above `covers`) are ranked
//   by FTS5, restricted to those rows, and merged in;
// - articles removed since (rows of the file no longer indexed: `removed`) are
//   passed over; a replaced article is one removed and one added;
// - each phrase's document count is the file's, less the removed articles
//   holding it, plus the added ones FTS5 finds holding it;
// - the article and token totals are FTS5's own (its averages record).
// Queries of another shape (a NOT, an AND inside an OR) are left to FTS5.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Query } from 'minisearch';
import type { MatchExpression, SoleCompletion } from './fts-match.js';
import { clausesOfTree, postingsOfLeaves, type PostingsSource, type TermPostings } from './fts-ranked-query.js';
import { COLUMNS, WEIGHTS } from './fts-schema.js';
import { MAX_CLAUSES, topK, type PhrasePostings, type RowRank } from './fts-topk.js';
import type { PostingsFile } from './fts-postings-file.js';

/** The postings file with what a ranking needs of it, read once: each covered article's length by row. */
export interface LoadedPostings {
  file: PostingsFile;
  lengths: Uint32Array;
  /** The file's rows, ascending. */
  rows: Uint32Array;
}

/** Reads what every ranking over `file` takes. */
export function loadPostings(file: PostingsFile): LoadedPostings {
  const { rows, lengths: byArticle } = file.articles();
  const lengths = new Uint32Array((rows.length ? rows[rows.length - 1]! : 0) + 1);
  rows.forEach((row, i) => (lengths[row] = byArticle[i]!));
  return { file, lengths, rows };
}

/**
 * The file's rows that the index no longer holds (`live`: the index's rows up
 * to the file's last), for {@link prunedRanking}'s `removed`.
 */
export function removedRows(postings: LoadedPostings, live: ReadonlySet<number>): Set<number> {
  const removed = new Set<number>();
  for (const row of postings.rows) if (!live.has(row)) removed.add(row);
  return removed;
}

const quoted = (term: string) => `"${term.replace(/"/gu, '""')}"`;

/** A query ranked over the file. */
export interface PrunedRanking {
  /** The best rows, best first. */
  ranked: RowRank[];
  /** The file's last row: which terms a ranked row up to it holds is told by `terms`; a row above, by the index. */
  covers: number;
  /** Per leaf of the match, each term it stands for with the file's rows holding it. */
  terms: TermPostings[][];
}

/**
 * The best `k` rows (and those tied with the k-th) of `match` by FTS5's bm25,
 * best first, as `{ row, rank }`; `null` when the query's shape is left to FTS5.
 *
 * @example
 * prunedRanking(db, postings, new Set(), tree, match, soleCompletion, 30)
 * // => { ranked: [{ row: 812, rank: -7.41 }, …], covers: 100000, terms: [[{ term: 'zelensky', rows, … }], …] }
 */
export function prunedRanking(
  db: DatabaseSync,
  postings: LoadedPostings,
  removed: ReadonlySet<number>,
  tree: Query,
  match: MatchExpression,
  soleCompletion: SoleCompletion,
  k: number,
  /** Compiles a statement: the index's cache of them, so that each query does not compile its own. */
  prepare: (sql: string) => StatementSync = (sql) => db.prepare(sql),
): PrunedRanking | null {
  if (!match.wanted || match.excluded) return null;
  const clauses = clausesOfTree(tree, match.leaves.length);
  if (clauses === null || clauses.length > MAX_CLAUSES) return null;
  const { file, lengths } = postings;
  const covers = file.stamp.covers;
  // A term is decoded once per query: a name's spellings are both completions of what was typed and its variants.
  const decoded = new Map<string, PhrasePostings>();
  const source: PostingsSource = {
    postingsOf: (term) => {
      let found = decoded.get(term);
      if (!found) {
        const read = file.postingsOf(term);
        if (!read) return null;
        decoded.set(term, (found = { ...read, hits: read.rows.length }));
      }
      return found;
    },
    termsStartingWith: (prefix) => file.termsStartingWith(prefix),
    postingsStartingWith: (prefix) => {
      const found = file.postingsStartingWith(prefix);
      for (const { term, rows, doubledCounts } of found) decoded.set(term, { rows, doubledCounts, hits: rows.length });
      return found;
    },
  };
  const added = prepare('SELECT EXISTS (SELECT 1 FROM meta WHERE rowid > ?) AS added').get(covers) as {
    added: number;
  };
  const countAdded = prepare('SELECT count(*) AS n FROM docs WHERE docs MATCH ? AND rowid > ?');
  const leaves = postingsOfLeaves(match.leaves, source, soleCompletion);
  const phrases = leaves.map(({ phrase }, i): PhrasePostings => {
    let hits = phrase.rows.length;
    if (removed.size) for (const row of phrase.rows) if (removed.has(row)) hits--;
    if (added.added) {
      const leaf = match.leaves[i]!;
      const sole = leaf.prefix ? soleCompletion(leaf.term) : leaf.term;
      const expression = sole === undefined ? `${quoted(leaf.term)}*` : quoted(sole);
      hits += (countAdded.get(expression, covers) as { n: number }).n;
    }
    return hits === phrase.hits ? phrase : { ...phrase, hits };
  });
  const lnStatement = prepare('SELECT ln(?) AS value');
  const corpus = {
    ...fts5Totals(db, prepare),
    lengths,
    // The natural log as SQLite's C library takes it: V8's may differ in the last bit.
    ln: (value: number) => (lnStatement.get(value) as { value: number }).value,
  };
  const ranked = topK(
    { phrases, clauses, ...(removed.size ? { allowed: (row) => !removed.has(row) } : {}) },
    corpus,
    k,
  );
  const terms = leaves.map((leaf) => leaf.terms);
  if (!added.added) return { ranked, covers, terms };
  const newer = prepare(
    `SELECT rowid AS row, bm25(docs, ${WEIGHTS.join(', ')}) AS rank FROM docs ` +
      `WHERE docs MATCH ? AND rowid > ? ORDER BY rank LIMIT ?`,
  ).all(match.wanted, covers, k) as unknown as RowRank[];
  return { ranked: [...ranked, ...newer].sort((a, b) => a.rank - b.rank || a.row - b.row), covers, terms };
}

/**
 * The index's article count and token total, as bm25 takes them: FTS5's
 * averages record (`docs_data`, id 1), SQLite varints: the rows, then each
 * column's tokens.
 */
export function fts5Totals(
  db: DatabaseSync,
  prepare: (sql: string) => StatementSync = (sql) => db.prepare(sql),
): { rows: number; tokens: number } {
  const record = prepare('SELECT block FROM docs_data WHERE id = 1').get() as { block: Uint8Array } | undefined;
  if (!record) return { rows: 0, tokens: 0 };
  const bytes = record.block;
  let at = 0;
  const varint = (): number => {
    let value = 0;
    for (let i = 0; i < 9; i++) {
      const byte = bytes[at++]!;
      if (i === 8) return value * 256 + byte;
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) return value;
    }
    return value;
  };
  const rows = varint();
  let tokens = 0;
  for (let c = 0; c < COLUMNS.length && at < bytes.length; c++) tokens += varint();
  return { rows, tokens };
}
