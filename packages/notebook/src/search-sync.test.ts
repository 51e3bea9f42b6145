// The search index beside the notebook: derived data, rebuilt whenever what is
// on disk cannot be trusted, so a search always answers for the notebook as it is.
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNotebook } from './index.js';
import { INDEX_FILE } from './search-sync.js';
import { call } from '../test/fixture.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');

async function seedFiles() {
  const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => ({ name, dataBase64: (await readFile(join(SEEDS, name))).toString('base64') })),
  );
}

const sources = (hits: { source: string }[]) => [...new Set(hits.map((h) => h.source))].sort();

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-search-sync-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the search index on disk', () => {
  it('is rebuilt when its file is damaged, and search finds every spelling again', async () => {
    let notebook = await openNotebook(dir, { create: true });
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    const before = await call(notebook.service, 'search.query', { q: 'Zelensky' });
    await notebook.close();
    await writeFile(join(dir, INDEX_FILE), 'not a database, just bytes');

    notebook = await openNotebook(dir);
    const after = await call(notebook.service, 'search.query', { q: 'Zelensky' });
    expect(sources(after)).toHaveLength(5);
    expect(after).toEqual(before);
    await notebook.close();
  });

  it('is rebuilt when it was saved at another revision of the notebook', async () => {
    const files = await seedFiles();
    let notebook = await openNotebook(dir, { create: true });
    await call(notebook.service, 'articles.import', { files: files.slice(0, 2) });
    await notebook.close();
    const older = join(dir, 'older.sqlite');
    await copyFile(join(dir, INDEX_FILE), older);

    notebook = await openNotebook(dir);
    await call(notebook.service, 'articles.import', { files: files.slice(2) });
    await notebook.close();
    await copyFile(older, join(dir, INDEX_FILE));
    await rm(older);

    notebook = await openNotebook(dir);
    expect(sources(await call(notebook.service, 'search.query', { q: 'Zelensky' }))).toHaveLength(5);
    await notebook.close();
  });

  it('answers a read-only notebook from a stale index rebuilt in memory, writing nothing', async () => {
    let notebook = await openNotebook(dir, { create: true });
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    await notebook.close();
    await writeFile(join(dir, INDEX_FILE), 'damaged');

    notebook = await openNotebook(dir, { readOnly: true });
    expect(sources(await call(notebook.service, 'search.query', { q: 'Zelensky' }))).toHaveLength(5);
    await notebook.close();
    expect(await readFile(join(dir, INDEX_FILE), 'utf8')).toBe('damaged');
  });

  it('replaces the JSON index of earlier versions', async () => {
    let notebook = await openNotebook(dir, { create: true });
    await notebook.close();
    await writeFile(join(dir, 'index.json'), '{"format":"dossier-search","version":1}');
    notebook = await openNotebook(dir);
    await notebook.close();
    expect(await readdir(dir)).not.toContain('index.json');
  });
});
