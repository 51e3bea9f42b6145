// Text → title and blocks. A short first line without a full stop is the
// headline; otherwise a title is derived from the lead and marked so.
import type { Block } from '@dossier/core';
import { emphasisHeading, plainInline } from './markdown-inline.js';

const HEADLINE_MAX = 160;
/** A line that collapsing its white space to single spaces changes: most lines are spared the replacing. */
const NEEDS_SPACING = /\s\s|[^\S ]/u;

function isHeadingLike(line: string): boolean {
  return (
    line.length <= 110 && !/[.!?:,;…]$/u.test(line) && /^\p{Lu}|^["“«]/u.test(line) && line.split(/\s+/u).length >= 2
  );
}

export function parseArticleText(
  text: string,
  fileName: string,
): { title: string; titleDerived: boolean; blocks: Block[] } {
  const markdown = /\.md$/iu.test(fileName);
  const lines = text
    .split('\n')
    .map((l) => (NEEDS_SPACING.test(l) ? l.replace(/\s+/gu, ' ') : l).trim())
    .filter(Boolean);
  let title: string;
  let titleDerived = false;
  const first = (lines[0] ?? '').replace(/^#+\s*/u, '');
  if (first && first.length <= HEADLINE_MAX && !/[.!?]$/u.test(first) && lines.length > 1) {
    title = first;
    lines.shift();
    if ((lines[0] ?? '').replace(/^#+\s*/u, '') === title) lines.shift();
  } else {
    titleDerived = true;
    const lead = (first.split(/(?<=[.!?])\s/u)[0] ?? first).replace(/[.!?,;:]+$/u, '');
    title = lead.length <= 80 ? lead : `${lead.slice(0, 80).replace(/\s+\S*$/u, '')}…`;
  }
  const blocks: Block[] = lines.map((line) => {
    if (markdown) return markdownBlock(line);
    return { kind: isHeadingLike(line) ? 'heading' : 'paragraph', text: line };
  });
  return { title: (markdown ? plainInline(title) : title) || fileName, titleDerived, blocks };
}

/** A Markdown line: `#` headings, `>` quotes, list items, whole-line bold as a heading; inline syntax as plain text. */
function markdownBlock(line: string): Block {
  if (/^#+\s/u.test(line)) return { kind: 'heading', text: plainInline(line.replace(/^#+\s*/u, '')) };
  if (/^>\s?/u.test(line)) return { kind: 'quote', text: plainInline(line.replace(/^>\s?/u, '')) };
  if (/^([-*+]|\d+[.)])\s/u.test(line))
    return { kind: 'listItem', text: plainInline(line.replace(/^([-*+]|\d+[.)])\s/u, '')) };
  const heading = emphasisHeading(line);
  if (heading) return { kind: 'heading', text: heading };
  return { kind: isHeadingLike(line) ? 'heading' : 'paragraph', text: plainInline(line) };
}
