// Killing the writer (SIGKILL) at random moments — during saves, imports and
// compactions — never loses an acknowledged change and never leaves a notebook
// that fails to open or validate. Rounds: $DOSSIER_CRASH_ROUNDS (default 40;
// `pnpm test:stress` runs 500). The kills must meet real work: on a loaded
// machine a writer may be killed before its first change is acknowledged, so
// when the rounds leave fewer acknowledged changes than half their number,
// further rounds (each killed after its first acknowledgement) run until they
// do, within a time bound.
import { spawn } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from '../index.js';
import { NotebookState } from '../notebook.js';
import { createService } from '../service/index.js';
import { LOCK_FILE } from './lock.js';
import { buildNotebookPackage } from '../../test/build-package.js';
import { AcknowledgedModel } from '../../test/crash-model.js';
import { call, tempDir, visibleState } from '../../test/fixture.js';

const ROUNDS = Number(process.env.DOSSIER_CRASH_ROUNDS ?? 40);
/** A fresh notebook every so many rounds keeps each open quick. */
const ROUNDS_PER_NOTEBOOK = 25;
const WRITER = join(import.meta.dirname, '../../test/crash-writer.mjs');
/** Acknowledged changes the kills must have met, at the least. */
const MIN_ACKNOWLEDGED = Math.floor(ROUNDS / 2) + 1;
/** How long the extra rounds may take to reach MIN_ACKNOWLEDGED. */
const EXTRA_ROUNDS_MS = 120_000;

beforeAll(buildNotebookPackage, 120_000);

/** Each shown highlight's note and article's outlet, searched: what the search index must answer. */
async function searchAnswers(service: ReturnType<typeof createService>): Promise<string[][]> {
  const shown = await visibleState(service);
  const queries = [...shown.annotations.map((a) => a.note), ...shown.articles.map((a) => a.outlet ?? '')].filter(
    Boolean,
  );
  return Promise.all(
    queries.map(async (q) => (await call(service, 'search.query', { q, limit: 100 })).map((h) => h.articleId).sort()),
  );
}

/**
 * Whether the index a writable open made of the killed writer's folder (caught
 * up with the journal, or rebuilt) answers as one rebuilt from scratch does.
 */
async function indexDiffersFromRebuilt(dir: string, service: ReturnType<typeof createService>): Promise<boolean> {
  const copy = await tempDir('crash-rebuilt');
  try {
    await cp(dir, copy, { recursive: true });
    await rm(join(copy, 'index'), { recursive: true, force: true });
    await rm(join(copy, LOCK_FILE), { force: true });
    const rebuilt = await NotebookState.open(copy, { readOnly: true });
    try {
      return (
        JSON.stringify(await searchAnswers(service)) !== JSON.stringify(await searchAnswers(createService(rebuilt)))
      );
    } finally {
      await rebuilt.close();
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/**
 * Runs the writer until a random moment, then kills it; resolves once it is
 * gone. The moment is counted from when the writer is ready, or, with
 * `afterFirstAck`, from its first acknowledged change.
 */
function runAndKill(dir: string, seed: number, model: AcknowledgedModel, afterFirstAck = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const lines = createInterface({ input: child.stdout });
    const kill = () => child.kill('SIGKILL');
    // One round in eight is killed while Node starts or the notebook opens; the others while it writes.
    const early = seed % 8 === 0;
    let timer = setTimeout(kill, early ? (seed * 7919) % 250 : 30_000);
    let armed = false;
    lines.on('line', (line) => {
      model.read(line);
      const arm = afterFirstAck ? line.startsWith('ack ') : line === 'ready';
      if (arm && !early && !armed) {
        armed = true;
        clearTimeout(timer);
        timer = setTimeout(kill, (seed * 7919) % 200);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      lines.close();
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself (${code}): ${stderr}`));
      else resolve(stderr);
    });
  });
}

describe('a writer killed at random moments', () => {
  it(`keeps every acknowledged change (${ROUNDS} rounds)`, async () => {
    let dir = '';
    let model = new AcknowledgedModel();
    let acknowledged = 0;
    const losses: string[] = [];
    const indexOpens = { current: 0, 'caught-up': 0, rebuilt: 0 };
    const oneRound = async (round: number, afterFirstAck: boolean) => {
      if (round % ROUNDS_PER_NOTEBOOK === 0) {
        if (dir) await rm(dir, { recursive: true, force: true });
        dir = await tempDir('crash');
        acknowledged += model.acknowledged;
        model = new AcknowledgedModel();
      }
      await runAndKill(dir, round + 1, model, afterFirstAck);
      // Mostly read-only, so the next writer meets the folder exactly as the kill left it.
      const writable = round % 5 === 4;
      const opened = writable
        ? NotebookState.open(dir).then((state) => ({
            state,
            service: createService(state),
            close: () => state.close(),
          }))
        : openNotebook(dir, { readOnly: true });
      const notebook = await opened.catch((error: Error) => {
        // Killed while it made the notebook, before saving anything: there is nothing to hold yet.
        if (model.acknowledged === 0 && /not a Dossier notebook/u.test(error.message)) return null;
        throw new Error(`round ${round}: the notebook did not open: ${error.message}`);
      });
      if (!notebook) return;
      try {
        if ('state' in notebook) {
          indexOpens[notebook.state.search.opened!.how]++;
          // Caught up from the journal, or rebuilt: the index must answer as a rebuilt one does.
          if (await indexDiffersFromRebuilt(dir, notebook.service)) losses.push(`round ${round}: search index differs`);
        }
        const report = await call(notebook.service, 'notebook.check', {});
        const errors = report.problems.filter((p) => p.severity === 'error');
        expect(errors, `round ${round}`).toEqual([]);
        const shown = await visibleState(notebook.service);
        for (const loss of model.losses(shown)) losses.push(`round ${round}: ${loss}`);
        model.settle(shown);
      } finally {
        await notebook.close();
      }
    };
    let round = 0;
    for (; round < ROUNDS; round++) await oneRound(round, false);
    const extraUntil = Date.now() + EXTRA_ROUNDS_MS;
    let extra = 0;
    // Seeds that are multiples of 8 are killed early whatever is armed; they are skipped here.
    for (; acknowledged + model.acknowledged < MIN_ACKNOWLEDGED && Date.now() < extraUntil; round++) {
      if ((round + 1) % 8 === 0) continue;
      await oneRound(round, true);
      extra++;
    }
    acknowledged += model.acknowledged;
    await rm(dir, { recursive: true, force: true });
    console.log(
      `crash rounds: ${ROUNDS} (+${extra} until ${MIN_ACKNOWLEDGED} acknowledged), acknowledged changes: ${acknowledged}, losses: ${losses.length}; writable reopens' search index: ${JSON.stringify(indexOpens)}`,
    );
    expect(losses).toEqual([]);
    // The kills must have met real work, not idle writers.
    expect(acknowledged).toBeGreaterThanOrEqual(MIN_ACKNOWLEDGED);
  }, 600_000);
});
