// The query language a researcher types into the search box. Parsing is pure
// syntax: which words, how they combine, which filters. How loosely each word
// matches (prefix, spelling variants) is decided by the index.
import { DossierError } from '@dossier/core';
import { isIndexable, words } from './tokenize.js';

/** Filters and limits of a search. Every filter given must hold. */
export interface SearchOptions {
  /**
   * Tag paths the article must carry, each one itself or through a child tag;
   * case does not matter.
   *
   * @example
   * { tags: ['energy'] } // finds articles tagged `energy` or `energy/refineries`
   */
  tags?: string[];
  /**
   * The outlet, compared without regard to case or accents.
   *
   * @example
   * { outlet: 'Kyiv Post' }
   */
  outlet?: string;
  /**
   * Earliest publication date, inclusive (ISO 8601). Articles without a date are left out.
   *
   * @example
   * { from: '2024-01-01' } // published on 1 January 2024 or later
   */
  from?: string;
  /**
   * Publication date the article must precede, exclusive (ISO 8601). Articles without a date are left out.
   *
   * @example
   * { to: '2025-01-01' } // published in 2024 or before
   */
  to?: string;
  /**
   * Most hits returned, best first. Defaults to 50.
   *
   * @example
   * { limit: 10 }
   */
  limit?: number;
}

/** One word of a query, normalised the way the index normalises text. */
export interface QueryTerm {
  term: string;
  /** Also matches indexed words it begins: the word being typed last, or any word of 3+ letters. */
  prefix: boolean;
  /** From a quoted phrase: matches only as written (no prefix, no spelling variants). */
  exact: boolean;
}

/**
 * Ways to satisfy one part of a query; any one will do. Each way is a list of
 * terms that must all match: one for a word, several for a phrase or a
 * hyphenated word.
 */
export type QueryClause = QueryTerm[][];

/**
 * A parsed query.
 *
 * @example
 * parseQuery('Zelensky "energy sites" OR refineries -Trump tag:energy after:2024-01-01')
 * // clauses: [[[zelensky]], [[energy, sites], [refineries]]]
 * // excluded: [[[trump]]]
 * // phrases: [['energy', 'sites']]
 * // options: { tags: ['energy'], from: '2024-01-01' }
 */
export interface ParsedQuery {
  /** All must match (AND); within a clause alternatives are joined by `OR`. */
  clauses: QueryClause[];
  /** Clauses written with a leading `-`: an article matching any of them is left out. */
  excluded: QueryClause[];
  /**
   * Quoted phrases as normalised terms (stop words kept). The index only checks
   * that their words occur; {@link findPhrase} checks that they are adjacent.
   */
  phrases: string[][];
  /** Filters written inside the query: `tag:`, `outlet:`, `after:`, `before:`. */
  options: SearchOptions;
}

// An optional `-`, an optional `key:`, then a quoted run or a bare run.
const TOKEN = /(-)?(?:([a-z]+):)?(?:"([^"]*)"?|([^\s"]+))/giu;
const DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * Reads the query language:
 *
 * - words are AND-ed: `energy talks` needs both words;
 * - `OR` (capitals) offers alternatives and binds tighter than AND:
 *   `Qatar talks OR negotiations` = Qatar AND (talks OR negotiations);
 * - `-word` or `-"a phrase"` excludes articles that match it;
 * - `"a phrase"` needs its words exactly as written ({@link ParsedQuery.phrases} for adjacency);
 * - `tag:energy` (also its children such as `energy/refineries`), `outlet:"Kyiv Post"`,
 *   `after:2024-01-01` (inclusive) and `before:2025-01-01` (exclusive) filter;
 * - case, accents and English stop words do not matter; a query of stop words only has no clauses.
 *
 * Throws `invalid_input` for a date filter that is not an ISO date.
 */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { clauses: [], excluded: [], phrases: [], options: {} };
  let joinNext = false;
  let lastWord: QueryTerm | undefined;
  for (const match of query.replace(/[“”„«»]/gu, '"').matchAll(TOKEN)) {
    const [, minus, key, quoted, bare] = match;
    const value = quoted ?? bare ?? '';
    if (key && applyFilter(parsed.options, key.toLowerCase(), value)) continue;
    const text = key ? `${key}:${value}` : value;
    if (!minus && quoted === undefined && text === 'OR') {
      joinNext = parsed.clauses.length > 0;
      continue;
    }
    const exact = quoted !== undefined;
    const all = words(text).map((w) => w.term);
    const terms = all.filter(isIndexable).map((term) => ({ term, prefix: !exact && term.length >= 3, exact }));
    if (exact && all.length > 1 && !minus) parsed.phrases.push(all);
    if (!terms.length) continue;
    if (minus) parsed.excluded.push([terms]);
    else if (joinNext) parsed.clauses[parsed.clauses.length - 1]!.push(terms);
    else parsed.clauses.push([terms]);
    joinNext = false;
    if (!minus) lastWord = exact ? undefined : terms[terms.length - 1];
  }
  // The last word may be half typed, so it also matches as a prefix however short.
  if (lastWord) lastWord.prefix = true;
  return parsed;
}

function applyFilter(options: SearchOptions, key: string, value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed) return false;
  switch (key) {
    case 'tag':
      options.tags = [...(options.tags ?? []), trimmed];
      return true;
    case 'outlet':
      options.outlet = trimmed;
      return true;
    case 'after':
      options.from = checkedDate(key, trimmed);
      return true;
    case 'before':
      options.to = checkedDate(key, trimmed);
      return true;
    default:
      return false;
  }
}

function checkedDate(key: string, value: string): string {
  if (!DATE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new DossierError('invalid_input', `${key}: expects a date like 2024-01-01, got "${value}"`);
  }
  return value;
}

/**
 * The options a search runs with: those given, and those written in the query
 * on top — tags accumulate, the query's outlet and dates win.
 *
 * @example
 * withQueryOptions(parseQuery('tag:energy talks'), { tags: ['war'] }) // { tags: ['war', 'energy'] }
 */
export function withQueryOptions(parsed: ParsedQuery, options: SearchOptions): SearchOptions {
  return { ...options, ...parsed.options, tags: [...(options.tags ?? []), ...(parsed.options.tags ?? [])] };
}
