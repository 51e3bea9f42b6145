import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STOP_WORDS, TermVocabulary, buildQueryTree, parseQuery } from '@dossier/search';
import { brownSentences } from '../test/real-text.js';
import { FtsArticleIndex } from './fts-article-index.js';
import { toMatchExpression } from './fts-match.js';
import { clausesOfTree, phrasesOfLeaves, postingsFromContent, type ContentPostings } from './fts-ranked-query.js';
import { WEIGHTS } from './fts-schema.js';
import { loadSavedVocabulary } from './saved-vocabulary.js';
import { topK } from './fts-topk.js';
import { seededRandom } from '../test/seeded-random.js';

describe('clausesOfTree', () => {
  it('numbers the leaves of an AND of ORs in the order they are written', () => {
    const tree = {
      combineWith: 'AND' as const,
      queries: [
        { queries: [{ queries: ['zelensky'], prefix: true }, { queries: ['zelenskyi'] }] },
        { queries: ['talks'] },
      ],
    };
    expect(clausesOfTree(tree, 3)).toEqual([[0, 1], [2]]);
    expect(clausesOfTree({ combineWith: 'AND', queries: [{ combineWith: 'AND', queries: ['a', 'b'] }] }, 2)).toEqual([
      [0],
      [1],
    ]);
  });

  it('leaves an AND inside an OR, and a NOT, to FTS5', () => {
    expect(clausesOfTree({ combineWith: 'OR', queries: [{ combineWith: 'AND', queries: ['a', 'b'] }, 'c'] }, 3)).toBe(
      null,
    );
    expect(clausesOfTree({ combineWith: 'AND_NOT', queries: ['a', 'b'] }, 1)).toBe(null);
  });
});

const random = seededRandom;

const NAMES = ['Zelensky', 'Zelenskyi', 'Zleneksy', 'Zelenskyy'];
const OUTLETS = ['Wire Daily', 'The Ledger', 'Harbour Post'];

describe('the pruned ranking over real text', () => {
  let dir: string;
  let db: DatabaseSync;
  let vocabulary: TermVocabulary;
  let postings: ContentPostings;
  const bodies: string[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-ranked-'));
    const sentences = brownSentences();
    const next = random(5);
    const index = FtsArticleIndex.open(join(dir, 'search.sqlite'));
    index.batch(() => {
      for (let i = 0, at = 0; i < 1200 && at + 30 < sentences.length; i++, at += 30) {
        const lines = sentences.slice(at, at + 30);
        if (i % 5 === 0) lines.splice(3, 0, `${NAMES[i % 4]} said the talks went on.`);
        bodies.push(lines.join(' '));
        index.add({
          id: `a${String(i).padStart(5, '0')}`,
          title: lines[0]!.split(' ').slice(0, 8).join(' '),
          body: bodies[i]!,
          // Notes and tags are columns bm25 weighs too: some articles hold query words there.
          notes: i % 4 === 0 ? sentences[Math.floor(next() * sentences.length)]! : '',
          tags: [['energy', 'politics', 'said'][i % 3]!, ...(i % 7 === 0 ? ['energy/refineries'] : [])],
          outlet: OUTLETS[i % 3],
        });
      }
    });
    index.markCurrent('ranked-query-spec');
    index.close();
    db = new DatabaseSync(join(dir, 'search.sqlite'), { readOnly: true });
    vocabulary = new TermVocabulary();
    vocabulary.addCounts(loadSavedVocabulary(db, 'ranked-query-spec')!.entries);
    postings = postingsFromContent(db);
  }, 60_000);

  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Queries as the benchmark draws them: a word, two words, a word being typed, two letters swapped, a name. */
  function queries(count: number): string[] {
    const next = random(9);
    const found: string[] = [];
    while (found.length < count) {
      const words = (bodies[Math.floor(next() * bodies.length)]!.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter(
        (w) => !STOP_WORDS.has(w),
      );
      const at = Math.floor(next() * (words.length - 1));
      const [first, second] = [words[at]!, words[at + 1]!];
      const kind = Math.floor(next() * 5);
      if (kind === 0) found.push(first);
      else if (kind === 1) found.push(`${first} ${second}`);
      else if (kind === 2 && second.length >= 5) found.push(`${first} ${second.slice(0, 3 + Math.floor(next() * 3))}`);
      else if (kind === 3 && first.length >= 7) found.push(first.slice(0, 2) + first[3] + first[2] + first.slice(4));
      else if (kind === 4) found.push(next() < 0.5 ? NAMES[found.length % 4]! : `${NAMES[found.length % 4]} ${first}`);
    }
    return found;
  }

  it('gives FTS5’s very rows and ranks for the benchmark’s kinds of query, notes and tags included', () => {
    const lnStatement = db.prepare('SELECT ln(?) AS value');
    const corpus = {
      rows: postings.rows,
      tokens: postings.tokens,
      lengths: postings.lengths,
      ln: (value: number) => (lnStatement.get(value) as { value: number }).value,
    };
    const fts5 = db.prepare(
      `SELECT rowid AS row, bm25(docs, ${WEIGHTS.join(', ')}) AS rank FROM docs WHERE docs MATCH ? ORDER BY rank, rowid LIMIT 40`,
    );
    const soleCompletion = (prefix: string) => {
      const completions = vocabulary.commonCompletions(prefix, 2);
      return completions.length === 1 ? completions[0] : undefined;
    };
    let compared = 0;
    for (const text of queries(200)) {
      const { query: tree } = buildQueryTree(parseQuery(text), vocabulary, false);
      if (tree === null) throw new Error(`no query planned for ${text}`);
      const match = toMatchExpression(tree, soleCompletion);
      const clauses = clausesOfTree(tree, match.leaves.length);
      expect(clauses, text).not.toBeNull();
      const expected = fts5.all(match.wanted!) as { row: number; rank: number }[];
      const phrases = phrasesOfLeaves(match.leaves, postings, soleCompletion);
      const ranked = topK({ phrases, clauses: clauses! }, corpus, 40).slice(0, 40);
      expect(ranked, text).toEqual(expected.map((r) => ({ row: r.row, rank: r.rank })));
      if (expected.length) compared++;
    }
    // Most queries find articles: the comparison is not of empty answers.
    expect(compared).toBeGreaterThan(150);
  });
});
