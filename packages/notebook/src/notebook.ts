// An open notebook folder: its catalog, article files, lock, search index and
// change listeners. Every change goes through `change()`: it runs alone, what
// it put and removed is recorded as it goes (storage/change-log.ts), validated,
// appended to the journal and fsync'd, and only then acknowledged and
// announced to the listeners.
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DossierError, type Article, type ChangeEvent } from '@dossier/core';
import { AnnotationLookup } from './annotation-lookup.js';
import { RecentCache } from './article-cache.js';
import { CatalogLookup } from './catalog-lookup.js';
import { ArticleFiles, ARTICLES_DIR } from './storage/article-files.js';
import { ioError } from './storage/atomic-file.js';
import { ChangeActivity } from './storage/change-activity.js';
import { ChangeLog, type RecordCollection } from './storage/change-log.js';
import { validOps, type ChangeOp } from './storage/changes.js';
import { disk } from './storage/disk.js';
import { highlightsDeferred, loadHighlights } from './storage/lazy-highlights.js';
import { LOCK_FILE, acquireLock, type NotebookLock } from './storage/lock.js';
import { NOTEBOOK_FILE, emptyNotebook, type CatalogEntry, type NotebookData } from './storage/notebook-file.js';
import { NotebookStore, type CompactionPolicy } from './storage/store.js';
import { NotebookSearch } from './search-sync.js';

export interface OpenOptions {
  /** Make the folder and an empty notebook when there is none. */
  create?: boolean;
  /** Read without taking the writer's lock; every change is refused. */
  readOnly?: boolean;
  /** When the journal is folded into notebook.json, e.g. `{ entries: 10000, bytes: 16 * 1024 * 1024 }`. */
  compaction?: CompactionPolicy;
  /**
   * Highlights the snapshot holds are parsed when first needed, or this many
   * milliseconds after opening (default 2000), e.g. `{ loadHighlightsAfterMs: 5000 }`.
   */
  loadHighlightsAfterMs?: number;
}

type ChangeListener = (event: ChangeEvent) => void;

/** How long after opening deferred highlights are parsed, if nothing needed them sooner. */
const HIGHLIGHTS_AFTER_MS = 2000;
/** How many article bodies stay in memory. */
const ARTICLE_CACHE_SIZE = 2000;
type ChangeKind = ChangeEvent['what'][number];

export class NotebookState {
  private readonly listeners = new Set<ChangeListener>();
  /** Article bodies read or written last; an import batch of 1,000 is re-read from here by the index refresh. */
  private readonly cache = new RecentCache<Article>(ARTICLE_CACHE_SIZE);
  private queue: Promise<unknown> = Promise.resolve();
  /** The compaction writing beside the changes, if one is. */
  private compaction: Promise<void> | null = null;
  /** Changes under way, and the work beside them that waits for the notebook to be idle. */
  private readonly activity = new ChangeActivity();
  /** A catch-up of the search index waits for the notebook to be idle. */
  private catchUpWaiting = false;
  private closed = false;
  readonly lookup = new CatalogLookup(
    () => this.data.articles,
    (at, entry) => this.replaceAt('articles', at, entry),
  );
  /** Highlights by id and by article, so a save costs what its article holds, not what the notebook holds. */
  readonly annotationLookup = new AnnotationLookup(() => this.data.annotations);
  /** What the change under way put and removed. DOSSIER_VERIFY_CHANGES=1 (the tests) checks it against a full comparison. */
  private readonly changeLog = new ChangeLog(process.env.DOSSIER_VERIFY_CHANGES === '1');

  private constructor(
    readonly dir: string,
    readonly store: NotebookStore,
    readonly files: ArticleFiles,
    readonly search: NotebookSearch,
    readonly readOnly: boolean,
    private readonly lock: NotebookLock | null,
    /** What went wrong on disk and what was done about it, for `notebook.info` and `check`. */
    readonly warnings: string[],
  ) {}

  static async open(dir: string, options: OpenOptions = {}): Promise<NotebookState> {
    const folder = resolve(dir);
    const readOnly = options.readOnly ?? false;
    await ensureFolder(folder, options.create ?? false);
    const lock = readOnly ? null : await acquireLock(folder);
    try {
      const canCreate = !readOnly && (options.create || (await isEmptyFolder(folder)));
      const store = await NotebookStore.open(folder, {
        readOnly,
        fresh: canCreate ? emptyNotebook(basename(folder)) : null,
        ...(options.compaction ? { policy: options.compaction } : {}),
      });
      if (!store) {
        throw new DossierError('notebook_missing', `${folder} is not a Dossier notebook (it has no ${NOTEBOOK_FILE})`);
      }
      const files = new ArticleFiles(folder);
      const warnings = [...(lock?.warnings ?? []), ...store.warnings];
      if (!readOnly) {
        await disk.mkdir(join(folder, ARTICLES_DIR));
        await files.clearIncoming();
        // Built only if a change was cut off (articles/.replaced/ holds files): at 100k it is not free.
        let byId: Map<string, string> | null = null;
        const updatedAt = (id: string) =>
          (byId ??= new Map(store.data.articles.map((a) => [a.id, a.updatedAt]))).get(id);
        const restored = await files.recoverReplaced(updatedAt);
        if (restored.length) {
          warnings.push(`a change was cut off before it was saved; ${restored.length} article file(s) were put back`);
        }
      }
      const state = new NotebookState(folder, store, files, new NotebookSearch(folder), readOnly, lock, warnings);
      warnings.push(...(await state.search.open(state)));
      // The library and search answer without the highlights; they are parsed once opening is over.
      if (highlightsDeferred(store.data)) {
        const after = options.loadHighlightsAfterMs ?? HIGHLIGHTS_AFTER_MS;
        setTimeout(() => loadHighlights(store.data), after).unref();
      }
      return state;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  get data(): NotebookData {
    return this.store.data;
  }

  entry(id: string): CatalogEntry {
    const found = this.lookup.get(id);
    if (!found) throw new DossierError('not_found', `no article with id ${id}`);
    return found;
  }

  async article(id: string): Promise<Article> {
    this.entry(id);
    const cached = this.cache.get(id);
    if (cached) return cached;
    const article = await this.files.read(id);
    this.cache.set(id, article);
    return article;
  }

  /** Writes an article file and keeps the catalog entry in step with it. */
  async putArticle(article: Article): Promise<void> {
    await this.files.write(article);
    this.adoptArticle(article);
  }

  /** Enters an article whose file is already written into the catalog. */
  adoptArticle(article: Article): void {
    this.cache.set(article.id, article);
    this.lookup.put(toCatalogEntry(article));
  }

  /**
   * Replaces the record at `at` of a collection, inside a change. Pushing a
   * record at the end, or assigning a new array, needs no call; replacing one
   * in place must go through here, or the journal would not hear of it.
   */
  replaceAt<C extends RecordCollection>(collection: C, at: number, record: NotebookData[C][number]): void {
    this.changeLog.replaceAt(this.data, collection, at, record);
  }

  forgetArticle(id: string): void {
    this.cache.delete(id);
  }

  /**
   * Runs `apply` alone (no other change interleaves). What it did to the catalog
   * — records it pushed, replaced through `replaceAt` or removed with a new
   * array; it must replace a record to change it, never edit one in place —
   * is appended to the journal and fsync'd; then
   * the listeners hear of it. If anything fails before the journal entry is on
   * disk, the article files it wrote are put back and memory returns to the
   * collections as they were, so both stay at the last good state. Once it is
   * on disk the change stands, even if the search index then fails to commit:
   * the index is marked stale and catches up with the next commit that
   * succeeds, the next search, or on close (search-sync.ts).
   */
  change<T>(
    what: ChangeKind[],
    apply: () => Promise<T> | T,
    articleIds: (result: T) => string[] = () => [],
  ): Promise<T> {
    if (this.readOnly) {
      return Promise.reject(new DossierError('read_only', 'this notebook is open read-only; changes are refused'));
    }
    if (this.closed) return Promise.reject(new DossierError('internal', 'the notebook is closed'));
    const run = async () => {
      try {
        await this.store.ensureJournal();
      } catch (error) {
        throw unsaved(error);
      }
      this.changeLog.begin(this.data);
      this.files.beginChange();
      let result: T;
      try {
        result = await this.search.inChange(this, async () => {
          const applied = await apply();
          const ops = this.changeLog.ops(this.data);
          if (ops.length) {
            if (!validOps(ops))
              throw new DossierError('internal', 'a change did not fit the notebook schema; nothing was saved');
            await this.store.append(this.data.revision + 1, ops);
            this.data.revision += 1;
          }
          return applied;
        });
      } catch (error) {
        await this.rollBack();
        throw unsaved(error);
      } finally {
        this.changeLog.end();
      }
      await this.files.endChange(true).catch(() => undefined);
      this.emit({ type: 'notebook.changed', what, articleIds: articleIds(result) });
      if (this.store.wantsCompaction) this.compactLater();
      if (this.search.isBehind) this.catchUpWhenIdle();
      return result;
    };
    const tracked = () => this.activity.track(run);
    const next = this.queue.then(tracked, tracked);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async rollBack(): Promise<void> {
    let touched: Set<string>;
    try {
      touched = articlesTouched(this.changeLog.ops(this.data));
    } catch {
      // The change itself broke the rule (the check in tests); forget every cached body.
      touched = new Set(this.data.articles.map((a) => a.id));
    }
    await this.files.endChange(false).catch((error) => console.error('could not put article files back:', error));
    // Records are replaced, never edited in place, so the arrays as they were are the saved state.
    this.changeLog.restore(this.data);
    // The index rolled back with the change (search.inChange).
    for (const id of touched) this.cache.delete(id);
  }

  /**
   * Folds the journal into notebook.json after the change that filled it was
   * acknowledged, without holding the changes that follow: only taking the
   * view and switching the journal run between changes; writing the snapshot
   * (seconds at 100k highlights) runs beside them.
   */
  private compactLater(): void {
    if (this.compaction) return;
    const run = async () => {
      const compaction = await this.exclusive(async () => this.store.beginCompaction());
      const began = performance.now();
      try {
        await this.store.writeCompaction(compaction, {
          pause: () => this.activity.betweenChanges(began, () => this.closed),
        });
        await this.exclusive(() => this.store.finishCompaction(compaction));
      } catch (error) {
        // Nothing is lost: the journal still holds every change. The next compaction tries again.
        console.error('could not compact the notebook:', (error as Error).message);
      } finally {
        this.store.abandonCompaction(compaction);
      }
    };
    this.compaction = run().finally(() => {
      this.compaction = null;
    });
  }

  /**
   * Re-indexes what saved changes left for later (search-sync.ts) once no
   * change is under way at a turn of the event loop: a save is acknowledged
   * after its fsync, and saves made one after another are not held up by the
   * index; a search asked meanwhile waits for the catch-up instead.
   */
  private catchUpWhenIdle(): void {
    if (this.catchUpWaiting) return;
    this.catchUpWaiting = true;
    this.activity.whenIdle(
      (closed) => {
        this.catchUpWaiting = false;
        // Closing catches up itself. A failure is kept by the index (search then says so); the next catch-up tries again.
        if (!closed) this.exclusive(() => this.search.catchUp(this)).catch(() => undefined);
      },
      () => this.closed,
    );
  }

  /** Folds the journal into notebook.json now (after the changes under way). */
  async compactNow(): Promise<void> {
    await this.compaction;
    return this.exclusive(() => this.store.compact());
  }

  /** Runs `work` between changes: none starts until it is done (reading the folder whole, e.g.). */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Waits for changes and compactions under way, and for the search index to catch up with them. */
  async settled(): Promise<void> {
    await this.queue;
    while (this.compaction) {
      await this.compaction;
      await this.queue;
    }
    if (this.search.isBehind && !this.readOnly) {
      await this.exclusive(() => this.search.catchUp(this)).catch(() => undefined);
    }
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: ChangeEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('a change listener failed:', error);
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.settled();
    this.closed = true;
    try {
      if (!this.readOnly) {
        await this.store.close();
        await this.search.save(this);
      }
    } finally {
      this.listeners.clear();
      await this.lock?.release();
    }
  }
}

function articlesTouched(ops: ChangeOp[]): Set<string> {
  const ids = new Set<string>();
  for (const op of ops) {
    if (op.t === 'article' || op.t === 'annotation') ids.add(op.t === 'article' ? op.v.id : op.v.articleId);
    else if (op.t === 'article-') ids.add(op.id);
  }
  return ids;
}

/** A failed change says what failed and that nothing was changed. */
function unsaved(error: unknown): unknown {
  if (error instanceof DossierError && error.code !== 'io_error') return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!(error instanceof DossierError) && !code) return error;
  const io = ioError('could not save the change', error);
  return new DossierError('io_error', `${io.message}; nothing was changed (the notebook is as it was)`);
}

export function toCatalogEntry(article: Article): CatalogEntry {
  const { blocks: _blocks, note, ...meta } = article;
  return { ...meta, hasNote: note.trim().length > 0 };
}

async function ensureFolder(folder: string, create: boolean): Promise<void> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new DossierError('notebook_missing', `${folder} is a file, not a notebook folder`);
  } catch (error) {
    if (error instanceof DossierError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!create)
      throw new DossierError('notebook_missing', `no notebook at ${folder} (run "dossier init" to make one)`);
    await disk.mkdir(folder);
  }
}

async function isEmptyFolder(folder: string): Promise<boolean> {
  const names = await readdir(folder);
  return names.every((n) => n.startsWith('.') || n === LOCK_FILE);
}
