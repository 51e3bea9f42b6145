// The baseline: SQLite FTS5 (bm25) through Node's built-in node:sqlite, over
// the same articles and queries — what an embedded full-text engine does on
// this machine in the same run.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { BenchArticle } from './generate.js';
import type { BenchQuery } from './queries.js';
import { now, type Percentiles } from './stats.js';

export interface Fts5BuildFigures {
  /** Inserting every article in one transaction, in articles per second (includes the final commit). */
  buildArticlesPerSecond: number;
  buildMs: number;
  /** Opening the database file and answering a first query. */
  openMs: number;
}

export interface Fts5Figures extends Fts5BuildFigures {
  /** Top 20 by bm25 with a snippet each, each query asked right before Dossier is asked it. */
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

/**
 * Builds the baseline's database at `<dir>/fts5-baseline.sqlite` and times its build and a
 * reopen with a first query. The database is left open for the search figure, which is
 * measured later in turn with Dossier's (see search-in-turn.ts); `close` removes it.
 */
export function buildFts5Baseline(
  articles: readonly BenchArticle[],
  firstQuery: BenchQuery,
  dir: string,
): { figures: Fts5BuildFigures; db: DatabaseSync; close: () => void } {
  const path = join(dir, 'fts5-baseline.sqlite');
  rmSync(path, { force: true });
  const db = new DatabaseSync(path);
  let start = now();
  buildFts5(db, articles);
  const buildMs = now() - start;
  db.close();

  start = now();
  const reopened = new DatabaseSync(path);
  reopened.prepare(SEARCH_SQL).all(firstQuery.fts);
  const openMs = now() - start;
  const close = () => {
    reopened.close();
    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
  };
  return {
    figures: { buildArticlesPerSecond: articles.length / (buildMs / 1000), buildMs, openMs },
    db: reopened,
    close,
  };
}
