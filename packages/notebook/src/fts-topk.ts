// The best k articles by FTS5's bm25 without scoring every article a word
// finds. Profiled at 100k articles (README, "Search"): the queries that make
// the p95 are common words (in 35,000–88,000 of the articles, each searched as
// a prefix) and a name's spellings (each in ~16,000); FTS5 scores every one of
// those articles. Here each phrase's postings carry, per block of BLOCK
// postings, the largest count and the shortest article in it, which bound
// what any article of the block can score (bm25 grows with the count and
// shrinks with the length), so whole blocks and articles that cannot reach the
// k-th best are passed over (MaxScore, Turtle & Flood 1995, with block maxima,
// Ding & Suel 2011). The score of an article that is kept is the very double
// FTS5 gives it: the same formula, the phrases added in FTS5's order.
//   avgdl = tokens / rows; per phrase, idf = ln((rows - hits + 0.5) / (hits + 0.5)), 1e-6 when not above 0;
//   per article, score = Σ over phrases, in order, of idf · f·(k1 + 1) / (f + k1·(1 − b + b·D / avgdl)),
//   f the phrase's column-weighted count, D the article's length; rank = −score.

const K1 = 1.2;
const B = 0.75;

/** Postings per block: the unit that is skipped whole. */
export const BLOCK = 128;

/** Clauses one ranking can hold: an article's matched clauses are one bit each of a 32-bit number. */
export const MAX_CLAUSES = 30;

/** Bounds may be off by rounding in the last bits: a block or article is passed over only when clearly below. */
const ROUNDING = 1 + 1e-9;

/** One phrase's postings and their block maxima ({@link withBlocks}). */
export interface PhrasePostings {
  /** Articles' rows holding the phrase, ascending. */
  rows: Uint32Array;
  /** Per posting, twice the phrase's column-weighted count (FTS5's column weights are halves). */
  doubledCounts: Uint32Array;
  /** Articles holding the phrase in any column, for its idf (more than `rows.length` when other columns hold it too). */
  hits: number;
  /** Per block of {@link BLOCK} postings: the largest doubled count in it. */
  blockMaxCounts: Uint32Array;
  /** Per block: the shortest article's length in it. */
  blockMinLengths: Uint32Array;
}

/** The articles a ranking reads: their count, their tokens in all, and each one's length by row. */
export interface RankedCorpus {
  rows: number;
  tokens: number;
  lengths: ArrayLike<number>;
  /** The natural log FTS5 takes (C's `log`, e.g. SQLite's `ln()`): V8's `Math.log` may differ in the last bit. */
  ln?: (value: number) => number;
}

/**
 * A query as phrases and clauses: an article matches when it holds at least
 * one phrase of every clause (an AND of ORs); each phrase is in one clause.
 *
 * @example
 * // "zelensky talks": the name's two spellings, then the other word
 * { phrases: [zelensky, zelenskyi, talks], clauses: [[0, 1], [2]] }
 */
export interface RankedQuery {
  phrases: readonly PhrasePostings[];
  clauses: readonly (readonly number[])[];
  /** Narrows the articles (filters, exclusions); every article when absent. */
  allowed?: (row: number) => boolean;
}

/** An article's row and its bm25 rank (lower is better), as FTS5 reports it. */
export interface RowRank {
  row: number;
  rank: number;
}

/**
 * Adds the block maxima to postings, given each article's length by row.
 *
 * @example
 * withBlocks({ rows: Uint32Array.of(3, 9), doubledCounts: Uint32Array.of(2, 6), hits: 2 }, lengths)
 * // => { …, blockMaxCounts: Uint32Array [6], blockMinLengths: Uint32Array [min(lengths[3], lengths[9])] }
 */
export function withBlocks(
  postings: Pick<PhrasePostings, 'rows' | 'doubledCounts' | 'hits'>,
  lengths: ArrayLike<number>,
): PhrasePostings {
  const blocks = Math.ceil(postings.rows.length / BLOCK);
  const blockMaxCounts = new Uint32Array(blocks);
  const blockMinLengths = new Uint32Array(blocks).fill(0xffffffff);
  for (let i = 0; i < postings.rows.length; i++) {
    const block = (i / BLOCK) | 0;
    if (postings.doubledCounts[i]! > blockMaxCounts[block]!) blockMaxCounts[block] = postings.doubledCounts[i]!;
    const length = lengths[postings.rows[i]!]!;
    if (length < blockMinLengths[block]!) blockMinLengths[block] = length;
  }
  return { ...postings, blockMaxCounts, blockMinLengths };
}

/** What one ranking needs of the corpus and each phrase, worked out once per query. */
class Scoring {
  readonly avgdl: number;
  readonly idf: Float64Array;

  constructor(
    readonly query: RankedQuery,
    readonly corpus: RankedCorpus,
  ) {
    const ln = corpus.ln ?? Math.log;
    this.avgdl = corpus.tokens / corpus.rows;
    this.idf = Float64Array.from(query.phrases, ({ hits }) => {
      const idf = ln((corpus.rows - hits + 0.5) / (hits + 0.5));
      return idf <= 0.0 ? 1e-6 : idf;
    });
  }

  /** Phrase `phrase`'s term of the score for a doubled count and a length. */
  part(phrase: number, doubledCount: number, length: number): number {
    const f = doubledCount / 2;
    return this.idf[phrase]! * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * length) / this.avgdl)));
  }

  /** The most any article of each block can take from the phrase. */
  blockBounds(phrase: number): Float64Array {
    const p = this.query.phrases[phrase]!;
    return Float64Array.from(p.blockMaxCounts, (count, block) => this.part(phrase, count, p.blockMinLengths[block]!));
  }

  /** The score from each phrase's term (0 for a phrase not held), added in phrase order as FTS5 adds them. */
  total(parts: Float64Array): number {
    let score = 0.0;
    for (let i = 0; i < parts.length; i++) score += parts[i]!;
    return score;
  }
}

/** The k best scores seen, the least of them on top: the score an article must reach. */
class Threshold {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.heap = new Float64Array(Math.max(1, k));
  }

  /** −∞ until k articles are in; then the k-th best score. */
  get value(): number {
    return this.size < this.k ? -Infinity : this.heap[0]!;
  }

  offer(score: number): void {
    const heap = this.heap;
    if (this.size < this.k) {
      let at = this.size++;
      heap[at] = score;
      while (at > 0) {
        const up = (at - 1) >> 1;
        if (heap[up]! <= heap[at]!) break;
        [heap[up], heap[at]] = [heap[at]!, heap[up]!];
        at = up;
      }
      return;
    }
    if (score <= heap[0]!) return;
    heap[0] = score;
    for (let at = 0; ;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < this.size && heap[left]! < heap[least]!) least = left;
      if (right < this.size && heap[right]! < heap[least]!) least = right;
      if (least === at) break;
      [heap[least], heap[at]] = [heap[at]!, heap[least]!];
      at = least;
    }
  }
}

/** The first position at or after `from` whose row is at least `row` (galloping, then binary search). */
function seek(rows: Uint32Array, from: number, row: number): number {
  if (from >= rows.length || rows[from]! >= row) return from;
  let step = 1;
  let low = from;
  let high = from + 1;
  while (high < rows.length && rows[high]! < row) {
    low = high;
    step *= 2;
    high = from + step;
  }
  high = Math.min(high, rows.length);
  while (low + 1 < high) {
    const mid = (low + high) >>> 1;
    if (rows[mid]! < row) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * The `k` best articles matching `query` and every article tied with the k-th,
 * best first (ties by row), with the ranks FTS5's bm25 gives them.
 *
 * @example
 * topK({ phrases: [said], clauses: [[0]] }, corpus, 20) // => [{ row: 812, rank: -0.0000213 }, …] (20, or more when tied)
 */
export function topK(query: RankedQuery, corpus: RankedCorpus, k: number): RowRank[] {
  const { phrases, clauses } = query;
  if (!phrases.length || !clauses.length || corpus.rows === 0 || k < 1) return [];
  if (clauses.length > MAX_CLAUSES) throw new RangeError(`a ranked query holds at most ${MAX_CLAUSES} clauses`);
  const scoring = new Scoring(query, corpus);
  const clauseOf = new Int32Array(phrases.length).fill(-1);
  clauses.forEach((clause, c) => clause.forEach((p) => (clauseOf[p] = c)));
  const bounds = phrases.map((_, p) => scoring.blockBounds(p));
  const maxOf = Float64Array.from(bounds, (b) => b.reduce((m, x) => Math.max(m, x), 0));
  const allMax = maxOf.reduce((sum, x) => sum + x, 0);
  // Phrases by their most, least first: MaxScore's order.
  const byMax = [...phrases.keys()].sort((a, b) => maxOf[a]! - maxOf[b]!);
  const cursors = new Uint32Array(phrases.length);
  const parts = new Float64Array(phrases.length);
  const threshold = new Threshold(k);
  const found: RowRank[] = [];
  const lead = leadClause(query);
  const allClauses = (1 << clauses.length) - 1;

  // The phrases that drive the candidates: an article that can still make the
  // top k holds one of them. The ones whose maxima together stay below the
  // threshold (MaxScore's non-essential phrases) cannot, alone; nor an article
  // without a phrase of the AND's rarest clause.
  let essentialFrom = 0;
  let belowThreshold = 0;
  let drivers: number[] = [];
  const driving = new Uint8Array(phrases.length);
  let lastRow = -1;
  const chooseDrivers = () => {
    const theta = threshold.value;
    while (essentialFrom < byMax.length && (belowThreshold + maxOf[byMax[essentialFrom]!]!) * ROUNDING < theta)
      belowThreshold += maxOf[byMax[essentialFrom++]!]!;
    const essential = byMax.slice(essentialFrom);
    drivers = lead && postingsOf(query, lead) < postingsOf(query, essential) ? [...lead] : essential;
    driving.fill(0);
    // A phrase that was not driving was only sought up to the articles scored: none is looked at twice.
    for (const p of drivers) {
      driving[p] = 1;
      cursors[p] = seek(phrases[p]!.rows, cursors[p]!, lastRow + 1);
    }
  };
  chooseDrivers();
  let lastTheta = threshold.value;

  for (;;) {
    const theta = threshold.value;
    if (theta !== lastTheta) {
      lastTheta = theta;
      chooseDrivers();
    }
    // Whole blocks of a driver whose articles cannot reach the threshold, whatever else they hold.
    let row = 0xffffffff;
    for (const p of drivers) {
      const rows = phrases[p]!.rows;
      let at = cursors[p]!;
      const rest = allMax - maxOf[p]!;
      while (at < rows.length && (bounds[p]![(at / BLOCK) | 0]! + rest) * ROUNDING < theta)
        at = (((at / BLOCK) | 0) + 1) * BLOCK;
      cursors[p] = at;
      if (at < rows.length && rows[at]! < row) row = rows[at]!;
    }
    if (row === 0xffffffff) break;
    lastRow = row;

    // The most this article can score: its drivers' block maxima, the others' maxima.
    let bound = 0;
    for (let p = 0; p < phrases.length; p++) parts[p] = 0;
    for (const p of drivers) if (phrases[p]!.rows[cursors[p]!] === row) bound += bounds[p]![(cursors[p]! / BLOCK) | 0]!;
    for (const p of byMax) if (!driving[p]) bound += maxOf[p]!;
    let held = 0;
    if (bound * ROUNDING >= theta) {
      // Exact parts, the drivers' first, then the others' from the largest most down, while the article can still make it.
      for (const p of drivers) {
        const at = cursors[p]!;
        if (phrases[p]!.rows[at] !== row) continue;
        parts[p] = scoring.part(p, phrases[p]!.doubledCounts[at]!, corpus.lengths[row]!);
        bound += parts[p]! - bounds[p]![(at / BLOCK) | 0]!;
        held |= 1 << clauseOf[p]!;
      }
      for (let i = byMax.length - 1; i >= 0 && bound * ROUNDING >= theta; i--) {
        const p = byMax[i]!;
        if (driving[p]) continue;
        const rows = phrases[p]!.rows;
        const at = seek(rows, cursors[p]!, row);
        cursors[p] = at;
        bound -= maxOf[p]!;
        if (rows[at] !== row) continue;
        parts[p] = scoring.part(p, phrases[p]!.doubledCounts[at]!, corpus.lengths[row]!);
        bound += parts[p]!;
        held |= 1 << clauseOf[p]!;
      }
      if (bound * ROUNDING >= theta && held === allClauses && (query.allowed?.(row) ?? true)) {
        const score = scoring.total(parts);
        if (score >= theta) {
          threshold.offer(score);
          found.push({ row, rank: -1.0 * score });
          if (found.length >= 4 * k) keepReaching(found, threshold.value);
        }
      }
    }
    for (const p of drivers) if (phrases[p]!.rows[cursors[p]!] === row) cursors[p] = cursors[p]! + 1;
  }
  keepReaching(found, threshold.value);
  return found.sort((a, b) => a.rank - b.rank || a.row - b.row);
}

/**
 * The same answer as {@link topK} by scoring every article that matches: the
 * specification the pruning is held to, and the baseline it is measured against.
 */
export function exhaustiveTopK(query: RankedQuery, corpus: RankedCorpus, k: number): RowRank[] {
  const { phrases, clauses } = query;
  if (!phrases.length || !clauses.length || corpus.rows === 0 || k < 1) return [];
  const scoring = new Scoring(query, corpus);
  const partsByRow = new Map<number, Float64Array>();
  phrases.forEach((p, phrase) => {
    for (let i = 0; i < p.rows.length; i++) {
      const row = p.rows[i]!;
      let parts = partsByRow.get(row);
      if (!parts) partsByRow.set(row, (parts = new Float64Array(phrases.length)));
      parts[phrase] = scoring.part(phrase, p.doubledCounts[i]!, corpus.lengths[row]!);
    }
  });
  const scored: RowRank[] = [];
  for (const [row, parts] of partsByRow) {
    const matches = clauses.every((clause) => clause.some((p) => phrases[p]!.rows.length && parts[p]! > 0));
    if (matches && (query.allowed?.(row) ?? true)) scored.push({ row, rank: -1.0 * scoring.total(parts) });
  }
  scored.sort((a, b) => a.rank - b.rank || a.row - b.row);
  if (scored.length <= k) return scored;
  const cut = scored[k - 1]!.rank;
  return scored.filter((r) => r.rank <= cut);
}

/** Drops the articles below the threshold (ranks are negated scores). */
function keepReaching(found: RowRank[], theta: number): void {
  let kept = 0;
  for (const r of found) if (-r.rank >= theta) found[kept++] = r;
  found.length = kept;
}

/** Of an AND of several clauses, the one with the fewest postings: every match holds one of its phrases. */
function leadClause(query: RankedQuery): readonly number[] | null {
  if (query.clauses.length < 2) return null;
  return query.clauses.reduce((best, c) => (postingsOf(query, c) < postingsOf(query, best) ? c : best));
}

function postingsOf(query: RankedQuery, phrases: readonly number[]): number {
  return phrases.reduce((sum, p) => sum + query.phrases[p]!.rows.length, 0);
}

/** Counts by row, reused between unions (cleared after each): a map per union took longer than the ranking. */
let unionScratch = new Uint32Array(0);

/**
 * One phrase of several terms' postings, as FTS5 reads a prefix (`"pre"*`):
 * every article holding any of them, counted for all of them together.
 *
 * @example
 * unionOf([kyiv, kyivs], lengths) // => the postings of "kyiv"* (an article holding both counted once, their counts added)
 */
export function unionOf(
  parts: readonly Pick<PhrasePostings, 'rows' | 'doubledCounts'>[],
  lengths: ArrayLike<number>,
): PhrasePostings {
  if (parts.length === 1) {
    const only = parts[0]!;
    return 'blockMaxCounts' in only
      ? (only as PhrasePostings)
      : withBlocks({ ...only, hits: only.rows.length }, lengths);
  }
  let most = 0;
  let total = 0;
  for (const p of parts) {
    total += p.rows.length;
    if (p.rows.length) most = Math.max(most, p.rows[p.rows.length - 1]!);
  }
  if (unionScratch.length <= most) unionScratch = new Uint32Array(Math.max(1024, 2 ** Math.ceil(Math.log2(most + 1))));
  const counts = unionScratch;
  const touched = new Uint32Array(total);
  let n = 0;
  for (const p of parts) {
    for (let i = 0; i < p.rows.length; i++) {
      const row = p.rows[i]!;
      if (counts[row] === 0) touched[n++] = row;
      counts[row] = counts[row]! + p.doubledCounts[i]!;
    }
  }
  const rows = touched.subarray(0, n).sort();
  const doubledCounts = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    doubledCounts[i] = counts[rows[i]!]!;
    counts[rows[i]!] = 0;
  }
  return withBlocks({ rows: rows.slice(), doubledCounts, hits: n }, lengths);
}
