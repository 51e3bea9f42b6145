// The furniture of a live page and of a news banner, told by its shape and
// its place, so it holds for an outlet never seen:
// - a clock time alone with a dash or a bar after it ("12:41 -", "09h05 |"):
//   the stamp of a live ticker's entry whose text the page cut off;
// - in the page's head (before the story's first paragraph), an upper-case
//   "LIVE" badge with a few words after it ("LIVE New post in the ticker");
// - after the story began, a banner of one short sentence behind an
//   upper-case "BREAKING:" ("JUST IN:", "EILMELDUNG:", "ÚLTIMA HORA:"…): a
//   post or a ticker embedded in the text. The page's own headline may open
//   so, and stays.
import type { Block } from '@dossier/core';

const CLOCK_STAMP = /^\d{1,2}[:h.]\d{2}(?:\s?(?:Uhr|h|am|pm|a\.m\.|p\.m\.))?\s*[-–—|•·]$/iu;
/** The badge in upper case, then one to six words and no sentence's end. */
const LIVE_BADGE = /^(?:LIVE|EN DIRECT|EN VIVO|AO VIVO|IN DIRETTA|NA ŻYWO)\s+\p{L}[^.!?:]{0,60}$/u;
const MAX_BADGE_WORDS = 7;
const BANNER =
  /^(?:BREAKING(?: NEWS)?|JUST IN|NEWS ALERT|EILMELDUNG|ÚLTIMA HORA|DERNIÈRE MINUTE|ALERTE INFO|URGENTE|ULTIM['’]ORA|PILNE)\s*[:|–—-]\s*\S/u;
/** A banner is one sentence this long at most; a paragraph that opens on the word is the story. */
const MAX_BANNER = 160;
const MORE_SENTENCES = /[.!?]["”»]?\s+\p{Lu}/u;

/** A paragraph of the story: a sentence of some length, or a long block. */
const isParagraph = (text: string) => text.length > 220 || (text.length > 60 && /[.!?]["”»]?$/u.test(text));

/**
 * For each block, the reason it is live-page or banner furniture, or undefined.
 *
 * @example
 * liveStampReasons([{ kind: 'paragraph', text: '12:41 -' }]) // => ["time stamp of a live ticker's entry"]
 */
export function liveStampReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const first = texts.findIndex((t, i) => !blocks[i]!.clutter && isParagraph(t));
  return texts.map((text, i) => {
    if (text.length <= 20 && CLOCK_STAMP.test(text)) return "time stamp of a live ticker's entry";
    if ((first < 0 || i < first) && LIVE_BADGE.test(text) && text.split(/\s+/u).length <= MAX_BADGE_WORDS)
      return "live page's badge (page furniture, not body)";
    if (first >= 0 && i > first && text.length <= MAX_BANNER && BANNER.test(text) && !MORE_SENTENCES.test(text))
      return 'breaking-news banner embedded in the text';
    return undefined;
  });
}
