// Two reports of two rounds of talks in one city both introduce the mediator with the same title. The seven
// words of "Ingrid Halvorsen, head of the Nordic mission," are the only run of words they share: a copied
// name and title, which every report of the series writes, not a copied sentence of one report.
import { describe, expect, it } from 'vitest';
import { sharedShingles, storyFeatures } from './features.js';
import { COPIED_SENTENCE, compareArticles, SINGLE_RUN, type DocumentFrequencies } from './similarity.js';

const frequencies: DocumentFrequencies = { count: 30, termFrequency: () => 3, entityFrequency: () => 3 };
const report = (text: string) => storyFeatures({ text, language: 'eng' });

const firstRound = report(
  'The first round of talks in Tallinn ended after four hours. ' +
    'Ingrid Halvorsen, head of the Nordic mission, said both sides agreed to free 300 detainees.',
);
// The third round, weeks later: the same mediator under the same title, nothing else copied.
const thirdRound = report(
  'Negotiators met again in Tallinn and left without a truce. ' +
    'Ingrid Halvorsen, head of the Nordic mission, told reporters that the next meeting was not yet set.',
);
// A re-report of the first round copying a whole sentence of it.
const copy = report(
  'Talks in Tallinn closed in the evening. ' +
    'Ingrid Halvorsen, head of the Nordic mission, said both sides agreed to free 300 detainees.',
);

describe('a sentence that shares one run of seven words only', () => {
  it('is told apart from a sentence copied at length', () => {
    expect(sharedShingles(firstRound.shingles, thirdRound.shingles)).toMatchObject({ sentences: [1], singleRuns: 1 });
    expect(sharedShingles(firstRound.shingles, copy.shingles)).toMatchObject({ sentences: [1], singleRuns: 0 });
  });

  it('still shows as shared, and counts half a copied sentence', () => {
    // The same two reports with no words in common runs: what the run adds is what is left.
    const noRuns = { hashes: new Uint32Array(0), sentences: new Uint32Array(0) };
    const titled = compareArticles(firstRound, thirdRound, frequencies);
    const untitled = compareArticles(firstRound, { ...thirdRound, shingles: noRuns }, frequencies);
    expect(titled.sharedSentences).toEqual([firstRound.sentences[1]]);
    expect(titled.score - untitled.score).toBeCloseTo(SINGLE_RUN, 6);
    expect(SINGLE_RUN).toBeLessThan(COPIED_SENTENCE);
  });
});
