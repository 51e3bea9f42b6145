// pnpm bench:search [--size 100k] [--fresh]: only the search figure, for
// iterating on search. The notebook and the FTS5 baseline's database are built
// once and kept in the cache (search-notebook-<size>/, search-fts5-<size>.sqlite),
// so a rerun measures search alone, the same way as the full run does
// (search-in-turn.ts: an untimed round, then each query of FTS5 and right after of Dossier).
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { dispatch } from '@dossier/core';
import { openNotebook, refreshSearchPostings } from '@dossier/notebook';
import { importInBatches, parseSize } from './bench-batches.js';
import { readBrownCorpus } from './brown.js';
import { buildFts5 } from './fts5.js';
import { benchCorpus, cacheDir } from './generate.js';
import { benchQueries } from './queries.js';
import { fts5Search, searchInTurn } from './search-in-turn.js';
import type { Percentiles } from './stats.js';

const USAGE = `usage: pnpm bench:search [--size 1k|10k|100k|N] [--repeat N] [--fresh]

  --size    articles in the notebook (default 10k)
  --repeat  ask each query N times of each engine and keep the fastest (default 1):
            on a busy machine, this shows a change that the load would drown
  --fresh   import the notebook again instead of reusing the cached one
The notebook and the baseline are kept in ${cacheDir()} between runs.`;

function parseArgs(argv: string[]): { size: number; repeat: number; fresh: boolean } {
  let size = 10_000;
  let repeat = 1;
  let fresh = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--fresh') fresh = true;
    else if (arg === '--repeat') {
      repeat = Number(argv[++i]);
      if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat expects a whole number from 1');
    } else if (arg === '--size') {
      size = parseSize(argv[++i] ?? '');
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg !== '--') throw new Error(`unknown option ${arg} (see --help)`);
  }
  return { size, repeat, fresh };
}

const ms = (n: number) => n.toFixed(2);
const spread = (p: Percentiles) => `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)} ms`;

async function main(): Promise<void> {
  const { size, repeat, fresh } = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.error(`bench:search: ${line}`);
  const articles = benchCorpus(readBrownCorpus, size);
  const queries = benchQueries(articles, 500);
  const dir = join(cacheDir(), `search-notebook-${size}`);
  if (fresh || !existsSync(join(dir, 'notebook.json'))) {
    log(`importing ${size} articles into ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    const notebook = await openNotebook(dir, { create: true });
    await importInBatches(notebook, articles);
    await notebook.close();
  }
  const baselinePath = join(cacheDir(), `search-fts5-${size}.sqlite`);
  if (fresh || !existsSync(baselinePath)) {
    log('building the SQLite FTS5 baseline');
    const building = `${baselinePath}.partial`;
    rmSync(building, { force: true });
    const db = new DatabaseSync(building);
    buildFts5(db, articles);
    db.exec('PRAGMA journal_mode = DELETE');
    db.close();
    renameSync(building, baselinePath);
  }
  // The postings file the pruned ranking reads: the app writes it when idle after an import; here, before timing.
  const start = performance.now();
  const postingsReady = await refreshSearchPostings(dir);
  const postingsFile = join(dir, 'index', 'search.sqlite.postings');
  const postingsMb = postingsReady ? statSync(postingsFile).size / 2 ** 20 : 0;
  log(
    postingsReady
      ? `postings file ready in ${((performance.now() - start) / 1000).toFixed(1)} s (${postingsMb.toFixed(1)} MB)`
      : 'no postings file: searches are ranked by FTS5 alone',
  );
  const load = loadavg()[0]!;
  const baseline = new DatabaseSync(baselinePath, { readOnly: true });
  const notebook = await openNotebook(dir);
  const figures = await searchInTurn(
    queries,
    fts5Search(baseline),
    async (q) => {
      const result = await dispatch(notebook.service, 'search.query', { q: q.text, tags: [], limit: 20 });
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as unknown[]).length;
    },
    repeat,
  );
  baseline.close();
  await notebook.close();
  const { dossier, fts5 } = figures;
  const each = repeat > 1 ? `, fastest of ${repeat} per query` : '';
  console.log(
    `search, ${size} articles, top 20 with snippets (p50 / p95 / p99${each}), each query asked of FTS5 then Dossier ` +
      `after an untimed round, load ${load.toFixed(2)}`,
  );
  console.log(`  Dossier ${spread(dossier)} (${figures.dossierEmpty} empty)`);
  console.log(`  FTS5    ${spread(fts5)} (${figures.fts5Empty} empty)`);
  console.log(`  ratio   ${(dossier.p95 / fts5.p95).toFixed(2)}× at p95`);
  console.log(`  ranked  ${postingsReady ? `over the postings file (${postingsMb.toFixed(1)} MB)` : 'by FTS5 alone'}`);
  for (const [kind, p] of Object.entries(figures.dossierByKind)) console.log(`  ${kind.padEnd(10)} ${spread(p)}`);
}

main().catch((error: unknown) => {
  console.error(`bench:search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
