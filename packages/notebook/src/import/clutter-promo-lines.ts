// A promotion line set among the story's paragraphs, opened by a pictograph
// ("🔴 Latest on the floods | At least 102 dead", "▶ Watch: …"): a link to
// another page, told by its shape — a symbol first, a short line, headlines
// side by side behind a bar or a short label before a colon — and by its
// place after the story began (the page's head is other rules' business). A
// paragraph of the story opens on a word, and a list of key points set with
// symbols for bullets ("✅ The library moves to the town hall") stays.
import type { Block } from '@dossier/core';

const PICTOGRAPH_FIRST = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2})/u;
/** After the symbol, a label of one to three words and a colon: "Watch:", "Lee también:". */
const LABEL_FIRST = /^\S+\s*\p{L}+(?: \p{L}+){0,2}\s?:\s/u;
/** A promotion line is this long at most. */
const MAX_PROMO = 200;

/** A paragraph of the story: a sentence of some length, or a long block. */
const isParagraph = (text: string) => text.length > 220 || (text.length > 60 && /[.!?]["”»]?$/u.test(text));

/**
 * For each block, the reason it is a promotion line among the paragraphs, or undefined.
 *
 * @example
 * promoLineReasons([
 *   { kind: 'paragraph', text: 'The council met on Monday to vote on the budget for the year.' },
 *   { kind: 'paragraph', text: '🔴 Live: the budget vote | What it means for you' },
 * ])
 * // => [undefined, 'promotion line among the paragraphs (a link to another page)']
 */
export function promoLineReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const first = texts.findIndex((t, i) => !blocks[i]!.clutter && isParagraph(t));
  return texts.map((text, i) => {
    if (first < 0 || i <= first || text.length > MAX_PROMO || !PICTOGRAPH_FIRST.test(text)) return undefined;
    return text.includes(' | ') || LABEL_FIRST.test(text)
      ? 'promotion line among the paragraphs (a link to another page)'
      : undefined;
  });
}
