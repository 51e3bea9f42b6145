// Importing articles: each file checked (too large? imported already?), read
// (decoded, parsed, cleaned of clutter), and the new ones stored and indexed
// (import-store.ts). A batch of many plain-text files is one pipeline: the
// import threads read it while this thread indexes what they return.
import { createHash } from 'node:crypto';
import { DossierError, type ImportFile, type ImportResult } from '@dossier/core';
import { countNotebookLines, type LineCounts, markRepeated, outletOf, shortLinesOf } from '../boilerplate.js';
import { importLimit, tooLargeMessage } from '../import/size-limit.js';
import { Extractor } from '../import/extractor.js';
import { buildRichArticleBody, richFormat } from '../import/rich-import.js';
import type { ExtractionFormat } from '../import/extracted.js';
import { lineKey } from '../import/boilerplate-line.js';
import { isRefused, prepareText, type PreparedText, type RefusedText } from '../import/text-job.js';
import { POOL_MIN_FILES, TextPool } from '../import/text-pool.js';
import { newId } from '../ids.js';
import type { NotebookState } from '../notebook.js';
import { EarlyIndex, findDuplicate, storeAll, type CheckedFile, type PreparedFile } from './import-store.js';

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
  if (pipelined(checked)) return readIndexAndStore(state, checked, counts, boilerplate);
  const results = await prepareAll(checked, boilerplate);
  if (!results.some((r) => 'body' in r)) return results as ImportResult[];
  learnFromBatch(results, counts, boilerplate);
  return inChange(state, (indexed) => storeAll(state, results, indexed));
}

/**
 * Whether a batch is read inside its change, indexed as it is read: when it
 * has many plain-text files that look new (the threads read them; reading
 * them here would leave nothing to overlap). A batch of duplicates, or a
 * read-only notebook, is read first, so it changes nothing.
 */
function pipelined(checked: (ImportResult | CheckedFile)[]): boolean {
  let looksNew = 0;
  for (const file of checked) if ('id' in file && file.id && !richFormat(file.name)) looksNew++;
  return looksNew >= POOL_MIN_FILES;
}

/**
 * The change of a batch read as it is indexed: this thread indexes the new
 * articles the import threads return while they read the rest. The batch's
 * own boilerplate is known only once all is read; an article it changes is
 * indexed again when stored.
 */
function readIndexAndStore(
  state: NotebookState,
  checked: (ImportResult | CheckedFile)[],
  counts: LineCounts,
  boilerplate: ReadonlySet<string>,
): Promise<ImportResult[]> {
  return inChange(state, async (indexed) => {
    const early = new EarlyIndex(state);
    let results: (ImportResult | PreparedFile)[];
    try {
      results = await prepareAll(checked, boilerplate, (position, file) => early.push(position, file));
      await early.finish();
    } catch (error) {
      // The change rolls back the index: nothing may be written to it after that.
      await early.stop();
      throw error;
    }
    learnFromBatch(results, counts, boilerplate);
    return storeAll(state, results, indexed, early);
  });
}

/** The change of an import: `store` stores the batch, saying which new articles it indexed; the rest are re-indexed. */
function inChange(
  state: NotebookState,
  store: (indexed: Set<string>) => Promise<ImportResult[]>,
): Promise<ImportResult[]> {
  return state.change(
    ['articles', 'annotations'],
    async () => {
      const indexed = new Set<string>();
      const done = await store(indexed);
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
 * there are many, else here. `onRead` hears of each plain-text file the
 * threads read as they return it, with its position among the plain-text
 * files, null if it was refused (this thread then reads none itself).
 */
async function prepareAll(
  checked: (ImportResult | CheckedFile)[],
  boilerplate: ReadonlySet<string>,
  onRead?: (position: number, file: PreparedFile | null) => void,
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
  const asResult = (file: CheckedFile, read: PreparedText | RefusedText): ImportResult | PreparedFile =>
    isRefused(read)
      ? refused(file.name, read.refused)
      : { ...file, body: read.body, lines: read.lines, unmarked: read.unmarked, columns: read.columns };
  const reading =
    plain.length >= POOL_MIN_FILES
      ? textPool.prepareAll(
          plain.map(({ file }) => file),
          boilerplate,
          onRead && {
            helpHere: false,
            columns: true,
            onChunk: (at, prepared) => {
              for (const [i, read] of prepared.entries()) {
                const result = (results[plain[at + i]!.at] = asResult(plain[at + i]!.file, read));
                onRead(at + i, 'body' in result ? result : null);
              }
            },
          },
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
    // Those `onRead` heard of keep the object it was given (the early index knows it by its body).
    results[at] ??= asResult(file, read);
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
  // Compared by key: an article whose key only happens to match is marked by its lines, and keeps what it had.
  const foundKeys = [...boilerplate].filter((line) => !known.has(line)).map(lineKey);
  for (const file of prepared) {
    if (file.unmarked && !foundKeys.some((key) => file.unmarked!.has(key))) continue;
    file.body = { ...file.body, blocks: markRepeated(file.body.blocks, boilerplate) };
    // The terms worked out where it was read are of the text before this marking.
    delete file.columns;
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

function refused(name: string, message: string): ImportResult {
  return { name, status: 'refused', message };
}
