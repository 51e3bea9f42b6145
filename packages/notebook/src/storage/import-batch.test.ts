// An import writes its new article files as one batch through
// articles/.incoming/: each file lands whole in place before the journal
// acknowledges the import, and what a crash leaves half-way is cleared.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { notebookFiles } from './archive.js';
import { call, seedFiles, tempDir, visibleState } from '../../test/fixture.js';

const dirs: string[] = [];
const open: Notebook[] = [];
afterEach(async () => {
  for (const n of open.splice(0)) await n.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function importedNotebook(): Promise<{ dir: string; notebook: Notebook; ids: string[] }> {
  const dir = await tempDir('batch');
  dirs.push(dir);
  const notebook = await openNotebook(dir, { create: true });
  open.push(notebook);
  const results = await call(notebook.service, 'articles.import', { files: await seedFiles() });
  return { dir, notebook, ids: results.map((r) => r.articleId!) };
}

/** What a crash between writing a batch and renaming it leaves behind. */
async function leaveIncoming(dir: string): Promise<void> {
  await mkdir(join(dir, 'articles', '.incoming'), { recursive: true });
  await writeFile(join(dir, 'articles', '.incoming', 'a-cutoff.json'), '{"schemaVersion":1,"id":"a-cut');
  await writeFile(join(dir, 'articles', '.incoming', 'a-cutoff.orig'), 'half of a file');
}

describe('an import batch', () => {
  it('puts each article and its original bytes in place, and nothing stays in articles/.incoming', async () => {
    const { dir, notebook, ids } = await importedNotebook();
    expect(ids.length).toBeGreaterThan(3);
    const names = await readdir(join(dir, 'articles'));
    for (const id of ids) expect(names).toEqual(expect.arrayContaining([`${id}.json`, `${id}.orig`]));
    expect(await readdir(join(dir, 'articles', '.incoming'))).toEqual([]);
    for (const id of ids) expect((await call(notebook.service, 'articles.get', { id })).id).toBe(id);
  });

  it('cut off by a crash before its renames leaves files that the next writer removes on open', async () => {
    const { dir, notebook } = await importedNotebook();
    const before = await visibleState(notebook.service);
    await notebook.close();
    open.splice(0);
    await leaveIncoming(dir);
    const reopened = await openNotebook(dir);
    open.push(reopened);
    await expect(readdir(join(dir, 'articles', '.incoming'))).rejects.toThrow(/ENOENT/u);
    expect(await visibleState(reopened.service)).toEqual(before);
    const report = await call(reopened.service, 'notebook.check', {});
    expect(report.problems).toEqual([]);
  });

  it('left half-way is not touched by a read-only open, and never goes into an archive', async () => {
    const { dir, notebook } = await importedNotebook();
    await notebook.close();
    open.splice(0);
    await leaveIncoming(dir);
    const reader = await openNotebook(dir, { readOnly: true });
    open.push(reader);
    expect((await readdir(join(dir, 'articles', '.incoming'))).sort()).toEqual(['a-cutoff.json', 'a-cutoff.orig']);
    expect((await notebookFiles(dir)).filter((path) => path.includes('.incoming'))).toEqual([]);
  });
});
