import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentNotebooks } from './recent-notebooks.js';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'dossier-recent-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('recent notebooks', () => {
  it('is empty before any notebook was opened', async () => {
    expect(await createRecentNotebooks(join(dir, 'recent.json')).list()).toEqual([]);
  });

  it('keeps the newest first, without duplicates, up to the limit, across restarts', async () => {
    const file = join(dir, 'profile', 'recent.json');
    const recent = createRecentNotebooks(file, 3);
    for (const d of ['/n/a', '/n/b', '/n/c', '/n/a', '/n/d']) await recent.add(d);
    expect(await createRecentNotebooks(file, 3).list()).toEqual(['/n/d', '/n/a', '/n/c']);
  });

  it('ignores a damaged or foreign file instead of trusting it', async () => {
    const file = join(dir, 'recent.json');
    const recent = createRecentNotebooks(file);
    for (const content of ['{not json', '["/n/a"]', '{"version":2,"notebooks":["/n/a"]}', 'null']) {
      await writeFile(file, content);
      expect(await recent.list(), content).toEqual([]);
    }
  });

  it('drops entries that are not absolute paths', async () => {
    const file = join(dir, 'recent.json');
    await writeFile(file, JSON.stringify({ version: 1, notebooks: ['/n/ok', 'relative/x', 42, '', null] }));
    expect(await createRecentNotebooks(file).list()).toEqual(['/n/ok']);
  });

  it('writes a versioned file a person can read', async () => {
    const file = join(dir, 'recent.json');
    await createRecentNotebooks(file).add('/n/a');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, notebooks: ['/n/a'] });
  });
});
