// The intelligence kept between processes: the extraction of each article is
// saved in intelligence-cache.json, read back by the next process while the
// article is unchanged, and never trusted when damaged, outdated or stale —
// on a real notebook folder, through the contract.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { call } from '../../test/fixture.js';
import { EXTRACTOR, INTELLIGENCE_CACHE_FILE } from './persisted.js';
import { STORY_STATE_FILE } from './story-state.js';

const SEEDS = join(import.meta.dirname, '../../../../seeds');
let dir: string;
let notebook: Notebook;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-intel-cache-'));
  notebook = await openNotebook(dir, { create: true });
  const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  const files = await Promise.all(
    names.map(async (name) => ({ name, dataBase64: (await readFile(join(SEEDS, name))).toString('base64') })),
  );
  await call(notebook.service, 'articles.import', { files });
});
afterEach(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

const cachePath = () => join(dir, INTELLIGENCE_CACHE_FILE);
const readCache = async () => JSON.parse(await readFile(cachePath(), 'utf8'));
const reopen = async () => {
  await notebook.close();
  notebook = await openNotebook(dir);
};
const entityNames = async () => (await call(notebook.service, 'entities.list', {})).map((e) => e.name);
const storyMembers = async () => (await call(notebook.service, 'stories.list', {})).map((s) => s.articleIds);

describe('intelligence kept between processes', () => {
  it('saves each article’s extraction, and the next process groups the same stories from it', async () => {
    const before = await storyMembers();
    const cache = await readCache();
    expect(cache).toMatchObject({ format: 'dossier-intelligence-cache', version: 1, extractor: EXTRACTOR });
    expect(Object.keys(cache.articles)).toHaveLength(5);
    await reopen();
    expect(await storyMembers()).toEqual(before);
  });

  it('reads the saved mentions instead of extracting again while the article is unchanged', async () => {
    await storyMembers();
    const cache = await readCache();
    const [id] = Object.keys(cache.articles);
    // A mention no article contains: it can only come from the file.
    cache.articles[id!].mentions.push(['Quillon Marbeck', 'person']);
    await writeFile(cachePath(), JSON.stringify(cache));
    // Without the saved story state, which holds the mentions too (story-state.test.ts).
    await rm(join(dir, STORY_STATE_FILE));
    await reopen();
    expect(await entityNames()).toContain('Quillon Marbeck');

    // The article changes: its saved extraction is stale and is done again.
    await call(notebook.service, 'articles.update', { id: id!, title: 'Retitled' });
    expect(await entityNames()).not.toContain('Quillon Marbeck');
    await reopen();
    expect(await entityNames()).not.toContain('Quillon Marbeck');
  });

  it('is not written whole again for every few articles, only once a tenth of them is new', async () => {
    const report = (i: number) => ({
      name: `report-${i}.txt`,
      dataBase64: Buffer.from(`Mayor Elvira Castellanos of Ternholm ${i} opened bridge number ${i * 37}.\n`).toString(
        'base64',
      ),
    });
    const imported = async (from: number, to: number) => {
      const files = [];
      for (let i = from; i < to; i++) files.push(report(i));
      await call(notebook.service, 'articles.import', { files });
      await storyMembers();
    };
    await imported(0, 20);
    expect(Object.keys((await readCache()).articles)).toHaveLength(25);
    const storyLines = async () => (await readFile(join(dir, STORY_STATE_FILE), 'utf8')).split('\n').length;
    const linesBefore = await storyLines();
    // One new article of 26: its extraction is saved in the story state, not by writing the whole cache again.
    await imported(20, 21);
    expect(Object.keys((await readCache()).articles)).toHaveLength(25);
    expect(await storyLines()).toBeGreaterThan(linesBefore);
    const entities = await call(notebook.service, 'entities.list', {});
    await reopen();
    expect(await call(notebook.service, 'entities.list', {})).toEqual(entities);
    // Three new of 28: now it is.
    await imported(21, 23);
    expect(Object.keys((await readCache()).articles)).toHaveLength(28);
  });

  it('ignores a file made by another extractor and rebuilds it', async () => {
    await storyMembers();
    const cache = await readCache();
    cache.extractor = 'an older extractor';
    cache.articles[Object.keys(cache.articles)[0]!].mentions.push(['Quillon Marbeck', 'person']);
    await writeFile(cachePath(), JSON.stringify(cache));
    await rm(join(dir, STORY_STATE_FILE));
    await reopen();
    expect(await entityNames()).not.toContain('Quillon Marbeck');
    expect((await readCache()).extractor).toBe(EXTRACTOR);
  });

  it('check warns about a damaged cache, which the next use rebuilds; a damaged intelligence.json is an error', async () => {
    await storyMembers();
    await writeFile(cachePath(), '{ not json');
    await reopen();
    const checked = await call(notebook.service, 'notebook.check', {});
    expect(checked.ok).toBe(true);
    expect(checked.problems).toContainEqual(
      expect.objectContaining({ file: INTELLIGENCE_CACHE_FILE, severity: 'warning' }),
    );
    expect(await storyMembers()).toHaveLength(1);
    expect((await call(notebook.service, 'notebook.check', {})).problems).toEqual([]);

    await writeFile(join(dir, 'intelligence.json'), '{"version": 1, "dismissed": "oops"}');
    const damaged = await call(notebook.service, 'notebook.check', {});
    expect(damaged.ok).toBe(false);
    expect(damaged.problems).toContainEqual(expect.objectContaining({ file: 'intelligence.json', severity: 'error' }));
  });
});
