// How long one durable save of a highlight takes in a notebook that already
// holds N highlights (default 100,000): `node packages/notebook/scripts/measure-save.mjs [N] [saves]`
// after `pnpm build`. A quick measurement for the storage work; `pnpm bench` is the benchmark.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch, describe as describeRange, canonicalText } from '@dossier/core';
import { openNotebook } from '@dossier/notebook';

const stored = Number(process.argv[2] ?? 100_000);
const saves = Number(process.argv[3] ?? 300);
const seeds = join(import.meta.dirname, '../../../seeds');
const dir = await mkdtemp(join(tmpdir(), 'dossier-save-'));
const call = async (nb, method, input) => {
  const r = await dispatch(nb.service, method, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

let nb = await openNotebook(dir, { create: true });
const name = '004_807654db1d0bfc78.txt';
const [{ articleId }] = await call(nb, 'articles.import', {
  files: [{ name, dataBase64: (await readFile(join(seeds, name))).toString('base64') }],
});
const text = canonicalText((await call(nb, 'articles.get', { id: articleId })).blocks);
await nb.close();

// Fill the catalog directly: copies of the article (one per 100 highlights), N highlights over them.
const data = JSON.parse(await readFile(join(dir, 'notebook.json'), 'utf8'));
const articleFile = JSON.parse(await readFile(join(dir, 'articles', `${articleId}.json`), 'utf8'));
const copies = Math.max(1, Math.ceil(stored / 100));
for (let c = 0; c < copies; c++) {
  const id = `a-copy-${c}`;
  const source = { ...articleFile.source, fileName: `copy-${c}.txt`, hash: `${c}`.padStart(64, '0') };
  await writeFile(join(dir, 'articles', `${id}.json`), JSON.stringify({ ...articleFile, id, source }));
  data.articles.push({ ...data.articles[0], id, source });
}
const now = new Date().toISOString();
for (let i = 0; i < stored; i++) {
  const start = (i * 37) % (text.length - 60);
  data.annotations.push({
    id: `h-fill-${i}`,
    articleId: `a-copy-${i % copies}`,
    target: describeRange(text, start, start + 40),
    tags: [`tag/${i % 50}`],
    note: i % 3 ? '' : `note ${i}`,
    color: 'yellow',
    createdAt: now,
    updatedAt: now,
    orphan: false,
  });
}
await writeFile(join(dir, 'notebook.json'), JSON.stringify(data));
await rm(join(dir, 'journal.jsonl'), { force: true });
await rm(join(dir, 'index.json'), { force: true });

nb = await openNotebook(dir);
const times = [];
for (let i = 0; i < saves; i++) {
  const start = (i * 53) % (text.length - 80);
  const t0 = process.hrtime.bigint();
  await call(nb, 'annotations.create', { articleId, start, end: start + 30, tags: ['bench'], note: '' });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
await nb.close();

// The storage part alone: find the change, validate it, append it to the journal, fsync.
const { NotebookState } = await import('../dist/notebook.js');
const state = await NotebookState.open(dir);
const storageTimes = [];
for (let i = 0; i < saves; i++) {
  const annotation = { ...state.data.annotations[i], id: `h-direct-${i}`, updatedAt: new Date().toISOString() };
  const t0 = process.hrtime.bigint();
  await state.change(['annotations'], () => void state.data.annotations.push(annotation));
  storageTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
// The floor on this disk, in the same run: append a line of the same size and fdatasync it.
const { openSync, writeSync, fdatasyncSync, closeSync } = await import('node:fs');
const floorFd = openSync(join(dir, 'floor.jsonl'), 'a');
const floorTimes = [];
const line = `${JSON.stringify({ rev: 1, ops: [{ t: 'annotation', v: state.data.annotations[0] }] })}\n`;
for (let i = 0; i < saves; i++) {
  const t0 = process.hrtime.bigint();
  writeSync(floorFd, line);
  fdatasyncSync(floorFd);
  floorTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
closeSync(floorFd);
await rm(join(dir, 'floor.jsonl'));

const t0 = process.hrtime.bigint();
await state.close();
const closeMs = Number(process.hrtime.bigint() - t0) / 1e6;
const q = (list, p) => list.sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(p * list.length))].toFixed(2);
const row = (list) => `p50 ${q(list, 0.5)} ms, p95 ${q(list, 0.95)} ms, p99 ${q(list, 0.99)} ms`;
console.log(`${stored} highlights stored (${copies} articles), ${saves} saves each`);
console.log(`  annotations.create (anchoring, search refresh, storage): ${row(times)}`);
console.log(`  storage alone (diff, validate, journal append, fdatasync): ${row(storageTimes)}`);
console.log(`  floor (append one line of that size, fdatasync): ${row(floorTimes)}`);
console.log(`  close with compaction (snapshot, backup, new journal): ${closeMs.toFixed(0)} ms`);
await rm(dir, { recursive: true, force: true });
