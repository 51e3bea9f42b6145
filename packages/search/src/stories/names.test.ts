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

  it('keeps two bearers of one name with different numerals apart (XIV and XVI are anagrams)', () => {
    expect(sameNameWord('xiv', 'xvi')).toBe(false);
    expect(sameNameWord('xiv', 'xiv')).toBe(true);
    const merger = new EntityMerger();
    const leo = merger.add({ name: 'XIV', kind: 'person' }).key;
    expect(merger.add({ name: 'XVI', kind: 'person' }).key).not.toBe(leo);
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

describe('people who share a surname', () => {
  // A week of reports on a state visit: the president, his wife, and the bare surname outlets write for him.
  const visit: NameMention[] = [
    { name: 'Volodymyr Zelensky', kind: 'person' },
    { name: 'Zelenskyy', kind: 'person' },
    { name: 'Olena Zelenska', kind: 'person' },
    { name: 'Zelensky', kind: 'person' },
    { name: 'Olena Zelenska', kind: 'person' },
    { name: 'Volodymyr Zelenskyy', kind: 'person' },
    { name: 'O. Zelenska', kind: 'person' },
    { name: 'V. Zelensky', kind: 'person' },
  ];

  it('keeps a wife and husband apart when a bare surname joins him first', () => {
    const merger = new EntityMerger();
    const keys = visit.map((m) => merger.add(m).key);
    const him = keys[0]!;
    const her = keys[2]!;
    expect(her).not.toBe(him);
    expect(keys.filter((k) => k === him)).toHaveLength(5);
    expect(keys.filter((k) => k === her)).toHaveLength(3);
  });

  it('keeps two brothers apart when the bare surname came before either', () => {
    const merger = new EntityMerger();
    const brothers: NameMention[] = [
      { name: 'Klitschko', kind: 'person' },
      { name: 'Vitali Klitschko', kind: 'person' },
      { name: 'Wladimir Klitschko', kind: 'person' },
      { name: 'Vitaliy Klychko', kind: 'person' },
      { name: 'Klitschko', kind: 'person' },
    ];
    const keys = brothers.map((m) => merger.add(m).key);
    expect(keys[1]).not.toBe(keys[2]);
    // The bare surname stays with the one full name it joined, and a variant spelling of his name finds him.
    expect(keys[3]).toBe(keys[1]);
    expect(keys[4]).toBe(keys[0]);
    expect(keys[0]).toBe(keys[1]);
  });

  it('restored from the keys it gave, keeps them apart for later mentions too', () => {
    const merger = new EntityMerger();
    const keys = visit.map((m) => merger.add(m).key);
    const restored = new EntityMerger();
    visit.forEach((m, i) => restored.restore(m, keys[i]!));
    for (const later of [
      { name: 'Olena Zelenska', kind: 'person' },
      { name: 'Volodymyr Zelenskiy', kind: 'person' },
    ] as NameMention[])
      expect(restored.add(later).key).toBe(merger.add(later).key);
    expect(restored.add({ name: 'Olena Zelenska', kind: 'person' }).key).not.toBe(
      restored.add({ name: 'Volodymyr Zelenskiy', kind: 'person' }).key,
    );
  });
});

describe('user aliases', () => {
  it('stay on their entity when the first mention of its name arrives after them', () => {
    const merger = new EntityMerger();
    merger.setAliases('volodymyr zelensky', 'Zelensky', ['Зеленський', 'Selenskyj']);
    const entity = merger.add({ name: 'Volodymyr Zelensky', kind: 'person' });
    expect(entity.key).toBe('volodymyr zelensky');
    expect([...merger.get('volodymyr zelensky')!.userAliases]).toEqual(['Зеленський', 'Selenskyj']);
    expect(merger.add({ name: 'Selenskyj', kind: 'person' }).key).toBe('volodymyr zelensky');
  });
});
