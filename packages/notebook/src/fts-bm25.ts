// FTS5's bm25, computed from our postings (fts-postings.ts) instead of by
// FTS5 row by row: the same formula, the same operations in the same order on
// the same doubles, so each article gets the very rank FTS5 would give it
// (the tests compare them), for a loop over typed arrays instead of a call
// through SQLite's VM per article that matches. What FTS5 does, per query:
//   avgdl = tokens / rows (its totals record); per phrase, idf = ln((rows - hits + 0.5) / (hits + 0.5)),
//   1e-6 when not above 0; per article, score = Σ over phrases, in order, of
//   idf · f·(k1 + 1) / (f + k1·(1 − b + b·D / avgdl)), f the phrase's column-weighted count, D the article's length;
//   rank = −1 · score.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { MatchLeaf, MatchPlan } from './fts-match.js';
import { forEachPosting, type PostingsStore } from './fts-postings.js';

const K1 = 1.2;
const B = 0.75;

/** Phrases one ranking can hold: each article's phrases are one bit each of a 32-bit mask. */
export const MAX_PHRASES = 32;

/** An article's row and its bm25 rank (lower is better). */
export interface RowRank {
  rowid: number;
  rank: number;
}

/**
 * Whether {@link Bm25Ranker} ranks `plan` as FTS5 would. Not when an OR holds
 * an AND of several phrases: there FTS5 may count a phrase of an alternative
 * the article does not match, which is not worth reproducing for a query
 * shape only typed ORs make; nor past {@link MAX_PHRASES} phrases.
 */
export function rankable(plan: MatchPlan | null, phrases: number): plan is MatchPlan {
  if (plan === null || phrases > MAX_PHRASES) return false;
  const hasAnd = (p: MatchPlan): boolean =>
    typeof p !== 'number' && ((p.combineWith === 'AND' && p.plans.length > 1) || p.plans.some(hasAnd));
  const ok = (p: MatchPlan): boolean => {
    if (typeof p === 'number') return true;
    if (p.combineWith === 'OR' && p.plans.length > 1 && p.plans.some(hasAnd)) return false;
    return p.plans.every(ok);
  };
  return ok(plan);
}

/**
 * Ranks articles by bm25 over the postings. Scratch arrays indexed by row are
 * kept between searches (20 bytes per row) and cleared after each.
 *
 * @example
 * const ranker = new Bm25Ranker(db, postings);
 * ranker.best(match.plan, match.leaves, 20) // => [{ rowid: 7, rank: -3.2 }, …] (the 20 best, and any tied with the 20th)
 */
export class Bm25Ranker {
  private scores = new Float64Array(0);
  private masks = new Uint32Array(0);
  private lengths = new Uint32Array(0);
  private counts = new Uint32Array(0);
  private readonly totalsStatement: StatementSync;
  private readonly lnStatement: StatementSync;

  constructor(
    db: DatabaseSync,
    private readonly postings: PostingsStore,
  ) {
    this.totalsStatement = db.prepare('SELECT block FROM docs_data WHERE id = 1');
    // C's log, as FTS5 takes it: V8's Math.log may differ in the last bit.
    this.lnStatement = db.prepare('SELECT ln(?) AS value');
  }

  /**
   * The `wanted` best articles matching `plan` (ranked, not yet sorted), and
   * every article tied with the last of them; `allowed` narrows the articles.
   */
  best(
    plan: MatchPlan,
    leaves: readonly MatchLeaf[],
    wanted: number,
    allowed: (row: number) => boolean = () => true,
  ): RowRank[] {
    const { rows, tokens } = this.totals();
    if (!rows) return [];
    const avgdl = tokens / rows;
    const touched: number[] = [];
    try {
      for (let phrase = 0; phrase < leaves.length; phrase++)
        this.addPhrase(leaves[phrase]!, phrase, rows, avgdl, touched);
      const matches = matcherOf(plan);
      const found: RowRank[] = [];
      let cut = Infinity;
      for (const row of touched) {
        if (!matches(this.masks[row]!) || !allowed(row)) continue;
        const rank = -1.0 * this.scores[row]!;
        if (rank > cut) continue;
        found.push({ rowid: row, rank });
        if (found.length >= wanted * 4) cut = trim(found, wanted);
      }
      trim(found, wanted);
      return found;
    } finally {
      for (const row of touched) {
        this.scores[row] = 0;
        this.masks[row] = 0;
        this.counts[row] = 0;
      }
    }
  }

  /** Adds one phrase's bm25 term to the score of each article holding it, and its bit to the article's mask. */
  private addPhrase(leaf: MatchLeaf, phrase: number, rows: number, avgdl: number, touched: number[]): void {
    const bit = 2 ** phrase;
    const segments = leaf.prefix ? this.postings.segmentsWithPrefix(leaf.term) : this.postings.segmentsOf(leaf.term);
    const holding: number[] = [];
    for (const segment of segments) {
      forEachPosting(segment, this.postings.removed, (row, doubledCount, length) => {
        if (row >= this.scores.length) this.grow(row);
        if (this.counts[row] === 0) holding.push(row);
        this.counts[row] = this.counts[row]! + doubledCount;
        if (this.masks[row] === 0) touched.push(row);
        this.masks[row] = this.masks[row]! | bit;
        this.lengths[row] = length;
      });
    }
    const hits = holding.length;
    let idf = this.ln((rows - hits + 0.5) / (hits + 0.5));
    if (idf <= 0.0) idf = 1e-6;
    const { scores, counts, lengths } = this;
    for (const row of holding) {
      const f = counts[row]! / 2;
      const D = lengths[row]!;
      scores[row] = scores[row]! + idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * D) / avgdl)));
      counts[row] = 0;
    }
  }

  /** FTS5's own count of rows and of tokens in all columns (its averages record, SQLite varints). */
  private totals(): { rows: number; tokens: number } {
    const record = this.totalsStatement.get() as { block: Uint8Array } | undefined;
    if (!record) return { rows: 0, tokens: 0 };
    const data = record.block;
    let at = 0;
    const varint = () => {
      let value = 0;
      for (let i = 0; i < 9; i++) {
        const byte = data[at++]!;
        if (i === 8) return value * 256 + byte;
        value = value * 128 + (byte & 0x7f);
        if (byte < 0x80) return value;
      }
      return value;
    };
    const rows = varint();
    let tokens = 0;
    while (at < data.length) tokens += varint();
    return { rows, tokens };
  }

  private ln(value: number): number {
    return (this.lnStatement.get(value) as { value: number }).value;
  }

  private grow(row: number): void {
    const size = Math.max(1024, 2 ** Math.ceil(Math.log2(row + 1)));
    const scores = new Float64Array(size);
    const masks = new Uint32Array(size);
    const lengths = new Uint32Array(size);
    const counts = new Uint32Array(size);
    scores.set(this.scores);
    masks.set(this.masks);
    lengths.set(this.lengths);
    counts.set(this.counts);
    Object.assign(this, { scores, masks, lengths, counts });
  }
}

/** Keeps the `wanted` best of `found` and all tied with the last of them; returns the rank they must beat or tie. */
function trim(found: RowRank[], wanted: number): number {
  found.sort((a, b) => a.rank - b.rank);
  if (found.length <= wanted) return Infinity;
  const cut = found[wanted - 1]!.rank;
  let keep = wanted;
  while (keep < found.length && found[keep]!.rank === cut) keep++;
  found.length = keep;
  return cut;
}

/**
 * The plan as a test of an article's phrase mask. A plan {@link rankable}
 * takes is an AND of ORs of phrases: one mask per OR, each of which the
 * article's mask must meet — a loop over a few numbers per article, where
 * nested closures cost a fifth of the ranking at 100k.
 */
function matcherOf(plan: MatchPlan): (mask: number) => boolean {
  const clauses = clausesOf(plan);
  if (clauses === null) return compile(plan);
  const masks = Uint32Array.from(clauses);
  return (mask) => {
    for (let i = 0; i < masks.length; i++) if ((mask & masks[i]!) === 0) return false;
    return true;
  };
}

/** The plan as masks that must each meet the article's (AND of ORs), or `null` when it is not of that shape. */
function clausesOf(plan: MatchPlan): number[] | null {
  if (typeof plan === 'number') return [2 ** plan];
  const parts = plan.plans.map(clausesOf);
  if (parts.some((p) => p === null)) return null;
  if (plan.combineWith === 'AND') return parts.flatMap((p) => p!);
  if (parts.some((p) => p!.length !== 1)) return null;
  return [parts.reduce((union, p) => (union | p![0]!) >>> 0, 0)];
}

/** The plan as a test of an article's phrase mask, for any shape. */
function compile(plan: MatchPlan): (mask: number) => boolean {
  if (typeof plan === 'number') {
    const bit = 2 ** plan;
    return (mask) => (mask & bit) !== 0;
  }
  const parts = plan.plans.map(compile);
  return plan.combineWith === 'AND' ? (mask) => parts.every((p) => p(mask)) : (mask) => parts.some((p) => p(mask));
}
