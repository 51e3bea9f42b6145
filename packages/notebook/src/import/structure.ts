// Text → title and blocks. A short first line without a full stop is the
// headline; otherwise a title is derived from the lead and marked so.
import type { Block } from '@dossier/core';
import { emphasisHeading, plainInline } from './markdown-inline.js';

const HEADLINE_MAX = 160;
/** Characters a derived title keeps; a longer lead sentence is cut at a word and marked with an ellipsis. */
const DERIVED_MAX = 80;
/** Words a lead sentence needs to name the story: "MADRID, Oct. 30." or "/EFE/." before it only says where and whence. */
const DERIVED_MIN_WORDS = 4;
/**
 * A copied page's date stamp glued before its first line (" date 2024-10-30 Flood waters recede…"): the
 * date of publication, not the headline's first words.
 */
const DATE_STAMP = /^date (\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)/u;
/**
 * A sentence's end: not the stop of an initial, of initials ("the U.S. and Ukraine") or of a short
 * capitalised abbreviation ("Gen. Ortiz").
 */
const SENTENCE_END = /(?<=[.!?])(?<!(?:^|[\s.])\p{Lu}\.)(?<!(?:^|[\s(“"])\p{Lu}\p{Ll}{1,3}\.)\s/u;
/** A wire dateline before the lead's first words: "MADRID — ", "ZARAGOZA, Spain (AP) — ", "Huesca - ". */
const DATELINE = /^\p{Lu}[\p{L}/.,'’()]*(?:\s[\p{Lu}(][\p{L}/.,'’()]*){0,3}\s[—–-]\s(?=\p{Lu})/u;

/**
 * A title made of a lead paragraph: its first sentence that names the story (four words or more,
 * after a wire dateline), cut at a word after 80 characters.
 *
 * @example
 * derivedTitle('MADRID, Oct. 30. /EFE/. Rescue teams reached the last villages. More.') // => 'Rescue teams reached the last villages'
 */
export function derivedTitle(lead: string): string {
  const text = lead.replace(/^[-–•*·]\s+/u, '').replace(DATELINE, '');
  const sentences = text.split(SENTENCE_END);
  const named = sentences.find((s) => s.trim().split(/\s+/u).length >= DERIVED_MIN_WORDS) ?? sentences[0] ?? text;
  const sentence = named.trim().replace(/[.!?,;:]+$/u, '');
  return sentence.length <= DERIVED_MAX ? sentence : `${sentence.slice(0, DERIVED_MAX).replace(/\s+\S*$/u, '')}…`;
}
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
): { title: string; titleDerived: boolean; blocks: Block[]; publishedAt?: string } {
  const markdown = /\.md$/iu.test(fileName);
  const lines = text
    .split('\n')
    .map((l) => (NEEDS_SPACING.test(l) ? l.replace(/\s+/gu, ' ') : l).trim())
    .filter(Boolean);
  const stamp = DATE_STAMP.exec(lines[0] ?? '');
  if (stamp) {
    lines[0] = lines[0]!.slice(stamp[0].length);
    if (!lines[0]) lines.shift();
  }
  const published = stamp ? { publishedAt: stamp[1]! } : {};
  let title: string;
  let titleDerived = false;
  const first = (lines[0] ?? '').replace(/^#+\s*/u, '');
  if (first && first.length <= HEADLINE_MAX && !/[.!?]$/u.test(first) && lines.length > 1) {
    title = first;
    lines.shift();
    if ((lines[0] ?? '').replace(/^#+\s*/u, '') === title) lines.shift();
  } else {
    titleDerived = true;
    title = derivedTitle(first);
  }
  const blocks: Block[] = lines.map((line) => {
    if (markdown) return markdownBlock(line);
    return { kind: isHeadingLike(line) ? 'heading' : 'paragraph', text: line };
  });
  return { title: (markdown ? plainInline(title) : title) || fileName, titleDerived, blocks, ...published };
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
