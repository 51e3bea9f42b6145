// Scores a search's candidate rows again where FTS5's bm25 misleads: its idf,
// ln((N − n + 0.5) / (n + 0.5)), is clamped to 1e-6 once a term is in half the
// articles or more, so on a small notebook an article that holds the name as
// typed scores ~0 ("score 0.00") while one holding a rare misspelling of it
// scores high. Here every spelling of a typed word counts with the idf of the
// word as typed, and idf is BM25's positive form, ln(1 + (N − n + 0.5) / (n + 0.5))
// (minisearch's, so never 0), over FTS5's own numbers: the same column
// weights, k1, b, article lengths and average length. The ranking over the
// postings file and FTS5's agree on the candidates, and both are scored again
// here from the same rows, so their answers still agree.
import type { MatchLeaf } from './fts-match.js';
import type { RankedRow } from './fts-hits.js';
import type { Prepare } from './fts-rows.js';
import { COLUMNS, WEIGHTS } from './fts-schema.js';

/** FTS5's bm25 constants. */
const K1 = 1.2;
const B = 0.75;

/** How many articles hold a term, and the commonest of a prefix's completions. */
export interface TermCounts {
  documentFrequency(term: string): number;
  commonestCompletionFrequency(prefix: string): number;
}

/** The counts of the vocabulary a search plans with (kept in step with this connection's writes). */
export function vocabularyCounts(vocabulary: {
  documentFrequency(term: string): number;
  commonCompletions(prefix: string, most: number): string[];
}): TermCounts {
  return {
    documentFrequency: (term) => vocabulary.documentFrequency(term),
    commonestCompletionFrequency: (prefix) => {
      const commonest = vocabulary.commonCompletions(prefix, 1)[0];
      return commonest === undefined ? 0 : vocabulary.documentFrequency(commonest);
    },
  };
}

/**
 * The counts as FTS5 holds them now (its fts5vocab table), not as this
 * connection's vocabulary last saw them: a reader beside the writer scores as
 * an index opened afresh does.
 */
export function ftsTermCounts(prepare: Prepare): TermCounts {
  const known = new Map<string, number>();
  const count = (key: string, sql: string, ...params: string[]) => {
    let n = known.get(key);
    if (n === undefined) {
      n = (prepare(sql).get(...params) as { doc: number | null } | undefined)?.doc ?? 0;
      known.set(key, n);
    }
    return n;
  };
  return {
    documentFrequency: (term) => count(term, 'SELECT doc FROM vocab WHERE term = ?', term),
    commonestCompletionFrequency: (prefix) =>
      count(`*${prefix}`, 'SELECT max(doc) AS doc FROM vocab WHERE term >= ? AND term < ?', prefix, `${prefix}\uffff`),
  };
}

/** Articles indexed and their average length in tokens, from FTS5's own record of them. */
export interface CorpusStats {
  rows: number;
  averageLength: number;
}

/** How many articles hold a leaf's term (a prefix: its commonest completion — at least that many). */
function articlesHolding(leaf: MatchLeaf, counts: TermCounts): number {
  return leaf.prefix ? counts.commonestCompletionFrequency(leaf.term) : counts.documentFrequency(leaf.term);
}

/**
 * Whether FTS5's bm25 misranks this query: a term of it is held by half the
 * articles or more, so its idf is clamped to ~0 and any rarer spelling or word
 * outweighs it. (Only then: scoring the candidates again reads their every
 * term, ~1 ms or more a search, which the common case is spared.)
 */
export function needsRescore(leaves: readonly MatchLeaf[], counts: TermCounts, rows: number): boolean {
  return leaves.some((leaf) => 2 * articlesHolding(leaf, counts) >= rows);
}

/** FTS5's count of rows and of tokens in every column (the `averages` record of docs_data). */
export function corpusStats(prepare: Prepare): CorpusStats {
  const row = prepare('SELECT block FROM docs_data WHERE id = 1').get() as { block: Uint8Array } | undefined;
  if (!row) return { rows: 0, averageLength: 0 };
  const values = varints(row.block);
  const rows = values[0] ?? 0;
  const tokens = values.slice(1).reduce((sum, n) => sum + n, 0);
  return { rows, averageLength: rows ? tokens / rows : 0 };
}

/** SQLite's varints (big-endian, 7 bits a byte, the ninth byte whole), as FTS5 writes its records. */
function varints(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    let value = 0;
    let i = 0;
    for (; i < 8 && at < bytes.length; i++) {
      const byte = bytes[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    if (i === 8 && at < bytes.length) value = value * 256 + bytes[at++]!;
    out.push(value);
  }
  return out;
}

/** BM25's idf in its positive form: above 0 however many of the `rows` articles hold the term. */
export function positiveIdf(holding: number, rows: number): number {
  return Math.log(1 + (rows - holding + 0.5) / (holding + 0.5));
}

/**
 * The rows with their rank (lower is better, as FTS5's) worked out again from
 * their columns' terms (`articles`: row → each column's terms, space-separated,
 * and the article's length in tokens, FTS5's):
 * Σ over the leaves of idf(the typed word) · f(k1 + 1) / (f + k1(1 − b + b·D/avgdl)),
 * f the leaf's weighted count in the article, D its length.
 * `typedTermOf` maps a searched term to the word typed for it.
 */
export function rescoreRows(
  rows: readonly RankedRow[],
  leaves: readonly MatchLeaf[],
  articles: ReadonlyMap<number, ArticleTerms>,
  typedTermOf: ReadonlyMap<string, string>,
  counts: TermCounts,
  corpus: CorpusStats,
): RankedRow[] {
  const distinct = [...new Map(leaves.map((l) => [`${l.prefix ? '*' : ''}${l.term}`, l])).values()];
  const idf = distinct.map((leaf) => {
    const typed = typedTermOf.get(leaf.term);
    const word: MatchLeaf = leaf.variant && typed !== undefined ? { term: typed, prefix: false, variant: false } : leaf;
    return positiveIdf(articlesHolding(word, counts), corpus.rows);
  });
  // Each term of an article counts once, for the first leaf that names it (as matchedInText tells them):
  // "zelenskyi" completing the typed "zelensky" is not counted again as its variant.
  const leafOf = new Map<string, number>();
  const leafIndex = (term: string): number => {
    let i = leafOf.get(term);
    if (i === undefined) {
      i = distinct.findIndex((leaf) => (leaf.prefix ? term.startsWith(leaf.term) : term === leaf.term));
      leafOf.set(term, i);
    }
    return i;
  };
  return rows.map((row) => {
    const article = articles.get(row.rowid);
    if (!article) return row;
    const f = new Float64Array(distinct.length);
    article.columns.forEach((terms, c) => {
      if (!terms) return;
      // Found by a search of the text for each leaf, not by splitting it into its ~700 terms.
      const text = ` ${terms} `;
      distinct.forEach((leaf, i) => {
        const needle = ` ${leaf.term}`;
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
          const term = text.slice(at + 1, text.indexOf(' ', at + 1));
          if (leafIndex(term) === i) f[i]! += WEIGHTS[c]!;
        }
      });
    });
    const norm = K1 * (1 - B + (B * article.length) / (corpus.averageLength || 1));
    let score = 0;
    f.forEach((count, i) => {
      if (count > 0) score += (idf[i]! * count * (K1 + 1)) / (count + norm);
    });
    return { ...row, rank: -score };
  });
}

/** An article's indexed terms by column (COLUMNS order), and its length in tokens as FTS5 counts it. */
export interface ArticleTerms {
  columns: string[];
  length: number;
}

/** The rows' columns' terms and lengths, read from the FTS5 table's content and docsize tables. */
export function articleTermsOfRows(prepare: Prepare, rowids: readonly number[]): Map<number, ArticleTerms> {
  const out = new Map<number, ArticleTerms>();
  if (!rowids.length) return out;
  const names = COLUMNS.map((_, i) => `c${i}`);
  const sql =
    `SELECT c.id AS id, ${names.map((n) => `c.${n} AS ${n}`).join(', ')}, s.sz AS sz FROM docs_content c ` +
    `JOIN docs_docsize s ON s.id = c.id WHERE c.id IN (SELECT value FROM json_each(?))`;
  for (const row of prepare(sql).all(JSON.stringify(rowids)) as Record<string, string | number | Uint8Array>[]) {
    const length = varints(row.sz as Uint8Array).reduce((sum, n) => sum + n, 0);
    out.set(Number(row.id), { columns: names.map((c) => String(row[c] ?? '')), length });
  }
  return out;
}
