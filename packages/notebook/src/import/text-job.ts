// Plain-text and Markdown articles: decoded, parsed and cleaned of clutter,
// either in this thread (a few files) or in the import workers (a batch of
// many, see text-pool.ts). Both run `prepareText`, so an article comes out the
// same wherever it was read. What crosses to a worker and back is plain data.
import { DossierError } from '@dossier/core';
import { shortLinesOf } from '../boilerplate.js';
import { loadCompromise } from '../intelligence/language-tools.js';
import { indexedTermsOf, type IndexedTerms } from '../fts-columns.js';
import { documentOf } from '../search-document.js';
import { hasMoreAsciiAlphanumerics, normalizedLineKey } from './boilerplate-line.js';
import { buildArticleBody } from './index.js';
import { newArticle } from './new-article.js';

export type TextArticleBody = ReturnType<typeof buildArticleBody>;

/** An article read from a file, with its short lines normalised for the batch's boilerplate count. */
export interface PreparedText {
  body: TextArticleBody;
  lines: { lines: string[]; furniture: Set<string> };
  /**
   * The key (`lineKey`) of the line, normalised as boilerplate is, of each
   * block no rule marked that could be boilerplate (see `couldBeBoilerplate`):
   * if none of them is the key of a line the batch finds repeated, no block of
   * this article can become boilerplate, and the batch need not look at it
   * again. Keys, not lines: a number per block crosses back to the importing
   * thread, and a plain-ASCII block's key is made without normalising it.
   */
  unmarked: Set<number>;
  /** Its terms as the search index stores them, when the job asked for them (`TextJob.columns`). */
  columns?: IndexedTerms;
}

/** A file the import refuses, with the reason shown to the user. */
export interface RefusedText {
  refused: string;
}

export interface TextFile {
  name: string;
  bytes: Uint8Array;
}

/** One message to an import worker: files to read, and the boilerplate lines the notebook already knows. */
export interface TextJob {
  id: number;
  kind: 'text';
  files: TextFile[];
  /**
   * The boilerplate lines, sent with a thread's first job of a batch only
   * (a notebook knows hundreds of them, 50 KB and more, and a job is 25
   * files): the thread keeps them for the jobs after it that name the same `boilerplateId`.
   */
  boilerplate?: string[];
  boilerplateId: number;
  /** Whether each article's search terms are worked out too (the importing thread indexes as it receives them). */
  columns?: boolean;
}

export type TextReply =
  { id: number; ok: true; prepared: (PreparedText | RefusedText)[] } | { id: number; ok: false; message: string };

/**
 * Reads one file as an article, or says why it is refused. This is the
 * per-article work of an import that needs nothing of the notebook but the
 * boilerplate lines: what else an article alone decides (its language and the
 * names it mentions, say, which intelligence/ extracts later) could be worked
 * out here too, in the import threads, and handed back beside `body`.
 *
 * @example
 * prepareText({ name: 'a.txt', bytes: Buffer.from('Title\n\nBody.') }, new Set()) // => { body: {…}, lines: {…} }
 */
export function prepareText(
  file: TextFile,
  boilerplate: ReadonlySet<string>,
  { columns = false }: { columns?: boolean } = {},
): PreparedText | RefusedText {
  try {
    const body = buildArticleBody(file.bytes, file.name, { boilerplate });
    const unmarked = new Set<number>();
    for (const b of body.blocks) if (!b.clutter && couldBeBoilerplate(b.text)) unmarked.add(normalizedLineKey(b.text));
    const prepared: PreparedText = { body, lines: shortLinesOf(body.blocks), unmarked };
    // The terms depend on nothing but the article as it will be stored (its id, hash and dates are not indexed,
    // so a placeholder id spares making one).
    if (columns) prepared.columns = indexedTermsOf(documentOf(newArticle({ ...file, hash: '', body, id: 'a' }), []));
    return prepared;
  } catch (error) {
    // As the import has always done: any of our errors is the file's, told to the user.
    if (error instanceof DossierError && !needsCompromise(error)) return { refused: error.message };
    throw error;
  }
}

/**
 * The longest line boilerplate can be, normalised: boilerplate is counted
 * from blocks of at most 160 characters (`shortLinesOf`), and lower-casing
 * at most doubles a character ('İ' becomes 'i̇').
 */
export const LONGEST_BOILERPLATE_LINE = 2 * 160;

/**
 * Whether a block's text could be boilerplate once normalised. Its ASCII
 * letters and digits all stay in its normal form, so a paragraph with more of
 * them than the longest boilerplate line cannot be one: most of an article's
 * text is told apart by this count alone, without normalising it (the
 * importing thread's batch check compares only what could match).
 *
 * @example
 * couldBeBoilerplate('Share this post') // => true
 * couldBeBoilerplate(aParagraphOf600Letters) // => false
 */
export function couldBeBoilerplate(text: string): boolean {
  return !hasMoreAsciiAlphanumerics(text, LONGEST_BOILERPLATE_LINE);
}

/** The boilerplate lines of the batch this thread is reading (see `TextJob.boilerplate`). */
let keptBoilerplate: { id: number; lines: ReadonlySet<string> } | null = null;

/**
 * The worker's side of a job. compromise (which tells a byline's name from a
 * heading) costs about half a second to load, and few files need it: it is
 * loaded on the first file that asks for it, and that file is read again.
 */
export async function runTextJob(job: TextJob): Promise<TextReply> {
  if (job.boilerplate) keptBoilerplate = { id: job.boilerplateId, lines: new Set(job.boilerplate) };
  if (keptBoilerplate?.id !== job.boilerplateId) {
    // Never sent (a bug of the pool's): the pool reads the chunk in its own thread instead.
    return { id: job.id, ok: false, message: `boilerplate ${job.boilerplateId} was not sent to this thread` };
  }
  const boilerplate = keptBoilerplate.lines;
  const prepared: (PreparedText | RefusedText)[] = [];
  try {
    for (const file of job.files) {
      try {
        prepared.push(prepareText(file, boilerplate, job));
      } catch (error) {
        if (!needsCompromise(error)) throw error;
        await loadCompromise();
        prepared.push(prepareText(file, boilerplate, job));
      }
    }
    return { id: job.id, ok: true, prepared };
  } catch (error) {
    return { id: job.id, ok: false, message: (error as Error)?.message ?? String(error) };
  }
}

function needsCompromise(error: unknown): boolean {
  return error instanceof DossierError && error.code === 'internal' && /compromise was needed/u.test(error.message);
}

export function isRefused(result: PreparedText | RefusedText): result is RefusedText {
  return 'refused' in result;
}
