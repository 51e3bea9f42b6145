// Benchmark: what pruned ranking (src/fts-topk.ts: MaxScore with block
// maxima) would give the search index, before it is wired in. Over the
// notebook that `pnpm bench:search --size N` keeps in the cache, each of the
// bench's 500 queries is planned as Dossier plans it (spelling variants,
// prefix completions, the same MATCH expression), then ranked three ways, one
// right after the other: by FTS5 (bm25 over every article that matches — what
// the index does now), by fts-topk over postings of every column built in
// memory from the index's content table, and by scoring every match over
// those postings. Every query must give FTS5's very rows and ranks (the
// process exits 1 if one does not). Also timed, in processor time per
// article: building the compact text segments (src/fts-segment.ts) that an
// import would write for the pruned ranking.
// Run after `pnpm build` and `pnpm bench:search --size N`:
//   node packages/notebook/bench/search-pruning.bench.mjs [--size 10k|100k|N] [--repeat N]
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { buildQueryTree, parseQuery, TermVocabulary } from '@dossier/search';
import { toMatchExpression } from '../dist/fts-match.js';
import { loadSavedVocabulary } from '../dist/saved-vocabulary.js';
import { COLUMNS, WEIGHTS } from '../dist/fts-schema.js';
import { exhaustiveTopK, topK } from '../dist/fts-topk.js';
import { clausesOfTree, phrasesOfLeaves } from '../dist/fts-ranked-query.js';
import { SegmentBuilder } from '../dist/fts-segment.js';
// The bench package's corpus and queries, built beside this package (it depends on this one, not this on it).
import { benchCorpus, cacheDir } from '../../bench/dist/generate.js';
import { readBrownCorpus } from '../../bench/dist/brown.js';
import { benchQueries } from '../../bench/dist/queries.js';
import { parseSize } from '../../bench/dist/bench-batches.js';

function parseArgs(argv) {
  let size = 10_000;
  let repeat = 2;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--size') size = parseSize(argv[++i] ?? '');
    else if (argv[i] === '--repeat') repeat = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]} (--size N, --repeat N)`);
  }
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat expects a whole number from 1');
  return { size, repeat };
}

/**
 * Postings of every column, as FTS5 counts them for bm25: per term, rows and
 * doubled weighted counts. Beside them, timed on their own in processor time,
 * the compact segments of the articles' text alone (title, body, outlet; one
 * per 1,000 articles, as an import batch would write them), from terms already
 * split as the index's add() has them: what such postings would add to an import.
 */
function buildPostings(db) {
  const doubled = WEIGHTS.map((w) => w * 2);
  const textColumns = ['title', 'body', 'outlet'].map((name) => COLUMNS.indexOf(name));
  const maxRow = db.prepare('SELECT max(id) AS n FROM docs_content').get().n ?? 0;
  const lengths = new Uint32Array(maxRow + 1);
  const lists = new Map();
  let rows = 0;
  let tokens = 0;
  const segments = { bytes: 0, count: 0, countingMicros: 0, writingMicros: 0, fts5Micros: 0 };
  // The same-run baseline: what indexing an article costs now, FTS5's insert of its columns into a table like the index's.
  const baseline = new DatabaseSync(':memory:');
  baseline.exec(`CREATE VIRTUAL TABLE docs USING fts5(${COLUMNS.join(', ')}, tokenize = 'ascii', prefix = '3')`);
  const insert = baseline.prepare(`INSERT INTO docs (rowid, ${COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?)`);
  const cpuSince = (before) => {
    const used = process.cpuUsage(before);
    return used.user + used.system;
  };
  let batch = [];
  const writeSegment = () => {
    // Counting each article's distinct terms: the index's add() already gathers them (for the vocabulary).
    let before = process.cpuUsage();
    const counted = batch.map(({ id, split }) => {
      const counts = new Map();
      let length = 0;
      for (const c of textColumns) {
        const terms = split[c];
        length += terms.length;
        for (let i = 0; i < terms.length; i++) counts.set(terms[i], (counts.get(terms[i]) ?? 0) + doubled[c]);
      }
      return { id, counts, length };
    });
    segments.countingMicros += cpuSince(before);
    before = process.cpuUsage();
    const builder = new SegmentBuilder();
    for (const { id, counts, length } of counted) builder.add(id, counts, length);
    segments.bytes += builder.encode().length;
    segments.writingMicros += cpuSince(before);
    before = process.cpuUsage();
    baseline.exec('BEGIN');
    for (const { id, split } of batch) insert.run(id, ...split.map((terms) => terms.join(' ')));
    baseline.exec('COMMIT');
    segments.fts5Micros += cpuSince(before);
    segments.count++;
    batch = [];
  };
  const columns = COLUMNS.map((_, i) => `c${i}`);
  for (const record of db.prepare(`SELECT id, ${columns.join(', ')} FROM docs_content ORDER BY id`).iterate()) {
    rows++;
    const split = columns.map((column) => (record[column] ?? '').split(' ').filter(Boolean));
    batch.push({ id: record.id, split });
    if (batch.length === 1000) writeSegment();
    const counts = new Map();
    let length = 0;
    split.forEach((terms, c) => {
      for (const term of terms) {
        length++;
        counts.set(term, (counts.get(term) ?? 0) + doubled[c]);
      }
    });
    lengths[record.id] = length;
    tokens += length;
    for (const [term, count] of counts) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { rows: [], counts: [] }));
      list.rows.push(record.id);
      list.counts.push(count);
    }
  }
  if (batch.length) writeSegment();
  baseline.close();
  const postings = new Map();
  let postingCount = 0;
  for (const [term, list] of lists) {
    postingCount += list.rows.length;
    const rowsOf = Uint32Array.from(list.rows);
    postings.set(term, { rows: rowsOf, doubledCounts: Uint32Array.from(list.counts), hits: rowsOf.length });
  }
  return { postings, terms: [...postings.keys()].sort(), lengths, rows, tokens, postingCount, segments };
}

const percentile = (values, f) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))];
};
const spread = (values) => [0.5, 0.95, 0.99].map((f) => percentile(values, f).toFixed(2)).join(' / ') + ' ms';

async function main() {
  const { size, repeat } = parseArgs(process.argv.slice(2));
  const path = join(cacheDir(), `search-notebook-${size}`, 'index', 'search.sqlite');
  if (!existsSync(path)) throw new Error(`no index at ${path}: run pnpm bench:search --size ${size} first`);
  const queries = benchQueries(benchCorpus(readBrownCorpus, size), 500);
  const db = new DatabaseSync(path, { readOnly: true });
  const fingerprint = db.prepare("SELECT value FROM state WHERE key = 'fingerprint'").get()?.value ?? '';
  const saved = loadSavedVocabulary(db, fingerprint);
  if (!saved) throw new Error(`${path} has no saved vocabulary: open the notebook once to bring it up to date`);
  const vocabulary = new TermVocabulary();
  vocabulary.addCounts(saved.entries);
  const started = performance.now();
  const built = buildPostings(db);
  const buildMs = performance.now() - started;
  const ln = db.prepare('SELECT ln(?) AS value');
  const corpus = { rows: built.rows, tokens: built.tokens, lengths: built.lengths, ln: (x) => ln.get(x).value };
  const soleCompletion = (prefix) => {
    const completions = vocabulary.commonCompletions(prefix, 2);
    return completions.length === 1 ? completions[0] : undefined;
  };
  const source = {
    postingsOf: (term) => built.postings.get(term) ?? null,
    termsStartingWith: (prefix) => {
      let low = 0;
      let high = built.terms.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (built.terms[mid] < prefix) low = mid + 1;
        else high = mid;
      }
      const found = [];
      for (let i = low; i < built.terms.length && built.terms[i].startsWith(prefix); i++) found.push(built.terms[i]);
      return found;
    },
  };
  const statements = new Map();
  const fts5Top = (match, k) => {
    if (!statements.has(k))
      statements.set(
        k,
        db.prepare(
          `SELECT rowid AS row, bm25(docs, ${WEIGHTS.join(', ')}) AS rank FROM docs WHERE docs MATCH ? ORDER BY rank, rowid LIMIT ${k}`,
        ),
      );
    return statements.get(k).all(match);
  };
  const fastest = (work) => {
    let best = Infinity;
    let out;
    for (let round = 0; round < repeat; round++) {
      const start = performance.now();
      out = work();
      best = Math.min(best, performance.now() - start);
    }
    return [best, out];
  };
  const times = { fts5: [], pruned: [], every: [] };
  const byKind = new Map();
  const differing = [];
  let otherShape = 0;
  const load = loadavg()[0];
  for (const q of queries) {
    const { query: tree } = buildQueryTree(parseQuery(q.text), vocabulary, false);
    const match = toMatchExpression(tree, soleCompletion);
    const clauses = match.wanted ? clausesOfTree(tree, match.leaves.length) : null;
    if (!clauses) {
      otherShape++;
      continue;
    }
    // As the index asks: more candidates when spelling variants are re-weighed afterwards.
    const k = match.leaves.some((l) => l.variant) ? 40 : 20;
    const phrases = () => phrasesOfLeaves(match.leaves, source, soleCompletion);
    const [fts5Ms, fts5Rows] = fastest(() => fts5Top(match.wanted, k));
    const [prunedMs, pruned] = fastest(() => topK({ phrases: phrases(), clauses }, corpus, k));
    const [everyMs] = fastest(() => exhaustiveTopK({ phrases: phrases(), clauses }, corpus, k));
    times.fts5.push(fts5Ms);
    times.pruned.push(prunedMs);
    times.every.push(everyMs);
    if (!byKind.has(q.kind)) byKind.set(q.kind, []);
    byKind.get(q.kind).push(prunedMs);
    const same = fts5Rows.every((r, i) => pruned[i]?.row === r.row && pruned[i]?.rank === r.rank);
    if (!same) differing.push(q.text);
  }
  db.close();
  const ranked = times.pruned.length;
  console.log(
    `ranking only (no snippets), ${size} articles, ${ranked} of ${queries.length} queries (${otherShape} of another shape), ` +
      `fastest of ${repeat}, load ${load.toFixed(2)}`,
  );
  console.log(`  FTS5 bm25, every match    ${spread(times.fts5)}`);
  console.log(
    `  fts-topk, pruned          ${spread(times.pruned)}  (${(percentile(times.pruned, 0.95) / percentile(times.fts5, 0.95)).toFixed(2)}× FTS5 at p95)`,
  );
  console.log(`  fts-topk, every match     ${spread(times.every)}`);
  for (const [kind, values] of byKind) console.log(`    pruned, ${kind.padEnd(10)} ${spread(values)}`);
  console.log(
    `  postings of ${built.postings.size} terms, ${built.postingCount} postings, built in ${(buildMs / 1000).toFixed(1)} s ` +
      `(${((buildMs * 1000) / built.rows).toFixed(0)} µs per article)`,
  );
  const { segments } = built;
  console.log(
    `  text segments (title, body, outlet; ${segments.count} of up to 1,000 articles): ${(segments.bytes / built.rows).toFixed(0)} bytes ` +
      `per article; processor time per article ${(segments.countingMicros / built.rows).toFixed(0)} µs counting its terms, ` +
      `${(segments.writingMicros / built.rows).toFixed(0)} µs gathering and encoding the segment, against ` +
      `${(segments.fts5Micros / built.rows).toFixed(0)} µs for FTS5's insert of the article (what indexing costs now)`,
  );
  console.log(`  same rows and ranks as FTS5 on ${ranked - differing.length} of ${ranked} queries`);
  if (differing.length) {
    console.error(`differs from FTS5 on: ${differing.slice(0, 10).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`search-pruning bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
