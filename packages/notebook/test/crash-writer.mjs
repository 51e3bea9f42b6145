// The writer that crash tests kill with SIGKILL: it opens a notebook and makes
// random changes (highlights, notes, removals, imports, edits) as fast as it
// can, with compaction every few entries. Before each change it prints
// `begin {…}`, and once the change is acknowledged `ack {…}`, one line each.
// Usage: node crash-writer.mjs DIR SEED  (imports the built package in ../dist).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch, loadCompromise, openNotebook } from '../dist/index.js';

const [dir, seedText] = process.argv.slice(2);
let seed = Number(seedText) >>> 0 || 1;
const random = () => {
  // xorshift32: each round replays the same choices for its seed.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const token = () => `t${Math.floor(random() * 1e9).toString(36)}`;
const say = (line) => process.stdout.write(`${line}\n`);

async function call(notebook, method, input) {
  const result = await dispatch(notebook.service, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const seedsDir = join(import.meta.dirname, '../../../seeds');
const seeds = await Promise.all(
  (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).map((n) => readFile(join(seedsDir, n), 'utf8')),
);

const notebook = await openNotebook(dir, { create: true, compaction: { entries: 5, bytes: 1e9 } });
// An import loads compromise first (half a second); loaded now, the kills after 'ready' meet writes, not module loading.
await loadCompromise();
say('ready');
for (;;) {
  const articles = await call(notebook, 'articles.list', {});
  const highlights = await call(notebook, 'annotations.list', {});
  const roll = random();
  let op;
  if (!articles.length || roll < 0.1) {
    // One to three files per call, or now and then twenty (a batch of that many is read by the import
    // threads and indexed as they return it): a batch is written together and acknowledged as one change.
    const count = random() < 0.3 ? 20 : 1 + Math.floor(random() * 3);
    const names = Array.from({ length: count }, () => `crash-${token()}.txt`);
    op = { kind: 'import', names };
    const files = names.map((name) => {
      const text = `${pick(seeds)}\n\nUnique closing line ${name}.`;
      return { name, dataBase64: Buffer.from(text).toString('base64') };
    });
    say(`begin ${JSON.stringify(op)}`);
    await call(notebook, 'articles.import', { files });
  } else if (roll < 0.5 || !highlights.length) {
    const article = pick(articles);
    const body = await call(notebook, 'articles.get', { id: article.id });
    const block = pick(body.blocks.filter((b) => b.text.length > 40));
    const quote = block.text.slice(0, 30);
    op = { kind: 'create', articleId: article.id, note: token() };
    say(`begin ${JSON.stringify(op)}`);
    const made = await call(notebook, 'annotations.create', {
      articleId: article.id,
      quote,
      note: op.note,
      tags: ['crash'],
    });
    op.id = made.id;
  } else if (roll < 0.75) {
    op = { kind: 'note', id: pick(highlights).id, note: token() };
    say(`begin ${JSON.stringify(op)}`);
    await call(notebook, 'annotations.update', { id: op.id, note: op.note });
  } else if (roll < 0.9) {
    op = { kind: 'remove', id: pick(highlights).id };
    say(`begin ${JSON.stringify(op)}`);
    await call(notebook, 'annotations.remove', { id: op.id });
  } else {
    op = { kind: 'outlet', articleId: pick(articles).id, outlet: token() };
    say(`begin ${JSON.stringify(op)}`);
    await call(notebook, 'articles.update', { id: op.articleId, outlet: op.outlet });
  }
  say(`ack ${JSON.stringify(op)}`);
}
