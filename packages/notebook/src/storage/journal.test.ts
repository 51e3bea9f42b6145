// The journal: each save is one fsync'd line; notebook.json is rewritten only
// when the journal is compacted; reopening replays it; a torn last line is
// never trusted, whatever byte the crash cut it at.
import { cp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { validOps } from './changes.js';
import { parseJournal } from './journal.js';
import { call, folderFiles, seedFiles, tempDir, visibleState } from '../../test/fixture.js';

const S004 = '004_807654db1d0bfc78.txt';
const QUOTES = ['both sides have reduced the frequency', 'energy infrastructure', 'A diplomat involved'];
const dirs: string[] = [];
const open: Notebook[] = [];

async function notebookWithArticle(options = {}) {
  const dir = await tempDir('journal');
  dirs.push(dir);
  const notebook = await openNotebook(dir, { create: true, ...options });
  open.push(notebook);
  const [r] = await call(notebook.service, 'articles.import', { files: await seedFiles([S004]) });
  return { dir, notebook, articleId: r!.articleId! };
}

/** The folder as a crash would leave it: copied while the writer still has it open. */
async function crashCopy(dir: string): Promise<string> {
  const copy = await tempDir('crashed');
  dirs.push(copy);
  await cp(dir, copy, { recursive: true });
  await rm(join(copy, 'notebook.lock'), { force: true });
  return copy;
}

afterEach(async () => {
  for (const n of open.splice(0)) await n.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('saving a change', () => {
  it('appends one line to journal.jsonl and leaves notebook.json as it was', async () => {
    const { dir, notebook, articleId } = await notebookWithArticle();
    const snapshot = await readFile(join(dir, 'notebook.json'));
    const lines = (await readFile(join(dir, 'journal.jsonl'), 'utf8')).split('\n').length;
    await call(notebook.service, 'annotations.create', { articleId, quote: QUOTES[0]!, tags: ['energy'] });
    expect((await readFile(join(dir, 'notebook.json'))).equals(snapshot)).toBe(true);
    const journal = (await readFile(join(dir, 'journal.jsonl'), 'utf8')).split('\n');
    expect(journal).toHaveLength(lines + 1);
    expect(JSON.parse(journal.at(-2)!)).toMatchObject({ ops: [{ t: 'annotation', v: { tags: ['energy'] } }] });
  });

  it('is held by the folder as soon as it is acknowledged, with no close', async () => {
    const { dir, notebook, articleId } = await notebookWithArticle();
    for (const quote of QUOTES) await call(notebook.service, 'annotations.create', { articleId, quote });
    await call(notebook.service, 'tags.rename', { from: 'nothing', to: 'x' }).catch(() => undefined);
    const before = await visibleState(notebook.service);
    const reopened = await openNotebook(await crashCopy(dir));
    open.push(reopened);
    expect(await visibleState(reopened.service)).toEqual(before);
  });

  it('writes notebook.json, a backup and a new journal once the journal reaches its limit', async () => {
    const { dir, notebook, articleId } = await notebookWithArticle({ compaction: { entries: 2, bytes: 1e9 } });
    for (const quote of QUOTES) await call(notebook.service, 'annotations.create', { articleId, quote });
    await notebook.settled();
    const saved = JSON.parse(await readFile(join(dir, 'notebook.json'), 'utf8'));
    expect(saved.annotations.length).toBeGreaterThanOrEqual(1);
    const backups = [...(await folderFiles(dir)).keys()].filter((p) => p.startsWith('backups/'));
    expect(backups.length).toBeGreaterThanOrEqual(2);
    const reopened = await openNotebook(await crashCopy(dir));
    open.push(reopened);
    expect(await call(reopened.service, 'annotations.list', {})).toHaveLength(3);
  });
});

describe('a crash in the middle of an append', () => {
  it(
    'drops only the torn line, at every byte it could be cut at, and appends cleanly after it',
    { timeout: 60_000 },
    async () => {
      const { dir, notebook, articleId } = await notebookWithArticle();
      await call(notebook.service, 'annotations.create', { articleId, quote: QUOTES[0]! });
      const kept = await visibleState(notebook.service);
      const lengthBefore = (await stat(join(dir, 'journal.jsonl'))).size;
      await call(notebook.service, 'annotations.create', { articleId, quote: QUOTES[1]!, note: 'торн ✂' });
      const full = (await stat(join(dir, 'journal.jsonl'))).size;
      const copy = await crashCopy(dir);
      const journal = await readFile(join(copy, 'journal.jsonl'));
      const entries = parseJournal(journal, validOps).entries.length;
      for (let cut = lengthBefore; cut < full; cut++) {
        const parsed = parseJournal(journal.subarray(0, cut), validOps);
        expect(parsed.entries, `cut at byte ${cut}`).toHaveLength(entries - 1);
        expect(parsed.goodLength).toBe(lengthBefore);
        expect(parsed.problem?.kind ?? 'none').not.toBe('damaged');
      }
      // Reopening the folder itself at a few of those cuts: the first, the last and some between.
      for (const cut of [lengthBefore, lengthBefore + 1, Math.floor((lengthBefore + full) / 2), full - 2, full - 1]) {
        await writeFile(join(copy, 'journal.jsonl'), journal.subarray(0, cut));
        const reopened = await openNotebook(copy);
        expect(await visibleState(reopened.service), `cut at byte ${cut}`).toEqual(kept);
        expect((await call(reopened.service, 'notebook.info', {})).warnings).toEqual([]);
        await reopened.close();
      }
      await truncate(join(copy, 'journal.jsonl'), full - 1);
      const reopened = await openNotebook(copy);
      await call(reopened.service, 'annotations.create', { articleId, quote: QUOTES[2]! });
      await reopened.close();
      const again = await openNotebook(copy);
      open.push(again);
      expect((await call(again.service, 'annotations.list', {})).map((a) => a.target.quote.exact)).toEqual([
        QUOTES[2],
        QUOTES[0],
      ]);
    },
  );
});
