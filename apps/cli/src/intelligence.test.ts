// `dossier stories`, `related`, `entities` and `eval` as a user runs them: the
// built CLI in a child process, on a real notebook folder with the seeds.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'apps/cli/dist/main.js');
const SEEDS = join(ROOT, 'seeds');

let nb: string;

function dossier(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  nb = await mkdtemp(join(tmpdir(), 'dossier-cli-intel-'));
  const seeds = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).map((n) => join(SEEDS, n));
  expect(dossier('import', ...seeds, '--notebook', nb).status).toBe(0);
});
afterAll(() => rm(nb, { recursive: true, force: true }));

describe('dossier stories / related / entities', () => {
  it('suggests the one story of the seeds, and --accept links it', () => {
    const stories = JSON.parse(dossier('stories', '--json', '--notebook', nb).stdout) as { articleIds: string[] }[];
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articleIds).toHaveLength(3);
    const accepted = dossier('stories', '--accept', stories[0]!.articleIds.join(','), '--notebook', nb);
    expect(accepted.stdout).toMatch(/linked 2 pair\(s\) as same-story/u);
    expect(dossier('stories', '--notebook', nb).stdout).toMatch(/^accepted/u);
  });

  it('prints how many pairs a story has, the strongest that join it with --pairs, and every one with --all-pairs', () => {
    const plain = dossier('stories', '--notebook', nb).stdout;
    expect(plain).toMatch(/3 articles, 3 pair\(s\) — /u);
    const strongest = dossier('stories', '--pairs', '--notebook', nb).stdout;
    expect(strongest).toMatch(/the 2 strongest pair\(s\) that join them \(--all-pairs: all 3\)/u);
    expect(strongest.match(/ ↔ /gu)).toHaveLength(2);
    const [story] = JSON.parse(dossier('stories', '--all-pairs', '--json', '--notebook', nb).stdout) as {
      pairs: { a: string; b: string }[];
      pairCount: number;
    }[];
    expect(story!.pairs).toHaveLength(3);
    expect(new Set(story!.pairs.map((p) => `${p.a}|${p.b}`)).size).toBe(story!.pairCount);
  });

  it('lists related articles with a reason, and entities with every spelling', () => {
    const related = dossier('related', '004_807654db1d0bfc78.txt', '--notebook', nb);
    expect(related.stdout).toMatch(/why: .*Qatar/u);
    const entities = dossier('entities', 'zelensk', '--notebook', nb);
    expect(entities.stdout).toMatch(/Zleneksy/u);
  });

  it('fails with one line on stderr for an unknown entity', () => {
    const run = dossier('entities', '--show', 'nobody at all', '--notebook', nb);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/no entity "nobody at all"/u);
  });
});

describe('dossier eval', () => {
  it('prints the figures for the seeds folder as JSON', () => {
    const run = dossier('eval', 'seeds', '--json');
    expect(JSON.parse(run.stdout)).toEqual({
      sameStory: { precision: 1, recall: 1, f1: 1 },
      clutterRemoved: 1,
      bodyKept: 1,
      variantsFound: 1,
    });
  });

  it('refuses a folder without labels.json in one line', async () => {
    const empty = join(nb, 'no-labels');
    await mkdir(empty);
    await writeFile(join(empty, 'a.txt'), 'Some text.\n');
    const run = dossier('eval', empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/labels\.json/u);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
