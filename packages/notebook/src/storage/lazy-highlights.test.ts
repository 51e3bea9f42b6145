// Opening a notebook leaves its highlights unparsed until something reads
// them; what every method answers is the same as when they are parsed at once,
// and a snapshot that is not Dossier's own, as written, is parsed whole as before.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NotebookState } from '../notebook.js';
import { createService } from '../service/index.js';
import type { Annotation } from '@dossier/core';
import { deferHighlights, deferredHighlightCounts, highlightsDeferred, splitHighlights } from './lazy-highlights.js';
import { emptyNotebook, type NotebookData } from './notebook-file.js';
import { writeSnapshotInSlices } from './snapshot-writer.js';
import { call, seedFiles, tempDir, visibleState } from '../../test/fixture.js';

const dirs: string[] = [];
const states: NotebookState[] = [];

afterEach(async () => {
  for (const s of states.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** Opened so that nothing but the test's own calls parses the highlights. */
async function open(dir: string, options = {}) {
  const state = await NotebookState.open(dir, { loadHighlightsAfterMs: 600_000, ...options });
  states.push(state);
  return { state, service: createService(state) };
}

/** A closed notebook of three articles and highlights whose notes hold quotes and JSON-like text. */
async function closedNotebook() {
  const dir = await tempDir('lazy-highlights');
  dirs.push(dir);
  const { state, service } = await open(dir, { create: true });
  const imported = await call(service, 'articles.import', {
    files: await seedFiles(['004_807654db1d0bfc78.txt', '001_09603d2834301279.txt', '002_f2127c0ecd18b88d.txt']),
  });
  const [first, second] = imported.map((r) => r.articleId!);
  const body = await call(service, 'articles.get', { id: first! });
  const quotes = body.blocks.filter((b) => b.text.length > 40).map((b) => b.text.slice(0, 25));
  for (const [i, quote] of quotes.slice(0, 3).entries()) {
    await call(service, 'annotations.create', { articleId: first!, quote, note: `"articleId":"${second}" ${i}` });
  }
  const other = await call(service, 'articles.get', { id: second! });
  await call(service, 'annotations.create', { articleId: second!, quote: other.blocks[0]!.text.slice(0, 20) });
  await state.close();
  states.splice(states.indexOf(state), 1);
  return { dir, first: first!, second: second! };
}

describe('highlights parsed when first needed', () => {
  it('are not parsed by opening, listing the library or searching, and the library counts them rightly', async () => {
    const { dir, first, second } = await closedNotebook();
    const { state, service } = await open(dir);
    expect(highlightsDeferred(state.data)).toBe(true);
    const list = await call(service, 'articles.list', {});
    await call(service, 'search.query', { q: 'the', tags: [], limit: 5 });
    expect(highlightsDeferred(state.data)).toBe(true);
    const counts = new Map(list.map((a) => [a.id, a.highlightCount]));
    expect(counts.get(first)).toBe(3);
    expect(counts.get(second)).toBe(1);
    expect([...counts.values()].reduce((a, b) => a + b)).toBe(4);
  });

  it('are parsed a while after opening, if nothing needed them sooner', async () => {
    const { dir } = await closedNotebook();
    const { state } = await open(dir, { loadHighlightsAfterMs: 50 });
    expect(highlightsDeferred(state.data)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(highlightsDeferred(state.data)).toBe(false);
  });

  it('answer every method as highlights parsed at once do, and take changes', async () => {
    const { dir, first } = await closedNotebook();
    const lazy = await open(dir, { readOnly: true });
    expect(highlightsDeferred(lazy.state.data)).toBe(true);
    const shownLazily = await visibleState(lazy.service);
    expect(highlightsDeferred(lazy.state.data)).toBe(false);
    // A journal without the snapshot's checksum: the snapshot is validated and parsed whole.
    const journal = await readFile(join(dir, 'journal.jsonl'), 'utf8');
    await writeFile(join(dir, 'journal.jsonl'), journal.replace(/,"snapshot":"[0-9a-f]{8}"/u, ''));
    const eager = await open(dir, { readOnly: true });
    expect(highlightsDeferred(eager.state.data)).toBe(false);
    expect(shownLazily).toEqual(await visibleState(eager.service));
    await writeFile(join(dir, 'journal.jsonl'), journal);
    await lazy.state.close();
    await eager.state.close();
    states.splice(0);
    const writer = await open(dir);
    expect(highlightsDeferred(writer.state.data)).toBe(true);
    await call(writer.service, 'annotations.create', { articleId: first, quote: 'energy infrastructure', note: 'new' });
    expect(await call(writer.service, 'annotations.list', { articleId: first })).toHaveLength(4);
  });

  it('count right off the unparsed text, whatever the notes say', async () => {
    const dir = await tempDir('lazy-highlights-text');
    dirs.push(dir);
    const data = emptyNotebook('counts');
    const highlight = (id: string, articleId: string, note: string): Annotation => ({
      id,
      articleId,
      target: { position: { start: 0, end: 1 }, quote: { exact: 'q', prefix: '', suffix: '' } },
      tags: [],
      note,
      color: 'yellow',
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
      orphan: false,
    });
    data.annotations = [
      highlight('h1', 'a1', '"articleId":"a2"'),
      highlight('h2', 'a2', 'x'),
      highlight('h3', 'a1', '\\"articleId\\":"a2\n"articleId":"a2"'),
    ];
    const path = join(dir, 'notebook.json');
    await writeSnapshotInSlices(path, data);
    const split = splitHighlights(await readFile(path))!;
    const lazy = deferHighlights(JSON.parse(split.rest) as NotebookData, split.highlights);
    expect(deferredHighlightCounts(lazy)).toEqual(
      new Map([
        ['a1', 2],
        ['a2', 1],
      ]),
    );
    expect(lazy.annotations).toEqual(data.annotations);
    expect(deferredHighlightCounts(lazy)).toBeNull();
  });

  it('are parsed whole at open from a snapshot in the older, indented form', async () => {
    const { dir } = await closedNotebook();
    const snapshot = JSON.parse(await readFile(join(dir, 'notebook.json'), 'utf8'));
    await writeFile(join(dir, 'notebook.json'), JSON.stringify(snapshot, null, 1));
    expect(splitHighlights(Buffer.from(JSON.stringify(snapshot, null, 1)))).toBeNull();
    const { state, service } = await open(dir);
    expect(highlightsDeferred(state.data)).toBe(false);
    expect(deferredHighlightCounts(state.data)).toBeNull();
    expect(await call(service, 'annotations.list', {})).toHaveLength(4);
  });
});
