// From a DOM selection in the reader to offsets in the article's canonical
// text. Every block element carries `data-start` (its offset in the canonical
// text) and renders exactly its block's text, marks included, so a point inside
// it is `data-start` plus the characters before the point in that element.
export const BLOCK_ATTRIBUTE = 'data-start';

/** A selection end resolved to a block: where the block starts, and characters before the point inside it. */
export interface BlockPoint {
  blockStart: number;
  within: number;
}

/**
 * The selected range of the canonical text, ordered and trimmed of surrounding
 * whitespace (a double-click or a drag over a line end picks up spaces and the
 * block separator); null when nothing but whitespace is selected.
 */
export function canonicalRange(text: string, a: BlockPoint, b: BlockPoint): { start: number; end: number } | null {
  let start = Math.min(a.blockStart + a.within, b.blockStart + b.within);
  let end = Math.max(a.blockStart + a.within, b.blockStart + b.within);
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(0, Math.min(end, text.length));
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Resolves a DOM point (as a Selection reports it) to the block it falls in. */
export function blockPoint(root: Element, node: Node, offset: number): BlockPoint | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(`[${BLOCK_ATTRIBUTE}]`);
  if (block && root.contains(block)) {
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, offset);
    return { blockStart: Number(block.getAttribute(BLOCK_ATTRIBUTE)), within: before.toString().length };
  }
  // A point between blocks (e.g. after a triple click): snap to the nearest block boundary.
  const blocks = [...root.querySelectorAll(`[${BLOCK_ATTRIBUTE}]`)];
  const probe = document.createRange();
  probe.setStart(node, offset);
  const next = blocks.find((b) => probe.comparePoint(b, 0) >= 0);
  if (next) return { blockStart: Number(next.getAttribute(BLOCK_ATTRIBUTE)), within: 0 };
  const last = blocks.at(-1);
  if (!last) return null;
  return { blockStart: Number(last.getAttribute(BLOCK_ATTRIBUTE)), within: last.textContent?.length ?? 0 };
}

/** The reader's current selection in canonical offsets, or null when there is none inside `root`. */
export function selectionRange(root: Element, text: string): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const a = blockPoint(root, range.startContainer, range.startOffset);
  const b = blockPoint(root, range.endContainer, range.endOffset);
  return a && b ? canonicalRange(text, a, b) : null;
}
