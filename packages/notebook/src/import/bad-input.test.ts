// Files that are not articles, imported into a real notebook folder holding the
// five seeds: each is refused with one line that names the file and says what
// it is — and the folder is left byte for byte as it was — or, where the file is
// text after all, it goes in with exactly its text.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalText, dispatch, type ImportResult } from '@dossier/core';
import { openNotebook, type Notebook } from '../index.js';
import { MAX_IMPORT_BYTES } from './size-limit.js';
import { folderFiles } from '../../test/fixture.js';

const SEEDS = join(import.meta.dirname, '../../../../seeds');

const bytes = (...parts: (number[] | string | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
/** A deterministic stream of bytes (no seed file of noise kept in the repository). */
function noise(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** [what it is, file name, bytes, the refusal after "<name>: "]. */
const REFUSED: [string, string, Buffer, string][] = [
  [
    'a PNG image',
    'chart.png',
    bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', noise(64)),
    'looks like a PNG image, not text',
  ],
  [
    'a JPEG photo',
    'photo.jpg',
    bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF\0', noise(64)),
    'looks like a JPEG image, not text',
  ],
  ['a GIF image', 'anim.gif', bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0], noise(32)), 'looks like a GIF image, not text'],
  [
    'a PDF saved under a text name',
    'report.txt',
    bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    'looks like a PDF document (give it a .pdf name to import it as one), not text',
  ],
  [
    'a PDF cut off after its first object',
    'report.pdf',
    bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    'the PDF cannot be read (Invalid PDF structure.)',
  ],
  [
    'a ZIP archive',
    'sources.zip',
    bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0], noise(40)),
    'looks like a ZIP archive or Office document, not text',
  ],
  [
    'a Word document named .txt',
    'notes.txt',
    bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], '[Content_Types].xml', noise(40)),
    'looks like a ZIP archive or Office document, not text',
  ],
  [
    'a gzip archive',
    'dump.txt.gz',
    bytes([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3], noise(40)),
    'looks like a gzip archive, not text',
  ],
  [
    'a Linux executable',
    'tool',
    bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0], noise(48)),
    'looks like an ELF executable, not text',
  ],
  [
    'a Windows executable',
    'setup.exe',
    bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0], noise(48)),
    'looks like a Windows executable, not text',
  ],
  [
    'a WebAssembly module',
    'app.wasm',
    bytes([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0], noise(16)),
    'looks like a WebAssembly module, not text',
  ],
  [
    'an SQLite database',
    'notes.db',
    bytes('SQLite format 3\0', [0x10, 0, 1, 1], noise(80)),
    'looks like an SQLite database, not text',
  ],
  [
    'random bytes without a signature',
    'blob.bin',
    noise(4096, 99),
    'looks like a binary file (it contains NUL bytes), not text',
  ],
  ['an empty file', 'empty.txt', Buffer.alloc(0), 'is empty'],
  ['a file of blank lines and spaces', 'blank.txt', bytes(' \n\t\n   \r\n\n'), 'is empty (it holds only white space)'],
  [
    'lines of control characters',
    'control.txt',
    bytes(
      Array.from(
        { length: 200 },
        (_, i) => `\x01\x02\x03\x1b\x07\x08\x10${String.fromCharCode(0x11 + (i % 8))}\n`,
      ).join(''),
    ),
    'is mostly control characters, not text',
  ],
  [
    'a 50 MB text file',
    'corpus-dump.txt',
    Buffer.alloc(50 * 1024 * 1024, 'Negotiators met again in Doha on Tuesday. '),
    `is too large (50 MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB for one article)`,
  ],
];

let dir: string;
let notebook: Notebook;

/** Every file of the folder, the search index's postings file too: a refusal, however slow, is no idle spell. */
const notebookFiles = (): Promise<Map<string, Buffer>> => folderFiles(dir);

async function importFiles(...files: { name: string; data: Buffer }[]): Promise<ImportResult[]> {
  const result = await dispatch(notebook.service, 'articles.import', {
    files: files.map((f) => ({ name: f.name, dataBase64: f.data.toString('base64') })),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ImportResult[];
}

async function articleText(id: string): Promise<string> {
  const result = await dispatch(notebook.service, 'articles.get', { id });
  if (!result.ok) throw new Error(result.error.message);
  return canonicalText((result.value as { blocks: Parameters<typeof canonicalText>[0] }).blocks);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-bad-input-'));
  notebook = await openNotebook(dir, { create: true });
  const seeds = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt'));
  await importFiles(
    ...(await Promise.all(seeds.map(async (name) => ({ name, data: await readFile(join(SEEDS, name)) })))),
  );
});
afterEach(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

describe('files that are not articles are refused, and the notebook folder stays byte for byte as it was', () => {
  it.each(REFUSED)('%s', async (_what, name, data, reason) => {
    const before = await notebookFiles();
    const [result] = await importFiles({ name, data });
    expect(result).toMatchObject({ name, status: 'refused' });
    expect(result!.message).not.toContain('\n');
    expect(result!.message).toBe(`${name}: ${reason}`);
    expect(await notebookFiles()).toEqual(before);
  });

  it('refuses the bad files of a mixed batch and imports the good one, in order', async () => {
    const good = 'Doha talks resume\nNegotiators met again in Doha on Tuesday, officials said.';
    const results = await importFiles(
      { name: 'chart.png', data: REFUSED[0]![2] },
      { name: 'doha.txt', data: Buffer.from(good) },
      { name: 'empty.txt', data: Buffer.alloc(0) },
    );
    expect(results.map((r) => r.status)).toEqual(['refused', 'imported', 'refused']);
    expect(await articleText(results[1]!.articleId!)).toBe('Negotiators met again in Doha on Tuesday, officials said.');
  });
});

describe('odd files that are text after all go in with exactly their text', () => {
  it('a 1 MB article on a single line', async () => {
    const sentence = 'Negotiators met again in Doha on Tuesday to discuss a halt to strikes on energy sites. ';
    const line = sentence
      .repeat(Math.ceil(1048576 / sentence.length))
      .slice(0, 1048576)
      .trim();
    const [result] = await importFiles({ name: 'one-line.txt', data: Buffer.from(`Doha talks\n${line}`) });
    expect(result).toMatchObject({ status: 'imported', title: 'Doha talks' });
    expect(await articleText(result!.articleId!)).toBe(line);
  });

  it('text with lines of control characters among its paragraphs: the controls are dropped', async () => {
    const text = 'Doha talks\nFirst paragraph of the report.\n\x1b\x1b\x07\x07\n\x00\x00\x00Second paragraph.\n';
    // NUL bytes beyond the first 8 KiB are read as text (a binary has them near the start).
    const data = Buffer.concat([Buffer.from(`Doha talks\n${'Padding sentence. '.repeat(600)}\n`), Buffer.from(text)]);
    const [result] = await importFiles({ name: 'terminal-log.txt', data });
    expect(result).toMatchObject({ status: 'imported' });
    const stored = await articleText(result!.articleId!);
    expect(stored).toContain('Doha talks\n\nFirst paragraph of the report.\n\nSecond paragraph.');
    expect(stored).not.toMatch(/\p{Cc}(?<![\n\t])/u);
  });

  it('text that merely starts like a binary signature ("MZ", "SQLite", "GIF8")', async () => {
    for (const [name, text] of [
      ['mz.txt', 'MZ Group wins the port tender\nThe consortium led by MZ Group won the tender, officials said.'],
      ['sqlite.txt', 'SQLite turns 25\nThe database engine is used in every phone, its author said.'],
      ['gif.txt', 'GIF8 and the history of looping images\nThe format was first published in 1987.'],
    ]) {
      const [result] = await importFiles({ name: name!, data: Buffer.from(text!) });
      expect(result, name).toMatchObject({ status: 'imported' });
    }
  });

  it('invalid UTF-8 in otherwise plain text is read as Windows-1252, byte for character', async () => {
    // Overlong "/", a UTF-16 surrogate, a lone continuation byte, 0xFF: none is UTF-8.
    const data = bytes(
      'Invalid sequences\nBytes: ',
      [0xc0, 0xaf],
      ' and ',
      [0xed, 0xa0, 0x80],
      ' and ',
      [0x80],
      ' and ',
      [0xff],
      '.',
    );
    const [result] = await importFiles({ name: 'broken.txt', data });
    expect(result).toMatchObject({ status: 'imported' });
    // 0xA0 is a no-break space in Windows-1252, which the article's text keeps as a plain space.
    expect(await articleText(result!.articleId!)).toBe('Bytes: À¯ and í € and € and ÿ.');
  });
});
