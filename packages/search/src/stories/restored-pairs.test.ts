// An index restored from its saved records shows each story as the index that
// saved them did — with the sentences two reports share, which are not saved
// but found again from the shingles when the pair is shown.
import { describe, expect, it } from 'vitest';
import { StoryIndex } from './story-index.js';

const quote = '"The whole eastern grid went dark within minutes of the first strike," the operator said on Tuesday.';
const articles = {
  a: `Drones hit the Kharkiv power plant on March 10. ${quote} Repairs will take weeks.`,
  b: `Kharkiv was left without power after drones struck its plant on March 10. ${quote}`,
  c: 'Farmers in Poltava brought in the largest wheat harvest in a decade, the ministry said.',
};
const entities = [{ key: 'kharkiv', name: 'Kharkiv', count: 2 }];

describe('a restored story index', () => {
  it('groups as the saved one did, shared sentences included', () => {
    const saved = new StoryIndex();
    for (const [id, text] of Object.entries(articles)) saved.add(id, { text, entities: id === 'c' ? [] : entities });
    const groups = saved.groups();
    expect(groups.map((g) => g.articleIds.sort())).toEqual([['a', 'b']]);
    expect(groups[0]!.pairs[0]!.sharedSentences).toEqual([quote]);

    const restored = new StoryIndex();
    const order = saved.order();
    for (const id of saved.ids())
      expect(restored.restore(JSON.parse(JSON.stringify(saved.record(id, order))))).toBe(true);
    expect(restored.groups()).toEqual(groups);
  });
});
