// An open notebook folder: its catalog (notebook.json), article files, lock,
// search index and change listeners. Every change goes through `change()`,
// which runs one at a time, persists durably, then tells the listeners.
import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DossierError, type Article, type ChangeEvent } from '@dossier/core';
import { CatalogLookup } from './catalog-lookup.js';
import { ArticleFiles, ARTICLES_DIR } from './storage/article-files.js';
import { LOCK_FILE, acquireLock, type NotebookLock } from './storage/lock.js';
import {
  NOTEBOOK_FILE,
  emptyNotebook,
  loadNotebookFile,
  type CatalogEntry,
  type NotebookData,
  type NotebookDb,
} from './storage/notebook-file.js';
import { NotebookSearch } from './search-sync.js';

export interface OpenOptions {
  /** Make the folder and an empty notebook when there is none. */
  create?: boolean;
  /** Read without taking the writer's lock; every change is refused. */
  readOnly?: boolean;
}

type ChangeListener = (event: ChangeEvent) => void;
type ChangeKind = ChangeEvent['what'][number];

export class NotebookState {
  private readonly listeners = new Set<ChangeListener>();
  private readonly cache = new Map<string, Article>();
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  readonly lookup = new CatalogLookup(() => this.data.articles);

  private constructor(
    readonly dir: string,
    readonly db: NotebookDb,
    readonly files: ArticleFiles,
    readonly search: NotebookSearch,
    readonly readOnly: boolean,
    private readonly lock: NotebookLock | null,
  ) {}

  static async open(dir: string, options: OpenOptions = {}): Promise<NotebookState> {
    const folder = resolve(dir);
    await ensureFolder(folder, options.create ?? false);
    const lock = options.readOnly ? null : await acquireLock(folder);
    try {
      const canCreate = !options.readOnly && (options.create || (await isEmptyFolder(folder)));
      const db = await loadNotebookFile(
        join(folder, NOTEBOOK_FILE),
        canCreate ? emptyNotebook(basename(folder)) : null,
      );
      if (!db) {
        throw new DossierError('notebook_missing', `${folder} is not a Dossier notebook (it has no ${NOTEBOOK_FILE})`);
      }
      if (!options.readOnly) await mkdir(join(folder, ARTICLES_DIR), { recursive: true });
      const files = new ArticleFiles(folder);
      const state = new NotebookState(folder, db, files, new NotebookSearch(folder), options.readOnly ?? false, lock);
      await state.search.open(state);
      return state;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  get data(): NotebookData {
    return this.db.data;
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

  forgetArticle(id: string): void {
    this.cache.delete(id);
  }

  /**
   * Runs `apply` alone (no other change interleaves), then saves notebook.json
   * atomically and tells every listener what changed.
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
      const before = structuredClone(this.db.data);
      let result: T;
      try {
        result = await apply();
        this.data.revision += 1;
        await this.db.write();
      } catch (error) {
        // What is on disk is the last good state; memory goes back to match it.
        this.db.data = before;
        this.cache.clear();
        await this.search.rebuild(this);
        throw error;
      }
      this.emit({ type: 'notebook.changed', what, articleIds: articleIds(result) });
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
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
    await this.queue;
    this.closed = true;
    try {
      if (!this.readOnly) await this.search.save(this);
    } finally {
      this.listeners.clear();
      await this.lock?.release();
    }
  }
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
    await mkdir(folder, { recursive: true });
  }
}

async function isEmptyFolder(folder: string): Promise<boolean> {
  const names = await readdir(folder);
  return names.every((n) => n.startsWith('.') || n === LOCK_FILE);
}
