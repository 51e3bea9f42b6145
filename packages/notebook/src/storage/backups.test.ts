// backups/: each compaction leaves a copy of the snapshot; the folder keeps the
// newest five and the newest of each of the last 30 days, and a damaged
// notebook.json opens from the newest backup that reads cleanly.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook } from '../index.js';
import { backupName, backupsToKeep, KEEP_DAYS, KEEP_LATEST } from './backups.js';
import { call, seedFiles, tempDir } from '../../test/fixture.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('which backups are kept', () => {
  it('keeps the newest five, and then the newest of each day for 30 days', () => {
    const hour = 3600_000;
    const start = Date.parse('2026-10-01T12:00:00Z');
    // Ten a day for 40 days, newest first.
    const names = Array.from({ length: 400 }, (_, i) => backupName(400 - i, new Date(start + (399 - i) * 2.4 * hour)));
    const kept = backupsToKeep(names);
    expect(names.slice(0, KEEP_LATEST).every((n) => kept.has(n))).toBe(true);
    const days = new Set([...kept].map((n) => n.slice('notebook-'.length, 'notebook-'.length + 10)));
    expect(days.size).toBe(KEEP_DAYS);
    expect(kept.size).toBe(KEEP_LATEST + KEEP_DAYS - 1);
    expect(kept.has(names.at(-1)!)).toBe(false);
  });
});

describe('backups on disk', () => {
  it('are taken at each compaction, pruned to the newest five on one day, and used when notebook.json is damaged', async () => {
    const dir = await tempDir('backups');
    dirs.push(dir);
    const notebook = await openNotebook(dir, { create: true, compaction: { entries: 1, bytes: 1e9 } });
    const [r] = await call(notebook.service, 'articles.import', {
      files: await seedFiles(['004_807654db1d0bfc78.txt']),
    });
    await notebook.settled();
    for (const quote of ['energy infrastructure', 'A diplomat involved', 'both sides have reduced', 'Qatar']) {
      await call(notebook.service, 'annotations.create', { articleId: r!.articleId!, quote });
      // A compaction runs beside the saves that follow it; each save here waits for its own.
      await notebook.settled();
    }
    await notebook.close();
    const backups = (await readdir(join(dir, 'backups'))).sort();
    expect(backups).toHaveLength(KEEP_LATEST);
    expect(backups.at(-1)).toMatch(/-r5\.json$/u);
    await writeFile(join(dir, 'notebook.json'), 'not json');
    const reopened = await openNotebook(dir);
    expect(await call(reopened.service, 'annotations.list', {})).toHaveLength(4);
    expect((await call(reopened.service, 'notebook.info', {})).warnings!.join()).toMatch(
      /opened from the backup backups\/notebook-.*-r5\.json/u,
    );
    await reopened.close();
  });
});
