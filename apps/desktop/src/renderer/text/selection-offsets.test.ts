import { describe, expect, it } from 'vitest';
import { canonicalRange } from './selection-offsets.js';

const text = 'Title here\n\nFirst sentence. Second sentence.\n\nLast block.';
const first = { blockStart: 0, within: 0 };
const second = { blockStart: 12, within: 0 };
const third = { blockStart: text.indexOf('Last'), within: 0 };

describe('canonicalRange', () => {
  it('adds the offset inside a block to where the block starts', () => {
    const range = canonicalRange(text, { ...second, within: 16 }, { ...second, within: 32 })!;
    expect(text.slice(range.start, range.end)).toBe('Second sentence.');
  });

  it('orders a selection made backwards', () => {
    const range = canonicalRange(text, { ...second, within: 15 }, { ...second, within: 0 })!;
    expect(text.slice(range.start, range.end)).toBe('First sentence.');
  });

  it('spans blocks, keeping the separator inside the range', () => {
    const range = canonicalRange(text, { ...second, within: 16 }, { ...third, within: 4 })!;
    expect(text.slice(range.start, range.end)).toBe('Second sentence.\n\nLast');
  });

  it('trims whitespace and separators picked up at either end', () => {
    const range = canonicalRange(text, { ...first, within: 5 }, { ...second, within: 6 })!;
    expect(text.slice(range.start, range.end)).toBe('here\n\nFirst');
    const trailing = canonicalRange(text, { ...second, within: 16 }, { ...third, within: 0 })!;
    expect(text.slice(trailing.start, trailing.end)).toBe('Second sentence.');
  });

  it('finds nothing in a whitespace-only or empty selection', () => {
    expect(canonicalRange(text, { ...first, within: 10 }, { ...second, within: 0 })).toBeNull();
    expect(canonicalRange(text, { ...second, within: 3 }, { ...second, within: 3 })).toBeNull();
  });

  it('clamps points past the end of the text', () => {
    const range = canonicalRange(text, { ...third, within: 5 }, { ...third, within: 999 })!;
    expect(text.slice(range.start, range.end)).toBe('block.');
  });
});
