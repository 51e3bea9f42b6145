// The baseline: SQLite FTS5 (bm25) through Node's built-in node:sqlite, over
// the same articles and queries — what an embedded full-text engine does on
// this machine in the same run.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { BenchArticle } from './generate.js';
import type { BenchQuery } from './queries.js';
import { now, percentiles, type Percentiles } from './stats.js';

export interface Fts5Figures {
  /** Inserting every article in one transaction, in articles per second (includes the final commit). */
  buildArticlesPerSecond: number;
  buildMs: number;
  /** Opening the database file and answering a first query. */
  openMs: number;
  /** Top 20 by bm25 with a snippet each. */
  search: Percentiles;
  /** Queries that found nothing (FTS5 has no fuzzy matching: misspellings find nothing). */
  emptyQueries: number;
}

/** Top 20 by bm25 with a snippet each: the baseline's search. */
export const SEARCH_SQL = `SELECT rowid, title, snippet(articles, 2, '[', ']', '…', 12) AS snippet, bm25(articles, 2.0, 1.0, 1.0) AS rank
  FROM articles WHERE articles MATCH ? ORDER BY rank LIMIT 20`;

/** Creates the baseline's table in `db` and inserts `articles` in one transaction. */
export function buildFts5(db: DatabaseSync, articles: readonly BenchArticle[]): void {
  db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
    CREATE VIRTUAL TABLE articles USING fts5(title, outlet, body, tokenize = 'unicode61 remove_diacritics 2');`);
  const insert = db.prepare('INSERT INTO articles (rowid, title, outlet, body) VALUES (?, ?, ?, ?)');
  db.exec('BEGIN');
  articles.forEach((a, i) => insert.run(i + 1, a.title, a.outlet, a.text));
  db.exec('COMMIT');
}

export function measureFts5(
  articles: readonly BenchArticle[],
  queries: readonly BenchQuery[],
  dir: string,
): Fts5Figures {
  const path = join(dir, 'fts5-baseline.sqlite');
  rmSync(path, { force: true });
  const db = new DatabaseSync(path);
  let start = now();
  buildFts5(db, articles);
  const buildMs = now() - start;
  db.close();

  start = now();
  const reopened = new DatabaseSync(path);
  const statement = reopened.prepare(SEARCH_SQL);
  statement.all(queries[0]!.fts);
  const openMs = now() - start;
  const samples: number[] = [];
  let emptyQueries = 0;
  for (const query of queries) {
    const t = now();
    const rows = statement.all(query.fts);
    samples.push(now() - t);
    if (!rows.length) emptyQueries++;
  }
  reopened.close();
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  return {
    buildArticlesPerSecond: articles.length / (buildMs / 1000),
    buildMs,
    openMs,
    search: percentiles(samples),
    emptyQueries,
  };
}
