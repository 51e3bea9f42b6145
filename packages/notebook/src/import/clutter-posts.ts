// Social posts embedded in an article, known when their link is gone: the
// post's line ends in its signature ("… — SpaceX (@SpaceX) March 7, 2025"),
// and a post that ran over several lines leaves its first lines just above
// the signed one — lines that open with a hashtag, a handle or an emoji, or
// are written in another script or language than the article (an Urdu post
// in an English report, an English one in a French report); a page that put the signature among the post's lines leaves them
// on both sides of it, down to the post's link.
// The article's own text never ends a paragraph in a handle and a date. The
// few words without a verb right above a post ("Afghanistan Earthquake") are
// its label; a subheading that says something ("SpaceX Acknowledges
// Failure") has a verb and stays.
import type { Block } from '@dossier/core';
import { compromise } from '../intelligence/language-tools.js';
import { otherLanguageThanArticle } from './clutter-language.js';

/** The month in the dates posts are signed with, in the languages we meet. */
const MONTH =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember)\\.?';
// "— Jonathon Norcross (@NorcrossUSA) March 6, 2025", "- Jane (@jane) 6 mars 2025": the signature ending the post.
const SIGNED_END = new RegExp(
  `[—–-]\\s*[^()—–]{1,80}\\(@\\w{1,30}\\)\\s+(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2}\\.? (?:de )?${MONTH},? (?:de )?\\d{4})#?$`,
  'u',
);
/** Longer blocks are paragraphs, whatever they end with. */
const MAX_POST = 700;
/** "#BREAKING …", "@SpaceX …", "🔴 BREAKING …": a post's line, opening with a hashtag, a handle or an emoji. */
const POST_OPENING = /^(?:[#@][\p{L}\p{N}_]|\p{Extended_Pictographic})/u;

/** Words a post's label holds at most. */
const LABEL_WORDS = 4;

/** A label: a few words, no punctuation at the end, no verb (as compromise reads English; other languages pass). */
function isLabel(text: string): boolean {
  if (text.split(/\s+/u).length > LABEL_WORDS || !/[\p{L}\p{N}]$/u.test(text)) return false;
  // Lowercased: compromise reads a title-cased line as a run of names and finds no verb in it.
  return !compromise()(text.toLowerCase()).has('#Verb');
}

/** The reasons the rest of the cleaner gives an embedded post's lines. */
const POST_REASON = /embedded social post|signature of an embedded/u;

const SCRIPTS: readonly [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['han', /\p{Script=Han}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /\p{Script=Hiragana}|\p{Script=Katakana}/u],
];

/** The script most of a text's letters are written in, with their count. */
function scriptOf(text: string): { script: string | undefined; letters: number } {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const found = SCRIPTS.find(([, re]) => re.test(ch));
    if (found) counts.set(found[0], (counts.get(found[0]) ?? 0) + 1);
  }
  const [script] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { script, letters };
}

/**
 * Reasons for the blocks that belong to embedded posts: a block signed like a
 * post, and the blocks right above a post (signed here or marked by the
 * cleaner before) that open with a hashtag or a handle, or are in another
 * script or language than the article's, and the verbless label above them.
 *
 * @example
 * postReasons([{ kind: 'paragraph', text: 'We will review the data… — SpaceX (@SpaceX) March 7, 2025' }])
 * // => ['embedded social post']
 */
export function postReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const reasons = texts.map((text): string | undefined =>
    text.length <= MAX_POST && text.includes('(@') && SIGNED_END.test(text) ? 'embedded social post' : undefined,
  );
  const isPost = (i: number) => !!reasons[i] || POST_REASON.test(blocks[i]!.clutter?.reason ?? '');
  // The article's script, read only when it has a post: most articles have none.
  let article: string | undefined | null = null;
  const foreign = (text: string) => {
    if (article === null) article = scriptOf(texts.join(' ')).script;
    const { script, letters } = scriptOf(text);
    return letters >= 10 && !!script && script !== article;
  };
  const otherLanguage = otherLanguageThanArticle(blocks);
  for (let i = texts.length - 1; i > 0; i--) {
    if (!isPost(i)) continue;
    let j = i - 1;
    for (; j >= 0 && !reasons[j]; j--) {
      // A post copied over several lines may have its signature among them: its lines go on above it.
      if (blocks[j]!.clutter) {
        if (isPost(j)) continue;
        break;
      }
      const text = texts[j]!;
      if (text.length > MAX_POST || !(POST_OPENING.test(text) || foreign(text) || otherLanguage(text))) break;
      reasons[j] = 'embedded social post (its first lines)';
    }
    if (j > 0 && !blocks[j]!.clutter && !reasons[j] && isLabel(texts[j]!))
      reasons[j] = 'label of an embedded social post';
  }
  return reasons;
}
