// A full disk or an I/O error in the middle of a write: the user is told in one
// sentence, the folder stays at its last good state byte for byte, memory
// matches it, and the same change succeeds once the fault is gone. Faults are
// injected into the fs layer storage writes through; everything else is real.
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { injectDiskFaults, type DiskOperation } from './disk.js';
import { call, folderFiles, seedFiles, tempDir, visibleState } from '../../test/fixture.js';

const S004 = '004_807654db1d0bfc78.txt';
const S002 = '002_f2127c0ecd18b88d.txt';
const QUOTE = 'both sides have reduced the frequency';
const dirs: string[] = [];
let notebook: Notebook | null = null;
let clearFault: () => void = () => undefined;

afterEach(async () => {
  clearFault();
  await notebook?.close();
  notebook = null;
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function setUp() {
  const dir = await tempDir('faults');
  dirs.push(dir);
  notebook = await openNotebook(dir, { create: true });
  const [r] = await call(notebook.service, 'articles.import', { files: await seedFiles([S004]) });
  const articleId = r!.articleId!;
  const h = await call(notebook.service, 'annotations.create', { articleId, quote: QUOTE, note: 'first' });
  // At rest: the index has taken in the note (it does so once the saves pause), so the folder stays as it is.
  await notebook.settled();
  return { dir, service: notebook.service, articleId, highlightId: h.id };
}

type Service = Notebook['service'];
interface Case {
  name: string;
  /** Which write fails: the operation and a part of the path. */
  operation: DiskOperation;
  path: RegExp;
  change: (service: Service, ids: { articleId: string; highlightId: string }) => Promise<unknown>;
}

const cases: Case[] = [
  {
    name: 'appending a highlight to the journal (half the line written)',
    operation: 'write',
    path: /journal\.jsonl$/u,
    change: (s, { articleId }) => call(s, 'annotations.create', { articleId, quote: 'energy infrastructure' }),
  },
  {
    name: 'flushing the journal after a note changed',
    operation: 'sync',
    path: /journal\.jsonl$/u,
    change: (s, { highlightId }) => call(s, 'annotations.update', { id: highlightId, note: 'second' }),
  },
  {
    name: 'writing an imported article file',
    operation: 'write',
    path: /articles\/\.incoming\/a-.*\.json$/u,
    change: async (s) => call(s, 'articles.import', { files: await seedFiles([S002]) }),
  },
  {
    name: 'flushing an imported original',
    operation: 'sync',
    path: /articles\/\.incoming\/a-.*\.orig$/u,
    change: async (s) => call(s, 'articles.import', { files: await seedFiles([S002]) }),
  },
  {
    name: 'renaming an imported original into place',
    operation: 'rename',
    path: /articles\/a-.*\.orig$/u,
    change: async (s) => call(s, 'articles.import', { files: await seedFiles([S002]) }),
  },
  {
    name: 'replacing an edited article file',
    operation: 'rename',
    path: /articles\/a-.*\.json$/u,
    change: (s, { articleId }) => call(s, 'articles.update', { id: articleId, title: 'A new title', note: 'why' }),
  },
  {
    name: 'removing a highlight (journal)',
    operation: 'write',
    path: /journal\.jsonl$/u,
    change: (s, { highlightId }) => call(s, 'annotations.remove', { id: highlightId }),
  },
];

describe.each(['ENOSPC', 'EIO'])('%s', (code) => {
  const message = code === 'ENOSPC' ? /the disk is full/u : /input\/output error/u;

  it.each(cases)('while $name: a clear error, nothing changed, a retry succeeds', async (c) => {
    const { dir, service, ...ids } = await setUp();
    const filesBefore = await folderFiles(dir);
    const shownBefore = await visibleState(service);
    clearFault = injectDiskFaults((operation, path) =>
      operation === c.operation && c.path.test(path) ? (operation === 'write' ? `${code}-partial` : code) : undefined,
    );
    const failure = await c.change(service, ids).then(
      () => new Error('the change succeeded'),
      (error: Error) => error,
    );
    expect(failure.message).toMatch(message);
    expect(failure.message).toMatch(/nothing was changed/u);
    expect(failure.message.split('\n')).toHaveLength(1);
    expect(await folderFiles(dir)).toEqual(filesBefore);
    expect(await visibleState(service)).toEqual(shownBefore);

    clearFault();
    await c.change(service, ids);
    const shownAfter = await visibleState(service);
    expect(shownAfter).not.toEqual(shownBefore);
    const copy = await tempDir('faults-copy');
    dirs.push(copy);
    await cp(dir, copy, { recursive: true });
    await rm(join(copy, 'notebook.lock'));
    const reopened = await openNotebook(copy, { readOnly: true });
    expect(await visibleState(reopened.service)).toEqual(shownAfter);
    await reopened.close();
  });

  it('while compacting: the save is kept in the journal, and the next compaction succeeds', async () => {
    const dir = await tempDir('faults');
    dirs.push(dir);
    notebook = await openNotebook(dir, { create: true, compaction: { entries: 2, bytes: 1e9 } });
    const [r] = await call(notebook.service, 'articles.import', { files: await seedFiles([S004]) });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    clearFault = injectDiskFaults((operation, path) =>
      operation === 'write' && /notebook\.json\..*\.tmp$/u.test(path) ? code : undefined,
    );
    await call(notebook.service, 'annotations.create', { articleId: r!.articleId!, quote: QUOTE });
    // Saved while the compaction the first one started writes beside it.
    await call(notebook.service, 'annotations.create', { articleId: r!.articleId!, quote: 'energy infrastructure' });
    await notebook.settled();
    const shown = await visibleState(notebook.service);
    expect(quote(quiet.mock.calls)).toMatch(/could not compact the notebook/u);
    clearFault();
    quiet.mockRestore();
    await notebook.close();
    notebook = await openNotebook(dir);
    expect(await visibleState(notebook.service)).toEqual(shown);
  });
});

describe('a compaction that could not replace the journal', () => {
  it('refuses the next save until a new journal is in place, and then loses nothing', async () => {
    const dir = await tempDir('faults');
    dirs.push(dir);
    notebook = await openNotebook(dir, { create: true, compaction: { entries: 2, bytes: 1e9 } });
    const [r] = await call(notebook.service, 'articles.import', { files: await seedFiles([S004]) });
    const articleId = r!.articleId!;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    clearFault = injectDiskFaults((operation, path) =>
      operation === 'rename' && /journal\.jsonl$/u.test(path) ? 'EIO' : undefined,
    );
    await call(notebook.service, 'annotations.create', { articleId, quote: QUOTE, note: 'acknowledged' });
    // The compaction it started fails at its last step, replacing the journal.
    await notebook.settled();
    await expect(
      call(notebook.service, 'annotations.create', { articleId, quote: 'energy infrastructure' }),
    ).rejects.toThrow(/input\/output error.*; nothing was changed/u);
    clearFault();
    quiet.mockRestore();
    await call(notebook.service, 'annotations.create', { articleId, quote: 'energy infrastructure', note: 'after' });
    const copy = await tempDir('faults-copy');
    dirs.push(copy);
    await cp(dir, copy, { recursive: true });
    await rm(join(copy, 'notebook.lock'));
    const reopened = await openNotebook(copy, { readOnly: true });
    expect((await call(reopened.service, 'annotations.list', {})).map((a) => a.note).sort()).toEqual([
      'acknowledged',
      'after',
    ]);
    await reopened.close();
  });
});

function quote(calls: unknown[][]): string {
  return calls.map((c) => c.join(' ')).join('\n');
}
