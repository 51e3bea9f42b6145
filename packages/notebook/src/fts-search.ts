// A search over the FTS5 index: the query tree (@dossier/search) decides each
// word's spellings and completions from the vocabulary, and the articles
// holding them are ranked by the postings file's pruned ranking when it can
// answer (fts-postings-keeper.ts), else by FTS5's bm25 — with or without the
// filters' join — and then turned into hits (fts-hits.ts).
import {
  DEFAULT_LIMIT,
  buildQueryTree,
  parseQuery,
  withQueryOptions,
  type IndexHit,
  type SearchOptions,
  type TermVocabulary,
} from '@dossier/search';
import { toMatchExpression } from './fts-match.js';
import { filterSql } from './fts-filters.js';
import { matchedInPostings, matchedInText, toHits, type RankedRow } from './fts-hits.js';
import { idsOfRanked, textsOfRows, type Prepare } from './fts-rows.js';
import { WEIGHTS } from './fts-schema.js';
import {
  articleTermsOfRows,
  corpusStats,
  ftsTermCounts,
  needsRescore,
  rescoreRows,
  vocabularyCounts,
} from './fts-rescore.js';
import type { PostingsKeeper } from './fts-postings-keeper.js';

/** Rows read past the ones wanted, so that articles tied in rank at the cut are still chosen by id. */
const TIE_SLACK = 10;

/** What a search reads: the index's vocabulary, its postings file, and its compiled statements. */
export interface SearchSource {
  vocabulary: TermVocabulary;
  postings: PostingsKeeper;
  statement: Prepare;
  /**
   * Whether the vocabulary is FTS5's as it is now (no other connection wrote since it was read):
   * its counts then score the rows again, else FTS5's own (slower) do.
   */
  vocabularyCurrent: boolean;
}

const byRankThenId = (a: RankedRow, b: RankedRow) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Articles matching `query`, best first; see `FtsArticleIndex.search`. */
export function searchIndex(source: SearchSource, query: string, options: SearchOptions): IndexHit[] {
  const { vocabulary, postings, statement } = source;
  const parsed = parseQuery(query);
  const merged = withQueryOptions(parsed, options);
  const filter = filterSql(merged);
  const { query: tree, typedTermOf } = buildQueryTree(parsed, vocabulary, filter.sql !== '');
  if (tree === null) return [];
  const sole = (prefix: string) => {
    const completions = vocabulary.commonCompletions(prefix, 2);
    return completions.length === 1 ? completions[0] : undefined;
  };
  const match = toMatchExpression(tree, sole);
  const limit = merged.limit ?? DEFAULT_LIMIT;
  // bm25 cannot weigh one term below another; spelling variants are weighed
  // down afterwards, over more candidates than asked for so that the
  // re-ranking can still pull a better hit up into the answer.
  const candidates = match.leaves.some((l) => l.variant) ? limit + Math.max(limit, 20) : limit;
  const where = [filter.sql];
  const params: (string | number)[] = [...filter.params];
  if (match.excluded) {
    where.push('m.rowid NOT IN (SELECT rowid FROM docs WHERE docs MATCH ?)');
    params.push(match.excluded);
  }
  const conditions = where.filter(Boolean).join(' AND ');
  let rows: RankedRow[];
  const bm25 = `bm25(docs, ${WEIGHTS.join(', ')})`;
  const pruned = match.wanted && !conditions ? postings.rank(tree, match, sole, candidates + TIE_SLACK) : null;
  if (pruned) {
    rows = idsOfRanked(statement, pruned.ranked);
    rows.sort(byRankThenId);
    rows.length = Math.min(rows.length, candidates);
  } else if (match.wanted && !conditions) {
    // Without filters, meta is joined for the best rows only, not for each of the
    // tens of thousands a common word finds; ties are then broken by id below,
    // over a few rows more than needed so a tie at the cut still goes by id.
    const sql =
      `SELECT d.rowid AS rowid, m.id AS id, d.rank AS rank FROM (SELECT rowid, ${bm25} AS rank FROM docs ` +
      `WHERE docs MATCH ? ORDER BY rank LIMIT ?) d JOIN meta m ON m.rowid = d.rowid`;
    rows = statement(sql).all(match.wanted, candidates + TIE_SLACK) as typeof rows;
    rows.sort(byRankThenId);
    rows.length = Math.min(rows.length, candidates);
  } else if (match.wanted) {
    const sql =
      `SELECT m.rowid AS rowid, m.id AS id, ${bm25} AS rank FROM docs JOIN meta m ON m.rowid = docs.rowid ` +
      `WHERE docs MATCH ? AND ${conditions} ORDER BY rank, m.id LIMIT ?`;
    rows = statement(sql).all(match.wanted, ...params, candidates) as typeof rows;
  } else {
    const sql = `SELECT m.rowid AS rowid, m.id AS id, 0 AS rank FROM meta m${conditions ? ` WHERE ${conditions}` : ''} ORDER BY m.id LIMIT ?`;
    rows = statement(sql).all(...params, limit) as typeof rows;
  }
  // Where bm25 misranks (spelling variants, a term in half the articles), the candidates are scored again.
  let texts: Map<number, string>;
  let covers = pruned?.covers ?? 0;
  const counts = !match.wanted
    ? null
    : source.vocabularyCurrent
      ? vocabularyCounts(vocabulary)
      : ftsTermCounts(statement);
  const corpus = counts ? corpusStats(statement) : null;
  if (counts && corpus && needsRescore(match.leaves, counts, corpus.rows)) {
    const articles = articleTermsOfRows(
      statement,
      rows.map((row) => row.rowid),
    );
    rows = rescoreRows(rows, match.leaves, articles, typedTermOf, counts, corpus);
    rows.sort(byRankThenId);
    texts = new Map([...articles].map(([rowid, article]) => [rowid, ` ${article.columns.join(' ')} `]));
    covers = 0;
  } else {
    // The terms a row of the postings file holds are told by the terms' postings, already read; others' by their text.
    texts = textsOfRows(
      statement,
      rows.filter((row) => row.rowid > covers).map((row) => row.rowid),
    );
  }
  const matchedOf = (rowid: number) =>
    pruned && rowid <= covers
      ? matchedInPostings(rowid, match.leaves, pruned.terms)
      : matchedInText(texts.get(rowid) ?? ' ', match.leaves);
  return toHits(rows, matchedOf, typedTermOf, limit);
}
