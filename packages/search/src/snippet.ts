// The excerpt shown under a search hit. Matching is done word by word on the
// normalised form, and offsets come from the original text, so `Zelenský`
// is marked for the term `zelensky` and the marks line up with what is shown.
import { normalizeTerm, scanWords, type Word } from './tokenize.js';

/** `[start, end)` offsets. */
export type Span = [number, number];

export interface Snippet {
  /** About `maxLength` characters around the densest run of matches, `…` where text was cut. */
  snippet: string;
  /** Where matched words sit in `snippet`. */
  marks: Span[];
  /** Where matched words sit in the full text. */
  matches: Span[];
}

const ELLIPSIS_BEFORE = '… ';
const ELLIPSIS_AFTER = ' …';

/**
 * Cuts an excerpt of `text` around the place where most of `terms` occur
 * together, on word boundaries. `terms` are indexed terms, such as a hit's
 * `terms` (spelling variants and prefix completions included); a word matches
 * when its normalised form equals one of them. Line breaks become spaces, one
 * for one, so offsets stay put. Without matches the excerpt is the text's start.
 *
 * @example
 * makeSnippet('President Volodymyr Zelenský said…', ['zelensky'])
 * // => { snippet: 'President Volodymyr Zelenský said…', marks: [[20, 28]], matches: [[20, 28]] }
 */
export function makeSnippet(text: string, terms: readonly string[], maxLength = 200): Snippet {
  const wanted = new Set(terms.map(normalizeTerm).filter(Boolean));
  // A plain word's term is as long as the word: most words of an article are
  // passed over on their length alone, without making a term of them.
  const lengths = new Set([...wanted].map((t) => t.length));
  const starts: number[] = [];
  const ends: number[] = [];
  const hits: Word[] = [];
  scanWords(text, (start, end, plain) => {
    if (plain && !lengths.has(end - start)) {
      starts.push(start);
      ends.push(end);
      return;
    }
    const word = text.slice(start, end);
    const term = plain ? word.toLowerCase() : normalizeTerm(word);
    // A word of marks alone normalises to nothing: not a word, as for words().
    if (!term) return;
    starts.push(start);
    ends.push(end);
    if (wanted.has(term)) hits.push({ term, start, end });
  });
  const [from, to] = hits.length ? densestRun(hits, maxLength) : [0, 0];
  const [start, end] = widen(text, starts, ends, from, to, maxLength);
  const before = start > 0 ? ELLIPSIS_BEFORE : '';
  const after = end < text.length ? ELLIPSIS_AFTER : '';
  const shown = text.slice(start, end).replace(/\s/gu, ' ');
  const marks = hits
    .filter((w) => w.start >= start && w.end <= end)
    .map((w): Span => [w.start - start + before.length, w.end - start + before.length]);
  return { snippet: before + shown + after, marks, matches: hits.map((w): Span => [w.start, w.end]) };
}

/** The span of the window of at most `maxLength` characters holding the most distinct terms, then the most matches. */
function densestRun(hits: Word[], maxLength: number): Span {
  const seen = new Map<string, number>();
  let best = { distinct: 0, count: 0, from: hits[0]!.start, to: hits[0]!.end };
  let first = 0;
  for (let last = 0; last < hits.length; last++) {
    const added = hits[last]!;
    seen.set(added.term, (seen.get(added.term) ?? 0) + 1);
    while (added.end - hits[first]!.start > maxLength && first < last) {
      const dropped = hits[first++]!;
      const left = seen.get(dropped.term)! - 1;
      if (left) seen.set(dropped.term, left);
      else seen.delete(dropped.term);
    }
    const count = last - first + 1;
    if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) {
      best = { distinct: seen.size, count, from: hits[first]!.start, to: added.end };
    }
  }
  return [best.from, best.to];
}

/** Grows `[from, to)` evenly on both sides up to `maxLength`, then trims to whole words (`starts`/`ends`: every word's). */
function widen(text: string, starts: number[], ends: number[], from: number, to: number, maxLength: number): Span {
  const room = Math.max(0, maxLength - (to - from));
  let start = Math.max(0, from - Math.floor(room / 2));
  let end = Math.min(text.length, start + Math.max(maxLength, to - from));
  start = Math.max(0, Math.min(start, end - maxLength));
  if (start > 0) {
    const first = firstAtOrAfter(starts, start);
    start = first < starts.length ? starts[first]! : from;
  }
  if (end < text.length) {
    // The last word ending by `end`, if it ends after `start`.
    const last = firstAtOrAfter(ends, end + 1) - 1;
    end = last >= 0 && ends[last]! > start ? ends[last]! : to;
  }
  return [Math.min(start, from), Math.max(end, to)];
}

/** The index of the first of the ascending `values` that is at least `wanted` (`values.length` if none). */
function firstAtOrAfter(values: number[], wanted: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
}
