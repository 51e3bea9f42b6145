// A topic tag inside the text: a short label made of the headline's own words
// ("Incendie cathédrale de Nantes" under "Nantes : ce que l'on sait de
// l'incendie qui a ravagé … la cathédrale"), the link a site sets to its file
// on the story. A subheading says something the headline does not; a tag only
// names the topic again, in the same words and without a sentence's grammar.
import type { Block } from '@dossier/core';

/** Words a tag holds at most; longer lines are subheadings or sentences. */
const MAX_WORDS = 5;
/** Words of this many letters or more carry the topic; shorter ones (de, of, la) are left out. */
const CONTENT_LETTERS = 4;
/** Content words a tag names at least: a two-word subheading ("Le grand orgue") may well echo the headline. */
const MIN_CONTENT = 3;

const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether a line is a tag of the headline's words: a short line without
 * sentence punctuation, at least three content words, every one of them
 * written (exactly) in the headline.
 *
 * @example
 * isHeadlineTag('Incendie cathédrale de Nantes', "Nantes : ce que l'on sait de l'incendie … de la cathédrale") // => true
 * isHeadlineTag('Deux sauvetages successifs', "Incendie de la cathédrale de Nantes : le grand orgue n'a pas survécu") // => false
 */
export function isHeadlineTag(text: string, headline: string | undefined): boolean {
  if (!headline || /[.!?:;,…"“”«»]$/u.test(text.trim())) return false;
  const line = words(text);
  if (line.length > MAX_WORDS) return false;
  const content = line.filter((w) => w.length >= CONTENT_LETTERS);
  if (content.length < MIN_CONTENT) return false;
  const inHeadline = new Set(words(headline));
  return content.every((w) => inHeadline.has(w));
}

/** Indexes of unmarked blocks after the first that are tags of the headline's words. */
export function headlineTags(blocks: readonly Block[], headline: string | undefined): number[] {
  if (!headline) return [];
  return blocks.flatMap((b, i) =>
    i > 0 && !b.clutter && b.text.trim() !== headline.trim() && isHeadlineTag(b.text, headline) ? [i] : [],
  );
}
