// Compaction beside the saves: while notebook.json is written, saves are
// acknowledged (appended to the journal); the new journal carries them; a
// crash at any step between loses nothing; and the snapshot's bytes are the
// notebook of one revision, whatever changed while they were written.
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook } from '../index.js';
import { NotebookState } from '../notebook.js';
import { createService } from '../service/index.js';
import { validOps } from './changes.js';
import { checksumOf, parseJournal } from './journal.js';
import { snapshotView, writeSnapshotInSlices } from './snapshot-writer.js';
import { call, seedFiles, tempDir, visibleState } from '../../test/fixture.js';

const S004 = '004_807654db1d0bfc78.txt';
const dirs: string[] = [];
const states: NotebookState[] = [];

afterEach(async () => {
  for (const s of states.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A notebook with one article and one highlight, and compaction only when the test asks. */
async function notebookWithHighlight() {
  const dir = await tempDir('background-compaction');
  dirs.push(dir);
  const state = await NotebookState.open(dir, { create: true, compaction: { entries: 1e9, bytes: 1e12 } });
  states.push(state);
  const service = createService(state);
  const [r] = await call(service, 'articles.import', { files: await seedFiles([S004]) });
  const articleId = r!.articleId!;
  await call(service, 'annotations.create', { articleId, quote: 'energy infrastructure', note: 'before' });
  return { dir, state, service, articleId };
}

/** A compaction begun and held in the middle of writing its snapshot until `release` is called. */
async function heldCompaction(state: NotebookState) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let paused = 0;
  const compaction = await state.exclusive(async () => state.store.beginCompaction());
  const writing = state.store.writeCompaction(compaction, {
    pause: async () => {
      paused++;
      await gate;
    },
  });
  // The write reaches its first pause (after the first slice of records).
  while (paused === 0) await new Promise((resolve) => setImmediate(resolve));
  return { compaction, writing, release, paused: () => paused };
}

async function crashCopy(dir: string): Promise<string> {
  const copy = await tempDir('background-compaction-crashed');
  dirs.push(copy);
  await cp(dir, copy, { recursive: true });
  await rm(join(copy, 'notebook.lock'), { force: true });
  return copy;
}

async function reopenedState(dir: string) {
  const reopened = await openNotebook(dir, { readOnly: true });
  try {
    return await visibleState(reopened.service);
  } finally {
    await reopened.close();
  }
}

describe('the snapshot written in slices', () => {
  it('parses to the notebook as of its view, with the checksum of its bytes, one record per line', async () => {
    const { dir, state, service, articleId } = await notebookWithHighlight();
    for (const quote of ['A diplomat involved', 'both sides have reduced']) {
      await call(service, 'annotations.create', { articleId, quote });
    }
    const view = snapshotView(state.data);
    const expected = structuredClone(view);
    // Changes after the view was taken do not reach it.
    await call(service, 'annotations.create', { articleId, quote: 'Qatar', note: 'later' });
    const path = join(dir, 'slices.json');
    const checksum = await writeSnapshotInSlices(path, view);
    const bytes = await readFile(path);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(expected);
    expect(checksum).toBe(checksumOf(bytes));
    expect(
      bytes
        .toString('utf8')
        .split('\n')
        .filter((line) => line.startsWith('{"id":')),
    ).toHaveLength(expected.articles.length + expected.annotations.length + expected.links.length);
  });
});

describe('a compaction writing beside the saves', () => {
  it('lets saves be acknowledged while it is in the middle of the snapshot, and its journal carries them', async () => {
    const { dir, state, service, articleId } = await notebookWithHighlight();
    const held = await heldCompaction(state);
    const revision = held.compaction.view.revision;
    // Acknowledged while the snapshot is half written: the save did not wait for it.
    await call(service, 'annotations.create', { articleId, quote: 'A diplomat involved', note: 'during' });
    await call(service, 'annotations.update', {
      id: (await call(service, 'annotations.list', {})).find((a) => a.note === 'before')!.id,
      note: 'edited during',
    });
    expect(held.paused()).toBe(1);
    held.release();
    await held.writing;
    await state.exclusive(() => state.store.finishCompaction(held.compaction));

    const snapshotBytes = await readFile(join(dir, 'notebook.json'));
    const snapshot = JSON.parse(snapshotBytes.toString('utf8'));
    expect(snapshot.revision).toBe(revision);
    expect(snapshot.annotations.map((a: { note: string }) => a.note)).toEqual(['before']);
    const journal = parseJournal(await readFile(join(dir, 'journal.jsonl')), validOps);
    expect(journal.header).toMatchObject({ base: revision, snapshot: checksumOf(snapshotBytes) });
    expect(journal.entries.map((e) => e.rev)).toEqual([revision + 1, revision + 2]);

    const shown = await visibleState(service);
    expect(shown.annotations.map((a) => a.note).sort()).toEqual(['during', 'edited during']);
    expect(await reopenedState(await crashCopy(dir))).toEqual(shown);
    // Saves after the switch go to the new journal.
    await call(service, 'annotations.create', { articleId, quote: 'both sides have reduced', note: 'after' });
    expect(await reopenedState(await crashCopy(dir))).toEqual(await visibleState(service));
  });

  it('loses nothing when a crash comes after the snapshot was written but before the journal was replaced', async () => {
    const { dir, state, service, articleId } = await notebookWithHighlight();
    const held = await heldCompaction(state);
    await call(service, 'annotations.create', { articleId, quote: 'A diplomat involved', note: 'during' });
    held.release();
    await held.writing;
    // The folder as a crash here leaves it: the new snapshot, the old journal holding every change.
    const crashed = await crashCopy(dir);
    expect(await reopenedState(crashed)).toEqual(await visibleState(service));
    const writer = await openNotebook(crashed);
    await call(writer.service, 'annotations.create', { articleId, quote: 'both sides have reduced', note: 'next' });
    const shown = await visibleState(writer.service);
    await writer.close();
    expect(await reopenedState(crashed)).toEqual(shown);
    expect(shown.annotations).toHaveLength(3);
  });

  it('is superseded by a whole compaction asked for meanwhile, which waits for its write', async () => {
    const { dir, state, service, articleId } = await notebookWithHighlight();
    const held = await heldCompaction(state);
    await call(service, 'annotations.create', { articleId, quote: 'A diplomat involved', note: 'during' });
    const whole = state.exclusive(() => state.store.compact());
    held.release();
    await held.writing;
    await whole;
    // The background one's last step finds it was superseded and leaves the newer journal alone.
    await state.exclusive(() => state.store.finishCompaction(held.compaction));
    const snapshot = JSON.parse(await readFile(join(dir, 'notebook.json'), 'utf8'));
    expect(snapshot.revision).toBe(state.data.revision);
    expect(snapshot.annotations).toHaveLength(2);
    const journal = parseJournal(await readFile(join(dir, 'journal.jsonl')), validOps);
    expect(journal.header?.base).toBe(state.data.revision);
    expect(journal.entries).toEqual([]);
    expect(await reopenedState(await crashCopy(dir))).toEqual(await visibleState(service));
  });

  it('is not begun twice: the saves that fill the journal meanwhile do not start another', async () => {
    const { state, service, articleId } = await notebookWithHighlight();
    const held = await heldCompaction(state);
    expect(() => state.store.beginCompaction()).toThrow(/already under way/u);
    held.release();
    await held.writing;
    await state.exclusive(() => state.store.finishCompaction(held.compaction));
    await call(service, 'annotations.create', { articleId, quote: 'A diplomat involved' });
  });
});
