// pnpm bench:import [--size 3k]: only the import figure, for work on import.
// The articles go in as `pnpm bench` imports them (1,000 plain-text files per
// articles.import call, through dispatch, the notebook closed at the end), and
// SQLite FTS5's bare insert of the same articles is measured right before, so
// the ratio holds on a busy machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openNotebook } from '@dossier/notebook';
import { importInBatches, parseSize } from './bench-batches.js';
import { readBrownCorpus } from './brown.js';
import { buildFts5 } from './fts5.js';
import { benchCorpus } from './generate.js';
import { now } from './stats.js';

const USAGE = `usage: pnpm bench:import [--size 1k|10k|100k|N]

  --size    articles to import (default 3k), 1,000 per articles.import call
The notebook is built in a temporary folder and removed afterwards.`;

function parseArgs(argv: string[]): number {
  let size = 3000;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--size') {
      size = parseSize(argv[++i] ?? '');
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg !== '--') throw new Error(`unknown option ${arg} (see --help)`);
  }
  return size;
}

async function main(): Promise<void> {
  const size = parseArgs(process.argv.slice(2));
  const articles = benchCorpus(readBrownCorpus, size);
  const work = mkdtempSync(join(tmpdir(), 'dossier-bench-import-'));
  try {
    const load = loadavg()[0]!;
    let start = now();
    const db = new DatabaseSync(join(work, 'fts5.sqlite'));
    buildFts5(db, articles);
    db.close();
    const fts5PerSecond = size / ((now() - start) / 1000);

    const notebook = await openNotebook(join(work, 'notebook'), { create: true });
    start = now();
    // Processor time of every thread of this process: on a busy machine it says more than the wall clock.
    const cpuBefore = process.cpuUsage();
    // …and the importing thread's alone: with the reading threads busy beside it, it is the critical path on 2 cores.
    const mainBefore = process.threadCpuUsage();
    await importInBatches(notebook, articles);
    await notebook.close();
    const seconds = (now() - start) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const main = process.threadCpuUsage(mainBefore);
    const mainSeconds = (main.user + main.system) / 1e6;
    const perSecond = size / seconds;
    console.log(
      `import, ${size} articles, load ${load.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end`,
    );
    console.log(`  Dossier ${perSecond.toFixed(0)} articles/s (${seconds.toFixed(1)} s)`);
    console.log(
      `  processor time ${cpuSeconds.toFixed(1)} s, ${((cpuSeconds / size) * 1000).toFixed(2)} ms per article (system ${(cpu.system / 1e3 / size).toFixed(2)} ms)`,
    );
    console.log(
      `  of which the importing thread ${mainSeconds.toFixed(1)} s, ${((mainSeconds / size) * 1000).toFixed(2)} ms per article`,
    );
    console.log(`  FTS5 insert ${fts5PerSecond.toFixed(0)} articles/s`);
    console.log(`  ratio ${(fts5PerSecond / perSecond).toFixed(2)}× slower`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
