// A list of the outlet's other stories, each headline with its date stamp
// ("See other news" / "11/02/2026" / "Best cafés in town" / "11/02/2026" /
// "…"), set after the story or beside it, whatever the list's header says
// and in whatever language: the shape tells it, headlines and stamps
// alternating. A chronology of the story's own events has the same shape, so
// a list counts only by a sign of the page's furniture: two of its stamps are
// the same day (the outlet's latest news), or one of its headlines is printed
// again elsewhere in the article (the same teaser at the top of the page). The
// list's header just above it, and the copies of its headlines, go with it.
import type { Block } from '@dossier/core';
import { isDateStamp } from './clutter-dates.js';

/** A headline of the list: a few words to a line, one sentence at most, without a full stop at its end. */
const MIN_HEADLINE = 10;
const MAX_HEADLINE = 150;
const MORE_SENTENCES = /[.!?]["”»]?\s+["“«]?\p{Lu}/u;
const isHeadline = (text: string) =>
  text.length >= MIN_HEADLINE &&
  text.length <= MAX_HEADLINE &&
  !/[.:;,]$/u.test(text) &&
  !MORE_SENTENCES.test(text) &&
  !isDateStamp(text);
/** Headlines (and as many stamps) a list holds at least: one pair is any headline above a dateline. */
const MIN_PAIRS = 2;
/** The list's header: "See other news", "Weitere Nachrichten:", a few words without a sentence's end. */
const MAX_HEADER_WORDS = 5;
const isHeader = (text: string) =>
  text.length <= 40 && text.split(/\s+/u).length <= MAX_HEADER_WORDS && !/[.!?]$/u.test(text);

const LIST_REASON = 'teaser list of other stories (headlines with their date stamps)';

/**
 * For each block, the reason it belongs to a stamped teaser list, or undefined.
 *
 * @example
 * stampedTeaserReasons(blocks(['…the story…', 'More news', '02/03/2026', 'A new park opens', '02/03/2026', 'Rents rise again']))
 * // => [undefined, 'header of …', 'teaser list …', 'teaser list …', 'teaser list …', 'teaser list …']
 */
export function stampedTeaserReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const reasons: (string | undefined)[] = texts.map(() => undefined);
  const stamp = texts.map(isDateStamp);
  if (stamp.filter(Boolean).length < MIN_PAIRS) return reasons;
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  const listed = new Set<string>();
  let start = 0;
  while (start < texts.length) {
    // The longest run from here in which stamps and headlines alternate.
    let end = start;
    while (
      end < texts.length &&
      (stamp[end] || isHeadline(texts[end]!)) &&
      (end === start || stamp[end] !== stamp[end - 1])
    )
      end++;
    // "Header, stamp, headline, stamp, headline": pairs are stamp and headline, so the line before them is the header.
    const first = end - start >= 3 && !stamp[start] && !stamp[end - 1] ? start + 1 : start;
    const run = texts.slice(first, end);
    const stamps = run.filter((_, k) => stamp[first + k]);
    const headlines = run.filter((_, k) => !stamp[first + k]);
    const sameDay = new Set(stamps).size < stamps.length;
    const printedTwice = headlines.some((h) => (counts.get(h) ?? 0) > 1);
    if (stamps.length >= MIN_PAIRS && headlines.length >= MIN_PAIRS && (sameDay || printedTwice)) {
      for (let k = first; k < end; k++) reasons[k] = LIST_REASON;
      for (const h of headlines) listed.add(h);
      const above = first - 1;
      if (above >= 0 && !blocks[above]!.clutter && isHeader(texts[above]!))
        reasons[above] = 'header of a teaser list of other stories';
    }
    start = Math.max(end, start + 1);
  }
  if (listed.size)
    texts.forEach((t, i) => {
      if (!reasons[i] && listed.has(t)) reasons[i] = 'teaser of another story (also in the list of other stories)';
    });
  return reasons;
}
