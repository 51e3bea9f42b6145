import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent } from '@dossier/core';
import { openSampleNotebook, type Notebook } from '@dossier/notebook';
import { importFromPaths, MAX_IMPORT_BYTES } from './import-files.js';

const seeds = fileURLToPath(new URL('../../../../seeds', import.meta.url));
let dir: string;
let notebook: Notebook;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-import-'));
  notebook = await openSampleNotebook(join(dir, 'nb'), seeds);
});
afterAll(async () => {
  await notebook?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('importing files chosen in the dialog', () => {
  it('imports each file, refuses oversized ones unread, and reports progress per file', async () => {
    const article = join(dir, 'new-article.txt');
    await writeFile(article, 'Grain corridor reopens\n\nShips left Odesa on Monday under a new agreement.\n');
    const huge = join(dir, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, MAX_IMPORT_BYTES + 1);
    const events: AppEvent[] = [];

    const results = await importFromPaths(notebook.service, [article, huge, join(dir, 'missing.txt')], (e) =>
      events.push(e),
    );

    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['new-article.txt', 'imported'],
      ['huge.txt', 'refused'],
      ['missing.txt', 'refused'],
    ]);
    expect(results[1]?.message).toMatch(/too large.*the limit is 4 MB/u);
    expect(results[2]?.message).toMatch(/^missing\.txt: cannot be read/u);
    expect(events).toEqual([
      { type: 'import.progress', done: 0, total: 3, current: 'new-article.txt' },
      { type: 'import.progress', done: 1, total: 3, current: 'huge.txt' },
      { type: 'import.progress', done: 2, total: 3, current: 'missing.txt' },
      { type: 'import.progress', done: 3, total: 3, current: '' },
    ]);
    expect((await notebook.service['notebook.info']({})).articleCount).toBe(6);
  });
});
