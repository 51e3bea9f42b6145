// Research intelligence on the real seeds, through the contract, on a real notebook folder.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '@dossier/core';
import { evaluateLabelledFolder, openNotebook, type Notebook } from '../index.js';
import { call } from '../../test/fixture.js';

const SEEDS = join(import.meta.dirname, '../../../../seeds');

let dir: string;
let notebook: Notebook;
let idOf: Map<string, string>;

async function importSeeds(names?: string[]) {
  const all = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  const files = await Promise.all(
    (names ?? all).map(async (name) => ({ name, dataBase64: (await readFile(join(SEEDS, name))).toString('base64') })),
  );
  for (const r of await call(notebook.service, 'articles.import', { files }))
    idOf.set(r.name.slice(0, 3), r.articleId!);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-intel-'));
  notebook = await openNotebook(dir, { create: true });
  idOf = new Map();
});
afterEach(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

const members = (ids: string[]) => ids.map((id) => [...idOf].find(([, v]) => v === id)![0]).sort();

describe('same-story detection on the seeds', () => {
  it('groups 002, 003 and 004 as one story and leaves 000 and 001 alone, saying why', async () => {
    await importSeeds();
    const stories = await call(notebook.service, 'stories.list', {});
    expect(stories.map((s) => members(s.articleIds))).toEqual([['002', '003', '004']]);
    expect(stories[0]!.status).toBe('suggested');
    expect(stories[0]!.why).toMatch(/Qatar/u);
    expect(stories[0]!.pairs.length).toBeGreaterThanOrEqual(2);
  });

  it('updates on import: the story grows when its third article arrives', async () => {
    await importSeeds(['000_8e00d78a7fda13e9.txt', '002_f2127c0ecd18b88d.txt', '003_2c4ccad2c704752d.txt']);
    expect((await call(notebook.service, 'stories.list', {})).map((s) => members(s.articleIds))).toEqual([
      ['002', '003'],
    ]);
    await importSeeds(['004_807654db1d0bfc78.txt', '001_09603d2834301279.txt']);
    expect((await call(notebook.service, 'stories.list', {})).map((s) => members(s.articleIds))).toEqual([
      ['002', '003', '004'],
    ]);
  });

  it('makes same-story links only on accept, and remembers a dismissal after reopening', async () => {
    await importSeeds();
    const [story] = await call(notebook.service, 'stories.list', {});
    expect((await call(notebook.service, 'links.list', { articleId: story!.articleIds[0]! })).outgoing).toEqual([]);
    expect(await call(notebook.service, 'stories.accept', { articleIds: story!.articleIds })).toEqual({ created: 2 });
    const links = await call(notebook.service, 'links.list', { articleId: story!.articleIds[0]! });
    expect(links.outgoing.map((l) => [l.kind, l.origin])).toEqual([
      ['same-story', 'suggestion'],
      ['same-story', 'suggestion'],
    ]);
    expect((await call(notebook.service, 'stories.list', {}))[0]!.status).toBe('accepted');

    const s000 = idOf.get('000')!;
    const s002 = idOf.get('002')!;
    await call(notebook.service, 'links.remove', { id: links.outgoing[0]!.id });
    await call(notebook.service, 'links.remove', { id: links.outgoing[1]!.id });
    expect(await call(notebook.service, 'stories.dismiss', { articleIds: story!.articleIds })).toEqual({
      dismissed: 3,
    });
    await call(notebook.service, 'stories.dismiss', { articleIds: [s000, s002] });
    await notebook.close();
    notebook = await openNotebook(dir);
    expect(await call(notebook.service, 'stories.list', {})).toEqual([]);
  });
});

describe('decisions on disk', () => {
  it('names a damaged intelligence.json and leaves it untouched', async () => {
    await importSeeds(['002_f2127c0ecd18b88d.txt']);
    await notebook.close();
    await writeFile(join(dir, 'intelligence.json'), '{"version": 1, "dismissed": [');
    notebook = await openNotebook(dir);
    const result = await dispatch(notebook.service, 'stories.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'notebook_corrupt' } });
    expect(!result.ok && result.error.message).toMatch(/intelligence\.json is damaged/u);
    expect(await readFile(join(dir, 'intelligence.json'), 'utf8')).toBe('{"version": 1, "dismissed": [');
  });
});

describe('related articles and passages', () => {
  it('puts the same-story articles first for an article, with the reason and a passage', async () => {
    await importSeeds();
    const related = await call(notebook.service, 'related.list', { articleId: idOf.get('004')!, limit: 4 });
    expect(members(related.slice(0, 2).map((r) => r.articleId))).toEqual(['002', '003']);
    expect(related[0]!.reason).toMatch(/shared names: .*Qatar|Qatar/u);
    expect(related[0]!.passage).toBeTruthy();
  });

  it('finds passages related to a highlight', async () => {
    await importSeeds();
    const highlight = await call(notebook.service, 'annotations.create', {
      articleId: idOf.get('004')!,
      quote: 'both sides have reduced the frequency of attacks on energy infrastructure',
    });
    const related = await call(notebook.service, 'related.list', {
      articleId: idOf.get('004')!,
      annotationId: highlight.id,
    });
    expect(related[0]!.passage).toMatch(/frequency of attacks/u);
  });
});

describe('entities', () => {
  it('merges Zelensky, Zelenskyi and Zleneksy into one person found in all five seeds', async () => {
    await importSeeds();
    const [zelensky] = await call(notebook.service, 'entities.list', { q: 'zelensk' });
    expect(zelensky!.kind).toBe('person');
    expect(zelensky!.articleCount).toBe(5);
    expect(zelensky!.aliases.join(' ')).toMatch(/Zleneksy/u);
    expect(zelensky!.aliases.join(' ')).toMatch(/Zelenskyi/u);
    const detail = await call(notebook.service, 'entities.get', { key: zelensky!.key });
    expect(detail.mentions).toHaveLength(5);
  });

  it('keeps aliases the user sets, across reopening', async () => {
    await importSeeds();
    const [putin] = await call(notebook.service, 'entities.list', { q: 'putin' });
    await call(notebook.service, 'entities.setAliases', {
      key: putin!.key,
      name: 'Vladimir Putin',
      aliases: ['Путин'],
    });
    await notebook.close();
    notebook = await openNotebook(dir);
    const [again] = await call(notebook.service, 'entities.list', { q: 'Путин' });
    expect(again!.key).toBe(putin!.key);
    expect(again!.userAliases).toEqual(['Путин']);
  });
});

describe('dossier eval on the shipped seeds folder', () => {
  it('scores the seeds perfectly: stories, clutter, body and Zelensky 5/5', async () => {
    const result = await evaluateLabelledFolder(SEEDS);
    expect(result.figures).toEqual({
      sameStory: { precision: 1, recall: 1, f1: 1 },
      clutterRemoved: 1,
      bodyKept: 1,
      variantsFound: 1,
    });
    expect(result.variants).toEqual([{ key: 'Zelensky', containing: 5, found: 5, missed: [] }]);
  });
});
