// The article cache holds the most recently used bodies and no more.
import { describe, expect, it } from 'vitest';
import { RecentCache } from './article-cache.js';

describe('RecentCache', () => {
  it('keeps at most its capacity, dropping the least recently used first', () => {
    const cache = new RecentCache<number>(3);
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) cache.set(key, i);
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeUndefined();
    expect([cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([1, 2, 3]);
  });

  it('counts reading an entry as using it', () => {
    const cache = new RecentCache<string>(2);
    cache.set('a', 'first');
    cache.set('b', 'second');
    expect(cache.get('a')).toBe('first');
    cache.set('c', 'third');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('first');
  });

  it('replaces an entry set again without growing, and forgets one deleted', () => {
    const cache = new RecentCache<string>(2);
    cache.set('a', 'old');
    cache.set('a', 'new');
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toBe('new');
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('refuses a capacity that could hold nothing', () => {
    expect(() => new RecentCache(0)).toThrow(/room for 1 entry/u);
  });
});
