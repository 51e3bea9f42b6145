// Teasers a page sets among the story's own text: the first lines of a
// paragraph cut off with "…" or "[…]" (the preview of the text that follows,
// or of the same story elsewhere on the page), and a promo in capitals with
// a separator ("AS IT HAPPENED | SPAIN VS ENGLAND HIGHLIGHTS"). A cut-off
// line is a teaser only when the article itself carries its full text; a
// sentence that trails off ("and then…") has no such copy.
import type { Block } from '@dossier/core';

/** "… against the N...", "… Pero el conjunto […]", "… the minister said…": a line cut off by the page. */
// "… Teil e..": two dots after a word cut in the middle.
const CUT_OFF = /\s*(?:\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\)|…|\.\.\.|(?<=\p{L})\.\.)$/u;
/** How a line CUT_OFF matches ends: a paragraph ending in one full stop is passed over without trying it at every position. */
const mayBeCutOff = (text: string) =>
  text.endsWith('…') || text.endsWith('..') || text.endsWith(']') || text.endsWith(')');
/** "Jane Roe: …", "Analyse : …": the writer's or the section's name a teaser puts before the text it previews. */
const TEASER_LABEL = /^[^:.!?]{2,40}\s?:\s+/u;
/** Letters and digits a cut-off line keeps at least for its copy to be told apart from chance. */
const MIN_PREVIEW = 40;
/** A line in capitals with a "|" between its parts; longer, it would be a paragraph in capitals. */
const MAX_PROMO = 150;

/** Text reduced to its letters and digits in lower case: a preview drops hyphens and quotes the full text keeps. */
const letters = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

function isCapitalsPromo(text: string): boolean {
  if (text.length > MAX_PROMO || !/\s\|\s/u.test(text)) return false;
  const all = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return all.length >= 10 && upper.length / all.length >= 0.9;
}

/**
 * For each block, the reason it is a teaser by these rules, or undefined. A
 * cut-off line must be found again, whole, in the article's other text (over
 * one block or several).
 *
 * @example
 * teaserReasons(blocks(['England beat the N...', 'England beat the Netherlands 2-1 in Dortmund on Wednesday.']))
 * // => ['teaser: the start of a paragraph cut off', undefined]
 */
export function teaserReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  // The article's unmarked text as one string of letters, read only when a line is cut off: most have none.
  let whole: { text: string; starts: number[] } | undefined;
  const article = () => {
    if (whole) return whole;
    const starts: number[] = [];
    let text = '';
    texts.forEach((t, j) => {
      starts.push(text.length);
      if (!blocks[j]!.clutter) text += letters(t);
    });
    return (whole = { text, starts });
  };
  /** Whether the preview occurs in the article outside the cut-off line itself. */
  const foundElsewhere = (preview: string, i: number) => {
    const { text, starts } = article();
    const [own, ownEnd] = [starts[i]!, starts[i + 1] ?? text.length];
    for (let at = text.indexOf(preview); at >= 0; at = text.indexOf(preview, at + 1))
      if (at + preview.length <= own || at >= ownEnd) return true;
    return false;
  };
  return texts.map((text, i) => {
    if (isCapitalsPromo(text)) return 'teaser or promo in capitals';
    if (!mayBeCutOff(text) || !CUT_OFF.test(text)) return undefined;
    const cut = text.replace(CUT_OFF, '');
    const previews = [cut, cut.replace(TEASER_LABEL, '')].map(letters).filter((p) => p.length >= MIN_PREVIEW);
    return previews.some((p) => foundElsewhere(p, i)) ? 'teaser: the start of a paragraph cut off' : undefined;
  });
}
