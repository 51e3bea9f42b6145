// Ranking candidate places for a quote, after the Hypothesis client's idea:
// a candidate is judged on how closely it matches the quote, how well the text
// around it matches the remembered prefix and suffix, and (only to break ties)
// how near it is to where the quote used to be.
import approxSearch from 'approx-string-match';

export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote started last time it was anchored. */
  hint: number;
}

export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface RankedMatch {
  start: number;
  end: number;
  /** 1 − edit errors / quote length. */
  quoteScore: number;
  /** Weighted score in [0, 1] over quote, context and position. */
  score: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Edit errors grow the search cost linearly (the matcher runs in about
 * O(errors / 32 · text length)), so a long quote may not buy unlimited slack.
 */
export function maxFuzzyErrors(quoteLength: number): number {
  return Math.min(256, Math.floor(quoteLength / 2));
}

/** Every exact occurrence of `quote` in `text`. */
export function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** The closest approximate matches of `quote` in `text` (all with the lowest error count found). */
export function approximateOccurrences(text: string, quote: string): Candidate[] {
  return approxSearch(text, quote, maxFuzzyErrors(quote.length));
}

/** How closely `expected` occurs inside `actual`, from 0 (nothing alike) to 1 (present verbatim). */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const [best] = approxSearch(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

/** Best candidate first; null when there are none. */
export function bestMatch(
  text: string,
  quoteLength: number,
  candidates: readonly Candidate[],
  context: QuoteContext,
): RankedMatch | null {
  let best: RankedMatch | null = null;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quoteLength;
    const before = text.slice(Math.max(0, c.start - context.prefix.length), c.start);
    const after = text.slice(c.end, c.end + context.suffix.length);
    const positionScore = text.length ? 1 - Math.abs(c.start - context.hint) / text.length : 1;
    const score =
      (QUOTE_WEIGHT * quoteScore +
        PREFIX_WEIGHT * similarity(before, context.prefix) +
        SUFFIX_WEIGHT * similarity(after, context.suffix) +
        POSITION_WEIGHT * Math.max(0, positionScore)) /
      MAX_SCORE;
    if (!best || score > best.score) best = { start: c.start, end: c.end, quoteScore, score };
  }
  return best;
}
