import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTerm, searchTerms, words } from './tokenize.js';

describe('normalizeTerm', () => {
  it('lower-cases and strips accents so spellings with and without diacritics meet', () => {
    expect(normalizeTerm('Zelenský')).toBe('zelensky');
    expect(normalizeTerm('ZELENSKÝ')).toBe('zelensky');
    expect(normalizeTerm('Łódź')).toBe('łodz');
  });

  it("drops apostrophes of every kind, so Russia’s and Russia's are one term", () => {
    expect(normalizeTerm('Russia’s')).toBe('russias');
    expect(normalizeTerm("Russia's")).toBe('russias');
    expect(normalizeTerm('Russiaʼs')).toBe('russias');
  });

  it('keeps Cyrillic letters, stripping their diacritics like any other (ї → і, й → и)', () => {
    expect(normalizeTerm('Київ')).toBe('киів');
    expect(normalizeTerm('Зеленський')).toBe('зеленськии');
  });
});

describe('words', () => {
  it('gives each word its offsets in the original text', () => {
    expect(words('Kyiv’s mayor, Vitali Klitschko.')).toEqual([
      { term: 'kyivs', start: 0, end: 6 },
      { term: 'mayor', start: 7, end: 12 },
      { term: 'vitali', start: 14, end: 20 },
      { term: 'klitschko', start: 21, end: 30 },
    ]);
  });

  it('splits on hyphens, underscores, slashes and other punctuation', () => {
    expect(words('long-distance spot_img energy/refineries').map((w) => w.term)).toEqual([
      'long',
      'distance',
      'spot',
      'img',
      'energy',
      'refineries',
    ]);
  });

  it('reads words in any script', () => {
    expect(words('Атака на Україну 2025').map((w) => w.term)).toEqual(['атака', 'на', 'украіну', '2025']);
  });

  it('finds the words a Unicode regex finds (letters, digits, marks; runs joined by one apostrophe), in any text', () => {
    // The specification words() is written to: the scan by character code must agree with it exactly.
    const word = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼ´`′][\p{L}\p{N}\p{M}]+)*/gu;
    const byRegex = (text: string) =>
      [...text.matchAll(word)]
        .map((m) => ({ term: normalizeTerm(m[0]), start: m.index, end: m.index + m[0].length }))
        .filter((w) => w.term);
    const pieces = fc.constantFrom(
      'Kyiv',
      'ZELENSKÝ',
      "'",
      '’',
      '`',
      ' ',
      '-',
      'é',
      'e\u0301',
      '😀',
      '\ud83d',
      '2025',
      'Київ',
      '_',
      '·',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.array(pieces).map((p) => p.join('')),
        ),
        (text) => {
          expect(words(text)).toEqual(byRegex(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('maps every word back to a slice of the text that normalises to its term', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        for (const w of words(text)) {
          expect(w.term).toBe(normalizeTerm(text.slice(w.start, w.end)));
          expect(w.term.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('searchTerms', () => {
  it('leaves out English stop words but keeps repeats', () => {
    expect(searchTerms('The talks and the talks of the Kremlin')).toEqual(['talks', 'talks', 'kremlin']);
  });

  it('is empty for a text of stop words only', () => {
    expect(searchTerms('to be or not to be')).toEqual([]);
  });
});
