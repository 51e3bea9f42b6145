// The keys an article is filed under in the story index's postings: the
// articles sharing one are its candidates for comparison.
import type { StoryFeatures } from './features.js';
import { idf, type DocumentFrequencies } from './similarity.js';
import { topTerms } from './term-table.js';

/** Distinctive terms per article that decide which articles it is compared with. */
const KEY_TERMS = 20;

/** The article's posting keys: its most distinctive terms, and all its names, figures and dates. */
export function postingKeys(features: StoryFeatures, df: DocumentFrequencies): string[] {
  return [
    ...topTerms(features.terms, KEY_TERMS, (term, n) => (1 + Math.log(n)) * idf(df.termFrequency(term), df.count)).map(
      (term) => `t:${term}`,
    ),
    ...[...features.entities.keys()].map((k) => `e:${k}`),
    ...[...features.figures].map((f) => `f:${f}`),
    ...[...new Set(features.dates)].map((d) => `d:${d}`),
  ];
}

export function decrement(map: Map<string, number>, keys: Iterable<string>): void {
  for (const key of keys) {
    const n = map.get(key) ?? 0;
    if (n > 1) map.set(key, n - 1);
    else map.delete(key);
  }
}
