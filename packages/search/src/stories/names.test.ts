// Name variants merged into entities, and a merger restored from the keys an
// earlier one gave (what a new process reads instead of merging again).
import { describe, expect, it } from 'vitest';
import { EntityMerger, sameNameWord, type NameMention } from './names.js';

const mentions: NameMention[] = [
  { name: 'Volodymyr Zelensky', kind: 'person' },
  { name: 'Zelenskyy', kind: 'person' },
  { name: 'Kyiv', kind: 'place' },
  { name: 'Zleneksy', kind: 'person' },
  { name: 'Kiev', kind: 'place' },
  { name: 'Zelenskiy', kind: 'person' },
  { name: 'Oleksandr Syrskyi', kind: 'person' },
  { name: 'Kharkiv', kind: 'place' },
];

describe('entity merging', () => {
  it('merges the spellings of one name and keeps other names apart', () => {
    const merger = new EntityMerger();
    const keys = mentions.map((m) => merger.add(m).key);
    expect(new Set(keys.filter((_, i) => mentions[i]!.name.includes('Z'))).size).toBe(1);
    expect(keys[2]).toBe(keys[4]);
    expect(new Set(keys).size).toBe(4);
    expect(sameNameWord('zelensky', 'zleneksy')).toBe(true);
    expect(sameNameWord('kharkiv', 'kyiv')).toBe(false);
  });

  it('restored from the keys it gave, holds the same entities and merges new mentions the same way', () => {
    const merger = new EntityMerger();
    const keys = mentions.map((m) => merger.add(m).key);
    const restored = new EntityMerger();
    mentions.forEach((m, i) => restored.restore(m, keys[i]!));
    expect(restored.all()).toEqual(merger.all());
    for (const later of [
      { name: 'Zelenskyi', kind: 'person' },
      { name: 'Charkiw', kind: 'place' },
      { name: 'Odesa', kind: 'place' },
    ] as NameMention[])
      expect(restored.add(later).key).toBe(merger.add(later).key);
  });
});
