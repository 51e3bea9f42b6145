// The story index and the merged entities kept between processes in
// intelligence-stories.ndjson: the next process takes them as they were,
// comparing nothing, while each article is unchanged; anything damaged,
// outdated or stale is rebuilt from the articles, and `check` says so — on a
// real notebook folder, through the contract.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashString } from '@dossier/search';
import { openNotebook, type Notebook } from '../index.js';
import { call, seedFiles, tempDir } from '../../test/fixture.js';
import { STORY_STATE_FILE } from './story-state.js';

let dir: string;
let notebook: Notebook;

beforeEach(async () => {
  dir = await tempDir('story-state');
  notebook = await openNotebook(dir, { create: true });
});
afterEach(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

const statePath = () => join(dir, STORY_STATE_FILE);
const readLines = async () =>
  (await readFile(statePath(), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line.slice(9)) as Record<string, unknown>);
const writeLines = (lines: unknown[]) =>
  writeFile(
    statePath(),
    lines
      .map((value) => {
        const json = JSON.stringify(value);
        return `${hashString(json).toString(16).padStart(8, '0')} ${json}\n`;
      })
      .join(''),
  );
const reopen = async () => {
  await notebook.close();
  notebook = await openNotebook(dir);
};
const stories = () => call(notebook.service, 'stories.list', {});
const entityNames = async () => (await call(notebook.service, 'entities.list', {})).map((e) => e.name);
const idOf = async (file: string) =>
  (await call(notebook.service, 'articles.list', {})).find((a) => a.source.fileName === file)!.id;

describe('the story state kept between processes', () => {
  it('gives the next process the same stories, evidence and entities after imports and removals', async () => {
    await call(notebook.service, 'articles.import', {
      files: await seedFiles(['000_8e00d78a7fda13e9.txt', '002_f2127c0ecd18b88d.txt', '003_2c4ccad2c704752d.txt']),
    });
    await stories();
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    await stories();
    await call(notebook.service, 'articles.remove', { id: await idOf('000_8e00d78a7fda13e9.txt') });
    const before = await stories();
    const entitiesBefore = await call(notebook.service, 'entities.list', {});
    expect(before.map((s) => s.articleIds.length)).toEqual([3]);
    // Each import and the removal were appended, not written anew.
    expect((await readLines()).filter((l) => 'removed' in l)).toHaveLength(1);

    await reopen();
    expect(await stories()).toEqual(before);
    expect(await call(notebook.service, 'entities.list', {})).toEqual(entitiesBefore);

    // Built from nothing, the same story is found.
    await rm(statePath());
    await reopen();
    expect((await stories()).map((s) => s.articleIds)).toEqual(before.map((s) => s.articleIds));
  });

  it('saves the evidence as the stories request scores it, once: not stale in the records and again in pair lines', async () => {
    // Built article by article, the early pairs were scored at a collection of two or three: the first stories
    // request scores them again with the five. The file must hold that evidence, and only in the records.
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    const before = await stories();
    await call(notebook.service, 'entities.list', {});
    await stories();
    const lines = await readLines();
    expect(lines.filter((l) => 'pair' in l)).toEqual([]);
    const near = lines.flatMap((l) => ('article' in l ? (l.article as { near: { at: number }[] }).near : []));
    expect(near.length).toBeGreaterThan(0);
    expect(near.every((pair) => pair.at === 5)).toBe(true);
    await reopen();
    expect(await stories()).toEqual(before);
  });

  it('is used instead of the articles while each is unchanged, and redone for one that changed', async () => {
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    await stories();
    const lines = await readLines();
    const record = lines.find((l) => 'article' in l) as { article: { id: string }; mentions: unknown[][] };
    // A mention no article contains: it can only come from the file.
    record.mentions.push(['Quillon Marbeck', 'person', 'quillon marbeck']);
    await writeLines(lines);
    await reopen();
    expect(await entityNames()).toContain('Quillon Marbeck');

    await call(notebook.service, 'articles.update', { id: record.article.id, title: 'Retitled' });
    expect(await entityNames()).not.toContain('Quillon Marbeck');
    await reopen();
    expect(await entityNames()).not.toContain('Quillon Marbeck');
  });

  it('ignores a file made by other features or under other aliases, and writes it anew', async () => {
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    const before = await stories();
    const lines = await readLines();
    await writeLines([{ ...lines[0], features: 'story-features/0' }, ...lines.slice(1)]);
    await reopen();
    expect(await stories()).toEqual(before);
    expect((await readLines())[0]).toEqual(lines[0]);

    const [entity] = await call(notebook.service, 'entities.list', {});
    await call(notebook.service, 'entities.setAliases', { key: entity!.key, aliases: ['Quillon'] });
    expect((await readLines())[0]!.aliases).not.toEqual(lines[0]!.aliases);
    await reopen();
    const found = await call(notebook.service, 'entities.list', { q: 'quillon' });
    expect(found.map((e) => e.key)).toEqual([entity!.key]);
  });

  it('is written anew, header first, when it was deleted while the notebook was open', async () => {
    await call(notebook.service, 'articles.import', {
      files: await seedFiles(['000_8e00d78a7fda13e9.txt', '002_f2127c0ecd18b88d.txt']),
    });
    await stories();
    await rm(statePath());
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    const before = await stories();
    await stories();
    const lines = await readLines();
    expect(lines[0]).toMatchObject({ format: 'dossier-story-state' });
    expect(lines.filter((l) => 'article' in l)).toHaveLength(5);
    await reopen();
    expect(await stories()).toEqual(before);
    expect((await call(notebook.service, 'notebook.check', {})).problems).toEqual([]);
  });

  it('keeps what comes before a damaged line, rebuilds the rest, and check warns until then', async () => {
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    const before = await stories();
    const text = await readFile(statePath(), 'utf8');
    const lines = text.split('\n');
    // A torn or altered line: its checksum no longer matches.
    lines[3] = lines[3]!.replace(/"id":"/u, '"id":"x');
    await writeFile(statePath(), lines.join('\n'));
    await reopen();
    const checked = await call(notebook.service, 'notebook.check', {});
    expect(checked.ok).toBe(true);
    expect(checked.problems).toContainEqual(
      expect.objectContaining({
        file: STORY_STATE_FILE,
        severity: 'warning',
        message: expect.stringContaining('line 4'),
      }),
    );
    expect(await stories()).toEqual(before);
    expect((await call(notebook.service, 'notebook.check', {})).problems).toEqual([]);

    await writeFile(statePath(), 'not a story state\n');
    await reopen();
    expect((await call(notebook.service, 'notebook.check', {})).problems).toContainEqual(
      expect.objectContaining({ file: STORY_STATE_FILE, severity: 'warning' }),
    );
    expect(await stories()).toEqual(before);
  });

  it('saves a mention without its entity key when the key is the name itself, and with it for a variant', async () => {
    await call(notebook.service, 'articles.import', { files: await seedFiles() });
    const entitiesBefore = await call(notebook.service, 'entities.list', {});
    const mentions = (await readLines()).flatMap((l) => ('article' in l ? (l.mentions as unknown[][]) : []));
    const bare = mentions.filter((m) => m.length === 2);
    const keyed = mentions.filter((m) => m.length === 3);
    expect(bare.length).toBeGreaterThan(keyed.length);
    // The seeds spell Zelensky more than one way: the variant carries the entity it was merged into.
    expect(keyed).toContainEqual(['Volodymyr Zelenskyi', 'person', 'volodymyr zelensky']);
    expect(bare).toContainEqual(['Volodymyr Zelensky', 'person']);
    expect(keyed.every(([name, , key]) => String(name).toLowerCase() !== key)).toBe(true);

    await reopen();
    expect(await call(notebook.service, 'entities.list', {})).toEqual(entitiesBefore);
  });
});
