import { blockRanges, canonicalText, type Block } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { segmentBlock, type MarkRange } from './highlight-segments.js';

const blocks: Block[] = [
  { kind: 'heading', text: 'Talks on energy sites' },
  { kind: 'paragraph', text: 'Kyiv and Moscow are negotiating.' },
  { kind: 'paragraph', text: 'Qatar mediates the talks.' },
];
const text = canonicalText(blocks);
const ranges = blockRanges(blocks);
const hl = (id: string, exact: string, from = 0): MarkRange => {
  const start = text.indexOf(exact, from);
  return { id, start, end: start + exact.length, kind: 'highlight' };
};
const render = (i: number, marks: MarkRange[]) =>
  segmentBlock(blocks[i]!.text, ranges[i]!, marks).map((s) => [s.text, s.marks.map((m) => m.id).join('+')]);

describe('segmentBlock', () => {
  it('leaves a block without highlights as one plain run', () => {
    expect(render(1, [])).toEqual([['Kyiv and Moscow are negotiating.', '']]);
  });

  it('cuts a block around a highlight inside it', () => {
    expect(render(1, [hl('a', 'Moscow')])).toEqual([
      ['Kyiv and ', ''],
      ['Moscow', 'a'],
      [' are negotiating.', ''],
    ]);
  });

  it('draws a highlight spanning blocks in each block, never over the separator', () => {
    const across = hl('a', 'negotiating.\n\nQatar');
    expect(render(1, [across])).toEqual([
      ['Kyiv and Moscow are ', ''],
      ['negotiating.', 'a'],
    ]);
    expect(render(2, [across])).toEqual([
      ['Qatar', 'a'],
      [' mediates the talks.', ''],
    ]);
    expect(render(0, [across])).toEqual([['Talks on energy sites', '']]);
  });

  it('splits overlapping highlights into runs covered by one, both, then the other', () => {
    expect(render(1, [hl('a', 'and Moscow'), hl('b', 'Moscow are')])).toEqual([
      ['Kyiv ', ''],
      ['and ', 'a'],
      ['Moscow', 'a+b'],
      [' are', 'b'],
      [' negotiating.', ''],
    ]);
  });

  it('keeps the canonical offset of every run so the text joins back exactly', () => {
    const segments = segmentBlock(blocks[2]!.text, ranges[2]!, [hl('a', 'mediates'), hl('m', 'talks')]);
    expect(segments.map((s) => s.text).join('')).toBe(blocks[2]!.text);
    for (const s of segments) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('ignores empty and out-of-block ranges', () => {
    expect(render(0, [{ id: 'x', start: 3, end: 3, kind: 'match' }, hl('b', 'Qatar')])).toEqual([
      ['Talks on energy sites', ''],
    ]);
  });
});
