// A story is a group of reports alike all round: an article or a group joins
// another only when enough of the pairs across them support it, so one report
// citing another event does not chain two stories into one.
import { describe, expect, it } from 'vitest';
import { joinSupported, SUPPORT_RATIO, SUPPORTED_SHARE } from './linkage.js';
import { groupPairs } from './story-groups.js';

const among = (...keys: string[]) => {
  const set = new Set(keys);
  return (x: string, y: string) => set.has(`${x}|${y}`) || set.has(`${y}|${x}`);
};

describe('joinSupported', () => {
  it('asks a share of the cross pairs, whichever way a pair is written', () => {
    expect(SUPPORTED_SHARE).toBeGreaterThan(0.25);
    expect(SUPPORT_RATIO).toBeLessThan(1);
    expect(joinSupported(['a', 'b'], ['c'], among('c|b'))).toBe(true);
    expect(joinSupported(['a', 'b'], ['c', 'd'], among('b|c'))).toBe(false);
    expect(joinSupported(['a', 'b'], ['c', 'd'], among('b|c', 'a|d'))).toBe(true);
    expect(joinSupported(['a', 'b', 'c', 'd', 'e'], ['f'], among('e|f'))).toBe(false);
    expect(joinSupported(['a', 'b', 'c', 'd', 'e'], ['f'], among('e|f', 'd|f'))).toBe(true);
  });
});

describe('groupPairs with the support of weaker pairs', () => {
  const pair = (a: string, b: string, score: number) => ({ a, b, score });
  const ids = (groups: { articleIds: string[] }[]) => groups.map((g) => g.articleIds).sort();
  // Three reports of a final, two of a semi-final; one final report recaps the semi-final (0.25 to s1).
  const pairs = [pair('f1', 'f2', 0.5), pair('f2', 'f3', 0.4), pair('s1', 's2', 0.45), pair('f3', 's1', 0.25)];

  it('keeps the two matches apart when only the recap links them', () => {
    expect(ids(groupPairs(pairs, [], 0.2, among('f1|f2', 'f2|f3', 's1|s2', 'f3|s1')))).toEqual([
      ['f1', 'f2', 'f3'],
      ['s1', 's2'],
    ]);
  });

  it('joins them when weaker pairs across support the join, and a report alike to most of a group joins it', () => {
    const weak = among('f1|f2', 'f2|f3', 's1|s2', 'f3|s1', 'f3|s2', 'f2|s1');
    expect(ids(groupPairs(pairs, [], 0.2, weak))).toEqual([['f1', 'f2', 'f3', 's1', 's2']]);
    const onlyF3 = among('f1|f2', 'f2|f3', 'f3|x');
    expect(ids(groupPairs([...pairs.slice(0, 2), pair('f3', 'x', 0.3)], [], 0.2, onlyF3))).toEqual([
      ['f1', 'f2', 'f3'],
    ]);
    const most = among('f1|f2', 'f2|f3', 'f3|x', 'f2|x');
    expect(ids(groupPairs([...pairs.slice(0, 2), pair('f3', 'x', 0.3)], [], 0.2, most))).toEqual([
      ['f1', 'f2', 'f3', 'x'],
    ]);
  });
});
