// The keys an article is filed under in the story index's postings: the
// articles sharing one are its candidates for comparison.
import type { StoryFeatures } from './features.js';
import { idf, type DocumentFrequencies } from './similarity.js';
import { topTerms } from './term-table.js';

/** Distinctive terms per article that decide which articles it is compared with. */
const KEY_TERMS = 20;

/** The article's posting keys: its most distinctive terms, and all its names, figures and dates. */
export function postingKeys(features: StoryFeatures, df: DocumentFrequencies): string[] {
  const weight = (term: string, n: number) => (1 + Math.log(n)) * idf(df.termFrequency(term), df.count);
  return keysWithTerms(features, topTerms(features.terms, KEY_TERMS, weight));
}

/**
 * The posting keys of an article whose distinctive terms are `terms`: all
 * but those come from its features, so a saved record keeps the terms alone
 * (chosen by the frequencies when it was added, they cannot be worked out again).
 */
export function keysWithTerms(features: StoryFeatures, terms: readonly string[]): string[] {
  return [
    ...terms.map((term) => `t:${term}`),
    ...[...features.entities.keys()].map((k) => `e:${k}`),
    ...[...features.figures].map((f) => `f:${f}`),
    ...[...new Set(features.dates)].map((d) => `d:${d}`),
  ];
}

/** The distinctive terms among posting keys (what {@link keysWithTerms} takes). */
export function termsOfKeys(keys: readonly string[]): string[] {
  return keys.filter((key) => key.startsWith('t:')).map((key) => key.slice(2));
}

export function decrement(map: Map<string, number>, keys: Iterable<string>): void {
  for (const key of keys) {
    const n = map.get(key) ?? 0;
    if (n > 1) map.set(key, n - 1);
    else map.delete(key);
  }
}
