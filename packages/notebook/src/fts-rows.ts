// Which articles a search ranks best, two ways that give the same rows: FTS5
// ranking every article the query matches by its bm25(), or the same bm25
// computed from our postings (fts-bm25.ts), which is what searches use; FTS5's
// own ranking remains for the query shapes the postings' ranker does not take,
// and for the tests that hold the two to the same answers.
import type { StatementSync } from 'node:sqlite';
import { Bm25Ranker, rankable } from './fts-bm25.js';
import type { RankedRow } from './fts-hits.js';
import type { MatchExpression } from './fts-match.js';
import { WEIGHTS } from './fts-schema.js';

/** Rows read past the ones wanted, so that articles tied in rank at the cut are still chosen by id. */
const TIE_SLACK = 10;

export interface RowQuery {
  match: MatchExpression;
  /** SQL conditions on `meta m` (`''` for none) and their parameters. */
  filter: { sql: string; params: string[] };
  /** How many rows to rank: the best by rank, then by id. */
  candidates: number;
  /** How many rows a query of filters alone lists (by id). */
  limit: number;
}

/** A prepared statement of the index connection, compiled once per SQL text. */
export type Statements = (sql: string) => StatementSync;

const byRankThenId = (a: RankedRow, b: RankedRow) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The best `candidates` rows as FTS5 ranks them: bm25() for every article the query matches. */
export function fts5Rows(statement: Statements, { match, filter, candidates, limit }: RowQuery): RankedRow[] {
  const where = [filter.sql];
  const params: (string | number)[] = [...filter.params];
  if (match.excluded) {
    where.push('m.rowid NOT IN (SELECT rowid FROM docs WHERE docs MATCH ?)');
    params.push(match.excluded);
  }
  const conditions = where.filter(Boolean).join(' AND ');
  const bm25 = `bm25(docs, ${WEIGHTS.join(', ')})`;
  if (match.wanted && !conditions) {
    // Without filters, meta is joined for the best rows only, not for each of the
    // tens of thousands a common word finds; ties are then broken by id below,
    // over a few rows more than needed so a tie at the cut still goes by id.
    const sql =
      `SELECT d.rowid AS rowid, m.id AS id, d.rank AS rank FROM (SELECT rowid, ${bm25} AS rank FROM docs ` +
      `WHERE docs MATCH ? ORDER BY rank LIMIT ?) d JOIN meta m ON m.rowid = d.rowid`;
    const rows = statement(sql).all(match.wanted, candidates + TIE_SLACK) as RankedRow[];
    rows.sort(byRankThenId);
    rows.length = Math.min(rows.length, candidates);
    return rows;
  }
  if (match.wanted) {
    const sql =
      `SELECT m.rowid AS rowid, m.id AS id, ${bm25} AS rank FROM docs JOIN meta m ON m.rowid = docs.rowid ` +
      `WHERE docs MATCH ? AND ${conditions} ORDER BY rank, m.id LIMIT ?`;
    return statement(sql).all(match.wanted, ...params, candidates) as RankedRow[];
  }
  const sql = `SELECT m.rowid AS rowid, m.id AS id, 0 AS rank FROM meta m${conditions ? ` WHERE ${conditions}` : ''} ORDER BY m.id LIMIT ?`;
  return statement(sql).all(...params, limit) as RankedRow[];
}

/**
 * The same rows as {@link fts5Rows}, ranked from the postings; `null` when the
 * query is not one the postings' ranker takes (then ask {@link fts5Rows}).
 */
export function postingsRows(statement: Statements, ranker: Bm25Ranker, query: RowQuery): RankedRow[] | null {
  const { match, filter, candidates } = query;
  if (!match.wanted || !rankable(match.plan, match.leaves.length)) return null;
  let allowed: ((row: number) => boolean) | undefined;
  if (filter.sql) {
    const rows = statement(`SELECT rowid FROM meta m WHERE ${filter.sql}`).all(...filter.params) as { rowid: number }[];
    const passing = new Set(rows.map((r) => r.rowid));
    allowed = (row) => passing.has(row);
  }
  if (match.excluded) {
    const rows = statement('SELECT rowid FROM docs WHERE docs MATCH ?').all(match.excluded) as { rowid: number }[];
    const excluded = new Set(rows.map((r) => r.rowid));
    const passing = allowed;
    allowed = passing ? (row) => !excluded.has(row) && passing(row) : (row) => !excluded.has(row);
  }
  const best = ranker.best(match.plan, match.leaves, candidates, allowed);
  if (!best.length) return [];
  const ids = statement('SELECT rowid, id FROM meta WHERE rowid IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(best.map((r) => r.rowid)),
  ) as { rowid: number; id: string }[];
  const idOf = new Map(ids.map((r) => [r.rowid, r.id]));
  const rows = best.map((r): RankedRow => ({ rowid: r.rowid, id: idOf.get(r.rowid) ?? '', rank: r.rank }));
  rows.sort(byRankThenId);
  rows.length = Math.min(rows.length, candidates);
  return rows;
}
