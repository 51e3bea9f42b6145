// Anchoring highlights in an article's canonical text. A highlight is stored as
// plain data (a position and a quote with its context, see AnnotationTarget);
// `anchor` finds where it belongs in the text as it is now, or says it has no
// place any more, so the caller can keep it as an orphan instead of guessing.
import { DossierError } from './errors.js';
import { looseText } from './loose-text.js';
import {
  approximateOccurrences,
  bestMatch,
  exactOccurrences,
  type QuoteContext,
  type RankedMatch,
} from './match-quote.js';
import type { AnnotationTarget } from './model.js';

export interface TextRange {
  start: number;
  end: number;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored extends TextRange {
  /** How the range was found: the stored offsets, an exact quote elsewhere, or an approximate quote. */
  method: AnchorMethod;
}

/**
 * When to believe an approximate match. Measured on the seeds: a passage whose
 * paragraph was deleted still finds look-alikes elsewhere with quote similarity
 * up to ~0.9 for short quotes (common phrases) and weighted scores up to ~0.79,
 * while a passage with a word changed scores ≥ 0.89 when its surroundings are
 * intact. So a candidate must resemble the quote at all (the edit budget), and
 * then either stand in familiar surroundings or, for a quote long enough not to
 * recur by chance, resemble it closely on its own.
 */
const MIN_FUZZY_QUOTE_SCORE = 0.5;
const MIN_FUZZY_SCORE = 0.8;
const STRONG_QUOTE_SCORE = 0.85;
const STRONG_QUOTE_MIN_LENGTH = 32;

function believable(quoteLength: number, match: RankedMatch): boolean {
  if (match.quoteScore < MIN_FUZZY_QUOTE_SCORE) return false;
  if (match.score >= MIN_FUZZY_SCORE) return true;
  return quoteLength >= STRONG_QUOTE_MIN_LENGTH && match.quoteScore >= STRONG_QUOTE_SCORE;
}

/** Selectors for text[start, end), with up to `context` characters either side. */
export function describe(text: string, start: number, end: number, context = 32): AnnotationTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new DossierError(
      'invalid_input',
      `cannot highlight ${start}–${end}: a range must be non-empty and inside the text (0–${text.length})`,
    );
  }
  return {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
  };
}

/**
 * Where a quote a person gave occurs first in `text`: verbatim if possible,
 * otherwise ignoring differences in whitespace and in typographic quotes and
 * dashes (“ ” ‘ ’ – — against " ' -).
 */
export function findQuote(text: string, exact: string): TextRange | null {
  if (exact.length === 0) return null;
  const at = text.indexOf(exact);
  if (at !== -1) return { start: at, end: at + exact.length };

  const wanted = looseText(exact).text.trim();
  if (wanted.length === 0) return null;
  const haystack = looseText(text);
  const from = haystack.text.indexOf(wanted);
  if (from === -1) return null;
  return { start: haystack.origin[from]![0], end: haystack.origin[from + wanted.length - 1]![1] };
}

/** Where `target` belongs in `text` now, or null when its passage is gone. */
export function anchor(text: string, target: AnnotationTarget): Anchored | null {
  const { position, quote } = target;
  if (quote.exact.length === 0) return null;
  if (position.end <= text.length && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }

  const context: QuoteContext = { prefix: quote.prefix, suffix: quote.suffix, hint: position.start };
  const occurrences = exactOccurrences(text, quote.exact);
  // Scoring context approximately costs a small search per occurrence; an
  // occurrence with its context intact needs none, and is the one we want.
  const intact = occurrences.filter(
    (c) =>
      c.start >= quote.prefix.length &&
      text.startsWith(quote.prefix, c.start - quote.prefix.length) &&
      text.startsWith(quote.suffix, c.end),
  );
  const exact = bestMatch(text, quote.exact.length, intact.length ? intact : occurrences, context);
  if (exact) return { start: exact.start, end: exact.end, method: 'quote' };

  const fuzzy = bestMatch(text, quote.exact.length, approximateOccurrences(text, quote.exact), context);
  if (!fuzzy || !believable(quote.exact.length, fuzzy)) return null;
  return { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' };
}
