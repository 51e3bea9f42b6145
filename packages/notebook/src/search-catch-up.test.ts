// A highlight's save is acknowledged once its journal entry is on disk; the
// search index takes in its notes and tags after that, when the notebook is
// idle. Nothing may tell the difference: a search asked at any moment after
// the acknowledgement finds the note, a check calls the index current, and a
// notebook closed or killed before the index caught up still finds it when
// opened again.
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NotebookState } from './notebook.js';
import { createService } from './service/index.js';
import { call, seedFiles, tempDir } from '../test/fixture.js';

const S004 = '004_807654db1d0bfc78.txt';
const QUOTE = 'both sides have reduced the frequency';
const dirs: string[] = [];
const states: NotebookState[] = [];

afterEach(async () => {
  for (const s of states.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function open(dir: string) {
  const state = await NotebookState.open(dir, { create: true });
  states.push(state);
  return { state, service: createService(state) };
}

async function withArticle() {
  const dir = await tempDir('search-catch-up');
  dirs.push(dir);
  const { state, service } = await open(dir);
  const [r] = await call(service, 'articles.import', { files: await seedFiles([S004]) });
  return { dir, state, service, articleId: r!.articleId! };
}

const found = async (service: ReturnType<typeof createService>, q: string) =>
  (await call(service, 'search.query', { q })).map((h) => h.articleId);

describe('the search index after a highlight is saved', () => {
  it('is behind right after the acknowledgement, and catches up by itself once the notebook is idle', async () => {
    const { state, service, articleId } = await withArticle();
    await call(service, 'annotations.create', { articleId, quote: QUOTE, note: 'zanzibarian', tags: ['kelp'] });
    // Acknowledged: on disk in the journal; the index has not been written for it yet.
    expect(state.search.isBehind).toBe(true);
    expect(state.search.engine.search('zanzibarian', { limit: 5 }).map((h) => h.id)).toEqual([]);
    await state.settled();
    expect(state.search.isBehind).toBe(false);
    expect(state.search.engine.search('zanzibarian', { limit: 5 }).map((h) => h.id)).toEqual([articleId]);
  });

  it('answers a search asked right after the save with the new note and tag', async () => {
    const { service, articleId } = await withArticle();
    await call(service, 'annotations.create', { articleId, quote: QUOTE, note: 'zanzibarian', tags: ['kelp'] });
    expect(await found(service, 'zanzibarian')).toEqual([articleId]);
    expect(await found(service, 'kelp')).toEqual([articleId]);
  });

  it('is not held up by saves made one after another, and takes them all in', async () => {
    const { state, service, articleId } = await withArticle();
    const notes = ['quokka', 'narwhal', 'axolotl', 'pangolin', 'okapi'];
    const saved = [];
    for (const note of notes) saved.push(await call(service, 'annotations.create', { articleId, quote: QUOTE, note }));
    // The next save came at once each time: the index has not caught up with any of them.
    expect(state.search.engine.search('quokka', { limit: 5 })).toEqual([]);
    for (const note of notes) expect(await found(service, note)).toEqual([articleId]);
    // A removed note leaves the index as it leaves the highlight.
    await call(service, 'annotations.remove', { id: saved[0]!.id });
    expect(await found(service, 'quokka')).toEqual([]);
  });

  it('waits for the saves to pause before catching up, so a save never waits behind it, then catches up unasked', async () => {
    const { state, service, articleId } = await withArticle();
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // A user's burst: saves with a few idle milliseconds between them, in which a catch-up could start.
    for (const note of ['quokka', 'narwhal', 'axolotl']) {
      await call(service, 'annotations.create', { articleId, quote: QUOTE, note });
      await pause(3);
      expect(state.search.isBehind).toBe(true);
    }
    expect(state.search.engine.search('quokka', { limit: 5 })).toEqual([]);
    // Once the saves pause, the index takes them in by itself (no search, settled() or close asked for it).
    for (let waited = 0; state.search.isBehind && waited < 2000; waited += 10) await pause(10);
    expect(state.search.isBehind).toBe(false);
    for (const note of ['quokka', 'narwhal', 'axolotl']) {
      expect(state.search.engine.search(note, { limit: 5 }).map((h) => h.id)).toEqual([articleId]);
    }
  });

  it('is called current by check, which catches it up first', async () => {
    const { service, articleId } = await withArticle();
    await call(service, 'annotations.create', { articleId, quote: QUOTE, note: 'zanzibarian' });
    const check = await call(service, 'notebook.check', {});
    expect(check.problems.map((p) => p.message).join('\n')).not.toMatch(/out of date/u);
  });

  it('finds the note after the notebook is closed, or killed, before the index caught up', async () => {
    const { dir, state, service, articleId } = await withArticle();
    await call(service, 'annotations.create', { articleId, quote: QUOTE, note: 'zanzibarian' });
    // A copy of the folder as a kill would leave it now: the journal holds the save, the index does not.
    const killed = await tempDir('search-catch-up-killed');
    dirs.push(killed);
    await cp(dir, killed, { recursive: true });
    await rm(join(killed, 'notebook.lock'), { force: true });
    await state.close();
    states.splice(states.indexOf(state), 1);
    for (const folder of [dir, killed]) {
      const reopened = await open(folder);
      expect(await found(reopened.service, 'zanzibarian')).toEqual([articleId]);
    }
  });
});
