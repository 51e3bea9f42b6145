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

  it("saves shared names as places among the first article's names and posting keys as terms alone", () => {
    const saved = new StoryIndex();
    for (const [id, text] of Object.entries(articles)) saved.add(id, { text, entities: id === 'c' ? [] : entities });
    const order = saved.order();
    const record = JSON.parse(JSON.stringify(saved.record('b', order))) as {
      terms: string[];
      near: { a: string; evidence: { sharedEntities: unknown[] } }[];
    };
    // The name as text is in the features alone; the pair gives its place, the keys give no name, figure or date.
    expect(record.near.map((p) => p.evidence.sharedEntities)).toEqual([[0]]);
    expect(record.terms.length).toBeGreaterThan(0);
    expect(record).not.toHaveProperty('keys');
    expect(record.terms.filter((t) => /^[tefd]:|3-10/u.test(t))).toEqual([]);

    const restored = new StoryIndex();
    expect(restored.restore(JSON.parse(JSON.stringify(saved.record('a', order))))).toBe(true);
    // A place no name is at: the record is not one, and nothing is restored of it.
    const damaged = structuredClone(record);
    damaged.near[0]!.evidence.sharedEntities = [7];
    expect(restored.restore(damaged)).toBe(false);
    expect(restored.has('b')).toBe(false);
    expect(restored.restore(record)).toBe(true);
    expect(restored.restore(JSON.parse(JSON.stringify(saved.record('c', order))))).toBe(true);
    expect(restored.compare('a', 'b')).toEqual(saved.compare('a', 'b'));
    expect(restored.pairs()).toEqual(saved.pairs());
  });
});
