// Text → title and blocks. A short first line without a full stop is the
// headline; otherwise a title is derived from the lead and marked so.
import type { Block } from '@dossier/core';

const HEADLINE_MAX = 160;

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
    .map((l) => l.replace(/\s+/gu, ' ').trim())
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
    if (markdown && /^#+\s/u.test(line)) return { kind: 'heading', text: line.replace(/^#+\s*/u, '') };
    if (markdown && /^>\s?/u.test(line)) return { kind: 'quote', text: line.replace(/^>\s?/u, '') };
    if (markdown && /^([-*]|\d+\.)\s/u.test(line))
      return { kind: 'listItem', text: line.replace(/^([-*]|\d+\.)\s/u, '') };
    return { kind: isHeadingLike(line) ? 'heading' : 'paragraph', text: line };
  });
  return { title: title || fileName, titleDerived, blocks };
}
