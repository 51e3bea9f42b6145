// Counts in the CLI's summaries are grouped by thousands ("1,000 articles"),
// as a user reads them: the built CLI in a child process, on a real notebook
// folder of 1,000 imported articles.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'apps/cli/dist/main.js');

let work: string;

function dossier(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--notebook', join(work, 'nb')], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dossier-cli-counts-'));
  const files: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const file = join(work, `bulletin-${String(i).padStart(4, '0')}.txt`);
    await writeFile(file, `Bulletin ${i}: grid status\n\nOperators reported the state of line ${i} after repairs.\n`);
    files.push(file);
  }
  const run = dossier('import', ...files);
  expect(run.status, run.stderr).toBe(0);
}, 120_000);
afterAll(() => rm(work, { recursive: true, force: true }));

it('groups thousands in the summary of a notebook of 1,000 articles', () => {
  const run = dossier('init');
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toBe(`notebook ready at ${join(work, 'nb')} (1,000 articles)\n`);
  // Scripts still get plain numbers.
  expect(JSON.parse(dossier('init', '--json').stdout)).toMatchObject({ articleCount: 1000 });
});
