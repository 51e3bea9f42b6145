import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STOP_WORDS, TermVocabulary, buildQueryTree, parseQuery } from '@dossier/search';
import { brownSentences } from '../test/real-text.js';
import { seededRandom } from '../test/seeded-random.js';
import { FtsArticleIndex } from './fts-article-index.js';
import { toMatchExpression } from './fts-match.js';
import { gatherPostings } from './fts-postings-build.js';
import { PostingsFile, writePostingsFile } from './fts-postings-file.js';
import { matchedInPostings, matchedInText } from './fts-hits.js';
import { fts5Totals, loadPostings, prunedRanking, removedRows } from './fts-pruned-search.js';
import { textsOfRows } from './fts-rows.js';
import { WEIGHTS } from './fts-schema.js';

const NAMES = ['Zelensky', 'Zelenskyi', 'Zleneksy'];

describe('the pruned ranking over the postings file, with articles added, removed and re-indexed since', () => {
  let dir: string;
  let indexPath: string;
  let filePath: string;
  const bodies: string[] = [];
  let sentences: string[];

  const doc = (i: number, notes = '') => ({
    id: `a${String(i).padStart(5, '0')}`,
    title: bodies[i]!.split(' ').slice(0, 7).join(' '),
    body: bodies[i]!,
    notes,
    tags: [['energy', 'politics', 'said'][i % 3]!],
    outlet: ['Wire Daily', 'The Ledger'][i % 2],
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-pruned-'));
    indexPath = join(dir, 'search.sqlite');
    filePath = join(dir, 'postings.dpf');
    sentences = brownSentences();
    for (let i = 0, at = 0; i < 700; i++, at += 19) {
      const lines = sentences.slice(at, at + 19);
      if (i % 4 === 0) lines.splice(2, 0, `${NAMES[i % 3]} said the talks went on.`);
      bodies.push(lines.join(' '));
    }
    const index = FtsArticleIndex.open(indexPath);
    index.batch(() => {
      for (let i = 0; i < 500; i++) index.add(doc(i, i % 5 === 0 ? sentences[9000 + i]! : ''));
    });
    index.markCurrent('before');
    index.close();
    const db = new DatabaseSync(indexPath);
    const { parts, covers } = await gatherPostings(db);
    await writePostingsFile(filePath, parts, { index: 'spec-index', covers });
    db.close();
    // Then the notebook moves on: new articles, removed ones, notes edited (a re-index: removed, then added anew).
    const later = FtsArticleIndex.open(indexPath);
    later.batch(() => {
      for (let i = 500; i < 700; i++) later.add(doc(i));
      for (let i = 0; i < 500; i += 9) later.remove(doc(i).id);
      for (let i = 4; i < 500; i += 13) if (i % 9) later.replace(doc(i, 'said the talks went on, energy notes'));
    });
    later.markCurrent('after');
    later.close();
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function queries(count: number): string[] {
    const next = seededRandom(21);
    const found: string[] = [];
    while (found.length < count) {
      const body = bodies[Math.floor(next() * bodies.length)]!.toLowerCase();
      const words = (body.match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w));
      if (words.length < 2) continue;
      const at = Math.floor(next() * (words.length - 1));
      const [first, second] = [words[at]!, words[at + 1]!];
      const pick = next();
      if (pick < 0.25) found.push(first);
      else if (pick < 0.5) found.push(`${first} ${second}`);
      else if (pick < 0.7) found.push(`${first} ${second.slice(0, 3)}`);
      else if (pick < 0.85 && first.length >= 6) found.push(first[1]! + first[0]! + first.slice(2));
      else found.push(`${NAMES[found.length % 3]} ${pick < 0.92 ? '' : first}`.trim());
    }
    return found;
  }

  it('gives FTS5’s very rows and ranks', () => {
    const db = new DatabaseSync(indexPath, { readOnly: true });
    const file = PostingsFile.open(filePath, 'spec-index');
    expect(file).not.toBeNull();
    const postings = loadPostings(file!);
    const live = new Set((db.prepare('SELECT rowid FROM meta').all() as { rowid: number }[]).map((r) => r.rowid));
    const removed = removedRows(postings, live);
    expect(removed.size).toBeGreaterThan(50);
    const vocabulary = new TermVocabulary();
    vocabulary.addCounts(
      (db.prepare('SELECT term, doc FROM vocab').all() as { term: string; doc: number }[]).map(
        (c) => [c.term, c.doc] as const,
      ),
    );
    const soleCompletion = (prefix: string) => {
      const completions = vocabulary.commonCompletions(prefix, 2);
      return completions.length === 1 ? completions[0] : undefined;
    };
    const fts5 = db.prepare(
      `SELECT rowid AS row, bm25(docs, ${WEIGHTS.join(', ')}) AS rank FROM docs WHERE docs MATCH ? ORDER BY rank, rowid LIMIT 30`,
    );
    let compared = 0;
    let heldCompared = 0;
    for (const text of queries(150)) {
      const { query: tree } = buildQueryTree(parseQuery(text), vocabulary, false);
      if (tree === null) continue;
      const match = toMatchExpression(tree, soleCompletion);
      const ranked = prunedRanking(db, postings, removed, tree, match, soleCompletion, 30);
      expect(ranked, text).not.toBeNull();
      const expected = fts5.all(match.wanted!) as { row: number; rank: number }[];
      expect(ranked!.ranked.slice(0, 30), text).toEqual(expected.map((r) => ({ row: r.row, rank: r.rank })));
      if (expected.some((r) => r.row > postings.file.stamp.covers)) compared++;
      // Which of the query's terms a row of the file holds, told by the terms' postings, is what its indexed text holds.
      const covered = ranked!.ranked.map((r) => r.row).filter((row) => row <= ranked!.covers);
      const texts = textsOfRows((sql) => db.prepare(sql), covered);
      for (const row of covered) {
        const held = matchedInPostings(row, match.leaves, ranked!.terms);
        // Each term with the leaf it counts for; the order they were found in is not part of the answer.
        const inText = matchedInText(texts.get(row)!, match.leaves);
        expect([...held].sort(), `${text} @${row}`).toEqual([...inText].sort());
        if (match.leaves.some((l) => l.prefix) && held.size > 1) heldCompared++;
      }
    }
    // The articles added since the file was written do rank among the answers: they are merged, not missed.
    expect(compared).toBeGreaterThan(40);
    expect(heldCompared).toBeGreaterThan(100);
    file!.close();
    db.close();
  });

  it('reads the article and token totals from FTS5’s own record', () => {
    const db = new DatabaseSync(indexPath, { readOnly: true });
    const { rows } = db.prepare('SELECT count(*) AS rows FROM meta').get() as { rows: number };
    const lengths = (db.prepare('SELECT sz FROM docs_docsize').all() as { sz: Uint8Array }[]).length;
    expect(fts5Totals(db).rows).toBe(rows);
    expect(lengths).toBe(rows);
    expect(fts5Totals(db).tokens).toBeGreaterThan(rows * 100);
    db.close();
  });
});

describe('a postings file that is not whole, or not of this index, is not used', () => {
  let dir: string;
  let path: string;
  let bytes: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-postings-file-'));
    const db = new DatabaseSync(join(dir, 'search.sqlite'));
    const index = FtsArticleIndex.open(join(dir, 'search.sqlite'));
    const text = brownSentences().slice(0, 400);
    index.batch(() => {
      for (let i = 0; i < 40; i++)
        index.add({
          id: `a${i}`,
          title: text[i]!,
          body: text.slice(i * 10, i * 10 + 10).join(' '),
          notes: '',
          tags: [],
        });
    });
    index.close();
    path = join(dir, 'postings.dpf');
    const { parts, covers } = await gatherPostings(db);
    await writePostingsFile(path, parts, { index: 'this-index', covers });
    db.close();
    bytes = readFileSync(path);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a whole file of this index and holds each term in as many articles as FTS5 does', () => {
    const file = PostingsFile.open(path, 'this-index');
    expect(file?.stamp.covers).toBe(40);
    const db = new DatabaseSync(join(dir, 'search.sqlite'), { readOnly: true });
    const vocab = db.prepare('SELECT term, doc FROM vocab').all() as { term: string; doc: number }[];
    db.close();
    expect(vocab.length).toBeGreaterThan(500);
    for (const { term, doc } of vocab) expect(file!.postingsOf(term)?.rows.length, term).toBe(doc);
    expect(file!.termsStartingWith('')).toEqual(vocab.map((v) => v.term).sort());
    expect(file!.postingsOf('nosuchtermanywhere')).toBeNull();
    file!.close();
  });

  it('refuses a file written from another index (stale: the index was rebuilt since)', () => {
    expect(PostingsFile.open(path, 'a-rebuilt-index')).toBeNull();
  });

  it('refuses a file cut off at any point, and one whose size fields were overwritten', () => {
    for (const cut of [0, 7, 28, Math.floor(bytes.length / 3), bytes.length - 9, bytes.length - 1]) {
      writeFileSync(path, bytes);
      truncateSync(path, cut);
      expect(PostingsFile.open(path, 'this-index'), `cut at ${cut}`).toBeNull();
    }
    const damaged = Buffer.from(bytes);
    damaged.writeUInt32LE(damaged.readUInt32LE(24) + 1, 24);
    writeFileSync(path, damaged);
    expect(PostingsFile.open(path, 'this-index')).toBeNull();
    writeFileSync(path, bytes);
    expect(PostingsFile.open(path, 'this-index')).not.toBeNull();
  });

  it('refuses a missing file', () => {
    expect(PostingsFile.open(join(dir, 'none.dpf'), 'this-index')).toBeNull();
  });
});
