import { describe, expect, it } from 'vitest';
import { CatalogLookup } from './catalog-lookup.js';
import type { CatalogEntry } from './storage/notebook-file.js';

function entry(id: string, hash: string, fileName: string): CatalogEntry {
  return {
    id,
    title: id,
    titleDerived: false,
    importedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    source: { fileName, hash, encoding: 'UTF-8', byteLength: 1 },
    hasNote: false,
  } as CatalogEntry;
}

describe('CatalogLookup', () => {
  it('finds entries by id, hash and file name as they are added and replaced', () => {
    const data = { articles: [entry('a1', 'h1', 'one.txt')] };
    const lookup = new CatalogLookup(() => data.articles);
    lookup.put(entry('a2', 'h2', 'two.txt'));
    expect(lookup.indexOf('a2')).toBe(1);
    expect(lookup.withHash('h1')?.id).toBe('a1');
    lookup.put(entry('a1', 'h1b', 'one.txt'));
    expect(lookup.withHash('h1')).toBeUndefined();
    expect(lookup.withHash('h1b')?.id).toBe('a1');
    expect(lookup.withFileName('one.txt')?.source.hash).toBe('h1b');
    expect(data.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('follows the catalog when the notebook replaces or filters its array', () => {
    const data = { articles: [entry('a1', 'h1', 'one.txt'), entry('a2', 'h2', 'two.txt')] };
    const lookup = new CatalogLookup(() => data.articles);
    expect(lookup.indexOf('a2')).toBe(1);
    data.articles = data.articles.filter((a) => a.id !== 'a1');
    expect(lookup.indexOf('a1')).toBe(-1);
    expect(lookup.indexOf('a2')).toBe(0);
    expect(lookup.withHash('h1')).toBeUndefined();
    data.articles.push(entry('a3', 'h3', 'three.txt'));
    expect(lookup.withFileName('three.txt')?.id).toBe('a3');
  });

  it('answers by hash and file name for entries replaced before either was first asked for', () => {
    const data = { articles: [entry('a1', 'h1', 'one.txt'), entry('a2', 'h2', 'two.txt')] };
    const lookup = new CatalogLookup(() => data.articles);
    expect(lookup.get('a2')?.id).toBe('a2');
    lookup.put(entry('a2', 'h2b', 'two-b.txt'));
    lookup.put(entry('a3', 'h3', 'three.txt'));
    expect(lookup.withHash('h2')).toBeUndefined();
    expect(lookup.withFileName('two.txt')).toBeUndefined();
    expect(lookup.withHash('h2b')?.id).toBe('a2');
    expect(lookup.withFileName('three.txt')?.id).toBe('a3');
    lookup.put(entry('a1', 'h1c', 'one.txt'));
    expect(lookup.withHash('h1')).toBeUndefined();
    expect(lookup.withHash('h1c')?.source.fileName).toBe('one.txt');
  });
});
