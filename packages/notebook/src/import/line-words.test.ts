import { describe, expect, it } from 'vitest';
import { hasAtMostWords } from './line-words.js';

// Every kind of white space `\s` knows, a few that it does not, and word characters.
const PIECES = [' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'a', 'Ω', '😀', '-', '.'];

describe('hasAtMostWords', () => {
  it('answers as text.split(/\\s+/u).length <= most does, on lines of every kind of space', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(random() * 14);
      const text = Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
      for (const most of [0, 1, 2, 3, 5]) {
        expect(hasAtMostWords(text, most), `${JSON.stringify(text)} ≤ ${most}`).toBe(text.split(/\s+/u).length <= most);
      }
    }
  });

  it('counts the words of a label and stops early on a paragraph', () => {
    expect(hasAtMostWords('Sports Editor authorBadge', 5)).toBe(true);
    expect(hasAtMostWords('one two three four five six', 5)).toBe(false);
    expect(hasAtMostWords('', 1)).toBe(true);
  });
});
