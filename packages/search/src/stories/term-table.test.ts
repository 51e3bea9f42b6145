// The story index's fast paths give what the plain definitions give: TF-IDF
// cosine over integer term ids, shingles merged from sorted arrays, and the
// most distinctive terms picked without sorting them all.
import { describe, expect, it } from 'vitest';
import { hashString, sharedShingles, storyFeatures, SHINGLE_WORDS } from './features.js';
import { cosine, idf, termWeights } from './similarity.js';
import { TermTable, topTerms, vectorCosine } from './term-table.js';
import { cognateCounts, cognateKey } from './cognates.js';

const texts = [
  'The port of Beirut was shaken by an explosion on August 4. Officials said 2,750 tonnes of ammonium nitrate had been stored there for years.',
  'An explosion tore through the port of Beirut on August 4, killing at least 137 people; 2,750 tonnes of ammonium nitrate were stored in a warehouse.',
  'Fire broke out in the roof of Notre-Dame cathedral in Paris on April 15, and the spire collapsed as crowds watched from the banks of the Seine.',
  'A cathedral fire in Nantes on July 18 destroyed the great organ; a volunteer was later charged with arson.',
];

describe('term vectors over integer ids', () => {
  it('give the same cosine as TF-IDF weights over term maps, pair by pair', () => {
    const table = new TermTable();
    const features = texts.map((text) => storyFeatures({ text }));
    const terms = features.map((f) => table.add(f.terms));
    const df = { count: texts.length, termFrequency: (t: string) => table.frequency(t), entityFrequency: () => 0 };
    const vectors = terms.map((t) => table.weigh(t, texts.length));
    for (let i = 0; i < texts.length; i++) {
      for (let j = 0; j < texts.length; j++) {
        const plain = cosine(termWeights(features[i]!, df), termWeights(features[j]!, df));
        expect(vectorCosine(terms[i]!, vectors[i]!, terms[j]!, vectors[j]!)).toBeCloseTo(plain, 12);
      }
    }
    expect(vectorCosine(terms[0]!, vectors[0]!, terms[1]!, vectors[1]!)).toBeGreaterThan(
      vectorCosine(terms[0]!, vectors[0]!, terms[2]!, vectors[2]!),
    );
  });

  it('count each article once in the frequencies, and forget it when removed', () => {
    const table = new TermTable();
    const a = table.add(storyFeatures({ text: texts[0]! }).terms);
    table.add(storyFeatures({ text: texts[1]! }).terms);
    expect(table.frequency('beirut')).toBe(2);
    expect(table.frequency('cathedral')).toBe(0);
    table.remove(a);
    expect(table.frequency('beirut')).toBe(1);
  });

  it('give the cognate counts of the terms, in their order, as counted from the words themselves', () => {
    const table = new TermTable();
    const cathedral =
      'La cathédrale Notre-Dame de Paris a brûlé; la catedral de Nantes aussi. Cathedral fire, cathedral again.';
    for (const text of [...texts, cathedral, ...texts]) {
      const { terms } = storyFeatures({ text });
      const cognates = new Map<string, number>();
      table.add(terms, cognates);
      expect([...cognates]).toEqual([...cognateCounts(terms)]);
    }
    const counted = new Map<string, number>();
    table.add(storyFeatures({ text: cathedral }).terms, counted);
    expect(counted.get(cognateKey('cathedral')!)).toBe(4);
    // Without a map to fill, the terms are counted all the same.
    table.add(storyFeatures({ text: texts[0]! }).terms);
    expect(table.frequency('beirut')).toBe(5);
  });
});

describe('shingles', () => {
  it('hash seven words as the joined text would hash', () => {
    const { shingles } = storyFeatures({ text: 'one two three four five six seven' });
    expect([...shingles.hashes]).toEqual([hashString('one two three four five six seven')]);
    expect(SHINGLE_WORDS).toBe(7);
  });

  it('are shared where a sentence is copied, and name the sentence of the first article', () => {
    const copied = 'The Kremlin dismissed the report as fake news that has nothing to do with reality.';
    const a = storyFeatures({ text: `Moscow reacted on Wednesday. It was cold. ${copied}` });
    const b = storyFeatures({ text: `${copied} Nothing else was said.` });
    const shared = sharedShingles(a.shingles, b.shingles);
    expect(shared.sentences).toEqual([2]);
    expect(shared.count).toBe(b.shingles.hashes.length);
    expect(sharedShingles(a.shingles, storyFeatures({ text: texts[2]! }).shingles).count).toBe(0);
  });
});

describe('distinctive terms', () => {
  it('are the highest weighted, the earlier first among equals, as a stable sort would give', () => {
    const terms = storyFeatures({ text: texts.join(' ') }).terms;
    const weight = (term: string, count: number) => (1 + Math.log(count)) * idf(term.length % 4, 10);
    const sorted = [...terms]
      .map(([term, count]) => [term, weight(term, count)] as const)
      .sort((x, y) => y[1] - x[1])
      .map(([term]) => term);
    for (const k of [1, 5, 20, 500]) expect(topTerms(terms, k, weight)).toEqual(sorted.slice(0, k));
  });
});
