// node packages/bench/dist/ui-notebook.js --size 100k: the notebook the UI
// benchmark opens for its library figures at a size too large to import through
// the app's test bridge. It is built once through the notebook's own API (the
// same generated articles as `pnpm bench`, imported in batches of 1,000) and kept
// in the cache; a marker written after the notebook was closed says it is
// complete, so a build cut short is built again. Prints the folder's path last.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '@dossier/core';
import { openNotebook } from '@dossier/notebook';
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
      const match = /^(\d+)(k?)$/iu.exec(argv[++i] ?? '');
      if (!match) throw new Error('--size expects a size like 1k, 10k, 100k or 2500');
      size = Number(match[1]) * (match[2] ? 1000 : 1);
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
  for (let at = 0; at < articles.length; at += 1000) {
    const files = articles.slice(at, at + 1000).map((a) => ({
      name: a.fileName,
      dataBase64: Buffer.from(a.text, 'utf8').toString('base64'),
    }));
    const result = await dispatch(notebook.service, 'articles.import', { files });
    if (!result.ok) throw new Error(result.error.message);
    if ((at / 1000) % 10 === 9) log(`imported ${at + files.length} articles`);
  }
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
