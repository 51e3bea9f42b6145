// Keeps the search index's postings file (fts-postings-file.ts) for the
// pruned ranking: opens it at the first search (never at open), keeps the set
// of its articles removed since it was written, and writes it again when the
// notebook is idle and enough has changed since (or it is missing or stale).
// Writing it is sliced on the index's own connection between turns of the
// event loop, and waits whenever a write or a search happened in the last
// IDLE_MS, a command of the notebook ran then or runs now (`activeAt`: a
// refused import changes no file, however long it takes), or a transaction is
// open: an import, a save or a search never waits
// for more than one slice of it (≤ ~10 ms), it only reads
// committed articles, and what changes meanwhile the ranking tells apart
// (rows above the file's last, rows removed). Until the file is there and of
// this index, searches are FTS5's alone: answers are the same either way.
import { rmSync } from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Query } from 'minisearch';
import type { MatchExpression, SoleCompletion } from './fts-match.js';
import { gatherPostings } from './fts-postings-build.js';
import { PostingsFile, writePostingsFile } from './fts-postings-file.js';
import {
  loadPostings,
  prunedRanking,
  removedRows,
  type LoadedPostings,
  type PrunedRanking,
} from './fts-pruned-search.js';

/** How long the index must go unwritten before the file is written again, in ms. */
export const IDLE_MS = 2000;

/** Changes since the file was written (articles added and removed) past which it is written again: this many… */
const REWRITE_CHANGES = 500;
/** …or this share of the articles, whichever is more. */
const REWRITE_SHARE = 0.02;

class Stopped extends Error {}

export class PostingsKeeper {
  private loaded: LoadedPostings | null = null;
  /** The loaded file's articles that the index no longer holds; `null` until worked out. */
  private removed: Set<number> | null = null;
  /** Whether the file was looked for since it last changed (a missing or stale one is not looked for again). */
  private lookedFor = false;
  private lastActiveAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private loadTimer: NodeJS.Timeout | null = null;
  private building: Promise<boolean> | null = null;
  private closed = false;
  /** SQLite's count of other connections' commits when `removed` was worked out. */
  private dataVersion = -1;

  constructor(
    private readonly db: DatabaseSync,
    /** The file's path, or `null` (an index in memory, or read-only without one): FTS5 answers alone. */
    private readonly path: string | null,
    private readonly writable: boolean,
    /** The index's identity now (it changes when the index is cleared); `create`: made if it has none yet. */
    private readonly identity: (create: boolean) => string | undefined,
    /** The index's compiled statements, by their SQL. */
    private readonly prepare: (sql: string) => StatementSync = (sql) => db.prepare(sql),
    /** When the notebook was last at work beyond the index (a command that did not write it): now, while it is. */
    private readonly activeAt: () => number = () => 0,
  ) {}

  /** Whether searches rank over the file now (it was found whole and of this index). */
  get inUse(): boolean {
    return this.postings() !== null;
  }

  /** The last row the file covers (0 without a usable file): no article may be given a row up to it. */
  get covers(): number {
    return this.postings()?.file.stamp.covers ?? 0;
  }

  /** A write of the index, or a search, is under way: the file waits for them to be over a while. */
  noteActivity(): void {
    this.lastActiveAt = Date.now();
  }

  /** The article at `row` was removed from the index. */
  noteRemoved(row: number): void {
    if (this.loaded && this.removed && row <= this.loaded.file.stamp.covers) this.removed.add(row);
  }

  /** The index's rows changed other than by the writes noted (a rollback, a clear): worked out again at the next search. */
  invalidate(): void {
    this.removed = null;
    if (this.loaded && this.loaded.file.stamp.index !== this.identity(false)) {
      this.loaded.file.close();
      this.loaded = null;
      this.lookedFor = false;
    }
  }

  /** The query ranked over the file (see prunedRanking), or `null` when FTS5 is to answer it. */
  rank(tree: Query, match: MatchExpression, soleCompletion: SoleCompletion, k: number): PrunedRanking | null {
    if (!this.loaded && !this.lookedFor) {
      // The first search after opening is FTS5's: reading the file's dictionary and article lengths
      // (~1.7 MB at 100k articles) waits until it has answered, so opening to a first answer takes no longer.
      this.loadSoon();
      return null;
    }
    const postings = this.loaded;
    if (!postings) return null;
    // Another connection's commits (the app's, under a reader beside it) are not noted here: they are seen here.
    const { data_version: version } = this.prepare('PRAGMA data_version').get() as { data_version: number };
    if (version !== this.dataVersion) this.removed = null;
    this.dataVersion = version;
    this.removed ??= this.removedNow(postings);
    return prunedRanking(this.db, postings, this.removed, tree, match, soleCompletion, k, this.prepare);
  }

  /** Writes the file again once the index has been idle for IDLE_MS, if it is missing, stale or far behind. */
  schedule(): void {
    if (!this.path || !this.writable || this.closed || this.timer || this.building) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refresh(true).catch(() => undefined);
    }, IDLE_MS);
    // An app or a command that is done does not stay open for it.
    this.timer.unref();
  }

  /**
   * Writes the file now if it is missing, stale or far behind (`whenIdle`: in
   * slices that wait for the index to be idle); resolves to whether a usable
   * file is there afterwards.
   */
  refresh(whenIdle = false): Promise<boolean> {
    this.building ??= this.build(whenIdle).finally(() => (this.building = null));
    return this.building;
  }

  close(): void {
    this.closed = true;
    if (this.loadTimer) clearTimeout(this.loadTimer);
    this.loadTimer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.loaded?.file.close();
    this.loaded = null;
  }

  private loadSoon(): void {
    if (this.loadTimer || this.closed) return;
    this.loadTimer = setTimeout(() => {
      this.loadTimer = null;
      if (!this.closed) this.postings();
    }, 0);
    this.loadTimer.unref();
  }

  private postings(): LoadedPostings | null {
    if (!this.loaded && !this.lookedFor && this.path) {
      this.lookedFor = true;
      const id = this.identity(false);
      const file = id ? PostingsFile.open(this.path, id) : null;
      try {
        this.loaded = file && loadPostings(file);
      } catch {
        file?.close();
      }
    }
    return this.loaded;
  }

  private removedNow(postings: LoadedPostings): Set<number> {
    const covers = postings.file.stamp.covers;
    const { n } = this.db.prepare('SELECT count(*) AS n FROM meta WHERE rowid <= ?').get(covers) as { n: number };
    if (n === postings.file.articleCount) return new Set();
    const live = this.db.prepare('SELECT rowid FROM meta WHERE rowid <= ?').all(covers) as { rowid: number }[];
    return removedRows(postings, new Set(live.map((r) => r.rowid)));
  }

  /** Whether the file is missing, stale, or behind the index by more than the rewrite threshold. */
  private behind(): boolean {
    const postings = this.postings();
    if (!postings) return true;
    const covers = postings.file.stamp.covers;
    const count = (sql: string) => (this.db.prepare(sql).get(covers) as { n: number }).n;
    const added = count('SELECT count(*) AS n FROM meta WHERE rowid > ?');
    const removed = postings.file.articleCount - count('SELECT count(*) AS n FROM meta WHERE rowid <= ?');
    const rows = count('SELECT count(*) AS n FROM meta WHERE ? IS NOT NULL');
    return added + removed > Math.max(REWRITE_CHANGES, rows * REWRITE_SHARE);
  }

  private async build(whenIdle: boolean): Promise<boolean> {
    if (!this.path || !this.writable || this.closed) return false;
    const path = this.path;
    let id: string | undefined;
    const pause = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      // Only committed articles are read, and none while the app writes.
      const idleFor = () => Date.now() - Math.max(this.lastActiveAt, this.activeAt());
      while (!this.closed && (this.db.isTransaction || (whenIdle && idleFor() < IDLE_MS)))
        await new Promise((resolve) => setTimeout(resolve, IDLE_MS / 4).unref());
      if (this.closed || this.identity(false) !== id) throw new Stopped();
    };
    try {
      id = this.identity(false);
      await pause();
      id = this.identity(true);
      if (!id) return false;
      if (!this.behind()) return true;
      const { parts, covers } = await gatherPostings(this.db, pause);
      await writePostingsFile(path, parts, { index: id, covers }, pause);
    } catch (error) {
      if (error instanceof Stopped) return false;
      // A disk that is full or gone: searches stay FTS5's, and the next idle spell tries again.
      rmSync(`${path}.partial`, { force: true });
      return false;
    }
    this.loaded?.file.close();
    this.loaded = null;
    this.removed = null;
    this.lookedFor = false;
    return this.postings() !== null;
  }
}
