import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anagramKey, editDistance, MAX_VARIANTS, maxEdits, skeletonKey, TermVocabulary } from './variants.js';

describe('editDistance (optimal string alignment)', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kremlin', 'kremlinn', 3)).toBe(1);
    expect(editDistance('negotations', 'negotiations', 3)).toBe(1);
    expect(editDistance('later', 'large', 3)).toBe(3);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('zelensky', 'zelenksy', 3)).toBe(1);
    expect(editDistance('zelensky', 'zleensky', 3)).toBe(1);
  });

  it('stops at limit + 1', () => {
    expect(editDistance('zelensky', 'kremlin', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b, 4)).toBe(editDistance(b, a, 4));
        expect(editDistance(a, b, 4) === 0).toBe(a === b);
      }),
    );
  });
});

describe('maxEdits', () => {
  it('allows none under 5 letters, one for 5–6, two from 7', () => {
    expect(['kyiv', 'later', 'remind', 'kremlin', 'zelensky'].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('anagramKey', () => {
  it('matches shuffled letters under the same first letter', () => {
    expect(anagramKey('zleneksy')).toBe(anagramKey('zelensky'));
    expect(anagramKey('silent')).not.toBe(anagramKey('listen'));
  });

  it('ignores words under six letters and numbers', () => {
    expect(anagramKey('later')).toBeUndefined();
    expect(anagramKey('202425')).toBeUndefined();
  });
});

describe('skeletonKey', () => {
  it('gives transliterations of one name the same key', () => {
    const keys = ['zelensky', 'zelenskyy', 'zelenskiy', 'zelenskyi', 'zelenskyj', 'zelenskii'].map(skeletonKey);
    expect(new Set(keys)).toEqual(new Set(['zlnsk']));
    expect(skeletonKey('kharkiv')).toBe(skeletonKey('harkiw'));
  });

  it('keeps the first letter, so names that differ there stay apart', () => {
    expect(skeletonKey('selensky')).not.toBe(skeletonKey('zelensky'));
  });

  it('needs three consonants after the first letter, so later and letter stay apart', () => {
    expect(skeletonKey('later')).toBeUndefined();
    expect(skeletonKey('letter')).toBeUndefined();
  });
});

describe('TermVocabulary', () => {
  const vocabularyOf = (...documents: string[][]) => {
    const vocabulary = new TermVocabulary();
    for (const terms of documents) vocabulary.add(terms);
    return vocabulary;
  };

  it('finds every spelling of a name that is indexed, and nothing unrelated', () => {
    const vocabulary = vocabularyOf(
      ['zelensky', 'kremlin'],
      ['zelenskyy', 'zelenskiy'],
      ['zelenskyi', 'zleneksy', 'selective', 'zealous'],
    );
    expect(vocabulary.variantsOf('zelensky').sort()).toEqual(['zelenskiy', 'zelenskyi', 'zelenskyy', 'zleneksy']);
    expect(vocabulary.variantsOf('zelenskyy').sort()).toEqual(['zelenskiy', 'zelensky', 'zelenskyi', 'zleneksy']);
  });

  it('finds misspellings within the allowed edits', () => {
    const vocabulary = vocabularyOf(['kremlin', 'negotiations', 'large', 'last']);
    expect(vocabulary.variantsOf('kremlinn')).toEqual(['kremlin']);
    expect(vocabulary.variantsOf('negotations')).toEqual(['negotiations']);
    expect(vocabulary.variantsOf('later')).toEqual([]);
  });

  it('takes a far commoner neighbour of a word the articles hold for another word, unless the word is a rare slip of it', () => {
    const times = (n: number, terms: string[]) => Array.from({ length: n }, () => terms);
    const vocabulary = vocabularyOf(
      ...times(2, ['notes', 'goverment']),
      ...times(10, ['noted']),
      ...times(200, ['government', 'zelensky']),
      ...times(3, ['zelenskyy', 'zelenksy']),
    );
    expect(vocabulary.variantsOf('notes')).toEqual([]);
    expect(vocabulary.variantsOf('noted')).toEqual(['notes']);
    expect(vocabulary.variantsOf('goverment')).toEqual(['government']);
    expect(vocabulary.variantsOf('zelensky')).toEqual(['zelenksy', 'zelenskyy']);
    // Sound-alike spellings count whatever their frequency: zelenskyy finds zelensky, 60 times commoner.
    expect(vocabulary.variantsOf('zelenskyy')).toContain('zelensky');
    // Of a common word, only a much rarer neighbour is a slip of it; a common neighbour is another word.
    const common = vocabularyOf(...times(300, ['might']), ...times(100, ['night']), ...times(2, ['mihgt']));
    expect(common.variantsOf('might')).toEqual(['mihgt']);
    // A word no article holds is a misspelling, and every neighbour counts.
    expect(vocabulary.variantsOf('notea')).toEqual(['noted', 'notes']);
  });

  it('keeps the closest variants when there are many: sound-alike spellings, then one edit, then two', () => {
    // Eight spellings two edits from meeting (two letters made z), and three one edit from it.
    const twoEdits = [1, 2, 3, 4].flatMap((i) =>
      [i + 1, i + 2].map((j) => [...'meeting'].map((c, k) => (k === i || k === j ? 'z' : c)).join('')),
    );
    for (const t of twoEdits) expect(editDistance('meeting', t, 2)).toBe(2);
    const vocabulary = vocabularyOf(['meeting', 'meting', 'meetings'], twoEdits, ['meetink']);
    const found = vocabulary.variantsOf('meeting');
    expect(found).toHaveLength(MAX_VARIANTS);
    expect(found).toEqual(expect.arrayContaining(['meting', 'meetings', 'meetink']));
  });

  it('offers short words no edits, only their spellings of one sound, and numbers nothing', () => {
    const vocabulary = vocabularyOf(['kyiv', 'kiev', 'kier', 'kiel', '2024', '2025']);
    expect(vocabulary.variantsOf('kiev')).toEqual(['kyiv']);
    expect(vocabulary.variantsOf('kiel')).toEqual([]);
    expect(vocabulary.variantsOf('20245')).toEqual([]);
  });

  it('counts documents per term and forgets a term when its last document goes', () => {
    const vocabulary = vocabularyOf(['zelenskyy', 'kremlin'], ['zelenskyy']);
    expect(vocabulary.documentFrequency('zelenskyy')).toBe(2);
    vocabulary.remove(['zelenskyy', 'kremlin']);
    expect(vocabulary.documentFrequency('zelenskyy')).toBe(1);
    expect(vocabulary.variantsOf('zelensky')).toEqual(['zelenskyy']);
    vocabulary.remove(['zelenskyy']);
    expect(vocabulary.size).toBe(0);
    expect(vocabulary.variantsOf('zelensky')).toEqual([]);
  });

  it('finds every term within the allowed edits, two swaps included, as a comparison with every term would', () => {
    const terms = ['negotiations', 'negotiatoins', 'engotiatoins', 'negotiationss', 'negotiat', 'kremlin', 'krelmni'];
    const vocabulary = vocabularyOf(terms);
    for (const query of ['negotiations', 'kremlin', 'kremiln', 'negotaitions']) {
      const scanned = terms.filter((t) => t !== query && editDistance(query, t, maxEdits(query)) <= maxEdits(query));
      const found = vocabulary.variantsOf(query);
      for (const t of scanned) expect(found, `${query} → ${t}`).toContain(t);
    }
    expect(vocabulary.variantsOf('negotiations')).toContain('engotiatoins');
  });

  it('loads stored counts as if each document had been added', () => {
    const loaded = new TermVocabulary();
    loaded.addCounts([
      ['zelenskyy', 2],
      ['kremlin', 1],
    ]);
    const replayed = vocabularyOf(['zelenskyy', 'kremlin'], ['zelenskyy']);
    expect(loaded.documentFrequency('zelenskyy')).toBe(replayed.documentFrequency('zelenskyy'));
    expect(loaded.variantsOf('zelensky')).toEqual(replayed.variantsOf('zelensky'));
    expect(loaded.commonCompletions('k', 3)).toEqual(['kremlin']);
  });
});
