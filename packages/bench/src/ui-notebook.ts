// node packages/bench/dist/ui-notebook.js --size 100k: the notebook the UI
// benchmark opens for its library figures at a size too large to import through
// the app's test bridge. It is built once through the notebook's own API (the
// same generated articles as `pnpm bench`, imported in batches of 1,000) and kept
// in the cache; a marker written after the notebook was closed says it is
// complete, so a build cut short is built again. Prints the folder's path last.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNotebook } from '@dossier/notebook';
import { importInBatches, parseSize } from './bench-batches.js';
import { readBrownCorpus } from './brown.js';
import { benchCorpus, cacheDir, GENERATOR_VERSION } from './generate.js';

const USAGE = `usage: node packages/bench/dist/ui-notebook.js [--size 1k|10k|100k|N] [--fresh]

  --size   articles in the notebook (default 100k)
  --fresh  build it again even if a complete one is cached
The notebook is kept in ${cacheDir()}/ui-notebook-<size>/; its path is printed last.`;

interface Marker {
  articles: number;
  generatorVersion: number;
  builtAt: string;
}

function parseArgs(argv: string[]): { size: number; fresh: boolean } {
  let size = 100_000;
  let fresh = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--fresh') fresh = true;
    else if (arg === '--size') {
      size = parseSize(argv[++i] ?? '');
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg !== '--') throw new Error(`unknown option ${arg} (see --help)`);
  }
  return { size, fresh };
}

function isComplete(markerFile: string, size: number): boolean {
  if (!existsSync(markerFile)) return false;
  try {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8')) as Marker;
    return marker.articles === size && marker.generatorVersion === GENERATOR_VERSION;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const { size, fresh } = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.error(`ui-notebook: ${line}`);
  const dir = join(cacheDir(), `ui-notebook-${size}`);
  const markerFile = `${dir}.complete.json`;
  if (!fresh && isComplete(markerFile, size)) {
    console.log(dir);
    return;
  }
  rmSync(markerFile, { force: true });
  rmSync(dir, { recursive: true, force: true });
  const articles = benchCorpus(readBrownCorpus, size);
  log(`importing ${size} articles into ${dir}`);
  const started = Date.now();
  const notebook = await openNotebook(dir, { create: true });
  await importInBatches(notebook, articles, (imported) => {
    if (imported % 10_000 === 0) log(`imported ${imported} articles`);
  });
  await notebook.close();
  const marker: Marker = { articles: size, generatorVersion: GENERATOR_VERSION, builtAt: new Date().toISOString() };
  writeFileSync(markerFile, JSON.stringify(marker));
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(dir);
}

main().catch((error: unknown) => {
  console.error(`ui-notebook: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
