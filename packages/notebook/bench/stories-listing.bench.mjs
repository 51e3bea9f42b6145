// Benchmark: what the Stories view costs on each refresh — `stories.list`
// through `dispatch` (as the IPC and the CLI call it) on a notebook of N
// Brown-corpus articles (DOSSIER_BENCH_SIZE, default 10,000): the bytes of
// its JSON and the processor time of the call, the first in a process
// (which reads the saved story state) and the refreshes after it. Where the
// contract has them, one story's full evidence (`stories.get`) and one
// pair's (`stories.pair`) are timed too.
//
// The notebook is kept in DOSSIER_BENCH_DIR (default: the temp folder's
// dossier-bench-stories-<N>) so that runs of old and new code, in turn, ask
// the same notebook. Run after `pnpm build`:
//   DOSSIER_BENCH_SIZE=3000 node packages/notebook/bench/stories-listing.bench.mjs
import { access } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract, dispatch } from '@dossier/core';
import { openNotebook } from '../dist/index.js';
import { articles, brownTexts } from './brown-articles.mjs';

const SIZE = Number(process.env.DOSSIER_BENCH_SIZE ?? 10_000);
const DIR = process.env.DOSSIER_BENCH_DIR ?? join(tmpdir(), `dossier-bench-stories-${SIZE}`);
const REFRESHES = Number(process.env.DOSSIER_BENCH_REPEAT ?? 5);
const BATCH = 500;

async function call(service, method, input) {
  const cpu = process.cpuUsage();
  const result = await dispatch(service, method, input);
  const used = process.cpuUsage(cpu);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return { value: result.value, cpuMs: (used.user + used.system) / 1000 };
}

const exists = await access(join(DIR, 'notebook.json')).then(
  () => true,
  () => false,
);
if (!exists) {
  const notebook = await openNotebook(DIR, { create: true });
  const files = [...articles(await brownTexts(), SIZE)];
  for (let i = 0; i < files.length; i += BATCH)
    await notebook.service['articles.import']({ files: files.slice(i, i + BATCH) });
  await notebook.service['stories.list']({});
  await notebook.close();
  console.log(`wrote a notebook of ${SIZE} articles to ${DIR}`);
}

const notebook = await openNotebook(DIR);
try {
  const load = () => loadavg()[0].toFixed(2);
  const rows = [];
  const first = await call(notebook.service, 'stories.list', {});
  const bytes = Buffer.byteLength(JSON.stringify(first.value));
  rows.push(['stories.list, first in the process', first.cpuMs, bytes]);
  const median = (xs) => xs.sort((x, y) => y - x)[Math.floor(xs.length / 2)];
  const refreshes = [];
  for (let i = 0; i < REFRESHES; i++) refreshes.push((await call(notebook.service, 'stories.list', {})).cpuMs);
  rows.push([`stories.list, refresh, nothing changed (median of ${REFRESHES})`, median(refreshes), bytes]);
  // What the view asks after a change of links: one that leaves the stories as they were (a "related" link,
  // made and removed again, so the notebook stays the same for the next run).
  const stories = first.value;
  const [from, to] = [stories[0].articleIds[0], stories.at(-1).articleIds[0]];
  const afterChange = [];
  for (let i = 0; i < REFRESHES; i++) {
    const link = await notebook.service['links.create']({
      from: { articleId: from },
      to: { articleId: to },
      kind: 'related',
      note: '',
    });
    afterChange.push((await call(notebook.service, 'stories.list', {})).cpuMs);
    await notebook.service['links.remove']({ id: link.id });
  }
  rows.push([`stories.list, refresh after a link is made (median of ${REFRESHES})`, median(afterChange), bytes]);
  const largest = stories[0];
  // As the view asks: after the listing it was shown, nothing changed since (after a change, the first call
  // of the three costs what a listing does).
  await call(notebook.service, 'stories.list', {});
  if (largest && 'stories.get' in contract) {
    const story = await call(notebook.service, 'stories.get', { articleId: largest.articleIds[0] });
    rows.push([`stories.get, the largest story`, story.cpuMs, Buffer.byteLength(JSON.stringify(story.value))]);
  }
  if (largest && 'stories.pair' in contract) {
    const [a, b] = largest.articleIds;
    const pair = await call(notebook.service, 'stories.pair', { a, b });
    rows.push([`stories.pair, one pair`, pair.cpuMs, Buffer.byteLength(JSON.stringify(pair.value))]);
  }
  const members = stories.reduce((n, s) => n + s.articleIds.length, 0);
  const pairs = stories.reduce((n, s) => n + s.pairs.length, 0);
  const all = stories.reduce((n, s) => n + (s.pairCount ?? s.pairs.length), 0);
  console.log(
    `${SIZE} articles: ${stories.length} stories, ${members} members, ${pairs} pairs sent of ${all}` +
      ` (largest story ${largest?.articleIds.length ?? 0} members); load ${load()}`,
  );
  console.log(`| call | processor ms | JSON bytes |`);
  console.log(`| --- | ---: | ---: |`);
  for (const [label, ms, size] of rows) console.log(`| ${label} | ${ms.toFixed(0)} | ${size.toLocaleString('en')} |`);
} finally {
  await notebook.close();
}
