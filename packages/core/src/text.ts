// The canonical text of an article: its blocks joined by a blank line. Every
// offset in the notebook (highlights, search matches) is an offset into it.
import type { Block } from './model.js';

export const BLOCK_SEPARATOR = '\n\n';

export function canonicalText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

export interface BlockRange {
  start: number;
  end: number;
}

/** Where each block sits in the canonical text. */
export function blockRanges(blocks: readonly Block[]): BlockRange[] {
  const ranges: BlockRange[] = [];
  let at = 0;
  for (const block of blocks) {
    ranges.push({ start: at, end: at + block.text.length });
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return ranges;
}

/** The text a reader sees and search indexes: clutter left out. */
export function cleanText(blocks: readonly Block[]): string {
  return canonicalText(blocks.filter((b) => !b.clutter));
}

/** Collapses runs of whitespace and trims, so `a \n b` and `a b` compare equal. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Clean text plus a way back: offsets in it mapped to canonical-text offsets. */
export interface CleanTextMap {
  text: string;
  toCanonical(offset: number): number;
}

export function cleanTextMap(blocks: readonly Block[]): CleanTextMap {
  const ranges = blockRanges(blocks);
  const segments: { clean: number; canonical: number }[] = [];
  let at = 0;
  blocks.forEach((block, i) => {
    if (block.clutter) return;
    if (segments.length) at += BLOCK_SEPARATOR.length;
    segments.push({ clean: at, canonical: ranges[i]!.start });
    at += block.text.length;
  });
  return {
    text: cleanText(blocks),
    toCanonical(offset) {
      let segment = segments[0];
      for (const s of segments) {
        if (s.clean > offset) break;
        segment = s;
      }
      return segment ? segment.canonical + (offset - segment.clean) : offset;
    },
  };
}
