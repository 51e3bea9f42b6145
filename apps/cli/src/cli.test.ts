// The `dossier` command as a user runs it: the built CLI in a child process,
// on a real notebook folder, with the real seeds.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'apps/cli/dist/main.js');
const SEEDS = join(ROOT, 'seeds');

let nb: string;
let seeds: string[];

function dossier(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--notebook', nb], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json<T>(...args: string[]): T {
  const run = dossier(...args, '--json');
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as T;
}

/** Every file of the folder, as base64 (the search index's derived postings file too). */
async function folderBytes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path] = (await readFile(path)).toString('base64');
    }
  }
  return out;
}

beforeAll(async () => {
  nb = await mkdtemp(join(tmpdir(), 'dossier-cli-'));
  seeds = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).map((n) => join(SEEDS, n));
  const run = dossier('import', ...seeds);
  expect(run.status, run.stderr).toBe(0);
});
afterAll(() => rm(nb, { recursive: true, force: true }));

describe('dossier import', () => {
  it('imports the five seeds with their headlines, and nothing twice', () => {
    const list = json<{ title: string; source: string; titleDerived: boolean }[]>('list');
    expect(list).toHaveLength(5);
    const bySource = Object.fromEntries(list.map((a) => [a.source, a]));
    expect(bySource['004_807654db1d0bfc78.txt']).toMatchObject({
      title: 'Ukraine and Russia in talks to safeguard energy sites',
      titleDerived: false,
    });
    expect(bySource['001_09603d2834301279.txt']!.titleDerived).toBe(true);
    const again = dossier('import', ...seeds);
    expect(again.status).toBe(0);
    expect(again.stdout.match(/^duplicate/gmu)).toHaveLength(5);
    expect(json<unknown[]>('list')).toHaveLength(5);
  });

  it('refuses a binary, a missing file and a folder with one line each, changing nothing', async () => {
    const png = join(nb, '..', `${Date.now()}-image.txt`);
    await writeFile(
      png,
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]),
    );
    const before = await folderBytes(nb);
    for (const bad of [png, join(nb, 'no-such-file.txt'), SEEDS]) {
      const run = dossier('import', bad);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .*:\d+/u);
    }
    expect(await folderBytes(nb)).toEqual(before);
    await rm(png);
  });
});

describe('dossier search', () => {
  it('finds all five seeds for Zelensky, whatever the spelling', () => {
    const hits = json<{ source: string; snippet: string }[]>('search', 'Zelensky');
    expect(new Set(hits.map((h) => h.source)).size).toBe(5);
  });

  it('ranks the seeds spelling Zelensky as typed before the other spellings, each with a score above 0', async () => {
    // Which seeds spell the name as typed (000, 001, 004) and which only otherwise (Zelenskyi, Zleneksy).
    const asTyped = new Set<string>();
    for (const file of seeds) if (/\bZelensky\b/u.test(await readFile(file, 'utf8'))) asTyped.add(basename(file));
    expect(asTyped.size).toBe(3);
    const run = dossier('search', 'Zelensky');
    expect(run.status, run.stderr).toBe(0);
    const shown = [...run.stdout.matchAll(/\((\S+\.txt), score (\d+\.\d\d)\)/gu)].map((m) => ({
      source: m[1]!,
      score: Number(m[2]),
    }));
    expect(shown).toHaveLength(5);
    expect(shown.slice(0, 3).map((h) => asTyped.has(h.source))).toEqual([true, true, true]);
    for (const h of shown) expect(h.score, `${h.source} shows score ${h.score.toFixed(2)}`).toBeGreaterThan(0.1);
    const scores = shown.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('finds nothing that only clutter contains', () => {
    for (const q of ['Van Damme', 'KAZKA', 'Remind me later', 'spot_img']) {
      expect(json<unknown[]>('search', q), q).toEqual([]);
    }
  });
});

describe('highlight, link, brief', () => {
  it('puts a tagged quote verbatim and cited into the brief', async () => {
    const quote = 'both sides have reduced the frequency of attacks on energy infrastructure';
    const made = dossier('highlight', '004_807654db1d0bfc78.txt', '--quote', quote, '--tag', 'energy/strikes');
    expect(made.status, made.stderr).toBe(0);
    const link = dossier('link', '004_807654db1d0bfc78.txt', '002_f2127c0ecd18b88d.txt', '--kind', 'same-story');
    expect(link.status, link.stderr).toBe(0);
    const out = join(nb, '..', `${Date.now()}-brief.md`);
    expect(dossier('brief', '--tag', 'energy', '--out', out).status).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md).toContain(`> ${quote}`);
    expect(md).toContain('Ukraine and Russia in talks to safeguard energy sites');
    await rm(out);
  });
});

describe('errors', () => {
  it('names a damaged notebook.json in one line and leaves it as it was', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'dossier-broken-'));
    await writeFile(join(broken, 'notebook.json'), '{"schemaVersion": 1, "articles": [');
    const run = spawnSync(process.execPath, [CLI, 'list', '--notebook', broken], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/notebook\.json.*damaged/u);
    expect(await readFile(join(broken, 'notebook.json'), 'utf8')).toBe('{"schemaVersion": 1, "articles": [');
    await rm(broken, { recursive: true });
  });

  it('explains a missing option and an unknown article', () => {
    const missing = dossier('link', 'a', 'b');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--kind/u);
    const unknown = dossier('show', 'no-such-article');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toMatch(/^dossier: no article "no-such-article"/u);
  });
});
