// Turns a parsed query into a minisearch query tree: how loosely each word
// matches is decided here, in one place.
import MiniSearch, { type Query } from 'minisearch';
import type { ParsedQuery, QueryClause, QueryTerm } from './query.js';
import { shortPrefixCompletions } from './short-prefix.js';
import type { TermVocabulary } from './variants.js';

export interface QueryTree {
  /** `null` when the query asks for nothing (empty, or stop words only, and no exclusions). */
  query: Query | null;
  /** Each term searched for (typed or variant) → the typed term it stands for. */
  typedTermOf: Map<string, string>;
}

/**
 * How much a spelling variant counts next to the term as typed. Below 1 so
 * that, all else equal, an article spelling the name as typed ranks first.
 */
export const VARIANT_WEIGHT = 0.7;

/**
 * Builds the tree: clauses AND-ed, alternatives within a clause OR-ed, the
 * terms of an alternative AND-ed, and each term OR-ed with its variants from
 * `vocabulary`. Exclusions hang under AND_NOT. A query with exclusions but no
 * clauses starts from every article, and so does one with only filters
 * (`withEverything`).
 */
export function buildQueryTree(parsed: ParsedQuery, vocabulary: TermVocabulary, withEverything: boolean): QueryTree {
  const typedTermOf = new Map<string, string>();
  const term = (t: QueryTerm): Query => {
    typedTermOf.set(t.term, t.term);
    // A one- or two-letter word being typed: its commonest completions only (short-prefix.ts).
    const completions = t.prefix ? shortPrefixCompletions(vocabulary, t.term) : undefined;
    if (completions) {
      for (const c of completions) if (!typedTermOf.has(c)) typedTermOf.set(c, t.term);
      return { queries: [...new Set([t.term, ...completions])], combineWith: 'OR', prefix: false, fuzzy: false };
    }
    const asTyped: Query = { queries: [t.term], prefix: t.prefix, fuzzy: false };
    const variants = t.exact ? [] : vocabulary.variantsOf(t.term);
    if (!variants.length) return asTyped;
    for (const v of variants) if (!typedTermOf.has(v)) typedTermOf.set(v, t.term);
    const loose: Query = { queries: variants, prefix: false, fuzzy: false, boostTerm: () => VARIANT_WEIGHT };
    return { combineWith: 'OR', queries: [asTyped, loose] };
  };
  const clause = (c: QueryClause): Query => ({
    combineWith: 'OR',
    queries: c.map((alternative) => ({ combineWith: 'AND', queries: alternative.map(term) })),
  });

  const hasClauses = parsed.clauses.length > 0;
  if (!hasClauses && !withEverything && !parsed.excluded.length) return { query: null, typedTermOf };
  const wanted: Query = hasClauses ? { combineWith: 'AND', queries: parsed.clauses.map(clause) } : MiniSearch.wildcard;
  if (!parsed.excluded.length) return { query: wanted, typedTermOf };
  // AND_NOT keeps the first operand's matched terms, so excluded terms never show up as matched.
  return { query: { combineWith: 'AND_NOT', queries: [wanted, ...parsed.excluded.map(clause)] }, typedTermOf };
}
