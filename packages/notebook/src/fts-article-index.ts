// The notebook's search index at scale: minisearch's query planning over the
// vocabulary (spelling variants, prefix completions — @dossier/search's query
// tree), and SQLite FTS5 (Node's built-in node:sqlite) holding the postings on
// disk and ranking by bm25. Measured here: a 100k-article minisearch index takes
// seconds to load from one JSON file and ~2 GB of heap, and crosses 20 ms p95
// near 22k articles; FTS5 opens in milliseconds and keeps its postings on disk.
// What stays in memory is the vocabulary with document counts, for the variants.
// This file keeps the index's writes and transactions; searching it is fts-search.ts.
import { randomUUID } from 'node:crypto';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { DossierError } from '@dossier/core';
import { TermVocabulary, type IndexHit, type SearchDocument, type SearchOptions } from '@dossier/search';
import { disk } from './storage/disk.js';
import { indexedTermsOf, type IndexedTerms } from './fts-columns.js';
import { comparableName } from './fts-filters.js';
import { BUSY_TIMEOUT_MS, COLUMNS, FTS_FORMAT, prepareWritable, probeIndexFile } from './fts-schema.js';
import { loadSavedVocabulary, saveVocabulary, savedVocabularyIs } from './saved-vocabulary.js';
import { PostingsKeeper } from './fts-postings-keeper.js';
import { searchIndex } from './fts-search.js';

export { FTS_FORMAT } from './fts-schema.js';

export interface FtsIndexOptions {
  /** Open without writing (a read-only notebook); the file must exist. */
  readOnly?: boolean;
  /** When the notebook was last at work (now, while it is): the postings file waits for it to be idle. */
  activeAt?: () => number;
}

/**
 * add/replace/remove/search like `ArticleIndex`, over an SQLite file (or
 * `':memory:'`). Terms are written already normalised by `searchTerms`, one
 * per FTS5 token (the `ascii` tokenizer keeps every non-ASCII character in its
 * token), so what is indexed and what is typed meet exactly as in minisearch.
 *
 * @example
 * const index = FtsArticleIndex.open('/notebook/index/search.sqlite');
 * index.add({ id: 'a1', title: 'Talks on energy sites', body: '…Zelenskyi said…', notes: '', tags: ['energy'] });
 * index.search('Zelensky tag:energy'); // => [{ id: 'a1', terms: ['zelenskyi'], … }]
 */
export class FtsArticleIndex {
  private vocabulary = new TermVocabulary();
  /** Article id → row, read from the file when first needed (a write): opening and searching need none of it. */
  private loadedRowids: Map<string, number> | null = null;
  private inBatch = false;
  private dirty = false;
  private dirtyBefore = false;
  private readonly insertMeta: StatementSync;
  private readonly insertDoc: StatementSync;
  private readonly readDoc: StatementSync;
  /** Searches' statements by their SQL: a query of the same shape is not compiled again. */
  private readonly statements = new Map<string, StatementSync>();
  /** The pruned ranking's postings file beside the index (fts-postings-keeper.ts). */
  private readonly postings: PostingsKeeper;
  /**
   * The highest row ever given an article, so that no row is given twice: the
   * postings file tells an article added since it was written by its row alone.
   */
  private highRow: number | null = null;
  private highRowUnsaved = false;
  /** SQLite's count of other connections' commits when the vocabulary was read (PRAGMA data_version). */
  private vocabularyVersion = -1;

  private constructor(
    private readonly db: DatabaseSync,
    private readonly readOnly: boolean,
    /** The file (or `':memory:'`), for the fault rule tests inject at commit. */
    private readonly path: string,
    activeAt?: () => number,
  ) {
    this.insertMeta = db.prepare('INSERT INTO meta (rowid, id, tags, outlet, published_at) VALUES (?, ?, ?, ?, ?)');
    this.insertDoc = db.prepare(`INSERT INTO docs (rowid, ${COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?)`);
    this.readDoc = db.prepare(`SELECT ${COLUMNS.join(', ')} FROM docs WHERE rowid = ?`);
    const postingsPath = path === ':memory:' ? null : `${path}.postings`;
    this.postings = new PostingsKeeper(
      db,
      postingsPath,
      !readOnly,
      (create) => this.identity(create),
      (sql) => this.statement(sql),
      activeAt,
    );
  }

  /**
   * What the file at `path` holds, without loading it: `'current'` (an index of
   * this format), `'other'` (a readable SQLite file of another format, e.g. a
   * newer Dossier's) or `'damaged'` (not a readable SQLite database).
   */
  static probe(path: string): 'current' | 'other' | 'damaged' {
    return probeIndexFile(path);
  }

  /** Opens (creating when writable) the index at `path`; its articles and vocabulary are read from the file. */
  static open(path: string, options: FtsIndexOptions = {}): FtsArticleIndex {
    const readOnly = options.readOnly ?? false;
    // A reader (the CLI beside the app) waits out the writer's commit rather than failing.
    const db = new DatabaseSync(path, { readOnly, timeout: BUSY_TIMEOUT_MS });
    // A rollback journal, not WAL: a reader leaves no -wal/-shm files behind in the notebook.
    let index: FtsArticleIndex;
    try {
      if (!readOnly) prepareWritable(db);
      index = new FtsArticleIndex(db, readOnly, path, options.activeAt);
      if (index.stateValue('format') !== FTS_FORMAT) {
        if (readOnly) throw new DossierError('internal', `${path} is not a current search index`);
        index.clear();
      }
      index.loadMemory();
      index.postings.schedule();
    } catch (error) {
      db.close();
      throw error;
    }
    return index;
  }

  /** Number of articles indexed. */
  get size(): number {
    if (this.loadedRowids) return this.loadedRowids.size;
    return (this.db.prepare('SELECT count(*) AS n FROM meta').get() as { n: number }).n;
  }

  has(id: string): boolean {
    return this.rowids.has(id);
  }

  /** The fingerprint recorded by {@link markCurrent}, or `''` once anything changed after it. */
  get fingerprint(): string {
    return this.stateValue('fingerprint') ?? '';
  }

  /** The progress last recorded with {@link recordProgress}, as it was given; `''` when none was. */
  get progress(): string {
    return this.stateValue('progress') ?? '';
  }

  /**
   * Records how far the index has taken in the notebook's changes (index-progress.ts), in the
   * transaction under way: it lands with the writes it describes, or with none of them.
   */
  recordProgress(progress: string): void {
    this.setState('progress', progress);
  }

  /** Records that the index now matches the notebook state named by `fingerprint`. */
  markCurrent(fingerprint: string): void {
    // Unchanged since it was last marked: the file stays as it was, byte for byte.
    if (!this.dirty && this.fingerprint === fingerprint && savedVocabularyIs(this.db, fingerprint)) return;
    this.batch(() => {
      this.setState('fingerprint', fingerprint);
      // The next open reads the vocabulary from here instead of counting it from the postings.
      saveVocabulary(this.db, fingerprint, this.vocabulary.entries());
    });
    this.dirty = false;
    this.postings.schedule();
  }

  /**
   * Writes the pruned ranking's postings file now if it is missing, stale or
   * far behind (otherwise that waits for the index to be idle); resolves to
   * whether searches now rank over it.
   */
  refreshPostings(): Promise<boolean> {
    return this.postings.refresh();
  }

  /** Whether searches rank over the postings file (found whole and of this index) rather than by FTS5 alone. */
  get rankedByPostings(): boolean {
    return this.postings.inUse;
  }

  /** Drops every article. */
  clear(): void {
    this.db.exec(`DELETE FROM docs; DELETE FROM meta; DELETE FROM state;`);
    this.setState('format', FTS_FORMAT);
    // A postings file of the index as it was is never read for the new one.
    this.setState('index-id', randomUUID());
    this.loadedRowids = new Map();
    this.vocabulary = new TermVocabulary();
    this.highRow = 0;
    this.postings.invalidate();
  }

  /** Runs `work` in one transaction: an import of thousands of articles commits once. */
  batch<T>(work: () => T): T {
    if (this.inBatch) return work();
    this.begin();
    try {
      const result = work();
      this.commit();
      return result;
    } catch (error) {
      // A failed commit has already rolled back.
      if (this.inBatch) this.rollback();
      throw error;
    }
  }

  /**
   * Starts a transaction that {@link commit} or {@link rollback} ends. A change
   * of the notebook is one: its index writes land only with its journal entry,
   * and a failed change leaves the file as it was, byte for byte.
   */
  begin(): void {
    if (this.inBatch) throw new DossierError('internal', 'the search index is already in a transaction');
    this.db.exec('BEGIN');
    this.inBatch = true;
    this.dirtyBefore = this.dirty;
  }

  /**
   * Ends the transaction, keeping its writes. If that fails (a full disk, a
   * database another connection keeps locked past the busy timeout), the
   * transaction is rolled back — file and memory are at the last commit — and
   * the error is thrown.
   */
  commit(): void {
    try {
      disk.guard('commit', this.path);
      if (this.highRowUnsaved) this.setState('high-row', String(this.highRow));
      this.highRowUnsaved = false;
      this.db.exec('COMMIT');
    } catch (error) {
      this.rollback();
      throw error;
    }
    this.inBatch = false;
  }

  rollback(): void {
    // SQLite ends some failed transactions itself (SQLITE_FULL, SQLITE_IOERR) and leaves others open (SQLITE_BUSY).
    if (this.db.isTransaction) this.db.exec('ROLLBACK');
    this.inBatch = false;
    // The fingerprint on disk is back too, so the next write must clear it again.
    this.dirty = this.dirtyBefore;
    this.reloadMemory();
  }

  /**
   * Indexes a new article; `conflict` if its id is already indexed (use `replace`).
   * `terms`: what is written of it, when that was worked out elsewhere (`indexedTermsOf`).
   */
  add(doc: SearchDocument, terms?: IndexedTerms): void {
    if (typeof doc?.id !== 'string' || !doc.id)
      throw new DossierError('invalid_input', 'a search document needs an id');
    if (this.has(doc.id)) throw new DossierError('conflict', `article ${doc.id} is already in the search index`);
    this.beforeWrite();
    const { columns, distinct } = terms ?? indexedTermsOf(doc);
    const tags = `\n${doc.tags.map((t) => t.trim().toLowerCase()).join('\n')}\n`;
    const outlet = doc.outlet ? comparableName(doc.outlet) : null;
    const rowid = this.nextRow();
    this.insertMeta.run(rowid, doc.id, tags, outlet, doc.publishedAt ?? null);
    this.insertDoc.run(rowid, ...columns);
    this.rowids.set(doc.id, rowid);
    this.vocabulary.add(distinct);
  }

  /** Re-indexes an article after its text, notes or tags changed; `not_found` if it was never added. */
  replace(doc: SearchDocument): void {
    this.batch(() => {
      this.remove(doc.id);
      this.add(doc);
    });
  }

  /** Drops an article from the index; `not_found` if it is not there. */
  remove(id: string): void {
    const rowid = this.rowids.get(id);
    if (rowid === undefined) throw new DossierError('not_found', `article ${id} is not in the search index`);
    this.beforeWrite();
    const terms = this.termsOfRow(rowid);
    this.db.prepare('DELETE FROM docs WHERE rowid = ?').run(rowid);
    this.db.prepare('DELETE FROM meta WHERE rowid = ?').run(rowid);
    this.rowids.delete(id);
    this.postings.noteRemoved(rowid);
    this.vocabulary.remove(terms);
  }

  /**
   * Articles matching `query`, best first (bm25), with the same language,
   * filters and loose matching as `ArticleIndex.search`: the query tree
   * decides each word's spellings and completions from the vocabulary, and
   * FTS5 finds and ranks the articles holding them.
   */
  search(query: string, options: SearchOptions = {}): IndexHit[] {
    // Someone is searching: the postings file is not written meanwhile (each slice of it would delay an answer).
    this.postings.noteActivity();
    const version = (this.statement('PRAGMA data_version').get() as { data_version: number }).data_version;
    return searchIndex(
      {
        vocabulary: this.vocabulary,
        postings: this.postings,
        statement: (sql) => this.statement(sql),
        vocabularyCurrent: version === this.vocabularyVersion,
      },
      query,
      options,
    );
  }

  /** How many documents hold `term`: the vocabulary the query tree plans with. */
  documentFrequency(term: string): number {
    return this.vocabulary.documentFrequency(term);
  }

  close(): void {
    this.postings.close();
    if (this.db.isOpen) this.db.close();
  }

  private beforeWrite(): void {
    if (this.readOnly) throw new DossierError('read_only', 'the search index is open read-only');
    this.postings.noteActivity();
    if (this.dirty) return;
    // Until markCurrent, the file on disk no longer matches any notebook revision.
    this.setState('fingerprint', '');
    this.dirty = true;
  }

  private get rowids(): Map<string, number> {
    if (!this.loadedRowids) {
      const rows = this.db.prepare('SELECT rowid, id FROM meta').all() as { rowid: number; id: string }[];
      this.loadedRowids = new Map(rows.map((row) => [row.id, row.rowid]));
    }
    return this.loadedRowids;
  }

  private loadMemory(): void {
    this.vocabularyVersion = (this.db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
    const saved = loadSavedVocabulary(this.db, this.fingerprint);
    if (saved) {
      this.vocabulary.addCounts(saved.entries);
      if (saved.keys) this.vocabulary.useSavedKeys(saved.keys);
    } else {
      const counts = this.db.prepare('SELECT term, doc FROM vocab').all() as { term: string; doc: number }[];
      this.vocabulary.addCounts(counts.map((c) => [c.term, c.doc] as const));
    }
  }

  private reloadMemory(): void {
    this.loadedRowids = null;
    this.highRow = null;
    this.highRowUnsaved = false;
    this.postings.invalidate();
    this.vocabulary = new TermVocabulary();
    this.loadMemory();
  }

  /** The next row to give an article: above every row given before, even one since removed. */
  private nextRow(): number {
    if (this.highRow === null) {
      const { high } = this.db.prepare('SELECT max(rowid) AS high FROM meta').get() as { high: number | null };
      // The file's rows too: an index that lost its last commits (a power cut: it is written unsynced) gives none again.
      this.highRow = Math.max(high ?? 0, Number(this.stateValue('high-row') ?? 0), this.postings.covers);
    }
    this.highRow++;
    if (this.inBatch) this.highRowUnsaved = true;
    else this.setState('high-row', String(this.highRow));
    return this.highRow;
  }

  /** The index's identity, made when it is first needed (an index made before there was one). */
  private identity(create: boolean): string | undefined {
    const id = this.stateValue('index-id');
    if (id || !create || this.readOnly || !this.db.isOpen || this.db.isTransaction) return id;
    this.setState('index-id', randomUUID());
    return this.stateValue('index-id');
  }

  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      // A few shapes (filters and exclusions or not) recur; a bound keeps odd ones from piling up.
      if (this.statements.size >= 64) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private termsOfRow(rowid: number): Set<string> {
    const row = this.readDoc.get(rowid) as Record<string, string> | undefined;
    const terms = new Set<string>();
    if (!row) return terms;
    for (const column of COLUMNS) for (const term of (row[column] ?? '').split(' ')) if (term) terms.add(term);
    return terms;
  }

  private stateValue(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM state WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  private setState(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }
}
