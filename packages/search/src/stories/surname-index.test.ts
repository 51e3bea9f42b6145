// The surname index must find every filed surname that is a spelling of a
// word, as comparing the word with each of them would: the merger takes its
// candidates from it and would otherwise miss a variant.
import { describe, expect, it } from 'vitest';
import { anagramKey, skeletonKey } from '../spelling-keys.js';
import { soundKey } from '../transliterate.js';
import { sameNameWord } from './names.js';
import { deletions, SurnameIndex } from './surname-index.js';

const keysOf = (word: string) => ({ anagram: anagramKey(word), skeleton: skeletonKey(word), sound: soundKey(word) });

// Surnames of one story's reports and their misspellings, transliterations and look-alikes in other scripts.
const SURNAMES = [
  'zelensky',
  'zelenskyy',
  'zelenskiy',
  'zleneksy',
  'zelenska',
  'zelenskyi',
  'selensky',
  'зеленский',
  'зеленського',
  'umerov',
  'umierow',
  'umerow',
  'medinsky',
  'medinskiy',
  'мединский',
  'peskov',
  'pieskow',
  'erdogan',
  'erdoğan',
  'эрдоган',
  'أردوغان',
  'putin',
  'poutine',
  'путин',
  'trump',
  'tramp',
  'трамп',
  'smith',
  'smyth',
  'schmidt',
  'kyiv',
  'kiev',
  'kharkiv',
  'charkiw',
  'xiv',
  'xvi',
  'li',
  'lee',
  'beirut',
  'beyrouth',
  'witkoff',
  'witkof',
  'vitkoff',
];

/** Words made from the surnames by one or two edits of every kind, so that edit-distance neighbours abound. */
function edited(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    for (let i = 0; i < w.length; i++) {
      out.add(w.slice(0, i) + w.slice(i + 1));
      out.add(w.slice(0, i) + 'a' + w.slice(i + 1));
      out.add(w.slice(0, i) + 'o' + w.slice(i));
      if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    }
    out.add(w + 'ov');
    out.add(w.slice(0, -2));
  }
  return [...out];
}

describe('surname index', () => {
  it('gives a word and every string up to that many deletions leave, once each', () => {
    expect([...deletions('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect(deletions('abcd', 2).size).toBe(1 + 4 + 6);
    expect([...deletions('aab', 1)].sort()).toEqual(['aa', 'aab', 'ab']);
    expect([...deletions('zelensky', 0)]).toEqual(['zelensky']);
  });

  it('finds the entities of exactly the surnames a comparison with each finds', () => {
    const filed = [...SURNAMES, ...edited(SURNAMES)];
    const index = new SurnameIndex();
    filed.forEach((word, i) => {
      index.add(word, `e${i}`, keysOf(word));
      // A second entity writing the same surname is found too.
      if (i % 7 === 0) index.add(word, `f${i}`, keysOf(word));
    });
    let meetings = 0;
    for (const word of [...SURNAMES, ...edited(SURNAMES.slice(0, 12)), 'nobody', 'z']) {
      const expected = new Set<string>();
      filed.forEach((other, i) => {
        if (!sameNameWord(word, other)) return;
        expected.add(`e${i}`);
        if (i % 7 === 0) expected.add(`f${i}`);
      });
      const found = index.keysMeeting(word, keysOf(word), (other) => sameNameWord(word, other));
      expect([...found].sort(), word).toEqual([...expected].sort());
      meetings += expected.size;
    }
    // Not a vacuous check: the words meet many of the filed surnames.
    expect(meetings).toBeGreaterThan(1000);
  });
});
