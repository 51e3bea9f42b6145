// `dossier check [--repair]`, `archive` and `restore` as a user runs them: the
// built CLI in a child process on a real notebook folder.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'apps/cli/dist/main.js');
const SEEDS = join(ROOT, 'seeds');
const QUOTE = 'both sides have reduced the frequency of attacks';

let nb: string;
let scratch: string;

function dossier(notebook: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--notebook', notebook], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name !== 'notebook.lock') {
      out[join(entry.parentPath, entry.name).slice(dir.length)] = (
        await readFile(join(entry.parentPath, entry.name))
      ).toString('base64');
    }
  }
  return out;
}

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dossier-cli-storage-'));
  nb = join(scratch, 'nb');
  const seeds = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).map((n) => join(SEEDS, n));
  expect(dossier(nb, 'import', ...seeds).status).toBe(0);
  expect(dossier(nb, 'highlight', '004_807654db1d0bfc78.txt', '--quote', QUOTE, '--tag', 'energy').status).toBe(0);
});
afterEach(() => rm(scratch, { recursive: true, force: true }));

describe('dossier check', () => {
  it('says a sound notebook is sound', () => {
    const run = dossier(nb, 'check');
    expect(run.stdout.trim()).toBe('notebook is sound');
    expect(run.status).toBe(0);
  });

  it('with --repair rebuilds a damaged notebook.json that has no backup, from the articles and the journal', async () => {
    // The highlight is in the journal only when the last writer did not compact: damage the snapshot and drop backups.
    await rm(join(nb, 'backups'), { recursive: true });
    await writeFile(join(nb, 'notebook.json'), '{"schemaVersion": 1, "arti');
    const refused = dossier(nb, 'list');
    expect(refused.status).toBe(1);
    // A reader leaves the damaged file as it is; the repair (a writer) keeps it aside.
    expect(refused.stderr).toMatch(
      /^dossier: .*notebook\.json is damaged \(not valid JSON\).*no backup.*check --repair"\n$/u,
    );
    const repaired = dossier(nb, 'check', '--repair');
    expect(repaired.stdout).toMatch(/repaired: notebook\.json rebuilt: 5 article\(s\)/u);
    expect(repaired.status, repaired.stdout + repaired.stderr).toBe(0);
    expect(JSON.parse(dossier(nb, 'list', '--json').stdout)).toHaveLength(5);
    expect((await readdir(nb)).filter((n) => n.startsWith('notebook.json.damaged-')).length).toBeGreaterThan(0);
  });

  it('reports a damaged article file and --repair rebuilds it from its original bytes', async () => {
    const list = JSON.parse(dossier(nb, 'list', '--json').stdout) as { id: string; source: string }[];
    const id = list.find((a) => a.source === '004_807654db1d0bfc78.txt')!.id;
    const before = dossier(nb, 'show', id).stdout;
    await writeFile(join(nb, 'articles', `${id}.json`), '');
    const check = dossier(nb, 'check');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(new RegExp(`error: articles/${id}\\.json: .*damaged \\(the file is empty\\)`, 'u'));
    const repair = dossier(nb, 'check', '--repair');
    expect(repair.stdout).toMatch(/repaired: articles\/.*rebuilt from .*\.orig/u);
    expect(repair.status).toBe(0);
    expect(dossier(nb, 'show', id).stdout).toBe(before);
  });
});

describe('dossier archive and restore', () => {
  it('restores the archive elsewhere with every file byte for byte', async () => {
    const out = join(scratch, 'nb.zip');
    const archived = dossier(nb, 'archive', '--out', out);
    expect(archived.stdout).toMatch(/^wrote .*nb\.zip: \d+ file\(s\)/u);
    const target = join(scratch, 'restored');
    const restored = dossier(target, 'restore', out);
    expect(restored.stdout).toMatch(/restored \d+ file\(s\) into .*\nnotebook is sound/u);
    expect(restored.status).toBe(0);
    expect(await files(target)).toEqual(await files(nb));
    expect(dossier(target, 'restore', out).stderr).toMatch(/^dossier: .* is not empty; restore into a new folder\n$/u);
  });
});

describe('a second writer', () => {
  it('is told which process holds the notebook, in one line', async () => {
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { openNotebook } = await import(${JSON.stringify(join(ROOT, 'packages/notebook/dist/index.js'))});
         await openNotebook(${JSON.stringify(nb)}); console.log('holding'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      const run = dossier(nb, 'tag', 'rename', 'energy', 'power');
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`dossier: ${run.stderr.slice(9, -1)}\n`);
      expect(run.stderr).toMatch(
        new RegExp(`the notebook is in use by process ${holder.pid} \\(since .*\\); close it there first`, 'u'),
      );
      expect(dossier(nb, 'list').status).toBe(0);
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
