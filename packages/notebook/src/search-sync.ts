// Keeps the derived search index (index/search.sqlite) in step with the
// notebook. The index is rebuilt whenever it is missing, damaged, of another
// format, or was not marked current for the notebook's revision (a crash after
// a change leaves it unmarked) and its recorded progress does not let it catch
// up with the changes the journal replayed (index-progress.ts). A change whose index commit fails after its
// journal entry is on disk stands; the articles it touched are then stale in
// the index until a later commit re-indexes them, and search refuses to answer
// from the index meanwhile. A highlight's notes and tags are indexed after
// its save is acknowledged, not before: the journal entry is the save, and the
// index catches up when the notebook is idle, or before a search answers.
import { access, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError, type Annotation } from '@dossier/core';
import type { SearchDocument } from '@dossier/search';
import { FtsArticleIndex } from './fts-article-index.js';
import { articlesToCatchUp, formatProgress, parseProgress } from './index-progress.js';
import { documentOf } from './search-document.js';
import type { NotebookState } from './notebook.js';
import { ioError } from './storage/atomic-file.js';
import { keepAside } from './storage/keep-aside.js';

export const INDEX_DIR = 'index';
export const INDEX_FILE = join(INDEX_DIR, 'search.sqlite');
/** The JSON index of earlier versions: derived data, removed once the SQLite index replaces it. */
const LEGACY_INDEX_FILE = 'index.json';

export class NotebookSearch {
  private index: FtsArticleIndex | null = null;
  /** Articles whose index writes were lost with a failed commit after their change was saved. */
  private readonly staleIds = new Set<string>();
  /** Why the index is stale (the failed commit's error, in words), or null when it is current. */
  private staleCause: string | null = null;
  /** Articles the change under way wrote to the index. */
  private written: Set<string> | null = null;
  /** Articles whose highlights the change under way changed, to be re-indexed once it is saved. */
  private deferred: Set<string> | null = null;
  /**
   * Articles whose highlights changed in saved changes and that are not re-indexed yet: they are
   * re-indexed by the next catch-up (when the notebook is idle, before a search answers, on close).
   */
  private readonly behind = new Set<string>();
  /** Every change up to this revision is in the index (see index-progress.ts). */
  private complete = 0;
  /** How the last open found the index: current, caught up with the journal (how many articles), or rebuilt. */
  opened: { how: 'current' | 'caught-up' | 'rebuilt'; articles: number } | null = null;

  /** Commands of the service under way, and when the last one ended (Date.now()). */
  private commands = 0;
  private commandEndedAt = 0;

  constructor(private readonly dir: string) {}

  /**
   * Runs a command of the service (service/index.ts). Whatever it does — a
   * refused import, an archive, a search — the postings file is not written
   * while it runs, nor until the notebook has been idle a while after it: a
   * command that changes nothing leaves every file of the folder as it was.
   */
  async whileCommand<T>(command: () => Promise<T>): Promise<T> {
    this.commands++;
    try {
      return await command();
    } finally {
      this.commands--;
      this.commandEndedAt = Date.now();
    }
  }

  /** When the notebook was last at work for a command: now, while one runs. */
  private readonly activeAt = (): number => (this.commands > 0 ? Date.now() : this.commandEndedAt);

  get engine(): FtsArticleIndex {
    if (!this.index) throw new Error('the search index is not open');
    return this.index;
  }

  /** Opens the index, rebuilding it when it is not current; returns what the user should be told. */
  async open(state: NotebookState): Promise<string[]> {
    const fingerprint = fingerprintOf(state);
    const path = join(this.dir, INDEX_FILE);
    const replayed = state.store.takeReplayed();
    if (state.readOnly) {
      const current = tryOpen(path, true);
      if (current && current.fingerprint === fingerprint && current.size === state.data.articles.length) {
        this.index = current;
        return [];
      }
      current?.close();
      // Nothing may be written to a read-only notebook: a stale index is rebuilt in memory.
      this.index = FtsArticleIndex.open(':memory:');
      await this.rebuild(state);
      return [];
    }
    await mkdir(join(this.dir, INDEX_DIR), { recursive: true });
    const warnings: string[] = [];
    const found = (await exists(path)) ? FtsArticleIndex.probe(path) : 'missing';
    let index = found === 'current' ? tryOpen(path, false, this.activeAt) : null;
    if (!index) {
      if (found !== 'missing') {
        // Derived data, but never written over unseen: a copy stays beside it.
        const why = found === 'other' ? 'of another format (perhaps a newer Dossier)' : 'damaged';
        warnings.push(
          `${INDEX_FILE} was ${why}; it was kept as ${await keepAside(path)} and the search index is rebuilt`,
        );
      }
      await removeIndexFiles(path);
      index = FtsArticleIndex.open(path, { activeAt: this.activeAt });
    }
    this.index = index;
    await rm(join(this.dir, LEGACY_INDEX_FILE), { force: true });
    if (index.fingerprint === fingerprint && index.size === state.data.articles.length) {
      this.complete = state.data.revision;
      this.opened = { how: 'current', articles: 0 };
      return warnings;
    }
    const progress = parseProgress(index.progress);
    let ids = articlesToCatchUp(progress, replayed, state.data.createdAt, state.data.revision);
    if (ids) {
      try {
        await this.refreshAll(state, ids, () => this.recordProgress(state, true, state.data.revision));
        this.complete = state.data.revision;
        this.opened = { how: 'caught-up', articles: ids.length };
      } catch {
        // An article it must take in cannot be read (a damaged file): rebuilt, which leaves that one out for check.
        ids = null;
      }
    }
    if (!ids || index.size !== state.data.articles.length) await this.rebuild(state);
    return warnings;
  }

  async rebuild(state: NotebookState): Promise<void> {
    const documents: SearchDocument[] = [];
    for (const entry of state.data.articles) {
      try {
        documents.push(documentOf(await state.article(entry.id), state.annotationLookup.of(entry.id)));
      } catch {
        // A damaged article file stays out of the index; `check` reports it.
      }
    }
    const index = this.engine;
    index.batch(() => {
      index.clear();
      for (const doc of documents) index.add(doc);
      this.recordProgress(state, true, state.data.revision);
    });
    this.staleIds.clear();
    this.behind.clear();
    this.staleCause = null;
    this.complete = state.data.revision;
    this.opened = { how: 'rebuilt', articles: documents.length };
  }

  /**
   * Runs one change of the notebook: what it writes to the index is rolled
   * back when `work` fails. Once `work` succeeded its journal entry is on disk
   * and the change stands: if the index commit then fails, the articles it
   * wrote are marked stale (see {@link stale}) and the change is still
   * acknowledged. Articles an earlier failed commit left stale are re-indexed
   * with it, so the first commit that succeeds brings the index up to date.
   */
  async inChange<T>(state: NotebookState, work: () => Promise<T>): Promise<T> {
    const index = this.index;
    if (!index) return work();
    index.begin();
    const written = (this.written = new Set());
    const deferred = (this.deferred = new Set());
    let result: T;
    try {
      result = await work();
      if (this.staleIds.size) {
        const stale = [...this.staleIds];
        // The change is saved whatever happens here: articles that could not be re-indexed now stay stale.
        await this.refreshAll(state, stale).catch(() => stale.forEach((id) => written.delete(id)));
      }
    } catch (error) {
      index.rollback();
      throw error;
    } finally {
      this.written = null;
      this.deferred = null;
    }
    const whole = !this.staleIds.size && !this.behind.size && !deferred.size;
    try {
      if (written.size) this.recordProgress(state, whole, state.data.revision);
      index.commit();
    } catch (error) {
      for (const id of written) this.staleIds.add(id);
      for (const id of deferred) this.behind.add(id);
      if (this.staleIds.size) this.staleCause = ioError('could not write the search index', error).message;
      return result;
    }
    this.current(written);
    if (whole) this.complete = state.data.revision;
    // After `current`: an article written earlier in this change may have had its highlights changed since.
    for (const id of deferred) this.behind.add(id);
    return result;
  }

  /**
   * Records in the index, in its transaction under way, how far it has taken
   * in the notebook's changes: up to `revision` whole when `whole`, else still
   * up to the last revision it held whole.
   */
  private recordProgress(state: NotebookState, whole: boolean, revision: number): void {
    const complete = whole ? revision : this.complete;
    this.engine.recordProgress(formatProgress({ notebook: state.data.createdAt, complete, wrote: revision }));
  }

  /**
   * Tells the change under way that it wrote `articleId` to the index directly
   * (an import's pipeline): it is then marked stale if the commit fails, and
   * the commit records its progress.
   */
  wroteDirectly(articleId: string): void {
    this.written?.add(articleId);
  }

  /** Whether saved changes wait to be re-indexed (see {@link catchUp}). */
  get isBehind(): boolean {
    return this.behind.size > 0 || this.staleIds.size > 0;
  }

  /** Why the index misses saved changes, or null when it does not. `check` reports it. */
  get stale(): string | null {
    return this.staleIds.size ? this.staleCause : null;
  }

  /**
   * Re-indexes the articles a failed commit left stale and those whose
   * highlights changed since (call it between changes). Throws, saying so,
   * when the index still cannot be written.
   */
  async catchUp(state: NotebookState): Promise<void> {
    if (!this.isBehind || !this.index) return;
    const ids = [...new Set([...this.staleIds, ...this.behind])];
    try {
      // Outside a change (between changes): the notebook's revision stays as it is meanwhile.
      const revision = state.data.revision;
      await this.refreshAll(state, ids, () => this.recordProgress(state, true, revision));
      this.complete = revision;
    } catch (error) {
      for (const id of ids) this.staleIds.add(id);
      this.staleCause = ioError('could not write the search index', error).message;
      throw new DossierError(
        'io_error',
        `the search index is out of date (${this.staleCause}); search answers again once it can be written`,
      );
    }
    this.current(ids);
  }

  /** Waits, when the index is behind, for it to catch up (between changes); throws when it cannot. */
  async ready(state: NotebookState): Promise<void> {
    if (this.isBehind) await state.exclusive(() => this.catchUp(state));
  }

  private current(ids: Iterable<string>): void {
    for (const id of ids) {
      this.staleIds.delete(id);
      this.behind.delete(id);
    }
    if (!this.staleIds.size) this.staleCause = null;
  }

  /** Re-indexes one article after it or its highlights changed. */
  async refresh(state: NotebookState, articleId: string): Promise<void> {
    await this.refreshAll(state, [articleId]);
  }

  /**
   * Re-indexes an article after its highlights changed from `before`, unless
   * what search sees of them — their notes and tags — is exactly as it was: a
   * plain highlight, a new colour or a moved range leave the index as it is,
   * and their save costs the journal append alone.
   */
  async refreshHighlights(state: NotebookState, articleId: string, before: readonly Annotation[]): Promise<void> {
    if (searchedOf(before) === searchedOf(state.annotationLookup.of(articleId))) return;
    // Inside a change the save does not wait for the index: the article is re-indexed once it is saved.
    if (this.deferred) this.deferred.add(articleId);
    else await this.refresh(state, articleId);
  }

  /**
   * Re-indexes several articles in one transaction (an import). The work is
   * that of the articles named: their highlights are looked up, never found by
   * scanning the notebook's. `alsoInBatch` writes more in the same transaction.
   */
  async refreshAll(state: NotebookState, articleIds: readonly string[], alsoInBatch?: () => void): Promise<void> {
    const documents: (SearchDocument | string)[] = [];
    for (const id of new Set(articleIds)) {
      this.written?.add(id);
      documents.push(
        state.lookup.indexOf(id) === -1 ? id : documentOf(await state.article(id), state.annotationLookup.of(id)),
      );
    }
    const index = this.engine;
    index.batch(() => {
      for (const doc of documents) {
        if (typeof doc === 'string') {
          if (index.has(doc)) index.remove(doc);
        } else if (index.has(doc.id)) index.replace(doc);
        else index.add(doc);
      }
      alsoInBatch?.();
    });
  }

  /**
   * Marks the index current for the notebook's revision, so the next open need
   * not rebuild it — unless it is stale: then the next open rebuilds it.
   */
  markCurrent(state: NotebookState): void {
    if (this.isBehind) return;
    this.index?.markCurrent(fingerprintOf(state));
  }

  /** Marks the index current and closes it; the notebook calls this once, on close. */
  async save(state: NotebookState): Promise<void> {
    if (!this.index) return;
    // Left stale when it still cannot be written: unmarked, it is rebuilt on the next open.
    await this.catchUp(state).catch(() => undefined);
    this.markCurrent(state);
    this.index.close();
    this.index = null;
  }
}

/**
 * The index saved in the notebook folder `dir`, opened read-only, or `null`
 * when there is none or it is damaged. For measuring what an index costs to
 * open and hold (the benchmark), not for answering searches.
 */
export async function readSavedIndex(dir: string): Promise<FtsArticleIndex | null> {
  return tryOpen(join(dir, INDEX_FILE), true);
}

function tryOpen(path: string, readOnly: boolean, activeAt?: () => number): FtsArticleIndex | null {
  try {
    return FtsArticleIndex.open(path, { readOnly, activeAt });
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function removeIndexFiles(path: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${path}${suffix}`, { force: true })));
}

function fingerprintOf(state: NotebookState): string {
  return `${state.data.createdAt}#${state.data.revision}`;
}

/** What `documentOf` takes from an article's highlights, as one comparable string. */
function searchedOf(own: readonly Annotation[]): string {
  return JSON.stringify([own.map((a) => a.note).filter(Boolean), [...new Set(own.flatMap((a) => a.tags))]]);
}

// Kept where the rest of the notebook has always found it.
export { documentOf };
