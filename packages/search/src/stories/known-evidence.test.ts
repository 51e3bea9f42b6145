// What a caller that compares one article with many hands to compareArticles
// to spare work per pair (the story index does this for every article added):
// the first article's name weights, worked out once, and a score below which
// no reasons are gathered. Neither may change a score.
import { describe, expect, it } from 'vitest';
import { storyFeatures } from './features.js';
import { compareArticles, entityWeights, type DocumentFrequencies } from './similarity.js';

const frequencies: DocumentFrequencies = {
  count: 40,
  termFrequency: (term) => (term === 'strike' ? 30 : 2),
  entityFrequency: (key) => (key === 'ukraine' ? 35 : 3),
  figureFrequency: () => 2,
};

const entities = (names: string[]) => names.map((name) => ({ key: name.toLowerCase(), name, count: 2 }));

const report = storyFeatures({
  text: 'A drone strike hit the Kharkiv power plant on March 10, cutting power to 200,000 homes. "We will rebuild every line before the winter," said Ihor Terekhov.',
  entities: entities(['Ukraine', 'Kharkiv', 'Ihor Terekhov']),
});
const rereport = storyFeatures({
  text: 'Kharkiv lost power to 200,000 homes after a strike on March 10. "We will rebuild every line before the winter," said Ihor Terekhov, the mayor.',
  entities: entities(['Kharkiv', 'Ihor Terekhov', 'Ukraine', 'Russia']),
});
const unrelated = storyFeatures({
  text: 'The harvest in Poltava was the largest in a decade, farmers said on Tuesday.',
  entities: entities(['Poltava', 'Ukraine']),
});

describe('compareArticles with what the caller knows', () => {
  it('scores a pair exactly as without it when given the first article’s name weights', () => {
    for (const other of [rereport, unrelated]) {
      const plain = compareArticles(report, other, frequencies);
      const known = compareArticles(report, other, frequencies, {
        cosine: plain.cosine,
        entitiesA: entityWeights(report, frequencies),
      });
      expect(known).toEqual(plain);
    }
    expect(compareArticles(report, rereport, frequencies).sharedEntities).toEqual(
      expect.arrayContaining(['Ihor Terekhov', 'Kharkiv']),
    );
  });

  it('gathers no shared names or sentences for a pair below `reasonsFrom`, and keeps them above it', () => {
    const plain = compareArticles(report, unrelated, frequencies);
    expect(plain.sharedEntities.length).toBeGreaterThan(0);
    const below = compareArticles(report, unrelated, frequencies, { cosine: plain.cosine, reasonsFrom: 0.99 });
    expect(below.score).toBe(plain.score);
    expect(below.sharedEntities).toEqual([]);

    const near = compareArticles(report, rereport, frequencies);
    expect(near.sharedSentences.length).toBeGreaterThan(0);
    expect(compareArticles(report, rereport, frequencies, { cosine: near.cosine, reasonsFrom: near.score })).toEqual(
      near,
    );
  });
});
