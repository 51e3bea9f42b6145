import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citekeys, type CitableArticle } from '@dossier/core';
import { citekeysOf } from './brief-citekeys.js';

// Few outlets, years and title words, so many articles share a base key and get letters.
const article = (i: number, outlet: number, year: number, word: number, imported: number): CitableArticle => ({
  id: `a${i}`,
  title: ['Energy talks resume', 'Energy prices', 'Refinery strikes halted'][word]!,
  outlet: ['Reuters', 'The Moscow Times', 'Le Figaro'][outlet]!,
  publishedAt: `${2020 + year}-03-01`,
  importedAt: `2026-01-${String(10 + imported).padStart(2, '0')}T00:00:00.000Z`,
});

const catalogs = fc
  .array(fc.tuple(fc.nat(2), fc.nat(1), fc.nat(2), fc.nat(9)), { minLength: 1, maxLength: 60 })
  .map((rows) => rows.map(([o, y, w, t], i) => article(i, o, y, w, t)));

describe('citekeysOf', () => {
  it("gives the cited articles exactly the keys the whole catalog's computation gives them", () => {
    fc.assert(
      fc.property(catalogs, fc.array(fc.nat(59)), (catalog, picks) => {
        const ids = new Set(picks.filter((p) => p < catalog.length).map((p) => `a${p}`));
        const whole = citekeys(catalog);
        const expected = new Map([...whole].filter(([id]) => ids.has(id)));
        expect(citekeysOf(catalog, ids)).toEqual(expected);
      }),
    );
  });

  it('follows an article whose entry was replaced (edited metadata)', () => {
    const catalog = [article(0, 0, 0, 0, 0), article(1, 0, 0, 0, 1)];
    expect(citekeysOf(catalog, new Set(['a1'])).get('a1')).toBe('reuters2020energyb');
    catalog[0] = { ...catalog[0]!, outlet: 'Le Figaro' };
    expect(citekeysOf(catalog, new Set(['a1'])).get('a1')).toBe('reuters2020energy');
  });
});
