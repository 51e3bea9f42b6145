// Same-story detection over a growing collection. Adding an article compares
// it only with the articles that share one of its rarest terms, names or
// figures (an inverted index of those keys), so importing the 10,001st article
// costs about as much as the 11th. Groups are the connected parts of the graph
// of pairs scoring above the threshold; every pair keeps its evidence.
import { storyFeatures, type FeatureInput, type StoryFeatures } from './features.js';
import { compareArticles, idf, termWeights, type DocumentFrequencies, type PairEvidence } from './similarity.js';
import { groupPairs } from './story-groups.js';

/** A pair at or above this score is suggested as the same story. */
export const SAME_STORY_THRESHOLD = 0.19;
/** Distinctive terms per article that decide which articles it is compared with. */
const KEY_TERMS = 20;
/** A key shared by more articles than this is too common to find candidates with. */
const MAX_POSTING = 300;
/** An article is compared with at most this many others: those sharing the most keys. */
const MAX_CANDIDATES = 25;
/** Pairs scoring below this share of the threshold on add are not kept as possible stories. */
const KEEP_RATIO = 0.6;

export interface StoryPair extends PairEvidence {
  a: string;
  b: string;
}

export interface StoryGroup {
  articleIds: string[];
  /** The pairs that hold the group together, strongest first. */
  pairs: StoryPair[];
}

export interface GroupingOptions {
  threshold?: number;
  /** Pairs the user said are not the same story: `pairKey(a, b)`. */
  dismissed?: ReadonlySet<string>;
  /** Pairs the user linked as the same story, whatever their score. */
  linked?: readonly [string, string][];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export class StoryIndex implements DocumentFrequencies {
  private readonly docs = new Map<string, StoryFeatures>();
  private readonly termDf = new Map<string, number>();
  private readonly entityDf = new Map<string, number>();
  private readonly figureDf = new Map<string, number>();
  private readonly cognateDf = new Map<string, number>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly keysOf = new Map<string, string[]>();
  /** The articles each one was compared with (both ways), for "related". */
  private readonly candidates = new Map<string, Set<string>>();
  /** Pairs that came near the threshold when scored; scored again on demand, as frequencies move. */
  private readonly near = new Map<string, { a: string; b: string; evidence: PairEvidence; at: number }>();
  /** Term-weight vectors, valid while the collection size stays within 10% of `vectorsAt`. */
  private readonly vectors = new Map<string, ReturnType<typeof termWeights>>();
  private vectorsAt = 0;

  get count(): number {
    return this.docs.size;
  }

  termFrequency(term: string): number {
    return this.termDf.get(term) ?? 0;
  }

  entityFrequency(key: string): number {
    return this.entityDf.get(key) ?? 0;
  }

  figureFrequency(figure: string): number {
    return this.figureDf.get(figure) ?? 0;
  }

  cognateFrequency(key: string): number {
    return this.cognateDf.get(key) ?? 0;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  features(id: string): StoryFeatures | undefined {
    return this.docs.get(id);
  }

  /** Adds or replaces an article and finds which articles it must be compared with. */
  add(id: string, input: FeatureInput): void {
    if (this.docs.has(id)) this.remove(id);
    const features = storyFeatures(input);
    this.docs.set(id, features);
    for (const term of features.terms.keys()) this.termDf.set(term, (this.termDf.get(term) ?? 0) + 1);
    for (const key of features.entities.keys()) this.entityDf.set(key, (this.entityDf.get(key) ?? 0) + 1);
    for (const figure of features.figures) this.figureDf.set(figure, (this.figureDf.get(figure) ?? 0) + 1);
    for (const key of features.cognates?.keys() ?? []) this.cognateDf.set(key, (this.cognateDf.get(key) ?? 0) + 1);
    const keys = this.keysFor(features);
    const hits = new Map<string, number>();
    for (const key of keys) {
      const posting = this.postings.get(key) ?? new Set<string>();
      // A shared name, figure or date counts twice a shared word.
      const weight = key.startsWith('t:') ? 1 : 2;
      if (posting.size <= MAX_POSTING) for (const other of posting) hits.set(other, (hits.get(other) ?? 0) + weight);
      posting.add(id);
      this.postings.set(key, posting);
    }
    this.keysOf.set(id, keys);
    // Two shared words, or one name, figure or date, at least (one rare word is chance); the most shared first.
    const mine = new Set(
      [...hits]
        .filter(([, n]) => n >= 2)
        .sort((x, y) => y[1] - x[1])
        .slice(0, MAX_CANDIDATES)
        .map(([other]) => other),
    );
    this.candidates.set(id, mine);
    for (const other of mine) {
      this.candidates.get(other)?.add(id);
      const evidence = compareArticles(features, this.docs.get(other)!, this, {
        a: this.vector(id),
        b: this.vector(other),
      });
      if (evidence.score >= SAME_STORY_THRESHOLD * KEEP_RATIO)
        this.near.set(pairKey(id, other), { a: id, b: other, evidence, at: this.count });
    }
  }

  private vector(id: string): ReturnType<typeof termWeights> {
    if (Math.abs(this.count - this.vectorsAt) > this.vectorsAt * 0.1) {
      this.vectors.clear();
      this.vectorsAt = this.count;
    }
    let v = this.vectors.get(id);
    if (!v) this.vectors.set(id, (v = termWeights(this.docs.get(id)!, this)));
    return v;
  }

  remove(id: string): void {
    const features = this.docs.get(id);
    if (!features) return;
    this.docs.delete(id);
    decrement(this.termDf, features.terms.keys());
    decrement(this.entityDf, features.entities.keys());
    decrement(this.figureDf, features.figures);
    decrement(this.cognateDf, features.cognates?.keys() ?? []);
    for (const key of this.keysOf.get(id) ?? []) this.postings.get(key)?.delete(id);
    this.keysOf.delete(id);
    for (const other of this.candidates.get(id) ?? []) {
      this.candidates.get(other)?.delete(id);
      this.near.delete(pairKey(id, other));
    }
    this.candidates.delete(id);
    this.vectors.delete(id);
  }

  /** Evidence for one pair, scored with the collection's current frequencies. */
  compare(a: string, b: string): PairEvidence | undefined {
    const fa = this.docs.get(a);
    const fb = this.docs.get(b);
    return fa && fb ? compareArticles(fa, fb, this) : undefined;
  }

  /** The articles most like `id`, best first, with the evidence. */
  related(id: string, limit = 5): StoryPair[] {
    const features = this.docs.get(id);
    if (!features) return [];
    const pairs: StoryPair[] = [];
    for (const other of this.candidates.get(id) ?? []) {
      const evidence = compareArticles(features, this.docs.get(other)!, this, {
        a: this.vector(id),
        b: this.vector(other),
      });
      if (evidence.score > 0.05) pairs.push({ a: id, b: other, ...evidence });
    }
    return pairs.sort((x, y) => y.score - x.score).slice(0, limit);
  }

  /** Every pair at or above the threshold, dismissed pairs left out. */
  pairs(options: GroupingOptions = {}): StoryPair[] {
    const threshold = options.threshold ?? SAME_STORY_THRESHOLD;
    const found: StoryPair[] = [];
    for (const [key, pair] of this.near) {
      const { a, b } = pair;
      if (options.dismissed?.has(key) || !this.docs.has(a) || !this.docs.has(b)) continue;
      // Evidence is scored again once the collection has grown or shrunk by a tenth since.
      if (Math.abs(this.count - pair.at) > pair.at * 0.1) {
        pair.evidence = compareArticles(this.docs.get(a)!, this.docs.get(b)!, this, {
          a: this.vector(a),
          b: this.vector(b),
        });
        pair.at = this.count;
      }
      const evidence = pair.evidence;
      if (evidence.score >= threshold) found.push(a < b ? { a, b, ...evidence } : { a: b, b: a, ...evidence });
    }
    return found.sort((x, y) => y.score - x.score);
  }

  /** Groups of two or more articles that re-report one story, largest first. */
  groups(options: GroupingOptions = {}): StoryGroup[] {
    const pairs = this.pairs(options);
    const linkedPairs: StoryPair[] = [];
    for (const [a, b] of options.linked ?? []) {
      if (!this.docs.has(a) || !this.docs.has(b)) continue;
      if (!pairs.some((p) => pairKey(p.a, p.b) === pairKey(a, b))) linkedPairs.push({ a, b, ...this.compare(a, b)! });
    }
    const groups = groupPairs(pairs, linkedPairs, options.threshold ?? SAME_STORY_THRESHOLD);
    for (const group of groups) group.pairs.sort((x, y) => y.score - x.score);
    return groups.sort(
      (x, y) => y.articleIds.length - x.articleIds.length || (x.articleIds[0]! < y.articleIds[0]! ? -1 : 1),
    );
  }

  private keysFor(features: StoryFeatures): string[] {
    const scored = [...features.terms].map(
      ([term, count]) => [term, (1 + Math.log(count)) * idf(this.termFrequency(term), this.count)] as const,
    );
    scored.sort((x, y) => y[1] - x[1]);
    return [
      ...scored.slice(0, KEY_TERMS).map(([term]) => `t:${term}`),
      ...[...features.entities.keys()].map((k) => `e:${k}`),
      ...[...features.figures].map((f) => `f:${f}`),
      ...[...new Set(features.dates)].map((d) => `d:${d}`),
    ];
  }
}

function decrement(map: Map<string, number>, keys: Iterable<string>): void {
  for (const key of keys) {
    const n = map.get(key) ?? 0;
    if (n > 1) map.set(key, n - 1);
    else map.delete(key);
  }
}
