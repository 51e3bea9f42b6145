// What a search reads of the rows it ranked: their articles' ids, and their
// indexed terms (to tell which of the query's terms each article holds).
import type { StatementSync } from 'node:sqlite';
import { COLUMNS } from './fts-schema.js';
import type { RankedRow } from './fts-hits.js';

/** The index's statement of `sql`, compiled once. */
export type Prepare = (sql: string) => StatementSync;

/**
 * Each row's indexed terms, every column, as one string with a space before
 * and after each term. One statement for all the rows, read from the FTS5
 * table's own content table (`docs_content`, columns c0…): the virtual
 * table's rowid lookup, once per hit, cost more than the search itself.
 */
export function textsOfRows(prepare: Prepare, rowids: readonly number[]): Map<number, string> {
  const texts = new Map<number, string>();
  if (!rowids.length) return texts;
  const columns = COLUMNS.map((_, i) => `c${i}`);
  const sql = `SELECT id, ${columns.join(', ')} FROM docs_content WHERE id IN (SELECT value FROM json_each(?))`;
  for (const row of prepare(sql).all(JSON.stringify(rowids)) as Record<string, string | number>[]) {
    texts.set(Number(row.id), ` ${columns.map((c) => row[c] ?? '').join(' ')} `);
  }
  return texts;
}

/** The ranked rows with their articles' ids, in the order given. */
export function idsOfRanked(prepare: Prepare, ranked: readonly { row: number; rank: number }[]): RankedRow[] {
  const sql = 'SELECT rowid, id FROM meta WHERE rowid IN (SELECT value FROM json_each(?))';
  const ids = new Map<number, string>();
  for (const r of prepare(sql).all(JSON.stringify(ranked.map((x) => x.row))) as { rowid: number; id: string }[])
    ids.set(r.rowid, r.id);
  return ranked.flatMap((r) => {
    const id = ids.get(r.row);
    return id === undefined ? [] : [{ rowid: r.row, id, rank: r.rank }];
  });
}
