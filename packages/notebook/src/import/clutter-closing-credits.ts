// Credits that close a caption or a standfirst, told by their shape rather
// than by a list of agencies, so they hold for an outlet never seen:
// - a sentence closed by its full stop, then a credit after a spaced slash
//   ("… on 31 May. / VCG", "… their presidents. / Example Daily"): prose
//   never goes on after its full stop with a slash and a few words;
// - a bracketed credit tag ending a short line ("The late mayor [Courtesy]",
//   "The old bridge (File)", "La plaza (Archivo)"): a picture's credit, in
//   the languages we meet.
import type { Block } from '@dossier/core';

/** A sentence's end, a spaced slash, and one to four words of a name (no sentence in them). */
const SLASH_AFTER_SENTENCE = /[.!?]["”»’]?\s+\/\s+[\p{L}\p{N}][\p{L}\p{N}&.'’-]*(?:\s[\p{L}\p{N}&'’-]+){0,3}\.?$/u;
/** A caption or a standfirst with its credit is this long at most; a longer block is a paragraph. */
const MAX_SLASH_CREDITED = 400;
/** "[Courtesy]", "(File)", "(Archives)", "(Foto de archivo)", "[Screenshot]": a picture's credit tag. */
const CREDIT_TAG =
  /\s[[(](?:courtesy|file|file photo|files|archive|archives|handout|supplied|screenshot|screengrab|archivo|foto de archivo|imagen de archivo|archiv|archivbild|archivio|foto d'archivio|arquivo|foto de arquivo|photo d['’]archives)[\])]\.?$/iu;
/** A line with a credit tag is a caption this long at most. */
const MAX_TAGGED = 200;

const REASON = 'photo caption and credit (metadata, not body)';

/** Whether a line ends in a credit after its last sentence or in a bracketed credit tag. */
export function hasClosingCredit(text: string): boolean {
  if (text.length <= MAX_SLASH_CREDITED && text.includes(' / ') && SLASH_AFTER_SENTENCE.test(text)) return true;
  return text.length <= MAX_TAGGED && /[\])]\.?$/u.test(text) && CREDIT_TAG.test(text);
}

/**
 * For each block, the reason it is a caption closed by its credit, or undefined.
 *
 * @example
 * closingCreditReasons([{ kind: 'paragraph', text: 'Fans in the square on Sunday. / Example Photo' }])
 * // => ['photo caption and credit (metadata, not body)']
 */
export function closingCreditReasons(blocks: readonly Block[]): (string | undefined)[] {
  return blocks.map((b) => (hasClosingCredit(b.text.trim()) ? REASON : undefined));
}
