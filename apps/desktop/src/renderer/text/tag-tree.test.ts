import { describe, expect, it } from 'vitest';
import { suggestTags, tagTree } from './tag-tree.js';

describe('tagTree', () => {
  it('nests paths and counts each tag alone and with its descendants', () => {
    const tree = tagTree([
      { path: 'energy/refineries', count: 2 },
      { path: 'energy', count: 1 },
      { path: 'diplomacy/qatar', count: 3 },
      { path: 'energy/grid/substations', count: 4 },
    ]);
    expect(tree.map((n) => n.path)).toEqual(['diplomacy', 'energy']);
    const energy = tree[1]!;
    expect([energy.count, energy.total]).toEqual([1, 7]);
    expect(energy.children.map((c) => [c.path, c.count, c.total])).toEqual([
      ['energy/grid', 0, 4],
      ['energy/refineries', 2, 2],
    ]);
    expect(tree[0]!.children[0]).toMatchObject({ name: 'qatar', count: 3, total: 3 });
  });
});

describe('suggestTags', () => {
  const all = ['diplomacy/qatar', 'energy', 'energy/refineries', 'people/zelensky', 'strikes/refinery-drones'];

  it('offers tags whose path or any segment starts with the typed text before other matches', () => {
    expect(suggestTags(all, 'ref')).toEqual(['energy/refineries', 'strikes/refinery-drones']);
    expect(suggestTags(all, 'en')).toEqual(['energy', 'energy/refineries', 'people/zelensky']);
    expect(suggestTags(all, 'lens')).toEqual(['people/zelensky']);
  });

  it('ignores case and offers everything (up to the limit) when nothing is typed', () => {
    expect(suggestTags(all, 'QAT')).toEqual(['diplomacy/qatar']);
    expect(suggestTags(all, '', 2)).toEqual(['diplomacy/qatar', 'energy']);
  });
});
