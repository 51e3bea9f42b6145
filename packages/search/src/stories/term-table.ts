// The content terms of a story index as small integers: each distinct term
// gets an id once, its document frequency lives in a typed array, and an
// article's terms are a sorted list of ids beside their sublinear counts. Two
// articles' TF-IDF cosine is then one merging pass over two sorted arrays, and
// weighing an article reads frequencies by index instead of hashing strings —
// the cost of a string Map lookup, paid tens of thousands of times per added
// article, was most of what grouping cost.
import { idf } from './similarity.js';
import { cognateKey } from './cognates.js';

/** An article's terms: ids ascending, with `1 + log(count)` for each. */
export interface ArticleTerms {
  ids: Int32Array;
  logTf: Float64Array;
}

/** TF-IDF weights parallel to an article's term ids, with their norm and the collection size they were weighed at. */
export interface TermVector {
  weights: Float64Array;
  norm: number;
  at: number;
}

export class TermTable {
  private readonly idOf = new Map<string, number>();
  private df = new Int32Array(1024);
  /** Each term's cognate key by id, `''` for none: worked out once per distinct term. */
  private readonly cognateOf: string[] = [];

  /** Articles containing `term`. */
  frequency(term: string): number {
    const id = this.idOf.get(term);
    return id === undefined ? 0 : this.df[id]!;
  }

  /**
   * Counts an article's terms (term → occurrences) in the frequencies and
   * gives them as ids; fills `cognates`, when given, with what
   * `cognateCounts(terms)` gives, from each id's remembered key.
   */
  add(terms: ReadonlyMap<string, number>, cognates?: Map<string, number>): ArticleTerms {
    const pairs = new Float64Array(terms.size);
    let n = 0;
    for (const [term, count] of terms) {
      let id = this.idOf.get(term);
      if (id === undefined) {
        id = this.idOf.size;
        this.idOf.set(term, id);
        this.cognateOf[id] = cognateKey(term) ?? '';
        if (id >= this.df.length) {
          const grown = new Int32Array(this.df.length * 2);
          grown.set(this.df);
          this.df = grown;
        }
      }
      this.df[id]!++;
      const key = cognates && this.cognateOf[id];
      if (key) cognates.set(key, (cognates.get(key) ?? 0) + count);
      // Id and count travel as one number so that one numeric sort orders both (counts stay below 2^21).
      pairs[n++] = id * 2 ** 21 + Math.min(count, 2 ** 21 - 1);
    }
    pairs.sort();
    const ids = new Int32Array(n);
    const logTf = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const id = Math.floor(pairs[i]! / 2 ** 21);
      ids[i] = id;
      logTf[i] = 1 + Math.log(pairs[i]! - id * 2 ** 21);
    }
    return { ids, logTf };
  }

  /** Takes an article's terms out of the frequencies (its ids stay reserved for their terms). */
  remove(terms: ArticleTerms): void {
    for (const id of terms.ids) this.df[id]!--;
  }

  /** The article's TF-IDF weights in a collection of `count` articles. */
  weigh(terms: ArticleTerms, count: number): TermVector {
    const weights = new Float64Array(terms.ids.length);
    let norm = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = terms.logTf[i]! * idf(this.df[terms.ids[i]!]!, count);
      weights[i] = w;
      norm += w * w;
    }
    return { weights, norm: Math.sqrt(norm), at: count };
  }
}

/** Cosine of two weighed articles, merging their sorted term ids. */
export function vectorCosine(a: ArticleTerms, va: TermVector, b: ArticleTerms, vb: TermVector): number {
  if (!va.norm || !vb.norm) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  const x = a.ids;
  const y = b.ids;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    if (p === q) dot += va.weights[i++]! * vb.weights[j++]!;
    else if (p < q) i++;
    else j++;
  }
  return dot / (va.norm * vb.norm);
}

/**
 * The `k` terms of highest weight, highest first, the earlier term first among
 * equals (what a stable sort of all of them would give), without sorting the
 * hundreds of terms an article has.
 */
export function topTerms(
  terms: ReadonlyMap<string, number>,
  k: number,
  weight: (term: string, count: number) => number,
): string[] {
  const best: string[] = [];
  const scores: number[] = [];
  for (const [term, count] of terms) {
    const w = weight(term, count);
    if (best.length === k && w <= scores[k - 1]!) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && scores[at - 1]! < w) at--;
    best.splice(at, 0, term);
    scores.splice(at, 0, w);
    if (best.length > k) {
      best.pop();
      scores.pop();
    }
  }
  return best;
}
