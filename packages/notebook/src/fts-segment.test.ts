import { describe, expect, it } from 'vitest';
import { SegmentBuilder, SegmentReader } from './fts-segment.js';
import { seededRandom } from '../test/seeded-random.js';

const random = seededRandom;

const WORDS = ['kyiv', 'kyivs', 'kyivan', 'said', 'talks', 'énergie', 'зеленський', 'grid', 'a', 'zelenskyi'];

describe('a search segment', () => {
  it('gives back each term’s rows and counts as they were added, and each article’s length', () => {
    const next = random(3);
    const builder = new SegmentBuilder();
    const expected = new Map<string, { rows: number[]; counts: number[] }>();
    const articles = { rows: [] as number[], lengths: [] as number[] };
    let row = 1000;
    for (let a = 0; a < 300; a++) {
      row += 1 + Math.floor(next() * 500);
      const counts = new Map<string, number>();
      for (const word of WORDS) if (next() < 0.4) counts.set(word, 2 + Math.floor(next() * 300));
      const length = 1 + Math.floor(next() * 100_000);
      builder.add(row, counts, length);
      articles.rows.push(row);
      articles.lengths.push(length);
      for (const [term, count] of counts) {
        const list = expected.get(term) ?? { rows: [], counts: [] };
        list.rows.push(row);
        list.counts.push(count);
        expected.set(term, list);
      }
    }
    const segment = new SegmentReader(builder.encode());
    expect(segment.articleCount).toBe(300);
    const read = segment.articles();
    expect([...read.rows]).toEqual(articles.rows);
    expect([...read.lengths]).toEqual(articles.lengths);
    for (const word of WORDS) {
      const postings = segment.postingsOf(word);
      expect(postings && { rows: [...postings.rows], counts: [...postings.doubledCounts] }).toEqual(
        expected.get(word) ?? null,
      );
    }
  });

  it('answers null for a term it does not hold, and lists the terms a prefix starts', () => {
    const builder = new SegmentBuilder();
    builder.add(7, new Map(WORDS.map((w) => [w, 2])), WORDS.length);
    const segment = new SegmentReader(builder.encode());
    expect(segment.postingsOf('kyi')).toBeNull();
    expect(segment.postingsOf('zzz')).toBeNull();
    expect(segment.termsStartingWith('kyiv')).toEqual(['kyiv', 'kyivan', 'kyivs']);
    expect(segment.termsStartingWith('q')).toEqual([]);
  });

  it('holds an empty batch', () => {
    const segment = new SegmentReader(new SegmentBuilder().encode());
    expect(segment.termCount).toBe(0);
    expect(segment.articles().rows).toHaveLength(0);
    expect(segment.postingsOf('kyiv')).toBeNull();
  });

  it('refuses rows out of order, and bytes that are not a segment or are cut off, with a clear error', () => {
    const builder = new SegmentBuilder();
    builder.add(9, new Map([['kyiv', 2]]), 1);
    expect(() => builder.add(9, new Map(), 0)).toThrow(/rows must ascend/u);
    expect(() => new SegmentReader(new TextEncoder().encode('SQLite format 3'))).toThrow(/not a search segment/u);
    const bytes = builder.encode();
    expect(() => new SegmentReader(bytes.subarray(0, bytes.length - 1)).postingsOf('kyiv')).toThrow(/damaged/u);
  });
});
