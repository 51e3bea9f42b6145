// A minisearch query tree (from @dossier/search's buildQueryTree) written as
// an FTS5 MATCH expression, so the words, variants and completions chosen over
// the vocabulary are looked up by FTS5. Terms are already normalised (letters
// and digits only); each is quoted anyway so nothing in one can act as syntax.
import MiniSearch, { type Query } from 'minisearch';

/** A term the expression looks for, and whether as a prefix. */
export interface MatchLeaf {
  term: string;
  prefix: boolean;
  /** A spelling variant of a typed term (it counts for less in the ranking). */
  variant: boolean;
}

export interface MatchExpression {
  /** What the articles must match, or `null` for "every article" (filters or exclusions only). */
  wanted: string | null;
  /** What they must not match, or `null`. */
  excluded: string | null;
  /** The terms of `wanted`, to tell which of them a found article holds. */
  leaves: MatchLeaf[];
}

/**
 * The one indexed term a prefix stands for, when only one term starts with it
 * (`undefined` otherwise). FTS5 answers `"however"*` by gathering the postings
 * of every term in the range into a new list — at 100k articles, for a word
 * in 30,000 of them, 25 ms more than `"however"` for the very same articles —
 * so such a prefix is looked up as that term, which finds and ranks the same.
 */
export type SoleCompletion = (prefix: string) => string | undefined;

const noSoleCompletion: SoleCompletion = () => undefined;

/**
 * @example
 * toMatchExpression({ combineWith: 'AND', queries: [{ queries: ['kyiv'], prefix: true }] })
 * // => { wanted: '(("kyiv"*))', excluded: null, leaves: [{ term: 'kyiv', prefix: true, variant: false }] }
 * toMatchExpression({ queries: ['howeve'], prefix: true }, () => 'however')
 * // => { wanted: '("however")', …, leaves: [{ term: 'howeve', prefix: true, variant: false }] }
 */
export function toMatchExpression(tree: Query, soleCompletion: SoleCompletion = noSoleCompletion): MatchExpression {
  const write = writer(soleCompletion);
  if (tree === MiniSearch.wildcard) return { wanted: null, excluded: null, leaves: [] };
  if (typeof tree !== 'string' && tree.combineWith === 'AND_NOT') {
    const [first, ...rest] = tree.queries;
    const excluded = rest.map((q) => write(q, false, false, [])).join(' OR ');
    const leaves: MatchLeaf[] = [];
    const wanted = first === MiniSearch.wildcard || first === undefined ? null : write(first, false, false, leaves);
    return { wanted, excluded: excluded ? `(${excluded})` : null, leaves };
  }
  const leaves: MatchLeaf[] = [];
  return { wanted: write(tree, false, false, leaves), excluded: null, leaves };
}

const quoted = (term: string) => `"${term.replace(/"/gu, '""')}"`;

function writer(soleCompletion: SoleCompletion) {
  const write = (query: Query, prefix: boolean, variant: boolean, leaves: MatchLeaf[]): string => {
    if (typeof query === 'string') {
      // The leaf stays a prefix: which terms a found article holds is read the same way.
      leaves.push({ term: query, prefix, variant });
      if (!prefix) return quoted(query);
      const sole = soleCompletion(query);
      return sole === undefined ? `${quoted(query)}*` : quoted(sole);
    }
    if (query === MiniSearch.wildcard) throw new Error('a wildcard can only stand first under AND_NOT');
    const inner = query.prefix === undefined ? prefix : query.prefix === true;
    // The query tree weighs spelling variants down with boostTerm; nothing else sets it.
    const loose = variant || query.boostTerm !== undefined;
    const parts = query.queries.map((q) => write(q, inner, loose, leaves));
    const operator = query.combineWith ?? 'OR';
    if (operator === 'AND_NOT') {
      const [first, ...rest] = parts;
      return `(${first} NOT (${rest.join(' OR ')}))`;
    }
    return `(${parts.join(` ${operator} `)})`;
  };
  return write;
}
