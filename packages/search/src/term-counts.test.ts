import { describe, expect, it } from 'vitest';
import { TermCounts } from './term-counts.js';

describe('TermCounts', () => {
  it('keeps each term its own count through growth, removals and reused slots', () => {
    const counts = new TermCounts();
    const expected = new Map<string, number>();
    // Past the first array's 1,024 slots, with terms removed on the way so that their slots are given out again.
    for (let i = 0; i < 3000; i++) {
      const term = `t${i}`;
      expect(counts.add(term, 1 + (i % 3))).toBe(0);
      expected.set(term, 1 + (i % 3));
      if (i % 7 === 0) {
        const gone = `t${i - 7 * Math.floor(i / 14)}`;
        while (counts.has(gone)) counts.subtractOne(gone);
        expected.delete(gone);
      }
      if (i % 5 === 0) {
        expect(counts.add('t0', 2)).toBe(expected.get('t0') ?? 0);
        expected.set('t0', (expected.get('t0') ?? 0) + 2);
      }
    }
    expect(counts.size).toBe(expected.size);
    expect(new Map(counts.entries())).toEqual(expected);
    expect([...counts.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [term, n] of expected) expect(counts.get(term)).toBe(n);
  });

  it('forgets a term at its last document and says what the count was', () => {
    const counts = new TermCounts();
    counts.add('kyiv', 2);
    expect(counts.subtractOne('kyiv')).toBe(2);
    expect(counts.get('kyiv')).toBe(1);
    expect(counts.subtractOne('kyiv')).toBe(1);
    expect(counts.has('kyiv')).toBe(false);
    expect(counts.get('kyiv')).toBe(0);
    expect(counts.subtractOne('kyiv')).toBe(0);
    // Its slot goes to the next new term, which starts from its own count.
    expect(counts.add('kiev', 1)).toBe(0);
    expect(counts.get('kiev')).toBe(1);
    expect(counts.size).toBe(1);
  });
});
