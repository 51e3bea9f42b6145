// An article's DOM → our blocks, as text. Block-level elements become blocks
// (h1–h6 headings, blockquote quotes, li list items, everything else with text
// a paragraph); inline markup is flattened to its text. Nothing of the markup
// survives, so nothing of it can ever run.
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom-shape.js';
import type { ExtractedBlock } from './extracted.js';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore

/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'SELECT',
  'SVG',
  'IFRAME',
  'OBJECT',
]);

/** Elements whose content is one block of the given kind. */
const LEAF_KINDS: Record<string, ExtractedBlock['kind']> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', PRE: 'paragraph', DT: 'paragraph', DD: 'paragraph', FIGCAPTION: 'paragraph',
  TD: 'paragraph', TH: 'paragraph', SUMMARY: 'paragraph',
}; // prettier-ignore

/** Deeper than this and the rest of a subtree is read as flat text (no hostile nesting can overflow the stack). */
const MAX_WALK_DEPTH = 200;

export function blocksFromHtml(root: DomElement): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  walk(root, 'paragraph', blocks, 0);
  return blocks;
}

/** Emits the blocks inside `parent`; loose inline runs become blocks of `kind`. */
function walk(parent: DomNode, kind: ExtractedBlock['kind'], out: ExtractedBlock[], depth: number): void {
  let inline = '';
  const flush = () => {
    push(out, kind, inline);
    inline = '';
  };
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === TEXT_NODE) {
      inline += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      inline += ' ';
      continue;
    }
    if (!BLOCK_TAGS.has(tag)) {
      inline += inlineText(node, depth + 1);
      continue;
    }
    flush();
    if (depth >= MAX_WALK_DEPTH) {
      push(out, kind, inlineText(node, depth + 1));
      continue;
    }
    const leaf = LEAF_KINDS[tag];
    if (leaf) {
      // Inside a quote, a paragraph stays a quote.
      const own = kind === 'quote' && leaf === 'paragraph' ? 'quote' : leaf;
      if (hasBlockChild(node)) walk(node, own, out, depth + 1);
      else push(out, own, inlineText(node, depth + 1));
    } else if (tag === 'BLOCKQUOTE') {
      walk(node, 'quote', out, depth + 1);
    } else if (tag === 'LI') {
      walk(node, 'listItem', out, depth + 1);
    } else {
      walk(node, kind === 'listItem' ? 'paragraph' : kind, out, depth + 1);
    }
  }
  flush();
}

function hasBlockChild(node: DomNode): boolean {
  return Array.from(node.childNodes).some(
    (c) => c.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(c.nodeName.toUpperCase()),
  );
}

/** The text of an inline subtree, without scripts and with <br> as a space. */
function inlineText(node: DomNode, depth: number): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const tag = node.nodeName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return '';
  if (tag === 'BR') return ' ';
  if (depth > MAX_WALK_DEPTH) return node.textContent ?? '';
  let text = '';
  for (const child of Array.from(node.childNodes)) text += inlineText(child, depth + 1);
  return BLOCK_TAGS.has(tag) ? ` ${text} ` : text;
}

function push(out: ExtractedBlock[], kind: ExtractedBlock['kind'], raw: string): void {
  const text = raw
    .replace(/[\u200b\u00ad]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (text) out.push({ kind, text });
}
