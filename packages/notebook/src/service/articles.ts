// Articles: list, read, import (new, duplicate, changed) and edit.
import { createHash } from 'node:crypto';
import {
  DossierError,
  freshOutput,
  type Article,
  type ArticleSummary,
  type ImportFile,
  type ImportResult,
  type MethodInput,
} from '@dossier/core';
import { countNotebookLines, type LineCounts, markRepeated, outletOf, shortLinesOf } from '../boilerplate.js';
import { buildArticleBody } from '../import/index.js';
import { importLimit, tooLargeMessage } from '../import/size-limit.js';
import { Extractor } from '../import/extractor.js';
import { buildRichArticleBody, richFormat, type RichArticleBody } from '../import/rich-import.js';
import type { ExtractionFormat } from '../import/extracted.js';
import { isRefused, prepareText } from '../import/text-job.js';
import { POOL_MIN_FILES, TextPool } from '../import/text-pool.js';
import { newId } from '../ids.js';
import type { NotebookState } from '../notebook.js';
import { documentOf } from '../search-sync.js';
import { reanchorArticle } from './annotations.js';
import { deferredHighlightCounts } from '../storage/lazy-highlights.js';

export function listArticles(state: NotebookState, input: MethodInput<'articles.list'>): ArticleSummary[] {
  // Right after opening, the counts come off the highlights' unparsed text (storage/lazy-highlights.ts).
  const deferred = input.tag ? null : deferredHighlightCounts(state.data);
  const tagged = new Set<string>();
  const own = new Map<string, number>();
  if (!deferred) {
    for (const a of state.data.annotations) {
      own.set(a.articleId, (own.get(a.articleId) ?? 0) + 1);
      if (input.tag && a.tags.some((t) => t === input.tag || t.startsWith(`${input.tag}/`))) tagged.add(a.articleId);
    }
  }
  const counts = deferred ?? own;
  // Each row and its source are copies, so dispatch need not clone the whole list again (fresh-output.ts).
  let rows = state.data.articles.map((entry) => ({
    ...entry,
    source: { ...entry.source },
    highlightCount: counts.get(entry.id) ?? 0,
  }));
  if (input.tag) rows = rows.filter((r) => tagged.has(r.id));
  if (input.outlet) {
    const outlet = input.outlet.toLowerCase();
    rows = rows.filter((r) => (r.outlet ?? '').toLowerCase() === outlet);
  }
  const sort = input.sort ?? 'importedAt';
  const key = (r: ArticleSummary): string | number =>
    sort === 'highlights' ? -r.highlightCount : sort === 'title' ? r.title.toLowerCase() : (r[sort] ?? '');
  // Keys worked out once per row, not twice per comparison, and the rows sorted by position (no wrapper
  // objects): the library of 100k articles sorts on every open.
  const keys = rows.map(key);
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka === kb) return byTitle(rows[a]!.title, rows[b]!.title);
    // Missing outlets and dates sort last, whatever the direction.
    if (ka === '') return 1;
    if (kb === '') return -1;
    return ka < kb ? -1 : 1;
  });
  return freshOutput(order.map((i) => rows[i]!));
}

/** The order of `String#localeCompare` (the default locale), without building a collator per call. */
const byTitle = new Intl.Collator().compare;

interface PreparedFile {
  name: string;
  bytes: Buffer;
  hash: string;
  /** The id it gets if it is a new article, its original bytes already being written (see `check`). */
  id?: string;
  body: ReturnType<typeof buildArticleBody> | RichArticleBody;
  /** Its short lines, normalised, when they were counted where it was read (see `learnFromBatch`). */
  lines?: ReturnType<typeof shortLinesOf>;
  /** The normalised lines of its blocks that no rule marked, when they were found where it was read. */
  unmarked?: ReadonlySet<string>;
}

/** A file that is neither too large nor imported already, not yet read. */
interface CheckedFile {
  name: string;
  bytes: Buffer;
  hash: string;
  id?: string;
}

/** The threads that read many plain-text files at once; shared by the notebooks of this process. */
const textPool = new TextPool();

/**
 * Decodes and cleans every file first; only if something is new does the
 * notebook change, so a refused or duplicate file leaves the folder as it was.
 */
export async function importArticles(state: NotebookState, files: ImportFile[]): Promise<ImportResult[]> {
  const checked = files.map((file) => check(state, file));
  try {
    return await readAndStore(state, checked);
  } finally {
    // The originals written for files that turned out refused, or not new after all.
    await state.files.discardStaged(checked.flatMap((file) => ('id' in file && file.id ? [file.id] : [])));
  }
}

async function readAndStore(state: NotebookState, checked: (ImportResult | CheckedFile)[]): Promise<ImportResult[]> {
  const counts = await countNotebookLines(state);
  const boilerplate = counts.boilerplate();
  const results = await prepareAll(checked, boilerplate);
  if (!results.some((r) => 'body' in r)) return results as ImportResult[];
  learnFromBatch(results, counts, boilerplate);
  return state.change(
    ['articles', 'annotations'],
    async () => {
      const indexed = new Set<string>();
      const done = await storeAll(state, results, indexed);
      const changed = done.flatMap((r) =>
        r.articleId && r.status !== 'duplicate' && !indexed.has(r.articleId) ? [r.articleId] : [],
      );
      await state.search.refreshAll(state, changed);
      return done;
    },
    (done) => done.flatMap((r) => (r.articleId && r.status !== 'duplicate' ? [r.articleId] : [])),
  );
}

/**
 * Reads the checked files, in their order. Web pages and PDFs go to the
 * extraction worker one after another (the worker lives for this batch);
 * plain text and Markdown are read side by side in the import threads when
 * there are many, else here.
 */
async function prepareAll(
  checked: (ImportResult | CheckedFile)[],
  boilerplate: ReadonlySet<string>,
): Promise<(ImportResult | PreparedFile)[]> {
  const results: (ImportResult | PreparedFile)[] = new Array(checked.length);
  const plain: { at: number; file: CheckedFile }[] = [];
  const rich: { at: number; file: CheckedFile; format: ExtractionFormat }[] = [];
  for (const [at, file] of checked.entries()) {
    if (!('hash' in file)) results[at] = file;
    else {
      const format = richFormat(file.name);
      if (format) rich.push({ at, file, format });
      else plain.push({ at, file });
    }
  }
  const reading =
    plain.length >= POOL_MIN_FILES
      ? textPool.prepareAll(
          plain.map(({ file }) => file),
          boilerplate,
        )
      : Promise.resolve(plain.map(({ file }) => prepareText(file, boilerplate)));
  // Awaited below; until then a failure of the web pages' extraction must not leave it unhandled.
  reading.catch(() => undefined);
  const extractor = rich.length ? new Extractor() : null;
  try {
    for (const { at, file, format } of rich) results[at] = await extractRich(extractor!, file, format, boilerplate);
  } finally {
    await extractor?.close();
  }
  for (const [i, read] of (await reading).entries()) {
    const { at, file } = plain[i]!;
    results[at] = isRefused(read)
      ? refused(file.name, read.refused)
      : { ...file, body: read.body, lines: read.lines, unmarked: read.unmarked };
  }
  return results;
}

/**
 * A batch learns from itself too: furniture that its own articles repeat
 * (dropped in together from one outlet, say) is marked in all of them, as it
 * would be in articles imported after them.
 */
function learnFromBatch(
  results: (ImportResult | PreparedFile)[],
  counts: LineCounts,
  known: ReadonlySet<string>,
): void {
  const prepared = results.filter((r): r is PreparedFile => 'body' in r);
  if (prepared.length < 2) return;
  for (const { body, lines } of prepared) {
    const metadata = 'metadata' in body ? body.metadata : {};
    counts.add(lines ?? shortLinesOf(body.blocks), outletOf(metadata), true);
  }
  const boilerplate = counts.boilerplate();
  if (boilerplate.size === known.size) return;
  // Each article was cleaned with the lines known before the batch, so only the lines new to it can mark more.
  const found = [...boilerplate].filter((line) => !known.has(line));
  for (const file of prepared) {
    if (file.unmarked && !found.some((line) => file.unmarked!.has(line))) continue;
    file.body = { ...file.body, blocks: markRepeated(file.body.blocks, boilerplate) };
  }
}

/**
 * Refuses a file too large, and answers for one imported already; else the
 * file, ready to be read. A file that looks new gets its article's id now,
 * and its original bytes start to be written while the batch is read: the
 * disk works while the processors clean the text.
 */
function check(state: NotebookState, file: ImportFile): ImportResult | CheckedFile {
  const name = file.name;
  const bytes = Buffer.from(file.dataBase64, 'base64');
  if (bytes.byteLength > importLimit(name)) {
    return refused(name, tooLargeMessage(name, bytes.byteLength));
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const duplicate = findDuplicate(state, hash);
  if (duplicate) return duplicate;
  if (state.readOnly || state.lookup.withFileName(name)) return { name, bytes, hash };
  const id = newId('a');
  state.files.stageOriginal(id, bytes);
  return { name, bytes, hash, id };
}

async function extractRich(
  extractor: Extractor,
  file: CheckedFile,
  format: ExtractionFormat,
  boilerplate: ReadonlySet<string>,
): Promise<ImportResult | PreparedFile> {
  try {
    return { ...file, body: await buildRichArticleBody(extractor, format, file.bytes, file.name, { boilerplate }) };
  } catch (error) {
    if (error instanceof DossierError) return refused(file.name, error.message);
    throw error;
  }
}

function findDuplicate(state: NotebookState, hash: string): ImportResult | null {
  const same = state.lookup.withHash(hash);
  if (!same) return null;
  const message = `already imported as "${same.title}"`;
  return { name: same.source.fileName, status: 'duplicate', articleId: same.id, title: same.title, message };
}

/**
 * Stores a batch in order. New articles are written as one batch of files
 * (see `ArticleFiles.writeNew`) and then entered into the catalog in their order; a changed file (or a name met twice)
 * first lets the new ones before it land, then is handled alone. The new articles are indexed while their files
 * are written (their ids are added to `indexed`); the others are left for `refreshAll`.
 */
async function storeAll(
  state: NotebookState,
  results: (ImportResult | PreparedFile)[],
  indexed: Set<string>,
): Promise<ImportResult[]> {
  const done: ImportResult[] = new Array(results.length);
  let pending: { at: number; article: Article; bytes: Buffer }[] = [];
  const pendingHashes = new Map<string, number>();
  const pendingNames = new Set<string>();
  const flush = async () => {
    const articles = pending.map(({ article }) => article);
    await alongside(
      state.files.writeNew(pending.map(({ article, bytes }) => ({ article, original: bytes }))),
      indexWhileWriting(state, articles, indexed),
    );
    for (const article of articles) state.adoptArticle(article);
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
      continue;
    }
    const article = newArticle(r);
    pending.push({ at, article, bytes: r.bytes });
    pendingHashes.set(r.hash, at);
    pendingNames.add(r.name);
    done[at] = { name: r.name, status: 'imported', articleId: article.id, title: article.title };
  }
  await flush();
  return done;
}

/**
 * New articles indexed before the thread gives way to the file writes under
 * way: each pause lets every write that finished a step (open, write, fsync,
 * close) start its next, so a pause every 5 articles (~2 ms of work) keeps
 * the writes moving nearly as if nothing else ran.
 */
const INDEXED_BETWEEN_WRITES = 5;

/**
 * Indexes new articles while their files are written: the writes wait on the
 * disk, the indexing on the processor, and each gives the other its turn. The
 * index writes are in the change's transaction, so a failed write rolls them back.
 */
async function indexWhileWriting(state: NotebookState, articles: readonly Article[], indexed: Set<string>) {
  const index = state.search.engine;
  for (let at = 0; at < articles.length; at += INDEXED_BETWEEN_WRITES) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const article of articles.slice(at, at + INDEXED_BETWEEN_WRITES)) {
      index.add(documentOf(article, state.annotationLookup.of(article.id)));
      indexed.add(article.id);
    }
  }
}

/** Waits for both; the first failure, once neither is still running (a rollback must not race the indexing). */
async function alongside(...work: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

function newArticle({ name, bytes, hash, body, id }: PreparedFile): Article {
  const now = new Date().toISOString();
  return {
    id: id ?? newId('a'),
    ...('metadata' in body ? body.metadata : {}),
    title: body.title,
    titleDerived: body.titleDerived,
    importedAt: now,
    updatedAt: now,
    source: { fileName: name, hash, encoding: body.encoding, byteLength: bytes.byteLength },
    blocks: body.blocks,
    note: '',
  };
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
    const updated: Article = { ...old, source, blocks: body.blocks, updatedAt: now };
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

function refused(name: string, message: string): ImportResult {
  return { name, status: 'refused', message };
}

export async function updateArticle(state: NotebookState, input: MethodInput<'articles.update'>): Promise<Article> {
  const { id, ...changes } = input;
  return state.change(
    ['articles'],
    async () => {
      const article = { ...(await state.article(id)) };
      for (const [key, value] of Object.entries(changes) as [keyof typeof changes, string | undefined][]) {
        if (value === undefined) continue;
        if (key === 'title') {
          if (!value.trim()) throw new DossierError('invalid_input', 'a title cannot be empty');
          article.title = value.trim();
          article.titleDerived = false;
        } else if (key === 'note') {
          article.note = value;
        } else {
          // An empty string clears an optional field.
          if (value.trim()) article[key] = value.trim();
          else delete article[key];
        }
      }
      article.updatedAt = new Date().toISOString();
      await state.putArticle(article);
      await state.search.refresh(state, id);
      return article;
    },
    () => [id],
  );
}

export async function removeArticle(state: NotebookState, id: string): Promise<{ removed: boolean }> {
  if (state.lookup.indexOf(id) === -1) return { removed: false };
  await state.change(
    ['articles', 'annotations', 'links'],
    async () => {
      const data = state.data;
      data.articles = data.articles.filter((a) => a.id !== id);
      data.annotations = data.annotations.filter((a) => a.articleId !== id);
      data.links = data.links.filter((l) => l.from.articleId !== id && l.to.articleId !== id);
      state.forgetArticle(id);
      await state.search.refresh(state, id);
    },
    () => [id],
  );
  // Only once the catalog no longer names it: a crash before this leaves a stray file, never a dangling entry.
  await state.files.remove(id);
  return { removed: true };
}
