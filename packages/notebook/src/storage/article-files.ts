// articles/<id>.json holds one article's body and metadata; articles/<id>.orig
// keeps the bytes it was imported from, so an import can be redone. Each is
// written atomically. During a change, a file about to be replaced is first
// hard-linked into articles/.replaced/, so a change that fails (or a crash
// before the journal acknowledged it) can put the old version back. The new
// articles of an import are written as one batch: into articles/.incoming/,
// each file fsync'd, then renamed into place and the folder fsync'd once —
// not one atomic write (and two folder fsyncs) per file. An import knows each
// new file's original bytes before it has read them: they are written there
// (`stageOriginal`) while the file is decoded and cleaned, and only renamed
// with the batch; so is the article file of one read while the rest of its
// batch is (`stageArticle`).
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleSchema, DossierError, describeIssues, type Article } from '@dossier/core';
import { ioError, syncFolder, writeFileAtomic } from './atomic-file.js';
import { disk } from './disk.js';
import { newerDossier } from './journal.js';

export const ARTICLES_DIR = 'articles';
export const REPLACED_DIR = '.replaced';
/** Where a batch of new article files is written before it is renamed into place; emptied on open. */
export const INCOMING_DIR = '.incoming';
/** How many files of a batch are written and fsync'd at once: parallel fsyncs share the disk's flushes. */
const BATCH_CONCURRENCY = 32;
export const ARTICLE_VERSION = 1;

type Kept = Map<string, boolean>;

export class ArticleFiles {
  /** Files touched by the change under way: name → whether an older version was kept. */
  private kept: Kept | null = null;
  private readonly writing = new Set<Promise<void>>();
  private replacedDirMade = false;
  /** articles/.incoming/ being made, or made, for the files staged there: once, not for every file (cleared with it). */
  private incomingMade: Promise<void> | null = null;
  /** Original bytes being written (or written, durably) into articles/.incoming/ for an import under way, by id. */
  private readonly staged = new Map<string, Promise<void>>();
  /** New articles' files written the same way ahead of their batch (`stageArticle`), with the article each holds. */
  private readonly stagedArticles = new Map<string, { article: Article; done: Promise<void> }>();

  constructor(private readonly notebookDir: string) {}

  pathOf(id: string): string {
    return join(this.notebookDir, ARTICLES_DIR, `${id}.json`);
  }

  originalPathOf(id: string): string {
    return join(this.notebookDir, ARTICLES_DIR, `${id}.orig`);
  }

  private get replacedDir(): string {
    return join(this.notebookDir, ARTICLES_DIR, REPLACED_DIR);
  }

  async read(id: string): Promise<Article> {
    const path = this.pathOf(id);
    let raw: string;
    try {
      raw = await disk.readText(path);
    } catch (error) {
      throw ioError(`could not read article ${id}`, error);
    }
    return parseArticleJson(raw, `${ARTICLES_DIR}/${id}.json`);
  }

  write(article: Article): Promise<void> {
    const name = `${article.id}.json`;
    return this.track(name, () =>
      writeFileAtomic(join(this.notebookDir, ARTICLES_DIR, name), serializeArticle(article)),
    );
  }

  writeOriginal(id: string, bytes: Uint8Array): Promise<void> {
    return this.track(`${id}.orig`, () => writeFileAtomic(this.originalPathOf(id), bytes));
  }

  /**
   * Writes new articles (ids no file has) with their original bytes, durably,
   * in one batch. Inside a change they are undone like any other write; a
   * crash before the renames leaves them in articles/.incoming/, removed on
   * the next open, and one after them leaves files no catalog entry names
   * (the journal never acknowledged them), which "dossier check --repair" moves aside.
   */
  async writeNew(batch: readonly { article: Article; original: Uint8Array }[]): Promise<void> {
    if (!batch.length) return;
    const incoming = join(this.notebookDir, ARTICLES_DIR, INCOMING_DIR);
    const staged: Promise<void>[] = [];
    const files: { name: string; data: string | Uint8Array }[] = [];
    for (const { article, original } of batch) {
      const written = this.stagedArticles.get(article.id);
      this.stagedArticles.delete(article.id);
      if (written?.article === article) staged.push(written.done);
      else if (written) staged.push(this.restage(incoming, written.done, article));
      else files.push({ name: `${article.id}.json`, data: serializeArticle(article) });
      const early = this.staged.get(article.id);
      this.staged.delete(article.id);
      if (early) staged.push(early);
      else files.push({ name: `${article.id}.orig`, data: original });
    }
    const names = batch.flatMap(({ article }) => [`${article.id}.json`, `${article.id}.orig`]);
    // Recorded before anything is written, so a failure part-way removes whatever landed.
    for (const name of names) this.kept?.set(name, false);
    const done = (async () => {
      await disk.mkdir(incoming);
      await Promise.all([
        inParallel(files, BATCH_CONCURRENCY, ({ name, data }) => writeDurably(join(incoming, name), data)),
        ...staged,
      ]);
      // Side by side: each rename waits on the disk, not on the one before.
      await inParallel(names, BATCH_CONCURRENCY, (name) =>
        disk.rename(join(incoming, name), join(this.notebookDir, ARTICLES_DIR, name)),
      );
      await syncFolder(join(this.notebookDir, ARTICLES_DIR));
    })().catch(async (error: unknown) => {
      await Promise.allSettled(staged);
      // Only this batch's files: another import may be writing its originals there.
      await Promise.allSettled(names.map((name) => disk.rm(join(incoming, name))));
      throw ioError(`could not save ${batch.length} article(s)`, error);
    });
    this.writing.add(done);
    await done;
  }

  /**
   * Starts writing, durably, the original bytes of an article about to be
   * imported into articles/.incoming/, where `writeNew` finds them and only
   * renames them. Until then nothing names them: a crash leaves them to be
   * cleared on open, and an import that does not take them (the file was
   * refused, or was a new version of an article) calls `discardStaged`.
   */
  stageOriginal(id: string, bytes: Uint8Array): void {
    const incoming = join(this.notebookDir, ARTICLES_DIR, INCOMING_DIR);
    const done = this.makeIncoming(incoming).then(() => writeDurably(join(incoming, `${id}.orig`), bytes));
    // Awaited by `writeNew` or `discardStaged`; a failure is theirs to report.
    done.catch(() => undefined);
    this.staged.set(id, done);
  }

  /**
   * Starts writing, durably, a new article's file into articles/.incoming/
   * while the rest of its batch is read, as `stageOriginal` does its bytes:
   * `writeNew` then only renames it, if it is given this very article (another
   * version of it is written again). Not taken, `discardStaged` removes it.
   */
  stageArticle(article: Article): void {
    const incoming = join(this.notebookDir, ARTICLES_DIR, INCOMING_DIR);
    const data = serializeArticle(article);
    const done = this.makeIncoming(incoming).then(() => writeDurably(join(incoming, `${article.id}.json`), data));
    done.catch(() => undefined);
    this.stagedArticles.set(article.id, { article, done });
  }

  /** Makes articles/.incoming/ for the first file staged; one that failed is tried again by the next. */
  private makeIncoming(incoming: string): Promise<void> {
    const made = (this.incomingMade ??= disk.mkdir(incoming));
    made.catch(() => {
      if (this.incomingMade === made) this.incomingMade = null;
    });
    return made;
  }

  /** The staged file of an article that changed since: once its write is over, replaced by this version. */
  private async restage(incoming: string, written: Promise<void>, article: Article): Promise<void> {
    const path = join(incoming, `${article.id}.json`);
    await written.catch(() => undefined);
    await disk.rm(path);
    await writeDurably(path, serializeArticle(article));
  }

  /** Removes the staged originals and articles of these ids that no batch took (once their writes are over). */
  async discardStaged(ids: Iterable<string>): Promise<void> {
    const incoming = join(this.notebookDir, ARTICLES_DIR, INCOMING_DIR);
    const left: Promise<void>[] = [];
    for (const id of ids) {
      const article = this.stagedArticles.get(id);
      this.stagedArticles.delete(id);
      if (article) left.push(article.done.catch(() => undefined).then(() => disk.rm(join(incoming, `${id}.json`))));
      const staged = this.staged.get(id);
      if (!staged) continue;
      this.staged.delete(id);
      left.push(staged.catch(() => undefined).then(() => disk.rm(join(incoming, `${id}.orig`))));
    }
    await Promise.allSettled(left);
  }

  /** Removes what a batch cut off by a crash left in articles/.incoming/ (never acknowledged, never renamed). */
  async clearIncoming(): Promise<void> {
    this.incomingMade = null;
    await disk.rm(join(this.notebookDir, ARTICLES_DIR, INCOMING_DIR));
  }

  /** Keeps the old version first, and remembers the write so a rollback waits for it. */
  private track(name: string, write: () => Promise<void>): Promise<void> {
    const done = this.keep(name).then(write);
    this.writing.add(done);
    return done;
  }

  async remove(id: string): Promise<void> {
    await disk.rm(this.pathOf(id));
    await disk.rm(this.originalPathOf(id));
  }

  /** From here until `endChange`, replaced files are kept so `endChange(false)` can restore them. */
  beginChange(): void {
    this.kept = new Map();
  }

  /** Saved: the kept versions go. Failed: every file the change wrote goes back to what it was. */
  async endChange(saved: boolean): Promise<void> {
    // A write still under way (one of a parallel batch) must land before it can be undone.
    await Promise.allSettled(this.writing);
    this.writing.clear();
    const kept = this.kept;
    this.kept = null;
    if (!kept) return;
    for (const [name, hadOld] of kept) {
      const live = join(this.notebookDir, ARTICLES_DIR, name);
      // A new file kept no old version: saved, it stays; failed, it goes.
      if (!hadOld) {
        if (!saved) await disk.rm(live);
        continue;
      }
      const old = join(this.replacedDir, name);
      if (saved || (await sameFile(live, old))) await disk.rm(old);
      else await disk.rename(old, live);
    }
  }

  private async keep(name: string): Promise<void> {
    if (!this.kept || this.kept.has(name)) return;
    const old = join(this.replacedDir, name);
    if (!this.replacedDirMade) await disk.mkdir(this.replacedDir);
    this.replacedDirMade = true;
    await disk.rm(old);
    try {
      await disk.link(join(this.notebookDir, ARTICLES_DIR, name), old);
      this.kept.set(name, true);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError(`could not save ${name}`, error);
      this.kept.set(name, false);
    }
  }

  /**
   * After a crash: a kept version whose replacement the catalog never
   * acknowledged (its `updatedAt` differs) goes back; the others are dropped.
   */
  async recoverReplaced(updatedAtOf: (id: string) => string | undefined): Promise<string[]> {
    const names = await disk.readdir(this.replacedDir).catch(() => [] as string[]);
    const restored: string[] = [];
    const ids = new Set(names.map((n) => n.replace(/\.(json|orig)$/u, '')));
    for (const id of ids) {
      const current = await this.read(id).catch(() => null);
      const acknowledged = current !== null && updatedAtOf(id) === current.updatedAt;
      for (const name of names.filter((n) => n.startsWith(`${id}.`))) {
        const old = join(this.replacedDir, name);
        if (acknowledged) await disk.rm(old);
        else {
          await disk.rename(old, join(this.notebookDir, ARTICLES_DIR, name));
          restored.push(name);
        }
      }
    }
    return restored;
  }
}

/**
 * A new file, its bytes on disk before it is closed: opened to write through
 * (O_DSYNC), so the write returns once its data and size are on disk, one
 * trip to the thread pool fewer than a write and then an fsync.
 */
function writeDurably(path: string, data: string | Uint8Array): Promise<void> {
  return disk.writeNewDurably(path, data);
}

async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** True when both names are one file: the replacement never happened. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return x !== null && y !== null && x.ino === y.ino && x.dev === y.dev;
}

export function serializeArticle(article: Article): string {
  return JSON.stringify({ schemaVersion: ARTICLE_VERSION, ...article });
}

export function parseArticleJson(raw: string, label: string): Article {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    const why = raw.trim() === '' ? 'the file is empty' : 'not valid JSON';
    throw new DossierError('notebook_corrupt', `${label} is damaged (${why}); it was left untouched`);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > ARTICLE_VERSION) {
    throw newerDossier(label, `article version ${version}; this one reads ${ARTICLE_VERSION}`);
  }
  const parsed = ArticleSchema.safeParse(json);
  if (!parsed.success) {
    throw new DossierError(
      'notebook_corrupt',
      `${label} is damaged (${describeIssues(parsed.error)}); it was left untouched`,
    );
  }
  return parsed.data;
}
