// The sample corpus as a researcher meets it: five real articles, clutter
// removed, one name spelled three ways.
import { describe, expect, it } from 'vitest';
import { middlePhrase, seedArticles } from '../test/seed-corpus.js';
import { ArticleIndex } from './article-index.js';
import { makeSnippet } from './snippet.js';
import { normalizeTerm } from './tokenize.js';

const seeds = seedArticles();
const index = new ArticleIndex();
for (const seed of seeds) index.add(seed.document);
const files = (query: string) =>
  index
    .search(query)
    .map((h) => h.id)
    .sort();
const allFiles = seeds.map((s) => s.file).sort();

describe('search over the seed articles', () => {
  it('indexes all five', () => {
    expect(index.size).toBe(5);
  });

  it('finds all five for Zelensky, though they spell him Zelensky, Zelenskyi and Zleneksy', () => {
    expect(files('Zelensky')).toEqual(allFiles);
    const spellings = new Set(index.search('Zelensky').flatMap((h) => h.terms));
    expect(spellings).toEqual(new Set(['zelensky', 'zelenskys', 'zelenskyi', 'zleneksy']));
  });

  it.each(['Van Damme', 'KAZKA', 'Remind me later', 'spot_img', 'Oleksandra Zaritska', 'Prosecutor Filchakov'])(
    'finds nothing for %s, which only the removed clutter contains',
    (query) => {
      expect(index.search(query)).toEqual([]);
    },
  );

  const phrases = seeds.flatMap((seed) =>
    seed.mustKeep.flatMap((line) => {
      const phrase = middlePhrase(line);
      return phrase ? [{ file: seed.file, phrase }] : [];
    }),
  );

  it('has body lines to check', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(phrases)('finds $file in the top 5 for “$phrase”', ({ file, phrase }) => {
    const top = index
      .search(phrase)
      .slice(0, 5)
      .map((h) => h.id);
    expect(top).toContain(file);
  });

  it('completes a prefix: Zelen finds every article spelling the name with that start', () => {
    const withPrefix = seeds.filter((s) => /\bZelen/u.test(s.document.body)).map((s) => s.file);
    expect(files('Zelen')).toEqual(withPrefix.sort());
    expect(withPrefix.length).toBe(4);
  });

  it('forgives misspellings: Kremlinn finds the Kremlin, negotations the negotiations', () => {
    const containing = (word: RegExp) =>
      seeds
        .filter((s) => word.test(s.document.body))
        .map((s) => s.file)
        .sort();
    expect(files('Kremlinn')).toEqual(containing(/\bKremlin\b/u));
    expect(files('negotations')).toEqual(containing(/\bnegotiations\b/u));
    expect(files('Kremlinn').length).toBeGreaterThan(0);
  });

  it('ranks the three re-reports of the Qatar story first for its key words', () => {
    const top3 = index
      .search('Qatar energy talks')
      .slice(0, 3)
      .map((h) => h.id)
      .sort();
    expect(top3).toEqual(['002_f2127c0ecd18b88d.txt', '003_2c4ccad2c704752d.txt', '004_807654db1d0bfc78.txt']);
  });

  it('excludes: Zelensky -Qatar leaves out the Qatar story', () => {
    const withoutQatar = seeds.filter((s) => !/Qatar/u.test(s.document.body)).map((s) => s.file);
    expect(files('Zelensky -Qatar')).toEqual(withoutQatar.sort());
  });

  it('snippets mark each spelling of the name in the hit’s own text', () => {
    for (const hit of index.search('Zelensky')) {
      const body = seeds.find((s) => s.file === hit.id)!.document.body;
      const snippet = makeSnippet(body, hit.terms);
      expect(snippet.marks.length).toBeGreaterThan(0);
      for (const [start, end] of snippet.marks) {
        expect(hit.terms).toContain(normalizeTerm(snippet.snippet.slice(start, end)));
      }
    }
  });
});
