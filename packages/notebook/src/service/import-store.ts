// The storing half of an import, inside its change: new articles written as
// one batch of files and entered into the catalog in their order, indexed
// while their files are written, or before, as the import threads read them
// (`EarlyIndex`, which starts writing their files too); a changed file handled alone.
import type { Article, ImportResult } from '@dossier/core';
import { rememberLines, type shortLinesOf } from '../boilerplate.js';
import { newArticle, type ArticleBody } from '../import/new-article.js';
import type { NotebookState } from '../notebook.js';
import { documentOf } from '../search-document.js';
import type { IndexedTerms } from '../fts-columns.js';
import { reanchorArticle } from './annotations.js';

export interface PreparedFile {
  name: string;
  bytes: Buffer;
  hash: string;
  /** The id it gets if it is a new article, its original bytes already being written (see `check`). */
  id?: string;
  body: ArticleBody;
  /** Its short lines, normalised, when they were counted where it was read (see `learnFromBatch`). */
  lines?: ReturnType<typeof shortLinesOf>;
  /** The keys (`lineKey`) of the normalised lines of its blocks that no rule marked, when they were found where it was read. */
  unmarked?: ReadonlySet<number>;
  /** Its terms as the search index stores them (fts-columns.ts), when they were worked out where it was read. */
  columns?: IndexedTerms;
}

/** A file that is neither too large nor imported already, not yet read. */
export interface CheckedFile {
  name: string;
  bytes: Buffer;
  hash: string;
  id?: string;
}

/**
 * New articles indexed before the thread gives way to the file writes and
 * the import threads' replies under way: each pause lets every write that
 * finished a step (open, write, fsync, close) start its next, and a thread
 * that read a chunk have its next one, so a pause every 5 articles (~2–4 ms
 * of work) keeps them moving nearly as if nothing else ran.
 */
const INDEXED_BETWEEN_PAUSES = 5;

const pause = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Indexes the articles that look new as the import threads read them, so
 * this thread indexes while the others read. Taken in the files' order, by
 * the rules `storeAll` applies in that order, what looks new here is what it
 * writes as new; it has the last word all the same: an article whose text the
 * batch's boilerplate changed is indexed anew (`take`), and one indexed here
 * that it did not write as new would be taken out again (`dropTheRest`). The
 * writes are in the change's transaction, as every index write of the import.
 */
export class EarlyIndex {
  private readonly queue: PreparedFile[] = [];
  /** Files read after some before them, by position, and the position of the next file in order. */
  private readonly arrived = new Map<number, PreparedFile | null>();
  private next = 0;
  /** The body each article was indexed with, by id. */
  private readonly indexed = new Map<string, PreparedFile['body']>();
  /** The article made of each file indexed here, by id: its file is written ahead (`stageArticle`) and it is stored as it is. */
  private readonly made = new Map<string, { article: Article; body: PreparedFile['body'] }>();
  private readonly names = new Set<string>();
  private readonly hashes = new Set<string>();
  private running: Promise<void> | null = null;
  private failure: unknown = null;
  private stopped = false;

  constructor(private readonly state: NotebookState) {}

  /**
   * The file at `position` of the batch's plain-text files has been read
   * (null: it was refused). Files are indexed in their order, as `storeAll`
   * decides in their order: a chunk the threads return early waits for those before it.
   */
  push(position: number, file: PreparedFile | null): void {
    if (this.stopped) return;
    this.arrived.set(position, file);
    while (this.arrived.has(this.next)) {
      const ready = this.arrived.get(this.next)!;
      this.arrived.delete(this.next++);
      if (ready?.id) this.queue.push(ready);
    }
    if (!this.queue.length) return;
    this.running ??= this.drain().catch((error: unknown) => {
      this.failure = error;
      this.stopped = true;
    });
  }

  /**
   * The batch is read: files not indexed yet are left to `storeAll`, which
   * indexes them while their files are written, so the writes do not run
   * alone. Throws what indexing failed with.
   */
  async finish(): Promise<void> {
    await this.stop();
    if (this.failure) throw this.failure;
  }

  /** Stops indexing (the import failed) and waits for the article being indexed. */
  async stop(): Promise<void> {
    this.stopped = true;
    while (this.running) await this.running;
  }

  /**
   * The article to store for `file`: the one made when it was indexed here
   * (its file is being written already), unless the batch's boilerplate
   * changed its text since; else a new one.
   */
  articleOf(file: PreparedFile): Article {
    const made = this.made.get(file.id!);
    this.made.delete(file.id!);
    return made?.body === file.body ? made.article : newArticle(file);
  }

  /**
   * Whether `article` is in the index as it is to be stored; if it was
   * indexed with another text, it is taken out, so the caller indexes it again.
   */
  take(article: Article, body: PreparedFile['body']): boolean {
    const indexedWith = this.indexed.get(article.id);
    if (indexedWith === undefined) return false;
    this.indexed.delete(article.id);
    if (indexedWith === body) return true;
    this.state.search.engine.remove(article.id);
    this.state.search.wroteDirectly(article.id);
    return false;
  }

  /** Takes out of the index what was indexed here and not taken: it was not stored as a new article. */
  dropTheRest(): void {
    for (const id of this.indexed.keys()) {
      this.state.search.engine.remove(id);
      this.state.search.wroteDirectly(id);
    }
    this.indexed.clear();
  }

  private async drain(): Promise<void> {
    while (this.queue.length && !this.stopped) {
      await pause();
      for (const file of this.queue.splice(0, INDEXED_BETWEEN_PAUSES)) {
        if (this.stopped) break;
        this.index(file);
      }
    }
    this.running = null;
  }

  private index(file: PreparedFile): void {
    const { state } = this;
    if (this.names.has(file.name) || this.hashes.has(file.hash)) return;
    if (state.lookup.withFileName(file.name) || state.lookup.withHash(file.hash)) return;
    this.names.add(file.name);
    this.hashes.add(file.hash);
    const article = newArticle(file);
    state.search.engine.add(documentOf(article, []), file.columns);
    state.search.wroteDirectly(file.id!);
    this.indexed.set(file.id!, file.body);
    // Its file is written while the rest of the batch is read; the batch's end only renames it.
    state.files.stageArticle(article);
    this.made.set(article.id, { article, body: file.body });
  }
}

/**
 * Stores a batch in order. New articles are written as one batch of files
 * (see `ArticleFiles.writeNew`) and then entered into the catalog in their order; a changed file (or a name met twice)
 * first lets the new ones before it land, then is handled alone. The new articles are indexed while their files
 * are written unless `early` indexed them already (their ids are added to `indexed`); the others are left for
 * `refreshAll`.
 */
export async function storeAll(
  state: NotebookState,
  results: (ImportResult | PreparedFile)[],
  indexed: Set<string>,
  early?: EarlyIndex,
): Promise<ImportResult[]> {
  const done: ImportResult[] = new Array(results.length);
  let pending: {
    article: Article;
    bytes: Buffer;
    body: PreparedFile['body'];
    lines: PreparedFile['lines'];
    columns: PreparedFile['columns'];
  }[] = [];
  const pendingHashes = new Map<string, number>();
  const pendingNames = new Set<string>();
  const flush = async () => {
    const toIndex = pending.flatMap(({ article, body, columns }) => {
      if (!early?.take(article, body)) return [{ article, columns }];
      indexed.add(article.id);
      return [];
    });
    await alongside(
      state.files.writeNew(pending.map(({ article, bytes }) => ({ article, original: bytes }))),
      indexWhileWriting(state, toIndex, indexed),
    );
    for (const { article, lines } of pending) {
      state.adoptArticle(article);
      // Its blocks' text is what its lines were counted from (the batch's boilerplate marks blocks, never edits them).
      if (lines) rememberLines(state, article, lines);
    }
    pending = [];
    pendingHashes.clear();
    pendingNames.clear();
  };
  for (const [at, r] of results.entries()) {
    if (!('body' in r)) {
      done[at] = r;
      continue;
    }
    const sameInBatch = pendingHashes.get(r.hash);
    if (sameInBatch !== undefined) {
      const first = done[sameInBatch]!;
      done[at] = { ...first, name: r.name, status: 'duplicate', message: `already imported as "${first.title}"` };
      continue;
    }
    if (pendingNames.has(r.name) || state.lookup.withFileName(r.name) || state.lookup.withHash(r.hash)) {
      await flush();
      done[at] = await store(state, r);
      // A new version of an article this batch wrote (a name met twice): its new text is indexed with the rest.
      if (done[at]!.status === 'updated') indexed.delete(done[at]!.articleId!);
      continue;
    }
    const article = early && r.id ? early.articleOf(r) : newArticle(r);
    pending.push({ article, bytes: r.bytes, body: r.body, lines: r.lines, columns: r.columns });
    pendingHashes.set(r.hash, at);
    pendingNames.add(r.name);
    done[at] = { name: r.name, status: 'imported', articleId: article.id, title: article.title };
  }
  await flush();
  early?.dropTheRest();
  return done;
}

/**
 * Indexes new articles while their files are written: the writes wait on the
 * disk, the indexing on the processor, and each gives the other its turn. The
 * index writes are in the change's transaction, so a failed write rolls them back.
 * An article's terms worked out where it was read (`columns`, dropped when the
 * batch's boilerplate changed its text) are written as they are: working them
 * out again here was the importing thread's work for every article the early
 * index had not reached by the batch's end.
 */
async function indexWhileWriting(
  state: NotebookState,
  articles: readonly { article: Article; columns: PreparedFile['columns'] }[],
  indexed: Set<string>,
) {
  const index = state.search.engine;
  for (let at = 0; at < articles.length; at += INDEXED_BETWEEN_PAUSES) {
    await pause();
    for (const { article, columns } of articles.slice(at, at + INDEXED_BETWEEN_PAUSES)) {
      const own = state.annotationLookup.of(article.id);
      // The threads' terms are of the article alone; highlights' notes and tags would add to them.
      index.add(documentOf(article, own), own.length ? undefined : columns);
      state.search.wroteDirectly(article.id);
      indexed.add(article.id);
    }
  }
}

/** Waits for both; the first failure, once neither is still running (a rollback must not race the indexing). */
async function alongside(...work: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export function findDuplicate(state: NotebookState, hash: string): ImportResult | null {
  const same = state.lookup.withHash(hash);
  if (!same) return null;
  const message = `already imported as "${same.title}"`;
  return { name: same.source.fileName, status: 'duplicate', articleId: same.id, title: same.title, message };
}

/** One file alone: a duplicate, a changed version of a file imported before, or a new article. */
async function store(state: NotebookState, file: PreparedFile): Promise<ImportResult> {
  const { name, bytes, hash, body } = file;
  const duplicate = findDuplicate(state, hash);
  if (duplicate) return { ...duplicate, name };
  const previous = state.lookup.withFileName(name);
  if (previous) {
    // A changed version of a file imported before: new text, the user's metadata kept.
    const now = new Date().toISOString();
    const source = { fileName: name, hash, encoding: body.encoding, byteLength: bytes.byteLength };
    const old = await state.article(previous.id);
    // What the new version's file says of itself (its date, outlet…) fills only what the article lacks: a
    // field the user set or the first version gave stays.
    const fileMetadata = 'metadata' in body ? body.metadata : {};
    const updated: Article = { ...fileMetadata, ...old, source, blocks: body.blocks, updatedAt: now };
    if (old.titleDerived && body.title) Object.assign(updated, { title: body.title, titleDerived: body.titleDerived });
    await state.files.writeOriginal(updated.id, bytes);
    await state.putArticle(updated);
    const orphaned = reanchorArticle(state, updated);
    return { name, status: 'updated', articleId: updated.id, title: updated.title, orphaned };
  }
  const article = newArticle(file);
  await state.files.writeOriginal(article.id, bytes);
  await state.putArticle(article);
  return { name, status: 'imported', articleId: article.id, title: article.title };
}
