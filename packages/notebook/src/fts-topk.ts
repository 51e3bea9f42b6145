// The best k articles by FTS5's bm25 without scoring every article a word
// finds. Profiled at 100k articles (README, "Search"): the queries that make
// the p95 are common words (in 35,000–88,000 of the articles, each searched as
// a prefix) and a name's spellings (each in ~16,000, OR'ed); FTS5 scores every
// one of those articles. Here the rows are cut into windows of WINDOW rows; a
// first pass over the postings takes, per window, the most each phrase can add
// to the score of an article in it (its largest part there, which is exact:
// the same formula on the same counts and lengths), and so the most any
// article in the window can score. Windows are then scored whole, best bound
// first, until the next one's bound is below the k-th best score found: the
// rest cannot hold an article of the answer (block-max pruning over windows
// of rows, as Lucene's MaxScore scorer cuts its documents into windows; Ding &
// Suel 2011 for block maxima). An OR of spellings that each article holds one
// of, which MaxScore cannot prune (each phrase might add the others' most), is
// pruned as well as one word. A window missing a clause of an AND is passed
// over unread. The score of an article that is kept is the very double FTS5
// gives it: the same formula, the phrases added in FTS5's order.
//   avgdl = tokens / rows; per phrase, idf = ln((rows - hits + 0.5) / (hits + 0.5)), 1e-6 when not above 0;
//   per article, score = Σ over phrases, in order, of idf · f·(k1 + 1) / (f + k1·(1 − b + b·D / avgdl)),
//   f the phrase's column-weighted count, D the article's length; rank = −score.

const K1 = 1.2;
const B = 0.75;

/** Rows per window (a power of two): the unit that is passed over, or scored, whole. */
export const WINDOW = 128;
const WINDOW_SHIFT = Math.log2(WINDOW);

/** Clauses one ranking can hold: an article's matched clauses are one bit each of a 32-bit number. */
export const MAX_CLAUSES = 30;

/** Bounds may be off by rounding in the last bits: a window is passed over only when clearly below. */
const ROUNDING = 1 + 1e-9;

/** One phrase's postings. */
export interface PhrasePostings {
  /** Articles' rows holding the phrase, ascending. */
  rows: Uint32Array;
  /** Per posting, twice the phrase's column-weighted count (FTS5's column weights are halves). */
  doubledCounts: Uint32Array;
  /** Articles holding the phrase in any column, for its idf (more than `rows.length` when other columns hold it too). */
  hits: number;
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

  /** A phrase's term of the score for a doubled count and a length, before its idf: FTS5's very expression. */
  share(doubledCount: number, length: number): number {
    const f = doubledCount / 2;
    return (f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * length) / this.avgdl));
  }

  /** Phrase `phrase`'s term of the score for a doubled count and a length. */
  part(phrase: number, doubledCount: number, length: number): number {
    return this.idf[phrase]! * this.share(doubledCount, length);
  }
}

/**
 * Per window of rows, the most an article in it can score (each phrase's
 * largest part there, added up) and which clauses it holds a phrase of; and
 * per phrase, where each window's postings start (`starts[p * (windows + 1) + w]`).
 */
interface WindowBounds {
  windows: number;
  bound: Float64Array;
  clauses: Uint32Array;
  starts: Uint32Array;
}

function windowBounds(query: RankedQuery, scoring: Scoring, clauseOf: Int32Array): WindowBounds {
  const { phrases } = query;
  const lengths = scoring.corpus.lengths;
  let lastRow = 0;
  for (const { rows } of phrases) if (rows.length) lastRow = Math.max(lastRow, rows[rows.length - 1]!);
  const windows = (lastRow >>> WINDOW_SHIFT) + 1;
  const bound = new Float64Array(windows);
  const clauses = new Uint32Array(windows);
  const starts = new Uint32Array(phrases.length * (windows + 1));
  phrases.forEach(({ rows, doubledCounts }, p) => {
    const idf = scoring.idf[p]!;
    const bit = 1 << clauseOf[p]!;
    const base = p * (windows + 1);
    let window = -1;
    let most = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const at = row >>> WINDOW_SHIFT;
      if (at !== window) {
        if (window >= 0) {
          bound[window] = bound[window]! + idf * most;
          clauses[window] = clauses[window]! | bit;
        }
        for (let w = window + 1; w <= at; w++) starts[base + w] = i;
        window = at;
        most = 0;
      }
      const share = scoring.share(doubledCounts[i]!, lengths[row]!);
      if (share > most) most = share;
    }
    if (window >= 0) {
      bound[window] = bound[window]! + idf * most;
      clauses[window] = clauses[window]! | bit;
    }
    for (let w = window + 1; w <= windows; w++) starts[base + w] = rows.length;
  });
  return { windows, bound, clauses, starts };
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
  const allClauses = (1 << clauses.length) - 1;
  const { windows, bound, clauses: held, starts } = windowBounds(query, scoring, clauseOf);
  // Only a window holding every clause can hold a match; the likeliest first, so the threshold rises fast.
  let candidates = 0;
  const order = new Uint32Array(windows);
  for (let w = 0; w < windows; w++) if (held[w] === allClauses) order[candidates++] = w;
  const byBound = order.subarray(0, candidates).sort((a, b) => bound[b]! - bound[a]! || a - b);

  // Per row of the window: its score so far, the phrases added in FTS5's order (a phrase not held adds 0,
  // which changes no double), and the clauses it holds a phrase of.
  const scores = new Float64Array(WINDOW);
  const matched = new Uint32Array(WINDOW);
  const threshold = new Threshold(k);
  const found: RowRank[] = [];
  for (const window of byBound) {
    if (bound[window]! * ROUNDING < threshold.value) break;
    const first = window << WINDOW_SHIFT;
    phrases.forEach(({ rows, doubledCounts }, p) => {
      const bit = 1 << clauseOf[p]!;
      for (let i = starts[p * (windows + 1) + window]!, end = starts[p * (windows + 1) + window + 1]!; i < end; i++) {
        const row = rows[i]!;
        const local = row - first;
        scores[local] = scores[local]! + scoring.part(p, doubledCounts[i]!, corpus.lengths[row]!);
        matched[local] = matched[local]! | bit;
      }
    });
    for (let local = 0; local < WINDOW; local++) {
      if (matched[local] === 0) continue;
      const row = first + local;
      const score = scores[local]!;
      if (matched[local] === allClauses && score >= threshold.value && (query.allowed?.(row) ?? true)) {
        threshold.offer(score);
        found.push({ row, rank: -1.0 * score });
        if (found.length >= 4 * k) keepReaching(found, threshold.value);
      }
      matched[local] = 0;
      scores[local] = 0;
    }
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
    if (!matches || !(query.allowed?.(row) ?? true)) continue;
    let score = 0.0;
    for (let p = 0; p < parts.length; p++) score += parts[p]!;
    scored.push({ row, rank: -1.0 * score });
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

/** Counts by row, reused between unions (cleared after each): a map per union took longer than the ranking. */
let unionScratch = new Uint32Array(0);

/**
 * One phrase of several terms' postings, as FTS5 reads a prefix (`"pre"*`):
 * every article holding any of them, counted for all of them together.
 *
 * @example
 * unionOf([kyiv, kyivs]) // => the postings of "kyiv"* (an article holding both counted once, their counts added)
 */
export function unionOf(parts: readonly Pick<PhrasePostings, 'rows' | 'doubledCounts'>[]): PhrasePostings {
  if (parts.length === 1) return { ...parts[0]!, hits: parts[0]!.rows.length };
  let least = 0xffffffff;
  let most = 0;
  let total = 0;
  for (const p of parts) {
    total += p.rows.length;
    if (!p.rows.length) continue;
    least = Math.min(least, p.rows[0]!);
    most = Math.max(most, p.rows[p.rows.length - 1]!);
  }
  if (!total) return { rows: new Uint32Array(0), doubledCounts: new Uint32Array(0), hits: 0 };
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
  // A prefix of a common word covers most rows of its range: reading the range in order beats sorting what was touched.
  let rows: Uint32Array;
  if (n * 8 >= most - least) {
    rows = touched.subarray(0, n);
    for (let row = least, at = 0; row <= most; row++) if (counts[row] !== 0) rows[at++] = row;
  } else rows = touched.subarray(0, n).sort();
  const doubledCounts = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    doubledCounts[i] = counts[rows[i]!]!;
    counts[rows[i]!] = 0;
  }
  return { rows: rows.slice(), doubledCounts, hits: n };
}
