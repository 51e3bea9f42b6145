// Two processes on one notebook (the app and the CLI, two CLIs): one writer at
// a time, the other told clearly who holds it; readers opening while a writer
// saves and compacts never meet a torn file. Rounds: $DOSSIER_RACE_ROUNDS
// (default 10; `pnpm test:stress` runs 200).
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from '../index.js';
import { buildNotebookPackage } from '../../test/build-package.js';
import { call, tempDir } from '../../test/fixture.js';

const ROUNDS = Number(process.env.DOSSIER_RACE_ROUNDS ?? 10);
const RACER = join(import.meta.dirname, '../../test/race-writer.mjs');
const WRITER = join(import.meta.dirname, '../../test/crash-writer.mjs');
const run = promisify(execFile);

beforeAll(buildNotebookPackage, 120_000);

/** Every open of the notebook folder sees whole files: it opens, validates and lists. */
async function readWhole(dir: string): Promise<number> {
  const notebook = await openNotebook(dir, { readOnly: true });
  try {
    const report = await call(notebook.service, 'notebook.check', {});
    const errors = report.problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(errors.map((p) => `${p.file}: ${p.message}`).join('; '));
    return (await call(notebook.service, 'annotations.list', {})).length;
  } finally {
    await notebook.close();
  }
}

describe('two processes on one notebook', () => {
  it(`let one write at a time and tell the other who holds it (${ROUNDS} racing rounds)`, async () => {
    const dir = await tempDir('race');
    const log = join(dir, '..', `${dir.split('/').pop()}.log`);
    let refused = 0;
    let highlights = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const outputs = await Promise.all([0, 1].map(() => run(process.execPath, [RACER, dir, log])));
        const lines = outputs.map((o) => o.stdout.trim());
        for (const line of lines) {
          expect(line, `round ${round}`).toMatch(
            /^(wrote|refused the notebook is in use by process \d+ .*close it there first)$/u,
          );
        }
        refused += lines.filter((l) => l.startsWith('refused')).length;
        highlights += 4 * lines.filter((l) => l === 'wrote').length;
        expect(await readWhole(dir), `round ${round}: every acknowledged highlight`).toBe(highlights);
      }
      const events = (await readFile(log, 'utf8')).trim().split('\n');
      // Never two writers inside at once: enter and exit alternate, each exit after its own enter.
      for (let i = 0; i < events.length; i += 2) {
        expect(events[i]).toMatch(/^enter /u);
        expect(events[i + 1]).toBe(events[i]!.replace('enter', 'exit'));
      }
      console.log(`racing rounds: ${ROUNDS}, refusals: ${refused}, writers: ${events.length / 2}, torn files: 0`);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(log, { force: true });
    }
  }, 600_000);

  it('never shows a reader a torn file while a writer saves and compacts', async () => {
    const dir = await tempDir('readers');
    const writer = spawn(process.execPath, [WRITER, dir, '7'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
      let reads = 0;
      const until = Date.now() + 2000;
      while (Date.now() < until) {
        await readWhole(dir);
        reads++;
      }
      expect(reads).toBeGreaterThan(5);
      console.log(`reads while writing: ${reads}, torn: 0`);
    } finally {
      writer.kill('SIGKILL');
      await new Promise((resolve) => writer.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
