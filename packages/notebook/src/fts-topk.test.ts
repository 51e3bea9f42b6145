import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { WINDOW, exhaustiveTopK, topK, unionOf, type PhrasePostings, type RankedCorpus } from './fts-topk.js';
import { seededRandom } from '../test/seeded-random.js';

const random = seededRandom;

interface Corpus extends RankedCorpus {
  lengths: Uint32Array;
}

function corpusOf(rows: number, next: () => number, sameLength = false): Corpus {
  const lengths = Uint32Array.from({ length: rows }, () => (sameLength ? 500 : 50 + Math.floor(next() * 900)));
  return { rows, tokens: lengths.reduce((sum, n) => sum + n, 0), lengths };
}

/** A phrase held by about `share` of the articles, with counts of 1 to `most` (whole counts only when `flat`). */
function phraseOf(corpus: Corpus, share: number, next: () => number, most = 6): PhrasePostings {
  const rows: number[] = [];
  const counts: number[] = [];
  for (let row = 0; row < corpus.rows; row++) {
    if (next() >= share) continue;
    rows.push(row);
    counts.push(2 * (1 + Math.floor(next() ** 3 * most)) + (next() < 0.2 ? 1 : 0));
  }
  const hits = rows.length + Math.floor(next() * 3);
  return { rows: Uint32Array.from(rows), doubledCounts: Uint32Array.from(counts), hits };
}

describe('topK', () => {
  it('finds the same articles with the same ranks as scoring every match, for words common and rare, ANDs and ORs', () => {
    const next = random(7);
    for (let round = 0; round < 60; round++) {
      const corpus = corpusOf(200 + Math.floor(next() * 3000), next);
      const clauses: number[][] = [];
      const phrases: PhrasePostings[] = [];
      for (let c = 0, n = 1 + Math.floor(next() * 3); c < n; c++) {
        const clause: number[] = [];
        for (let p = 0, m = 1 + Math.floor(next() * 4); p < m; p++) {
          clause.push(phrases.length);
          phrases.push(phraseOf(corpus, [0.9, 0.4, 0.05, 0.003][Math.floor(next() * 4)]!, next));
        }
        clauses.push(clause);
      }
      for (const k of [1, 7, 20, 40]) {
        const query = { phrases, clauses };
        expect(topK(query, corpus, k)).toEqual(exhaustiveTopK(query, corpus, k));
      }
    }
  });

  it('passes over windows that cannot hold the answer without losing an article of it, over many windows', () => {
    const next = random(23);
    const corpus = corpusOf(200 * WINDOW, next);
    // A common word; a name in four spellings, most articles holding one; and a rare word to AND with either.
    const common = phraseOf(corpus, 0.7, next);
    const spellings = [0.15, 0.15, 0.1, 0.02].map((share) => phraseOf(corpus, share, next, 3));
    const rare = phraseOf(corpus, 0.01, next);
    const queries = [
      { phrases: [common], clauses: [[0]] },
      { phrases: spellings, clauses: [[0, 1, 2, 3]] },
      { phrases: [...spellings, common], clauses: [[0, 1, 2, 3], [4]] },
      { phrases: [rare, ...spellings], clauses: [[0], [1, 2, 3, 4]] },
    ];
    for (const query of queries)
      for (const k of [1, 20, 50]) expect(topK(query, corpus, k)).toEqual(exhaustiveTopK(query, corpus, k));
  });

  it('keeps every article tied with the k-th, so that ties can be broken by id afterwards', () => {
    const next = random(11);
    const corpus = corpusOf(2000, next, true);
    const flat = {
      rows: Uint32Array.from({ length: 1500 }, (_, i) => i),
      doubledCounts: new Uint32Array(1500).fill(2),
      hits: 1500,
    };
    const found = topK({ phrases: [flat], clauses: [[0]] }, corpus, 20);
    expect(found).toHaveLength(1500);
    expect(new Set(found.map((r) => r.rank)).size).toBe(1);
  });

  it('narrows to the allowed articles', () => {
    const next = random(13);
    const corpus = corpusOf(3000, next);
    const query = { phrases: [phraseOf(corpus, 0.6, next)], clauses: [[0]], allowed: (row: number) => row % 3 === 0 };
    const found = topK(query, corpus, 20);
    expect(found.length).toBeGreaterThanOrEqual(20);
    expect(found.every((r) => r.row % 3 === 0)).toBe(true);
    expect(found).toEqual(exhaustiveTopK(query, corpus, 20));
  });

  it('answers nothing when a clause has no postings, and for an empty corpus', () => {
    const next = random(17);
    const corpus = corpusOf(500, next);
    const common = phraseOf(corpus, 0.5, next);
    const none = { rows: new Uint32Array(0), doubledCounts: new Uint32Array(0), hits: 0 };
    expect(topK({ phrases: [common, none], clauses: [[0], [1]] }, corpus, 20)).toEqual([]);
    expect(topK({ phrases: [common], clauses: [[0]] }, { rows: 0, tokens: 0, lengths: [] }, 20)).toEqual([]);
  });

  it('gives the very ranks FTS5 gives, read from FTS5 itself', () => {
    const db = new DatabaseSync(':memory:');
    db.exec(`CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'ascii')`);
    const next = random(19);
    const words = ['kyiv', 'talks', 'energy', 'said', 'grid', 'port', 'grain', 'envoy'];
    const texts: { title: string[]; body: string[] }[] = [];
    const insert = db.prepare('INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)');
    for (let row = 1; row <= 3 * WINDOW; row++) {
      const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() ** 2 * words.length)]!);
      const text = { title: pick(1 + Math.floor(next() * 5)), body: pick(5 + Math.floor(next() * 60)) };
      texts[row] = text;
      insert.run(row, text.title.join(' '), text.body.join(' '));
    }
    const lengths = new Uint32Array(texts.length);
    texts.forEach((t, row) => (lengths[row] = t.title.length + t.body.length));
    const ln = (value: number) => (db.prepare('SELECT ln(?) AS v').get(value) as { v: number }).v;
    const corpus = { rows: 3 * WINDOW, tokens: lengths.reduce((s, n) => s + n, 0), lengths, ln };
    const postingsOf = (word: string) => {
      const rows: number[] = [];
      const counts: number[] = [];
      texts.forEach((t, row) => {
        // Title weighed 2, body 1: doubled, 4 and 2.
        const count = 4 * t.title.filter((w) => w === word).length + 2 * t.body.filter((w) => w === word).length;
        if (!count) return;
        rows.push(row);
        counts.push(count);
      });
      return { rows: Uint32Array.from(rows), doubledCounts: Uint32Array.from(counts), hits: rows.length };
    };
    const prefixOf = (prefix: string) => unionOf(words.filter((w) => w.startsWith(prefix)).map(postingsOf));
    const cases: [string, PhrasePostings[], number[][]][] = [
      ['"said"', [postingsOf('said')], [[0]]],
      ['("grid" OR "port") AND "envoy"', ['grid', 'port', 'envoy'].map(postingsOf), [[0, 1], [2]]],
      ['"kyiv" AND "talks" AND "grain"', ['kyiv', 'talks', 'grain'].map(postingsOf), [[0], [1], [2]]],
      // A prefix is one phrase: "gr"* counts grid and grain together.
      ['"gr"* AND "envoy"', [prefixOf('gr'), postingsOf('envoy')], [[0], [1]]],
    ];
    for (const [match, phrases, clauses] of cases) {
      const fts5 = db
        .prepare(
          `SELECT rowid AS row, bm25(docs, 2, 1) AS rank FROM docs WHERE docs MATCH ? ORDER BY rank, rowid LIMIT 20`,
        )
        .all(match) as { row: number; rank: number }[];
      expect(fts5).toHaveLength(20);
      expect(topK({ phrases, clauses }, corpus, 20).slice(0, 20)).toEqual(
        fts5.map((r) => ({ row: r.row, rank: r.rank })),
      );
    }
    db.close();
  });
});
