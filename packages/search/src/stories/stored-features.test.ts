// Story features saved as plain JSON and read back: what a new process restores
// instead of reading the article again. The saved form is kept small: a name
// stands alone when the entity's key is its own normal form, and counts follow
// the entities' order.
import { describe, expect, it } from 'vitest';
import { storyFeatures } from './features.js';
import { readStoredFeatures, storeFeatures } from './stored-features.js';

const report = storyFeatures({
  text:
    'Ukrainian President Volodymyr Zelensky met Prime Minister Keir Starmer in London on March 10. ' +
    'Zelenskyy said 2,750 tonnes of aid had reached Kharkiv. Olena Zelenska opened a school in Kyiv.',
  entities: [
    { key: 'volodymyr zelensky', name: 'Volodymyr Zelensky', count: 1 },
    { key: 'keir starmer', name: 'Keir Starmer', count: 1 },
    { key: 'london', name: 'London', count: 1 },
    { key: 'volodymyr zelensky', name: 'Zelenskyy', count: 2 },
    { key: 'olena zelenska', name: 'Olena Zelenska', count: 1 },
    { key: 'kyiv', name: 'Kyiv', count: 1 },
  ],
  language: 'eng',
});

describe('stored story features', () => {
  it('read back, are the features that were stored', () => {
    const restored = readStoredFeatures(JSON.parse(JSON.stringify(storeFeatures(report))));
    expect(restored).toEqual(report);
  });

  it('save a name alone when the key is its normal form, and counts in the order of the names', () => {
    const stored = storeFeatures(report);
    expect(stored.entities).toEqual(['Volodymyr Zelensky', 'Keir Starmer', 'London', 'Olena Zelenska', 'Kyiv']);
    expect(stored.entityCounts).toEqual([2, 1, 1, 1, 1]);
  });

  it('keep the key beside a name written another way than the first name seen', () => {
    const other = storyFeatures({
      text: 'Zelenskyy spoke in Kyiv.',
      entities: [
        { key: 'volodymyr zelensky', name: 'Zelenskyy', count: 1 },
        { key: 'kyiv', name: 'Kyiv', count: 1 },
      ],
    });
    const stored = storeFeatures(other);
    expect(stored.entities).toEqual([['volodymyr zelensky', 'Zelenskyy'], 'Kyiv']);
    expect(readStoredFeatures(JSON.parse(JSON.stringify(stored)))?.entities).toEqual(other.entities);
  });

  it('refuse counts that do not match the names, rather than pair them wrongly', () => {
    const stored = { ...storeFeatures(report), entityCounts: [1, 2] };
    expect(readStoredFeatures(stored)).toBeUndefined();
    expect(readStoredFeatures({ ...stored, entities: [['kyiv', 7]] })).toBeUndefined();
  });
});
