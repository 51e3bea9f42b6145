// pnpm bench [--size 1k|10k|100k] [--json]: generates (or reads from the
// cache) a corpus, measures the baselines and Dossier in one run, prints the
// table and writes the results as JSON beside the cached corpora.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSize } from './bench-batches.js';
import { readBrownCorpus } from './brown.js';
import type { ColdOpenFigures, IndexMemoryFigures } from './cold-open.js';
import { measureDossier, notebookDir } from './dossier.js';
import { measureFloor } from './floor.js';
import { buildFts5Baseline } from './fts5.js';
import { benchCorpus, cacheDir } from './generate.js';
import { benchQueries } from './queries.js';
import { renderTable, rows, type BenchResults } from './report.js';
import { fts5Search } from './search-in-turn.js';

const USAGE = `usage: pnpm bench [--size 1k|10k|100k|N] [--json]

  --size   articles in the generated notebook (default 10k)
  --json   print the results as JSON instead of the table
Results are also written to ${cacheDir()}/results-<size>.json.
DOSSIER_BENCH_KEEP=1 keeps the measured notebook in ${cacheDir()}/work-<size>/ (e.g. for cold-open.js).`;

/**
 * Seconds the highlight seeding (W3C files through annotations.importW3c, which re-indexes each
 * article it touches) may take at each size before the save figure is taken where it got to.
 */
function seedingBudgetMs(size: number): number {
  return (size >= 100_000 ? 300 : 60) * 1000;
}

function parseArgs(argv: string[]): { size: number; json: boolean } {
  let size = 10_000;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--size') size = parseSize(argv[++i] ?? '');
    else if (arg.startsWith('--size=')) size = parseSize(arg.slice(7));
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg !== '--') throw new Error(`unknown option ${arg} (see --help)`);
  }
  return { size, json };
}

function childFigures<T>(args: string[]): T {
  const script = fileURLToPath(new URL('./cold-open.js', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

async function main(): Promise<void> {
  const { size, json } = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.error(`bench: ${line}`);
  const started = Date.now();
  // Other work on the machine slows every figure; the table says how busy it was.
  const loadAtStart = loadavg()[0]!;
  const work = join(cacheDir(), `work-${size}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  log(`corpus of ${size} articles (cached in ${cacheDir()})`);
  const articles = benchCorpus(readBrownCorpus, size);
  const queries = benchQueries(articles, 500);
  const megabytes = articles.reduce((sum, a) => sum + a.text.length, 0) / 1e6;

  log('machine floor: JSON and fsync');
  const catalog = articles.map(({ text: _text, ...meta }) => meta);
  const floor = measureFloor(catalog, work);
  log('baseline: SQLite FTS5');
  const baseline = buildFts5Baseline(articles, queries[0]!, work);
  log(`FTS5 built in ${(baseline.figures.buildMs / 1000).toFixed(1)} s`);

  const dir = notebookDir(work);
  const dossier = await measureDossier(articles, queries, dir, {
    seedingBudgetMs: seedingBudgetMs(size),
    onProgress: log,
    fts5Search: fts5Search(baseline.db),
  });
  baseline.close();
  const fts5 = { ...baseline.figures, search: dossier.fts5Search, emptyQueries: dossier.fts5EmptyQueries };
  const notebookFiles = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => ({ name, megabytes: statSync(join(dir, name)).size / 1e6 }))
    .filter((f) => f.megabytes >= 0.01);

  log('cold open in fresh processes');
  const coldOpen: ColdOpenFigures[] = [];
  for (let run = 0; run < 3; run++) {
    coldOpen.push(childFigures<ColdOpenFigures>([dir, queries[1]!.text]));
    if (coldOpen[0]!.searchMs > 5000) break;
  }
  let indexMemory: IndexMemoryFigures | null = null;
  try {
    indexMemory = childFigures<IndexMemoryFigures>([dir, '', 'index-only']);
  } catch (error) {
    log(`the index's share of memory was not measured: ${(error as Error).message.split('\n')[0]}`);
  }

  const results: BenchResults = {
    size,
    machine: {
      node: process.versions.node,
      cpus: cpus().length,
      platform: process.platform,
      loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    },
    startedAt: new Date(started).toISOString(),
    durationS: (Date.now() - started) / 1000,
    corpus: { articles: articles.length, megabytes, queries: queries.length },
    floor,
    fts5,
    dossier,
    coldOpen,
    indexMemory,
    notebookFiles,
  };
  if (process.env.DOSSIER_BENCH_KEEP !== '1') rmSync(work, { recursive: true, force: true });
  const file = join(cacheDir(), `results-${size}.json`);
  writeFileSync(file, JSON.stringify({ ...results, rows: rows(results) }, null, 2));
  if (json) console.log(JSON.stringify({ ...results, rows: rows(results) }, null, 2));
  else console.log(renderTable(results));
  log(`results written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
