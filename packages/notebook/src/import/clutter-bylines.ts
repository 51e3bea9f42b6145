// Bylines in the forms the older byline rule misses: the name inverted in a
// field the page's other fields were cut from ("Roe, Jane |"), the word "by"
// with only a separator and the outlet after it ("by · The Daily"), a bare
// name right above or below the article's date line before the story begins
// ("Jane Roe" / "5 September 2025"), and a signature set in styled Unicode
// letters ("𝐉𝐚𝐧𝐞 𝐑𝐨𝐞"). A story's sentence is none of these: it has a verb
// and ends on its punctuation, never on a field separator.
import type { Block } from '@dossier/core';
import { isDateStamp } from './clutter-dates.js';

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]+`;
const PARTICLE = '(?:de|la|del|van|von|da|di|dos|le|du)';
/** "Jane Roe", "Ana María de la Fuente": a name of two to four words. */
const NAME = new RegExp(`^${NAME_WORD}(?: (?:${NAME_WORD}|${PARTICLE})){1,3}$`, 'u');
/** "Roe, Jane |", "Roe, Jane Ann ·": surname, comma, first names, and the separator of the next field. */
const INVERTED_NAME_FIELD = new RegExp(`^${NAME_WORD}, ${NAME_WORD}(?: ${NAME_WORD})?\\s*[|·•]$`, 'u');
/** "by · The Daily", "Par | Le Journal", "Von: Redaktion": "by" in the languages we meet, a separator, a name or outlet. */
const SEPARATED_BYLINE = /^(?:by|par|von|por|di|door)\s*[·|•:–—-]\s*\S.{0,40}$/iu;
/** A paragraph of the story: a sentence of some length, or a long block. */
const isParagraph = (text: string) => text.length > 220 || (text.length > 60 && /[.!?]["”»]?$/u.test(text));
/** Letters of Unicode's mathematical alphabets (bold, italic, script), which posts use to style a name. */
const STYLED_LETTERS = /[\u{1D400}-\u{1D7FF}]/u;
/** Longer lines are no name. */
const MAX_NAME = 40;

const REASON = 'byline (metadata, not body)';

/** "By", "Par", "Von": the word alone on its line, where a page's links broke the byline into lines. */
const BY_ALONE = /^(?:by|par|von|por|di|door|de)$/iu;
/** "Steve Holland, Andrew Mills", "and", ", Reuters": the names, joiners and outlet of a broken byline. */
const BYLINE_PIECE = new RegExp(
  `^(?:,\\s*)?${NAME_WORD}(?: (?:${NAME_WORD}|${PARTICLE}))*(?:\\s*,\\s*${NAME_WORD}(?: (?:${NAME_WORD}|${PARTICLE}))*)*,?$|^(?:and|und|et|y|e|&|,)$`,
  'u',
);
/** Lines a broken byline runs over at most. */
const MAX_BYLINE_PIECES = 8;
/** "DOD News", "Politics Desk": a desk or an outlet, one to three capitalised words. */
const DESK = /^\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2}$/u;

/** The lines after a "By" alone: names, joiners and the outlet, until the first other line. */
function brokenByline(texts: readonly string[], by: number): number[] {
  const found = [by];
  for (let j = by + 1; j < texts.length && j <= by + MAX_BYLINE_PIECES; j++) {
    const text = texts[j]!;
    if (text.length > MAX_NAME || !BYLINE_PIECE.test(text)) break;
    found.push(j);
  }
  // "By" and nothing a name: a word of a list, not a byline.
  return found.length > 1 ? found : [];
}

/**
 * For each block, the reason it is a byline of these forms, or undefined.
 *
 * @example
 * bylineReasons([{ kind: 'paragraph', text: 'Roe, Jane |' }]) // => ['byline (metadata, not body)']
 */
export function bylineReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const firstParagraph = texts.findIndex(isParagraph);
  const lead = firstParagraph < 0 ? texts.length : firstParagraph;
  const isDate = (i: number) =>
    i >= 0 && i < texts.length && (isDateStamp(texts[i]!) || /^date line/u.test(blocks[i]!.clutter?.reason ?? ''));
  const broken = new Set(texts.flatMap((text, i) => (i < lead && BY_ALONE.test(text) ? brokenByline(texts, i) : [])));
  const isByline = (i: number) => broken.has(i) || /^byline/u.test(blocks[i]?.clutter?.reason ?? '');
  return texts.map((text, i) => {
    if (broken.has(i)) return REASON;
    if (text.length > MAX_NAME + 20) return undefined;
    // The desk or outlet under the writer's name, before the story begins ("By Jane Roe" / "DOD News").
    if (i < lead && i > 0 && isByline(i - 1) && !isByline(i) && DESK.test(text)) return REASON;
    if (INVERTED_NAME_FIELD.test(text) || SEPARATED_BYLINE.test(text)) return REASON;
    // Mathematical bold or italic letters: NFKC gives the plain name back.
    if (STYLED_LETTERS.test(text) && NAME.test(text.normalize('NFKC'))) return REASON;
    if (i < lead && text.length <= MAX_NAME && NAME.test(text) && (isDate(i + 1) || isDate(i - 1))) return REASON;
    return undefined;
  });
}
