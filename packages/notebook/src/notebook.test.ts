// The notebook on disk, driven through the contract on the real seeds.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalText } from '@dossier/core';
import { openNotebook, type Notebook } from './index.js';
import { folderFiles, call } from '../test/fixture.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const S004 = '004_807654db1d0bfc78.txt';

async function seedFiles(names?: string[]) {
  const all = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    (names ?? all).map(async (name) => ({ name, dataBase64: (await readFile(join(SEEDS, name))).toString('base64') })),
  );
}

let dir: string;
let notebook: Notebook;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-nb-'));
  notebook = await openNotebook(dir, { create: true });
});
afterEach(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

describe('importing the seeds', () => {
  it('imports five articles once; the same files again are reported as already imported', async () => {
    const first = await call(notebook.service, 'articles.import', { files: await seedFiles() });
    expect(first.map((r) => r.status)).toEqual(Array(5).fill('imported'));
    const again = await call(notebook.service, 'articles.import', { files: await seedFiles() });
    expect(again.map((r) => r.status)).toEqual(Array(5).fill('duplicate'));
    expect(await call(notebook.service, 'articles.list', {})).toHaveLength(5);
  });

  it('reports a file repeated within one batch as a duplicate and keeps the batch in its order', async () => {
    const [a, b, c] = await seedFiles();
    const files = [a!, { ...a!, name: 'copy-of-000.txt' }, b!, c!];
    const results = await call(notebook.service, 'articles.import', { files });
    expect(results.map((r) => r.status)).toEqual(['imported', 'duplicate', 'imported', 'imported']);
    expect(results[1]!.articleId).toBe(results[0]!.articleId);
    const listed = await call(notebook.service, 'articles.list', { sort: 'importedAt' });
    expect(listed.map((r) => r.source.fileName).sort()).toEqual([a!.name, b!.name, c!.name].sort());
    expect((await readdir(join(dir, 'articles'))).filter((n) => n.endsWith('.json'))).toHaveLength(3);
  });

  it('keeps the original bytes beside the article', async () => {
    const [result] = await call(notebook.service, 'articles.import', { files: await seedFiles([S004]) });
    const original = await readFile(join(dir, 'articles', `${result!.articleId}.orig`));
    expect(original.equals(await readFile(join(SEEDS, S004)))).toBe(true);
  });

  it('refuses a binary file with one clear message and writes nothing', async () => {
    await call(notebook.service, 'articles.import', { files: await seedFiles([S004]) });
    const before = await folderFiles(dir);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const [result] = await call(notebook.service, 'articles.import', {
      files: [{ name: 'photo.txt', dataBase64: png.toString('base64') }],
    });
    expect(result!.status).toBe('refused');
    expect(result!.message).toMatch(/photo\.txt/u);
    expect(result!.message!.split('\n')).toHaveLength(1);
    expect(await folderFiles(dir)).toEqual(before);
  });
});

describe('highlights survive a changed re-import', () => {
  const kept = 'both sides have reduced the frequency of attacks on energy infrastructure';
  const deleted = 'Ukraine controls 232 square miles';

  it('re-anchors a highlight when a sentence elsewhere changed, and orphans one whose passage is gone', async () => {
    const original = await readFile(join(SEEDS, S004), 'utf8');
    const [imported] = await call(notebook.service, 'articles.import', {
      files: [{ name: S004, dataBase64: Buffer.from(original).toString('base64') }],
    });
    const id = imported!.articleId!;
    const keep = await call(notebook.service, 'annotations.create', { articleId: id, quote: kept, tags: ['energy'] });
    const lose = await call(notebook.service, 'annotations.create', { articleId: id, quote: deleted });

    const changed = original
      .replace('A diplomat involved in the negotiations', 'A senior diplomat who took part in the negotiations')
      .replace(', where Ukraine controls 232 square miles', '');
    const [update] = await call(notebook.service, 'articles.import', {
      files: [{ name: S004, dataBase64: Buffer.from(changed).toString('base64') }],
    });
    expect(update).toMatchObject({ status: 'updated', articleId: id, orphaned: 1 });

    const article = await call(notebook.service, 'articles.get', { id });
    const text = canonicalText(article.blocks);
    const all = await call(notebook.service, 'annotations.list', { articleId: id });
    const moved = all.find((a) => a.id === keep.id)!;
    expect(moved.orphan).toBe(false);
    const grown =
      'A senior diplomat who took part in the negotiations'.length - 'A diplomat involved in the negotiations'.length;
    expect(moved.target.position.start).toBe(keep.target.position.start + grown);
    expect(text.slice(moved.target.position.start, moved.target.position.end)).toBe(kept);
    const orphan = all.find((a) => a.id === lose.id)!;
    expect(orphan.orphan).toBe(true);
    expect(orphan.target.quote.exact).toBe(deleted);
    expect((await call(notebook.service, 'annotations.list', { orphans: true })).map((a) => a.id)).toEqual([lose.id]);
  });
});

describe('reopening', () => {
  it('finds articles, highlights, tags and links as they were saved', async () => {
    const results = await call(notebook.service, 'articles.import', { files: await seedFiles() });
    const [a, b] = results.map((r) => r.articleId!);
    const h = await call(notebook.service, 'annotations.create', {
      articleId: a!,
      start: 0,
      end: 20,
      tags: ['energy/refineries'],
      note: 'why it matters',
    });
    await call(notebook.service, 'links.create', {
      from: { articleId: a! },
      to: { articleId: b! },
      kind: 'same-story',
    });
    await call(notebook.service, 'articles.update', { id: b!, outlet: 'The Moscow Times', publishedAt: '2024-10-16' });
    const before = {
      list: await call(notebook.service, 'articles.list', {}),
      annotations: await call(notebook.service, 'annotations.list', {}),
      links: await call(notebook.service, 'links.list', { articleId: b! }),
      search: await call(notebook.service, 'search.query', { q: 'Zelensky' }),
    };
    await notebook.close();
    notebook = await openNotebook(dir);
    expect(await call(notebook.service, 'articles.list', {})).toEqual(before.list);
    expect(await call(notebook.service, 'annotations.list', {})).toEqual(before.annotations);
    expect(await call(notebook.service, 'links.list', { articleId: b! })).toEqual(before.links);
    expect(await call(notebook.service, 'search.query', { q: 'Zelensky' })).toEqual(before.search);
    expect(before.links.incoming[0]).toMatchObject({ kind: 'same-story', from: { articleId: a } });
    expect(before.annotations[0]).toMatchObject({ id: h.id, tags: ['energy/refineries'], note: 'why it matters' });
  });

  it('refuses a damaged notebook.json by name when there is no backup, and never writes over it', async () => {
    await call(notebook.service, 'articles.import', { files: await seedFiles([S004]) });
    await notebook.close();
    await rm(join(dir, 'backups'), { recursive: true });
    for (const damage of ['{"schemaVersion": 1, "articles": ', '', '{"schemaVersion": 1}']) {
      await writeFile(join(dir, 'notebook.json'), damage);
      await expect(openNotebook(dir)).rejects.toThrow(/notebook\.json.*damaged.*kept as notebook\.json\.damaged-/u);
      expect(await readFile(join(dir, 'notebook.json'), 'utf8')).toBe(damage);
    }
    await writeFile(join(dir, 'notebook.json'), '{"schemaVersion": 99}');
    const before = await folderFiles(dir);
    await expect(openNotebook(dir)).rejects.toThrow(/notebook\.json was made by a newer Dossier/u);
    expect(await folderFiles(dir)).toEqual(before);
    notebook = await openNotebook(await mkdtemp(join(tmpdir(), 'dossier-nb-')), { create: true });
  });

  it('lets one process write at a time, and takes over a lock left by a dead process', async () => {
    await expect(openNotebook(dir)).rejects.toThrow(/in use/u);
    const reader = await openNotebook(dir, { readOnly: true });
    await expect(call(reader.service, 'articles.update', { id: 'a-x', title: 't' })).rejects.toThrow(
      /read-only|no article/u,
    );
    await reader.close();
    await notebook.close();
    await writeFile(
      join(dir, 'notebook.lock'),
      JSON.stringify({ pid: 2 ** 22 + 7, host: (await import('node:os')).hostname(), since: 'then' }),
    );
    notebook = await openNotebook(dir);
    expect((await call(notebook.service, 'notebook.info', {})).readOnly).toBe(false);
  });
});
