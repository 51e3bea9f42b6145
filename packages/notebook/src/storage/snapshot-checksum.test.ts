// The journal's header names the checksum of the notebook.json it continues,
// so opening can skip validating records that were validated on their way in.
// Only bytes exactly as Dossier wrote them are trusted: an edited, damaged or
// older snapshot is validated as before.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { call, seedFiles, tempDir, visibleState } from '../../test/fixture.js';

const dirs: string[] = [];
const open: Notebook[] = [];

afterEach(async () => {
  for (const n of open.splice(0)) await n.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A closed notebook of three seed articles and a highlight; closing wrote its snapshot and a new journal. */
async function closedNotebook(): Promise<string> {
  const dir = await tempDir('checksum');
  dirs.push(dir);
  const notebook = await openNotebook(dir, { create: true });
  const [first] = await call(notebook.service, 'articles.import', { files: (await seedFiles()).slice(0, 3) });
  const article = await call(notebook.service, 'articles.get', { id: first!.articleId! });
  const quote = article.blocks.find((b) => b.text.length > 40)!.text.slice(0, 30);
  await call(notebook.service, 'annotations.create', { articleId: article.id, quote, tags: ['energy'] });
  await notebook.close();
  return dir;
}

async function reopen(dir: string): Promise<Notebook> {
  const notebook = await openNotebook(dir);
  open.push(notebook);
  return notebook;
}

const headerOf = async (dir: string) =>
  JSON.parse((await readFile(join(dir, 'journal.jsonl'), 'utf8')).split('\n')[0]!) as Record<string, unknown>;

/** Rewrites notebook.json as valid JSON that breaks the schema: the first article's title becomes a number. */
async function breakSchema(dir: string): Promise<void> {
  const path = join(dir, 'notebook.json');
  const json = JSON.parse(await readFile(path, 'utf8')) as { articles: { title: unknown }[] };
  json.articles[0]!.title = 42;
  await writeFile(path, JSON.stringify(json, null, 1));
}

describe('the snapshot checksum in the journal header', () => {
  it('is the CRC-32 of notebook.json exactly as compaction wrote it', async () => {
    const dir = await closedNotebook();
    const snapshot = await readFile(join(dir, 'notebook.json'));
    const header = await headerOf(dir);
    expect(header.snapshot).toBe(crc32(snapshot).toString(16).padStart(8, '0'));
    expect(header.base).toBe((JSON.parse(snapshot.toString('utf8')) as { revision: number }).revision);
  });

  it('opens a notebook whose snapshot matches it with everything the user saved', async () => {
    const dir = await closedNotebook();
    const first = await reopen(dir);
    const before = await visibleState(first.service);
    expect(before.articles).toHaveLength(3);
    expect(before.annotations).toHaveLength(1);
    expect((await call(first.service, 'notebook.info', {})).warnings ?? []).toEqual([]);
  });

  it('does not stop a notebook.json edited after it was written from being validated and kept aside', async () => {
    const dir = await closedNotebook();
    await breakSchema(dir);
    const notebook = await reopen(dir);
    const warnings = (await call(notebook.service, 'notebook.info', {})).warnings!.join('\n');
    expect(warnings).toMatch(/notebook\.json is damaged \(.*title.*\).*kept as notebook\.json\.damaged-.*backup/su);
    expect(await call(notebook.service, 'articles.list', {})).toHaveLength(3);
  });

  it('is optional: a journal without one (an older Dossier) opens, and its snapshot is still validated', async () => {
    const dir = await closedNotebook();
    const journalPath = join(dir, 'journal.jsonl');
    const { snapshot: _dropped, ...older } = await headerOf(dir);
    const rest = (await readFile(journalPath, 'utf8')).split('\n').slice(1).join('\n');
    await writeFile(journalPath, `${JSON.stringify(older)}\n${rest}`);
    const plain = await reopen(dir);
    expect(await call(plain.service, 'articles.list', {})).toHaveLength(3);
    await plain.close();
    open.splice(0);

    // Closing after no change leaves the journal as it was: still no checksum.
    expect((await headerOf(dir)).snapshot).toBeUndefined();
    await breakSchema(dir);
    const damaged = await reopen(dir);
    const warnings = (await call(damaged.service, 'notebook.info', {})).warnings!.join('\n');
    expect(warnings).toMatch(/notebook\.json is damaged/u);
  });

  it('is written again by the next compaction, for the new snapshot', async () => {
    const dir = await closedNotebook();
    const notebook = await reopen(dir);
    const [article] = await call(notebook.service, 'articles.list', {});
    await call(notebook.service, 'articles.update', { id: article!.id, title: 'Renamed' });
    await notebook.close();
    open.splice(0);
    const snapshot = await readFile(join(dir, 'notebook.json'));
    expect(snapshot.toString('utf8')).toContain('Renamed');
    expect((await headerOf(dir)).snapshot).toBe(crc32(snapshot).toString(16).padStart(8, '0'));
  });
});
