// The search index (SQLite) commits after the change's journal entry is on
// disk. If that commit fails — a full disk, a database another program holds
// locked — the change has still been made: the user is told it was, the
// reopened notebook holds it, and search says it is catching up instead of
// giving answers that miss it. Faults are injected into the storage seam
// (disk.ts) the index commits through; everything else is real.
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { injectDiskFaults } from './disk.js';
import { call, seedFiles, tempDir, visibleState } from '../../test/fixture.js';

const S004 = '004_807654db1d0bfc78.txt';
const S002 = '002_f2127c0ecd18b88d.txt';
const QUOTE = 'both sides have reduced the frequency';
const NOTE = 'zanzibarian';
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
  const dir = await tempDir('index-commit');
  dirs.push(dir);
  notebook = await openNotebook(dir, { create: true });
  const [r] = await call(notebook.service, 'articles.import', { files: await seedFiles([S004]) });
  return { dir, service: notebook.service, articleId: r!.articleId! };
}

function failIndexCommits(code = 'ENOSPC'): void {
  clearFault = injectDiskFaults((operation, path) =>
    operation === 'commit' && /search\.sqlite$/u.test(path) ? code : undefined,
  );
}

async function searchIds(service: Notebook['service'], q: string): Promise<string[]> {
  return (await call(service, 'search.query', { q })).map((h) => h.articleId);
}

/** Opens a copy of the folder as another process would after this one ended. */
async function reopenCopy(dir: string): Promise<Notebook> {
  const copy = await tempDir('index-commit-copy');
  dirs.push(copy);
  await cp(dir, copy, { recursive: true });
  await rm(join(copy, 'notebook.lock'), { force: true });
  return openNotebook(copy);
}

describe('a search index commit that fails after the change is on disk', () => {
  it('acknowledges the change, and the reopened notebook holds it and finds it', async () => {
    const { dir, service, articleId } = await setUp();
    failIndexCommits();
    const created = await call(service, 'annotations.create', { articleId, quote: QUOTE, note: NOTE });
    const shown = await visibleState(service);
    expect(shown.annotations.map((a) => a.id)).toEqual([created.id]);

    clearFault();
    const reopened = await reopenCopy(dir);
    expect(await visibleState(reopened.service)).toEqual(shown);
    expect(await searchIds(reopened.service, NOTE)).toEqual([articleId]);
    await reopened.close();
  });

  it('says search is catching up while the index cannot be written, then answers with the change', async () => {
    const { service, articleId } = await setUp();
    failIndexCommits('EIO');
    await call(service, 'annotations.create', { articleId, quote: QUOTE, note: NOTE });
    const refused = await searchIds(service, NOTE).then(
      () => new Error('search answered from a stale index'),
      (error: Error) => error,
    );
    expect(refused.message).toMatch(/search index is out of date.*input\/output error/u);
    expect(refused.message.split('\n')).toHaveLength(1);
    const check = await call(service, 'notebook.check', {});
    expect(check.problems.map((p) => `${p.file}: ${p.message}`).join('\n')).toMatch(
      /index\/search\.sqlite: out of date/u,
    );

    clearFault();
    expect(await searchIds(service, NOTE)).toEqual([articleId]);
    const after = await call(service, 'notebook.check', {});
    expect(after.problems.map((p) => p.message).join('\n')).not.toMatch(/out of date/u);
  });

  it('catches up on an import and a removal the index missed, and never marks a stale index current', async () => {
    const { dir, service, articleId } = await setUp();
    failIndexCommits();
    const [imported] = await call(service, 'articles.import', { files: await seedFiles([S002]) });
    await call(service, 'articles.remove', { id: articleId });
    const shown = await visibleState(service);
    expect(shown.articles.map((a) => a.id)).toEqual([imported!.articleId]);
    // Closing while the fault lasts: the index on disk misses both changes and must not be trusted.
    await notebook!.close();
    notebook = null;
    clearFault();

    notebook = await openNotebook(dir);
    expect(await visibleState(notebook.service)).toEqual(shown);
    // Both articles speak of energy infrastructure: only the one still in the notebook is found.
    expect(await searchIds(notebook.service, 'energy infrastructure')).toEqual([imported!.articleId]);
  });

  it('brings the articles it missed up to date with the next change that commits', async () => {
    const { service, articleId } = await setUp();
    failIndexCommits();
    await call(service, 'annotations.create', { articleId, quote: QUOTE, note: NOTE });
    clearFault();
    // A change to another article: its commit carries the first article's lost writes too.
    const [other] = await call(service, 'articles.import', { files: await seedFiles([S002]) });
    const problems = (await call(service, 'notebook.check', {})).problems.map((p) => p.message).join('\n');
    expect(problems).not.toMatch(/out of date/u);
    expect(await searchIds(service, NOTE)).toEqual([articleId]);
    expect(await searchIds(service, 'reputable')).toEqual([other!.articleId]);
  });

  it('stands when another program keeps the index locked past the busy timeout (a real SQLITE_BUSY)', async () => {
    const { dir, service, articleId } = await setUp();
    // A reader in the middle of a read transaction holds a shared lock: the writer's COMMIT cannot take the file.
    const reader = new DatabaseSync(join(dir, 'index', 'search.sqlite'), { readOnly: true, timeout: 0 });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM meta').get();
    let created: { id: string };
    try {
      created = await call(service, 'annotations.create', { articleId, quote: QUOTE, note: NOTE });
      expect((await call(service, 'notebook.check', {})).problems.map((p) => p.message).join('\n')).toMatch(
        /out of date: could not write the search index: database is locked/u,
      );
    } finally {
      reader.exec('ROLLBACK');
      reader.close();
    }
    expect(await searchIds(service, NOTE)).toEqual([articleId]);
    const reopened = await reopenCopy(dir);
    expect((await call(reopened.service, 'annotations.list', {})).map((a) => a.id)).toEqual([created.id]);
    await reopened.close();
  }, 20_000);
});
