// What the search index file holds: its tables, the columns bm25 weighs, and
// the format stamp that tells an index of this Dossier from another's.
import { statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/** Bump when the tables or what is written into them change: an index of another format is rebuilt. */
export const FTS_FORMAT = 'dossier-fts5-1';

/** How long a connection waits for another's transaction to end before reporting the file busy. */
export const BUSY_TIMEOUT_MS = 5000;

// Column order matters: bm25() takes the weights in this order. A title word names the story.
export const COLUMNS = ['title', 'notes', 'tags', 'body', 'outlet'] as const;
export const WEIGHTS = [2, 1.5, 1.5, 1, 1];

export const SCHEMA = `
  CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(${COLUMNS.join(', ')}, tokenize = 'ascii', prefix = '3');
  CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(docs, 'row');
  CREATE TABLE IF NOT EXISTS meta (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, tags TEXT NOT NULL, outlet TEXT, published_at TEXT);
  CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`;

/**
 * How many segments of one level FTS5 lets pile up before merging them into
 * one (its default is 4). Merging is most of what an insert costs beyond the
 * write itself: a bare insert of the bench's articles took 239–249 µs of
 * processor time an article with 4, 211 with 8, and the importing thread is
 * what bounds an import's rate. More segments per level is more for a search
 * to read; see docs/performance.md for what that measured.
 */
export const AUTOMERGE = 8;

/**
 * Makes the tables where they are missing and sets FTS5's merging (kept in
 * the index's config table) where the file has another value: an index made
 * before it was set gets it on its first writable open, and after that the
 * file is not written for it again.
 */
export function prepareWritable(db: DatabaseSync): void {
  // Derived data: a crash may lose the last writes, which the fingerprint then reports as stale.
  db.exec(`PRAGMA synchronous = OFF; ${SCHEMA}`);
  const row = db.prepare("SELECT v FROM docs_config WHERE k = 'automerge'").get() as { v: unknown } | undefined;
  if (row?.v === AUTOMERGE) return;
  // FTS5 takes its configuration as literal values only (a bound parameter is an error).
  db.exec(`INSERT INTO docs(docs, rank) VALUES('automerge', ${AUTOMERGE})`);
}

/**
 * What the file at `path` holds, without loading it: `'current'` (an index of
 * this format), `'other'` (a readable SQLite file of another format, e.g. a
 * newer Dossier's) or `'damaged'` (not a readable SQLite database).
 */
export function probeIndexFile(path: string): 'current' | 'other' | 'damaged' {
  // SQLite reads an empty file as an empty database; for us it is a cut-off one.
  if (statSync(path, { throwIfNoEntry: false })?.size === 0) return 'damaged';
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: true, timeout: BUSY_TIMEOUT_MS });
  } catch {
    return 'damaged';
  }
  try {
    const row = db.prepare("SELECT value FROM state WHERE key = 'format'").get() as { value: string } | undefined;
    return row?.value === FTS_FORMAT ? 'current' : 'other';
  } catch (error) {
    // A readable database without our tables is of another format; anything else is damage.
    return /no such table/u.test((error as Error).message) ? 'other' : 'damaged';
  } finally {
    db.close();
  }
}

/**
 * One content row's terms with the count bm25 weighs each by (twice the
 * column's weight, summed over the columns it is in), and the row's length in
 * tokens: what the pruned ranking's postings hold for an article.
 *
 * @example
 * weightedTermCounts({ c0: 'kyiv strike', c1: 'strike' }) // => { counts: Map { kyiv, strike }, length: 3 }
 */
export function weightedTermCounts(record: Record<string, string | number | null>): {
  counts: Map<string, number>;
  length: number;
} {
  const counts = new Map<string, number>();
  let length = 0;
  COLUMNS.forEach((_, c) => {
    for (const term of String(record[`c${c}`] ?? '').split(' ')) {
      if (!term) continue;
      length++;
      counts.set(term, (counts.get(term) ?? 0) + WEIGHTS[c]! * 2);
    }
  });
  return { counts, length };
}
