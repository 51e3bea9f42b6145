// node packages/bench/dist/saves-only.js <notebook dir> [--saves N] [--compact-every N] [--cold]: only the
// durable-save figure, on a notebook already built (e.g. the one
// `DOSSIER_BENCH_KEEP=1 pnpm bench --size 100k` keeps in work-100000/notebook).
// Each save (annotations.create, acknowledged after its fsync) is followed by
// a bare append + fdatasync of a small file in the same folder, so both meet
// the same load on a busy machine. It adds N highlights tagged "bench-save".
import { openSync, closeSync, writeSync, fdatasyncSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { dispatch, type Article, type Method, type MethodOutput, type MethodParams } from '@dossier/core';
import { openNotebook, type Notebook } from '@dossier/notebook';
import { now, percentiles, type Percentiles } from './stats.js';

const USAGE = `usage: node packages/bench/dist/saves-only.js <notebook dir> [--saves N] [--compact-every N] [--cold]

  --saves          how many saves to time (default 300), e.g. --saves 500
  --compact-every  compact the notebook after every N journal entries instead of the
                   default 10,000, e.g. --compact-every 100: the saves then meet compactions
  --cold           pick each quote from the article's file, not through the notebook, so the
                   save reads its article itself, as \`pnpm bench\` times it (the default asks
                   articles.get first, as the reader does before the user highlights)`;

async function call<M extends Method>(notebook: Notebook, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(notebook.service, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

const show = (p: Percentiles) => `${p.p50.toFixed(2)} / ${p.p95.toFixed(2)} / ${p.p99.toFixed(2)} ms`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args[0];
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : Number(args[at + 1]);
  };
  const saves = option('--saves', 300);
  const compactEvery = option('--compact-every', 10_000);
  const cold = args.includes('--cold');
  if (!dir || ![saves, compactEvery].every((n) => Number.isInteger(n) && n > 0)) {
    console.error(USAGE);
    process.exit(1);
  }
  const loadAtStart = loadavg()[0]!;
  const notebook = await openNotebook(dir, { compaction: { entries: compactEvery, bytes: 16 * 1024 * 1024 } });
  const articles = await call(notebook, 'articles.list', {});
  const stored = (await call(notebook, 'annotations.list', {})).length;
  const floorPath = join(dir, 'bench-fsync.tmp');
  const floorFile = openSync(floorPath, 'w');
  const line = Buffer.from(`${'x'.repeat(200)}\n`);
  const save: number[] = [];
  const fsync: number[] = [];
  try {
    for (let i = 0; i < saves; i++) {
      const article = articles[(i * 7919) % articles.length]!;
      const body = cold
        ? (JSON.parse(readFileSync(join(dir, 'articles', `${article.id}.json`), 'utf8')) as Article)
        : await call(notebook, 'articles.get', { id: article.id });
      const block = body.blocks.find((b) => b.text.length > 40) ?? body.blocks[0]!;
      let t = now();
      await call(notebook, 'annotations.create', {
        articleId: article.id,
        quote: block.text.slice(0, 30),
        tags: ['bench-save'],
        note: '',
      });
      save.push(now() - t);
      t = now();
      writeSync(floorFile, line);
      fdatasyncSync(floorFile);
      fsync.push(now() - t);
    }
  } finally {
    closeSync(floorFile);
    rmSync(floorPath, { force: true });
    await notebook.close();
  }
  const s = percentiles(save);
  const f = percentiles(fsync);
  console.log(
    `durable save of one highlight, ${stored} highlights stored, ${articles.length} articles, compaction every ${compactEvery} entries, ${cold ? 'article not read before the save' : 'article read before the save'} (load ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)})`,
  );
  console.log(`  save        p50 / p95 / p99 ${show(s)}`);
  console.log(`  bare fsync  p50 / p95 / p99 ${show(f)}  (after each save, same load)`);
  console.log(`  ratio at p95 ${(s.p95 / f.p95).toFixed(2)}×; target p95 ≤ 5 ms: ${s.p95 <= 5 ? 'met' : 'not met'}`);
}

await main();
