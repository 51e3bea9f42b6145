// The import threads read plain-text files exactly as the importing thread
// does: the same clean text, the same clutter decisions and reasons, the same
// refusals, whichever thread a file lands on and however the batch is cut.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCompromise } from '../intelligence/language-tools.js';
import { REPEATED_REASON } from './clutter.js';
import { indexedTermsOf } from '../fts-columns.js';
import { documentOf } from '../search-document.js';
import { newArticle } from './new-article.js';
import { prepareText, type TextFile } from './text-job.js';
import { TextPool } from './text-pool.js';

const SEEDS = join(import.meta.dirname, '../../../../seeds');
const seeds = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));

function utf16le(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]);
}

/** The seed articles as they arrive: UTF-8, UTF-16, with a byline under the headline, and files to refuse. */
function batch(): TextFile[] {
  const files: TextFile[] = [];
  for (const { name, text } of seeds) {
    const [headline, ...rest] = text.split('\n\n');
    files.push({ name, bytes: Buffer.from(text, 'utf8') });
    files.push({ name: `utf16-${name}`, bytes: utf16le(text) });
    // A bare name under the headline is a byline, which only compromise can tell from a heading.
    files.push({ name: `byline-${name}`, bytes: Buffer.from([headline, 'Thomas Maresca', ...rest].join('\n\n')) });
    files.push({ name: `${name.replace('.txt', '')}.md`, bytes: Buffer.from(`# ${text}`, 'utf8') });
  }
  files.push({ name: 'empty.txt', bytes: new Uint8Array() });
  files.push({ name: 'blank.txt', bytes: Buffer.from(' \n\t\n ') });
  files.push({ name: 'image.txt', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) });
  return files;
}

/** Short lines of the first seed, as if the notebook's other articles repeated them. */
function knownBoilerplate(): Set<string> {
  const first = prepareText({ name: 'x.txt', bytes: Buffer.from(seeds[0]!.text) }, new Set());
  if ('refused' in first) throw new Error(first.refused);
  return new Set(first.lines.lines.slice(0, 3));
}

describe('the import threads', () => {
  const pools: TextPool[] = [];
  afterAll(async () => {
    for (const pool of pools) await pool.close();
  });

  it('read a batch exactly as the importing thread does, whatever thread and chunk a file lands in', async () => {
    await loadCompromise();
    const files = batch();
    const boilerplate = knownBoilerplate();
    const here = files.map((file) => prepareText(file, boilerplate));
    for (const [threads, chunk, helpHere] of [
      [2, 3, false],
      [3, 1, false],
      [2, 2, true],
    ] as const) {
      const pool = new TextPool({ threads, chunk, helpHere });
      pools.push(pool);
      expect(await pool.prepareAll(files, boilerplate)).toEqual(here);
      // Without this thread's help every file is read in the threads (with it, the files it read here are not).
      if (!helpHere) expect(pool.filesReadInThreads).toBe(files.length);
    }
    // The batch holds what the comparison is about: refusals, bylines and repeated lines marked.
    const refusals = here.flatMap((r) => ('refused' in r ? [r.refused] : []));
    expect(refusals).toEqual([
      'empty.txt: is empty',
      'blank.txt: is empty (it holds only white space)',
      'image.txt: looks like a PNG image, not text',
    ]);
    const reasons = here.flatMap((r) => ('body' in r ? r.body.blocks.flatMap((b) => b.clutter?.reason ?? []) : []));
    expect(reasons).toContain('byline (metadata, not body)');
    expect(reasons).toContain(REPEATED_REASON);
  });

  it('are kept between batches and read the next one as well', async () => {
    const pool = new TextPool({ threads: 2, chunk: 4, helpHere: false });
    pools.push(pool);
    const files = batch();
    const first = await pool.prepareAll(files, new Set());
    const second = await pool.prepareAll(files.slice().reverse(), new Set());
    expect(second).toEqual(first.slice().reverse());
    expect(pool.filesReadInThreads).toBe(2 * files.length);
  });

  it("apply a batch's boilerplate to every chunk a thread reads, and the next batch's to the next", async () => {
    // One file a chunk, the files the boilerplate marks last: they reach each thread long after its first job.
    const pool = new TextPool({ threads: 2, chunk: 1, helpHere: false });
    pools.push(pool);
    const files = batch().reverse();
    const boilerplate = knownBoilerplate();
    const marked = files.map((file) => prepareText(file, boilerplate));
    const unmarked = files.map((file) => prepareText(file, new Set()));
    // The comparison is about something: the lines known mark blocks of some files.
    expect(marked).not.toEqual(unmarked);
    expect(await pool.prepareAll(files, boilerplate)).toEqual(marked);
    expect(await pool.prepareAll(files, new Set())).toEqual(unmarked);
    expect(await pool.prepareAll(files, boilerplate)).toEqual(marked);
    expect(pool.filesReadInThreads).toBe(3 * files.length);
  });

  it('send back, when asked, the search terms the index would store for each article as it is stored', async () => {
    const pool = new TextPool({ threads: 2, chunk: 3, helpHere: false });
    pools.push(pool);
    const files = batch();
    const prepared = await pool.prepareAll(files, new Set(), { columns: true });
    expect(pool.filesReadInThreads).toBe(files.length);
    let compared = 0;
    for (const [i, result] of prepared.entries()) {
      if ('refused' in result) continue;
      const stored = newArticle({ ...files[i]!, hash: 'of no account', body: result.body, id: 'a-stored' });
      // What FtsArticleIndex.add works out itself when it is given no terms.
      expect(result.columns).toEqual(indexedTermsOf(documentOf(stored, [])));
      compared++;
    }
    expect(compared).toBe(files.length - 3);
    // Without the option nothing more crosses back.
    expect((await pool.prepareAll(files.slice(0, 4), new Set()))[0]).not.toHaveProperty('columns');
  });
});
