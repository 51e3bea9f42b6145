// An import writes each new file's original bytes while it reads the batch,
// before it knows which files it will keep: whatever the batch holds (new
// articles, duplicates, a new version of a file, a name met twice, files it
// refuses), each article's original in the folder is exactly the bytes of the
// file it came from, nothing is left in articles/.incoming, and no file is
// there that the catalog does not name.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { call, folderFiles, seedFiles, tempDir } from '../../test/fixture.js';

const dirs: string[] = [];
const opened: Notebook[] = [];
afterEach(async () => {
  for (const n of opened.splice(0)) await n.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function freshNotebook(): Promise<{ dir: string; notebook: Notebook }> {
  const dir = await tempDir('originals');
  dirs.push(dir);
  const notebook = await openNotebook(dir, { create: true });
  opened.push(notebook);
  return { dir, notebook };
}

const file = (name: string, bytes: Buffer) => ({ name, dataBase64: bytes.toString('base64') });

/** Thirty distinct articles made of the seeds, enough for the batch to be read in the import threads. */
async function manyArticles(): Promise<{ name: string; dataBase64: string }[]> {
  const seeds = await seedFiles();
  return Array.from({ length: 30 }, (_, i) => {
    const seed = Buffer.from(seeds[i % seeds.length]!.dataBase64, 'base64').toString('utf8');
    return file(`many-${i}.txt`, Buffer.from(`${seed}\n\nA closing paragraph only copy ${i} has.\n`, 'utf8'));
  });
}

async function expectOriginalsExact(dir: string, notebook: Notebook, sent: Map<string, Buffer>): Promise<void> {
  const articles = await call(notebook.service, 'articles.list', {});
  for (const article of articles) {
    const bytes = sent.get(article.source.fileName);
    expect(bytes, article.source.fileName).toBeDefined();
    expect(await readFile(join(dir, 'articles', `${article.id}.orig`))).toEqual(bytes);
  }
  const named = new Set(articles.flatMap((a) => [`${a.id}.json`, `${a.id}.orig`]));
  const inFolder = (await readdir(join(dir, 'articles'))).filter((n) => !n.startsWith('.'));
  expect(inFolder.sort()).toEqual([...named].sort());
  expect(await readdir(join(dir, 'articles', '.incoming')).catch(() => [])).toEqual([]);
}

describe('the originals of an import', () => {
  it('are the bytes of each file, whatever else the batch holds, and nothing is left aside', async () => {
    const { dir, notebook } = await freshNotebook();
    const first = await manyArticles();
    await call(notebook.service, 'articles.import', { files: first });
    const sent = new Map(first.map((f) => [f.name, Buffer.from(f.dataBase64, 'base64')]));

    const changed = Buffer.from('A new version\n\nOf the third article, rewritten from the first line to the last.\n');
    const again = Buffer.from('Met twice\n\nThe first of two files of one name in one batch, and long enough.\n');
    const twice = Buffer.from(
      'Met twice\n\nThe second of two files of one name in one batch: it replaces the first.\n',
    );
    const batch = [
      ...(await manyArticles()).map((f, i) =>
        file(
          `second-${i}.txt`,
          Buffer.concat([Buffer.from(f.dataBase64, 'base64'), Buffer.from(`Copy ${i} again.\n`)]),
        ),
      ),
      first[0]!, // already imported: a duplicate
      file('many-2.txt', changed), // a new version of a file imported before
      file('twice.txt', again),
      file('twice.txt', twice),
      file('binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 255, 254])),
      file('empty.txt', Buffer.alloc(0)),
    ];
    const results = await call(notebook.service, 'articles.import', { files: batch });
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 'imported')).toHaveLength(31);
    expect(statuses.filter((s) => s === 'updated')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'refused')).toHaveLength(2);

    for (const f of batch.slice(0, 30)) sent.set(f.name, Buffer.from(f.dataBase64, 'base64'));
    sent.set('many-2.txt', changed);
    sent.set('twice.txt', twice);
    await expectOriginalsExact(dir, notebook, sent);

    // And so they stay for the next writer to open the folder.
    await notebook.close();
    opened.splice(0);
    const reopened = await openNotebook(dir);
    opened.push(reopened);
    await expectOriginalsExact(dir, reopened, sent);
    expect((await call(reopened.service, 'notebook.check', {})).problems).toEqual([]);
  });

  it('are not written into a notebook opened read-only', async () => {
    const { dir, notebook } = await freshNotebook();
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    await notebook.close();
    opened.splice(0);
    const before = await folderFiles(dir);
    const reader = await openNotebook(dir, { readOnly: true });
    opened.push(reader);
    const result = await call(reader.service, 'articles.import', { files: await manyArticles() }).catch(
      (e: Error) => e,
    );
    expect(result).toBeInstanceOf(Error);
    expect(await folderFiles(dir)).toEqual(before);
  });
});
