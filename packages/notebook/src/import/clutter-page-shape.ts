// Clutter told by where a line stands on the page and by what the page
// already marked, not by its words, so it holds for an outlet never seen:
// - the page's head: between the headline and the story's first paragraph,
//   a line of three words or fewer that is no sentence is a label, a tag, a
//   section, a station's name or a field ("World", "Israel Iran", "• City
//   News") — the story itself starts with its first paragraph (with no
//   headline, a short first line may be the headline or the place, and stays);
// - copies: a short line written again, beside other marked lines, where the
//   page already marked it (the agency's initials under each copy of a
//   caption; a results table's repeated "Governor" beside names stays), and a caption's
//   opening given alone right above the caption with its credit;
// - a credit cut off after its slash ("RTP /"): no sentence ends on a slash;
// - a headline of the page written again as a bulleted link (a breadcrumb,
//   a table of contents, a teaser of the story itself).
// Runs last, over the marks of every other rule.
import type { Block } from '@dossier/core';

/** A paragraph of the text: a sentence of some length, or a long block. */
const isParagraph = (text: string) => text.length > 220 || (text.length > 60 && /[.!?]["”»]?$/u.test(text));
const BULLET = /^[-–•·*▪]\s+/u;
/** Head lines this short are labels and fields; a headline or a sentence is longer. */
const MAX_HEAD_WORDS = 3;
const MAX_HEAD_CHARS = 30;
/** A sentence's or a quotation's close, a list's comma: such a line is text, however short. */
const TEXT_END = /[.!?…,;"“”«»]$/u;
/** A copy this short of a marked line is the same furniture; a longer copy may be a quoted sentence. */
const MAX_COPY = 80;
/** "RTP /", "Photo: Agency /": a few words, closed by the slash a credit's second part was cut from. */
const CUT_CREDIT = /^[\p{L}\p{N}.&' :-]{2,30} \/$/u;

/** The reason of a mark made on the page's own lines. */
const HEAD_REASON = "short line of the page's head (label, tag or field, not body)";

/** Added to the reason of the line a copy repeats. */
const COPY_NOTE = '(written again on the page)';

/** The mark of a caption or credit, the one a caption's opening above it shares. */
const isCaptionMark = (block: Block | undefined) => /caption|credit/u.test(block?.clutter?.reason ?? '');

/**
 * For each block, the reason it is clutter by its place on the page and the
 * marks around it, or undefined. `blocks` carry the other rules' marks.
 *
 * @example
 * pageShapeReasons([{ kind: 'paragraph', text: 'World' }, { kind: 'paragraph', text: 'The council met on Monday to vote on the budget.' }])
 * // => ["short line of the page's head (label, tag or field, not body)", undefined]
 */
export function pageShapeReasons(blocks: readonly Block[], headline?: string): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const first = texts.findIndex((t, i) => !blocks[i]!.clutter && isParagraph(t));
  const marked = new Map<string, string>();
  blocks.forEach((b, i) => {
    if (b.clutter && texts[i]!.length <= MAX_COPY && !marked.has(texts[i]!)) marked.set(texts[i]!, b.clutter.reason);
  });
  const headings = new Set(
    blocks.flatMap((b, i) => (b.kind === 'heading' && !BULLET.test(texts[i]!) ? [texts[i]!] : [])),
  );
  if (headline) headings.add(headline);
  return texts.map((text, i) => {
    if (blocks[i]!.clutter) return undefined;
    if (headline && i < first && text !== headline && isHeadLine(text)) return HEAD_REASON;
    if (BULLET.test(text) && headings.has(text.replace(BULLET, '')))
      return 'a headline of the page written again as a link';
    const copied = marked.get(text);
    if (copied && (blocks[i - 1]?.clutter || blocks[i + 1]?.clutter)) return `${copied} ${COPY_NOTE}`;
    const next = texts[i + 1];
    if (text.length >= 20 && next && next.length > text.length && next.startsWith(text) && isCaptionMark(blocks[i + 1]))
      return "photo caption's opening above the caption (metadata, not body)";
    if (text.length <= 40 && CUT_CREDIT.test(text)) return 'photo credit cut after its slash (metadata, not body)';
    return undefined;
  });
}

function isHeadLine(text: string): boolean {
  const line = text.replace(BULLET, '');
  if (!line || line.length > MAX_HEAD_CHARS || TEXT_END.test(line)) return false;
  return line.split(/\s+/u).length <= MAX_HEAD_WORDS && /[\p{L}\p{N}]/u.test(line);
}
