// Pairs across two groups that are not near pairs are scored when the groups
// may join; a stories request on an index that has not moved scores none of
// them again, nor makes its pairs anew, and the groups are the same.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoryIndex } from './story-index.js';

const strike = (i: number) =>
  `Drones struck the Kharkiv power plant on March 10, report ${i} says. ` +
  '"The whole eastern grid went dark within minutes of the first strike," the operator said on Tuesday. ' +
  'Repairs to the turbines will take weeks, and 200,000 homes are without heating.';
const harvest = (i: number) =>
  `Farmers in Poltava brought in the largest wheat harvest in a decade, report ${i} says. ` +
  '"Silos along the Dnipro are full to the roof," the ministry said, and barley prices fell by 12 percent.';

afterEach(() => vi.restoreAllMocks());

describe('scores of pairs across groups', () => {
  it('are kept while the collection stays put, and worked out again once an article goes', () => {
    const index = new StoryIndex();
    for (let i = 0; i < 3; i++) index.add(`s${i}`, { text: strike(i) });
    for (let i = 0; i < 3; i++) index.add(`h${i}`, { text: harvest(i) });
    // One report of the harvest that recalls the strike: the two stories meet through it alone.
    index.add('both', { text: `${harvest(9)} ${strike(9)}` });
    const score = vi.spyOn(StoryIndex.prototype as unknown as { score: () => unknown }, 'score');
    const first = index.groups();
    expect(first.map((g) => g.articleIds)).toEqual([
      ['both', 'h0', 'h1', 'h2'],
      ['s0', 's1', 's2'],
    ]);
    score.mockClear();
    expect(index.groups()).toEqual(first);
    expect(score).not.toHaveBeenCalled();

    index.remove('s0');
    index.groups();
    expect(score).toHaveBeenCalled();
  });

  it('are given as the same pair objects while their evidence stands, and anew once it is scored again', () => {
    const index = new StoryIndex();
    for (let i = 0; i < 3; i++) index.add(`s${i}`, { text: strike(i) });
    const first = index.pairs();
    expect(first.length).toBeGreaterThan(0);
    const again = index.pairs();
    expect(again).toEqual(first);
    again.forEach((pair, i) => expect(pair).toBe(first[i]));
    // A collection a tenth larger: the evidence is scored again, and so are the pairs given.
    for (let i = 0; i < 3; i++) index.add(`h${i}`, { text: harvest(i) });
    const moved = index.pairs().filter((p) => p.a.startsWith('s') && p.b.startsWith('s'));
    expect(moved).toHaveLength(first.length);
    moved.forEach((pair) => expect(first).not.toContain(pair));
  });
});
