// Text runs of a PDF page → lines → paragraphs. A PDF has no paragraphs, only
// glyph runs at positions: runs on one baseline form a line; a line follows
// the previous one in the same paragraph when the gap between baselines is a
// normal line spacing for its font size; a wider gap, a change of size or an
// indented first line starts a new paragraph. A short line set larger than the
// body text is a heading. A word hyphenated across lines is joined again.
import type { ExtractedBlock } from './extracted.js';

/** One text run as pdf.js reports it: its string and where it sits (PDF points, y up). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  /** Font size in points. */
  size: number;
  /** True when the run ends a line (pdf.js's hasEOL). */
  endsLine?: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
}

/** Baselines closer than this share a line (fraction of the font size). */
const SAME_LINE = 0.4;
/** A baseline gap above this starts a paragraph (multiple of the font size; body text is set at 1.1–1.5). */
const PARAGRAPH_GAP = 1.75;
/** A line this much larger than the body text (and short) is a heading. */
const HEADING_SCALE = 1.2;

export function linesOf(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let ended = false;
  for (const run of runs) {
    if (!run.text) {
      if (run.endsLine) ended = true;
      continue;
    }
    const sameLine = current && !ended && Math.abs(run.y - current.y) <= SAME_LINE * Math.max(run.size, current.size);
    if (current && sameLine) {
      const joiner = /\s$/u.test(current.text) || /^\s/u.test(run.text) ? '' : ' ';
      current.text += joiner + run.text;
      current.size = Math.max(current.size, run.size);
    } else {
      current = { text: run.text, x: run.x, y: run.y, size: run.size };
      lines.push(current);
    }
    ended = Boolean(run.endsLine);
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/gu, ' ').trim() })).filter((l) => l.text.length > 0);
}

/** The most common font size, weighted by characters: the body text's size. */
export function bodySize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + l.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

export function paragraphsOf(lines: readonly Line[], page: number, body = bodySize(lines)): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  let open: { block: ExtractedBlock; last: Line } | null = null;
  const isHeading = (l: Line) => l.size >= body * HEADING_SCALE && l.text.length <= 150;
  const leftMargin = Math.min(...lines.map((l) => l.x));
  for (const line of lines) {
    if (isHeading(line)) {
      // A heading set on two lines stays one heading.
      if (
        open?.block.kind === 'heading' &&
        Math.abs(open.last.size - line.size) < 0.5 &&
        open.last.y - line.y <= line.size * PARAGRAPH_GAP
      ) {
        open.block.text += ` ${line.text}`;
        open.last = line;
        continue;
      }
      open = { block: { kind: 'heading', text: line.text, page }, last: line };
      blocks.push(open.block);
      continue;
    }
    const continues =
      open?.block.kind === 'paragraph' &&
      Math.abs(open.last.size - line.size) < 0.5 &&
      open.last.y - line.y > 0 &&
      open.last.y - line.y <= line.size * PARAGRAPH_GAP &&
      // An indented line after a line at the margin opens a new paragraph.
      !(line.x - leftMargin > line.size && open.last.x - leftMargin <= line.size / 2);
    if (open && continues) {
      open.block.text = joinLines(open.block.text, line.text);
      open.last = line;
    } else {
      open = { block: { kind: 'paragraph', text: line.text, page }, last: line };
      blocks.push(open.block);
    }
  }
  return blocks;
}

/** `accord-` + `ing` → `according`; otherwise a space. A hyphen before a capital (`Franco-`) is kept. */
function joinLines(before: string, after: string): string {
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}
