// Grouping asks whether two groups may join for each strong pair between
// them; a join it refused is not asked again while neither group has grown.
import { describe, expect, it } from 'vitest';
import { groupPairs } from './story-groups.js';

const pair = (a: string, b: string, score: number) => ({ a, b, score });
const within = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => pair(x, y, 0.5)));

describe('grouping pairs into stories', () => {
  it('asks once for a join it refuses, however many strong pairs propose it', () => {
    const crossing = [pair('c', 'd', 0.3), pair('b', 'e', 0.28), pair('a', 'f', 0.26)];
    const supportAsked = (cross: typeof crossing) => {
      let asked = 0;
      const pairs = [...within(['a', 'b', 'c']), ...within(['d', 'e', 'f']), ...cross];
      // Support as the pairs' scores give it, whichever of the strong pairs are proposed.
      const strong = new Set([...pairs, ...crossing].map((p) => `${p.a}|${p.b}`));
      const supported = (x: string, y: string) => {
        asked++;
        return strong.has(`${x}|${y}`) || strong.has(`${y}|${x}`);
      };
      const groups = groupPairs(pairs, [], 0.2, supported);
      return { groups: groups.map((g) => g.articleIds), asked };
    };
    // Three strong pairs of nine across: short of the share a join needs (35%, 3.15), so the groups stay apart.
    const once = supportAsked(crossing.slice(0, 1));
    const thrice = supportAsked(crossing);
    expect(thrice.groups).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(thrice.asked).toBe(once.asked);
  });
});
