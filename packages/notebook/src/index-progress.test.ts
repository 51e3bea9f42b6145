// After a crash, the search index is caught up with the journal's changes
// instead of rebuilt — but only when its recorded progress vouches for what it
// holds. A crash is the notebook folder exactly as the writer left it between
// two of its steps: copied synchronously, so no write lands half in the copy.
import { cpSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articlesToCatchUp, type IndexProgress } from './index-progress.js';
import { NotebookState } from './notebook.js';
import { createService } from './service/index.js';
import { openNotebook, type Notebook } from './index.js';
import { LOCK_FILE } from './storage/lock.js';
import { call, seedFiles, tempDir } from '../test/fixture.js';

const dirs: string[] = [];
const open: { close(): Promise<void> }[] = [];

afterEach(async () => {
  for (const n of open.splice(0)) await n.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function folder(label: string): Promise<string> {
  const dir = await tempDir(label);
  dirs.push(dir);
  return dir;
}

/** The folder as a writer killed at this moment leaves it (its lock is a dead process's). */
async function crashCopy(dir: string): Promise<string> {
  const copy = await folder('crashed');
  cpSync(dir, copy, { recursive: true });
  await rm(join(copy, LOCK_FILE), { force: true });
  return copy;
}

async function openState(dir: string, readOnly = false): Promise<NotebookState> {
  const state = await NotebookState.open(dir, { readOnly });
  open.push(state);
  return state;
}

/** Every query's article ids, in order: what the user sees of the index. */
async function answers(state: NotebookState, queries: string[]): Promise<string[][]> {
  const service = createService(state);
  return Promise.all(
    queries.map(async (q) => (await call(service, 'search.query', { q, limit: 50 })).map((h) => h.articleId)),
  );
}

/** The same queries answered by an index rebuilt from scratch over the same folder. */
async function rebuiltAnswers(dir: string, queries: string[]): Promise<string[][]> {
  const copy = await folder('rebuilt');
  cpSync(dir, copy, { recursive: true });
  await rm(join(copy, 'index'), { recursive: true, force: true });
  await rm(join(copy, LOCK_FILE), { force: true });
  const state = await openState(copy);
  expect(state.search.opened?.how).toBe('rebuilt');
  return answers(state, queries);
}

async function notebookWithHighlights(): Promise<{ dir: string; notebook: Notebook; ids: string[] }> {
  const dir = await folder('progress');
  const notebook = await openNotebook(dir, { create: true });
  open.push(notebook);
  const imported = await call(notebook.service, 'articles.import', { files: await seedFiles() });
  const ids = imported.map((r) => r.articleId!);
  for (const [i, id] of ids.entries()) {
    const article = await call(notebook.service, 'articles.get', { id });
    const quote = article.blocks.find((b) => b.text.length > 60)!.text.slice(0, 40);
    await call(notebook.service, 'annotations.create', { articleId: id, quote, note: `firstnote${i}`, tags: [] });
  }
  await notebook.settled();
  return { dir, notebook, ids };
}

const QUERIES = [
  'firstnote0',
  'firstnote1',
  'firstnote2',
  'zanzibarian',
  'quorumtwo',
  'Zelensky',
  'energy',
  'outletzed',
];

describe('the search index after a crash', () => {
  it('is caught up with the changes the journal replayed, and answers as a rebuilt index does', async () => {
    const { dir, notebook, ids } = await notebookWithHighlights();
    const highlights = await call(notebook.service, 'annotations.list', {});
    const s = notebook.service;
    await call(s, 'annotations.update', { id: highlights[0]!.id, note: 'zanzibarian' });
    await call(s, 'annotations.remove', { id: highlights[1]!.id });
    await call(s, 'articles.update', { id: ids[3]!, outlet: 'outletzed' });
    const [extra] = await call(s, 'articles.import', {
      files: [
        {
          name: 'extra.txt',
          dataBase64: Buffer.from('Quorumtwo talks\n\nThe quorumtwo met at noon.').toString('base64'),
        },
      ],
    });
    expect(extra?.articleId).toBeTruthy();
    await notebook.settled();
    const crashed = await crashCopy(dir);

    const state = await openState(crashed);
    expect(state.search.opened).toEqual({ how: 'caught-up', articles: expect.any(Number) });
    // Only the articles the journal changed since the index's last whole revision, never all of them.
    expect(state.search.opened!.articles).toBeLessThanOrEqual(4);
    const found = await answers(state, QUERIES);
    expect(found[QUERIES.indexOf('zanzibarian')]).toEqual([ids[0]]);
    expect(found[QUERIES.indexOf('firstnote1')]).toEqual([]);
    expect(found[QUERIES.indexOf('quorumtwo')]).toEqual([extra!.articleId]);
    expect(found).toEqual(await rebuiltAnswers(crashed, QUERIES));
  });

  it('takes in a highlight note saved just before the crash, before the index caught up with it', async () => {
    const { dir, notebook, ids } = await notebookWithHighlights();
    const highlights = await call(notebook.service, 'annotations.list', {});
    // A note's save is acknowledged once its journal line is on disk; the index takes it in when idle.
    // Listeners hear of the change as it is acknowledged, before that: the crash comes then.
    const crashed = await folder('crashed');
    const stop = notebook.onChange(() => cpSync(dir, crashed, { recursive: true }));
    await call(notebook.service, 'annotations.update', { id: highlights[2]!.id, note: 'zanzibarian' });
    stop();
    await rm(join(crashed, LOCK_FILE), { force: true });

    const state = await openState(crashed);
    // The index had not taken the note in: its article is the one caught up.
    expect(state.search.opened).toEqual({ how: 'caught-up', articles: 1 });
    const found = await answers(state, QUERIES);
    expect(found[QUERIES.indexOf('zanzibarian')]).toEqual([ids[2]]);
    expect(found[QUERIES.indexOf('firstnote2')]).toEqual([]);
    expect(found).toEqual(await rebuiltAnswers(crashed, QUERIES));
  });

  it('is rebuilt when its progress names another notebook', async () => {
    const { dir, notebook } = await notebookWithHighlights();
    await call(notebook.service, 'annotations.update', {
      id: (await call(notebook.service, 'annotations.list', {}))[0]!.id,
      note: 'zanzibarian',
    });
    const crashed = await crashCopy(dir);
    const other = await notebookWithHighlights();
    await other.notebook.close();
    open.splice(open.indexOf(other.notebook), 1);
    cpSync(join(other.dir, 'index'), join(crashed, 'index'), { recursive: true, force: true });

    const state = await openState(crashed);
    expect(state.search.opened?.how).toBe('rebuilt');
    expect(await answers(state, QUERIES)).toEqual(await rebuiltAnswers(crashed, QUERIES));
  });
});

describe('articlesToCatchUp', () => {
  const replayed = {
    after: 10,
    articles: new Map([
      ['a', 11],
      ['b', 13],
      ['c', 12],
    ]),
  };
  const at = (complete: number, wrote = complete): IndexProgress => ({ notebook: 'nb', complete, wrote });

  it('names the articles changed after the last revision the index holds whole', () => {
    expect(articlesToCatchUp(at(11, 13), replayed, 'nb', 13)).toEqual(['b', 'c']);
    expect(articlesToCatchUp(at(13), replayed, 'nb', 13)).toEqual([]);
    expect(articlesToCatchUp(at(10), replayed, 'nb', 13)).toEqual(['a', 'b', 'c']);
  });

  it('asks for a rebuild when the progress cannot vouch for the index', () => {
    // None recorded (an index of an earlier version), or another notebook's.
    expect(articlesToCatchUp(null, replayed, 'nb', 13)).toBeNull();
    expect(articlesToCatchUp(at(11), replayed, 'other', 13)).toBeNull();
    // The index holds changes the notebook lost (a journal cut short, a backup opened).
    expect(articlesToCatchUp(at(11, 14), replayed, 'nb', 13)).toBeNull();
    expect(articlesToCatchUp(at(14), replayed, 'nb', 13)).toBeNull();
    // The changes it misses were folded into the snapshot: the journal no longer names them.
    expect(articlesToCatchUp(at(9), replayed, 'nb', 13)).toBeNull();
    // Nothing replayed to compare with.
    expect(articlesToCatchUp(at(11), null, 'nb', 13)).toBeNull();
  });
});
