// Splits one block's text into runs so highlights can be drawn as <mark> spans
// over canonical-text offsets. Highlights may overlap each other and may span
// several blocks: each block only sees the part that falls inside it.
import type { BlockRange } from '@dossier/core';

/** A range of the canonical text to draw: a highlight, or a search match to flash. */
export interface MarkRange {
  id: string;
  start: number;
  end: number;
  kind: 'highlight' | 'match';
}

/** A run of a block's text, with the ranges covering it (empty: plain text). */
export interface Segment {
  /** Offset of the run in the canonical text. */
  start: number;
  text: string;
  marks: MarkRange[];
}

export function segmentBlock(text: string, range: BlockRange, marks: readonly MarkRange[]): Segment[] {
  const inside = marks.filter((m) => m.end > range.start && m.start < range.end && m.end > m.start);
  const cuts = new Set<number>([range.start, range.end]);
  for (const m of inside) {
    cuts.add(Math.max(m.start, range.start));
    cuts.add(Math.min(m.end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside.filter((m) => m.start <= start && m.end >= end);
    const previous = segments.at(-1);
    // Neighbouring runs under the same marks stay one element, so the DOM stays small.
    if (previous && sameMarks(previous.marks, covering)) {
      previous.text += text.slice(start - range.start, end - range.start);
      continue;
    }
    segments.push({ start, text: text.slice(start - range.start, end - range.start), marks: covering });
  }
  return segments;
}

function sameMarks(a: readonly MarkRange[], b: readonly MarkRange[]): boolean {
  return a.length === b.length && a.every((m, i) => m.id === b[i]!.id);
}
