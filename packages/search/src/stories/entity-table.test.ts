// The story index's names as integer ids give what the plain definitions give:
// frequencies that count each article once and forget a removed one, and each
// article's name norm equal, to the last bit, to the one weighed from its map.
import { describe, expect, it } from 'vitest';
import { EntityTable } from './entity-table.js';
import { storyFeatures } from './features.js';
import { entityWeights } from './similarity.js';

const articles = [
  { text: 'Beirut port blast', names: { beirut: 3, lebanon: 1, 'michel aoun': 2 } },
  { text: 'Beirut officials', names: { beirut: 1, 'hassan diab': 4 } },
  { text: 'Paris fire', names: { paris: 2, 'notre dame': 5, 'emmanuel macron': 1 } },
  { text: 'Nantes fire', names: { nantes: 1, 'notre dame': 1 } },
].map(({ text, names }) =>
  storyFeatures({ text, entities: Object.entries(names).map(([key, count]) => ({ key, name: key, count })) }),
);

describe('the entity table', () => {
  it('counts each article once in the frequencies, and forgets it when removed', () => {
    const table = new EntityTable();
    const ids = articles.map((f) => table.add(f));
    expect(table.frequency('beirut')).toBe(2);
    expect(table.frequency('notre dame')).toBe(2);
    expect(table.frequency('kyiv')).toBe(0);
    table.remove(ids[0]!);
    expect(table.frequency('beirut')).toBe(1);
    expect(table.frequency('michel aoun')).toBe(0);
  });

  it("gives each article's name norm exactly as weighed from its names, at any collection size", () => {
    const table = new EntityTable();
    const ids = articles.map((f) => table.add(f));
    for (const count of [articles.length, 40, 1000]) {
      const df = { count, termFrequency: () => 0, entityFrequency: (key: string) => table.frequency(key) };
      articles.forEach((features, i) => {
        expect(table.norm2(ids[i]!, count)).toBe(entityWeights(features, df).norm2);
      });
    }
    // Salience counts: a name named five times weighs more than one named once.
    expect(table.norm2(ids[2]!, 40)).toBeGreaterThan(table.norm2(ids[3]!, 40));
  });
});
