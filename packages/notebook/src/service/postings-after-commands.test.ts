// A command of the service that changes nothing leaves every file of the
// notebook folder as it was — the search index's postings file included, which
// the index writes once the notebook has been idle for IDLE_MS: a command that
// runs longer than that (an archive of a large notebook, a slow refusal) is
// the notebook at work, not idle, even when it never touches the index.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { NotebookState } from '../notebook.js';
import { IDLE_MS } from '../fts-postings-keeper.js';
import { createService } from './index.js';
import { call, folderFiles, seedFiles, tempDir } from '../../test/fixture.js';

let dir: string;
let out: string;
let state: NotebookState;

beforeEach(async () => {
  dir = await tempDir('postings-after-commands');
  out = await tempDir('postings-after-commands-out');
  state = await NotebookState.open(dir, { create: true });
});
afterEach(async () => {
  await state.close();
  await rm(dir, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

it('are not written while a command runs, however long, only once the notebook is idle after it', async () => {
  const service = createService(state);
  await call(service, 'articles.import', { files: await seedFiles() });
  const postings = join(dir, 'index', 'search.sqlite.postings');
  const before = await folderFiles(dir);
  // The import asked for the file to be written once the notebook is idle; it is not yet.
  expect(existsSync(postings)).toBe(false);

  // An archive that takes longer than IDLE_MS (here: waiting for the folder, which other work holds).
  let release = () => {};
  const held = state.exclusive(() => new Promise<void>((resolve) => (release = resolve)));
  const archived = call(service, 'notebook.archive', { path: join(out, 'notebook.zip') });
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 1500));
  release();
  await held;
  await archived;

  expect(await folderFiles(dir)).toEqual(before);
  // Once the notebook has been idle a while, the file is written after all.
  await vi.waitFor(() => expect(existsSync(postings)).toBe(true), { timeout: 4 * IDLE_MS, interval: 100 });
});
