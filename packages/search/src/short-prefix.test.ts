import { describe, expect, it } from 'vitest';
import { ArticleIndex } from './article-index.js';
import { parseQuery } from './query.js';
import { buildQueryTree } from './query-tree.js';
import {
  SHORT_PREFIX_ARTICLE_BUDGET,
  SHORT_PREFIX_COMPLETIONS,
  SHORT_PREFIX_FEW_ARTICLES,
  shortPrefixCompletions,
} from './short-prefix.js';
import { TermVocabulary } from './variants.js';

/** A vocabulary whose terms are counted in the given numbers of articles. */
const vocabularyOf = (counts: Record<string, number>) => {
  const vocabulary = new TermVocabulary();
  vocabulary.addCounts(Object.entries(counts));
  return vocabulary;
};

describe('shortPrefixCompletions', () => {
  it('searches a letter as its commonest completion, and the next ones while their articles stay within the budget', () => {
    // energy and escalation are 14347 articles ≤ 1.5 × 9841; ending would bring the sum to 18851.
    const e = vocabularyOf({ energy: 9841, escalation: 4506, ending: 4504, each: 4362 });
    expect(shortPrefixCompletions(e, 'e')).toEqual(['energy', 'escalation']);
    // 6202 + 1848 = 8050 ≤ 9303; adding quotes makes 9884 > 9303.
    const q = vocabularyOf({ qatar: 6202, quick: 1848, quotes: 1834 });
    expect(SHORT_PREFIX_ARTICLE_BUDGET * 6202).toBe(9303);
    expect(shortPrefixCompletions(q, 'q')).toEqual(['qatar', 'quick']);
  });

  it('takes every completion of rare words, up to the most for the prefix length', () => {
    const counts = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${String.fromCharCode(97 + i)}x`, 10]));
    const vocabulary = vocabularyOf({ ...counts, kazka: 40, kaiser: 30, kalmar: 20 });
    expect(shortPrefixCompletions(vocabulary, 'k')).toHaveLength(SHORT_PREFIX_COMPLETIONS[1]!);
    expect(shortPrefixCompletions(vocabulary, 'ka')).toEqual(['kazka', 'kaiser', 'kalmar', 'kax']);
    // Past the few articles that cost nothing, the budget holds again: 950 + 900 > max(1.5 × 950, 1000).
    expect(shortPrefixCompletions(vocabularyOf({ kyiv: 950, kursk: 900 }), 'k')).toEqual(['kyiv']);
    expect(SHORT_PREFIX_FEW_ARTICLES).toBe(1000);
  });

  it('always keeps the commonest completion, and finds nothing for a prefix no word begins', () => {
    const vocabulary = vocabularyOf({ report: 10000, russia: 9765 });
    expect(shortPrefixCompletions(vocabulary, 'r')).toEqual(['report']);
    expect(shortPrefixCompletions(vocabulary, 'x')).toEqual([]);
  });

  it('leaves a prefix of three letters or more alone', () => {
    const vocabulary = vocabularyOf({ energy: 9841, enemy: 10 });
    expect(shortPrefixCompletions(vocabulary, 'ene')).toBeUndefined();
    expect(shortPrefixCompletions(vocabulary, 'energ')).toBeUndefined();
  });
});

describe('a word being typed, in the query tree', () => {
  // e-words in 3, 2 and 1 articles: one letter stands for the six commonest (ties by spelling), so not elk.
  const index = new ArticleIndex();
  const texts = ['energy', 'energy', 'energy', 'ending', 'ending', 'eagle', 'east', 'echo', 'edge', 'elk', 'enemy'];
  texts.forEach((text, i) =>
    index.add({ id: `a${String(i).padStart(2, '0')}`, title: `${text} report`, body: text, notes: '', tags: [] }),
  );
  const ids = (query: string) =>
    index
      .search(query, { limit: 100 })
      .map((hit) => hit.id)
      .sort();

  it('searches one letter as its commonest completions only', () => {
    expect(ids('e')).toEqual(['a00', 'a01', 'a02', 'a03', 'a04', 'a05', 'a06', 'a07', 'a08']);
  });

  it('finds every word a prefix of three letters or more begins, as before', () => {
    expect(ids('ene')).toEqual(['a00', 'a01', 'a02', 'a10']);
    expect(ids('elk')).toEqual(['a09']);
    expect(ids('edg')).toEqual(['a08']);
  });

  it('keeps prefix search and spelling variants for three letters or more in the tree', () => {
    const tree = (text: string) =>
      buildQueryTree(parseQuery(text), vocabularyOf({ zeal: 9000, zelensky: 5000, zelenskyy: 3000 }), false).query;
    expect(tree('zel')).toEqual({
      combineWith: 'AND',
      queries: [
        {
          combineWith: 'OR',
          queries: [{ combineWith: 'AND', queries: [{ queries: ['zel'], prefix: true, fuzzy: false }] }],
        },
      ],
    });
    expect(JSON.stringify(tree('zelensky'))).toContain('"zelenskyy"');
    expect(JSON.stringify(tree('ze'))).toBe(
      JSON.stringify({
        combineWith: 'AND',
        queries: [
          {
            combineWith: 'OR',
            queries: [
              {
                combineWith: 'AND',
                queries: [{ queries: ['ze', 'zeal'], combineWith: 'OR', prefix: false, fuzzy: false }],
              },
            ],
          },
        ],
      }),
    );
  });
});
