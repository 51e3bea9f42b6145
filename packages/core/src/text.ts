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
