// Same-story detection over a growing collection. Adding an article compares
// it only with the articles that share one of its rarest terms, names or
// figures (an inverted index of those keys), so importing the 10,001st article
// costs about as much as the 11th. Groups are the connected parts of the graph
// of pairs scoring above the threshold; every pair keeps its evidence.
import { sharedShingles, storyFeatures, type FeatureInput, type StoryFeatures } from './features.js';
import {
  compareArticles,
  entityWeights,
  type DocumentFrequencies,
  type EntityWeights,
  type KnownEvidence,
  type PairEvidence,
} from './similarity.js';
import { groupPairs } from './story-groups.js';
import { SUPPORT_RATIO } from './linkage.js';
import {
  distinctNamesOf,
  namePlaces,
  readStoredArticle,
  readStoredPair,
  restoredPair,
  type SavedPair,
} from './stored-records.js';
import { storeFeatures } from './stored-features.js';
import {
  pairKey,
  savedPair,
  shownPair,
  type GroupingOptions,
  type StoredArticle,
  type StoredPair,
  type StoryGroup,
  type StoryPair,
} from './story-types.js';
import { EntityTable, type ArticleEntityIds } from './entity-table.js';
import { TermTable, vectorCosine, type ArticleTerms, type TermVector } from './term-table.js';
import { CrossScores } from './cross-scores.js';
import { decrement, keysWithTerms, postingKeys, termsOfKeys } from './posting-keys.js';

/** A pair at or above this score is suggested as the same story. */
export const SAME_STORY_THRESHOLD = 0.175;
/** A key shared by more articles than this is too common to find candidates with. */
const MAX_POSTING = 300;
/** An article is compared with at most this many others: those sharing the most keys. */
const MAX_CANDIDATES = 25;
/** Pairs scoring below this share of the threshold on add are not kept as possible stories. */
const KEEP_RATIO = 0.6;

export { pairKey, type GroupingOptions, type StoredArticle, type StoredPair, type StoryGroup, type StoryPair };

/** What the index keeps of one article. */
interface IndexedArticle {
  features: StoryFeatures;
  /** Its place in the index's integer-keyed tables (postings, candidate counts). */
  slot: number;
  terms: ArticleTerms;
  entities: ArticleEntityIds;
  /** Its TF-IDF weights, weighed again once the collection has grown or shrunk by a tenth since. */
  vector: TermVector | null;
  /** The posting keys it was filed under. */
  keys: string[];
}

export class StoryIndex implements DocumentFrequencies {
  private readonly docs = new Map<string, IndexedArticle>();
  private readonly terms = new TermTable();
  private readonly names = new EntityTable();
  private readonly figureDf = new Map<string, number>();
  private readonly cognateDf = new Map<string, number>();
  /** Posting key → slots of the articles filed under it, in the order they were added (arrays iterate fastest). */
  private readonly postings = new Map<string, number[]>();
  /** Slot → article id; freed slots are given to the next articles added. */
  private readonly idAt: (string | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /** Scratch: keys shared with each slot while an article finds its candidates. */
  private hits = new Int32Array(1024);
  /** The articles each one was compared with (both ways), for "related". */
  private readonly candidates = new Map<string, Set<string>>();
  /** Pairs that came near the threshold when scored; scored again on demand, as frequencies move. */
  private readonly near = new Map<string, StoredPair>();
  /** Keys of near pairs scored again since {@link rescoredPairs} was last asked. */
  private readonly rescored = new Set<string>();
  private readonly crossScores = new CrossScores();

  get count(): number {
    return this.docs.size;
  }

  termFrequency(term: string): number {
    return this.terms.frequency(term);
  }

  entityFrequency(key: string): number {
    return this.names.frequency(key);
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
    return this.docs.get(id)?.features;
  }

  /**
   * Gives a new article (`id` not held) a slot, its term and name ids and its
   * cognates counted from those ids, and counts its keys; add and restore differ
   * only in how they come by its features and keys.
   */
  private place(id: string, features: StoryFeatures, keys: string[]): IndexedArticle {
    const cognates = (features.cognates = new Map<string, number>());
    const slot = this.freeSlots.pop() ?? this.idAt.length;
    this.idAt[slot] = id;
    const article: IndexedArticle = {
      features,
      slot,
      terms: this.terms.add(features.terms, cognates),
      entities: this.names.add(features),
      vector: null,
      keys,
    };
    this.docs.set(id, article);
    this.countKeys(features);
    return article;
  }

  /** Adds or replaces an article and finds which articles it must be compared with. */
  add(id: string, input: FeatureInput): void {
    if (this.docs.has(id)) this.remove(id);
    // Cognates are counted from the term ids: a lookup per term in a table of every word met spared.
    const features = storyFeatures(input, { cognates: false });
    const article = this.place(id, features, []);
    const { slot } = article;
    article.keys = postingKeys(features, this);
    if (this.hits.length < this.idAt.length) this.hits = new Int32Array(this.idAt.length * 2);
    const hits = this.hits;
    // Slots in the order they were first met: ties between equally shared keys go to the first met.
    const met: number[] = [];
    for (const key of article.keys) {
      let posting = this.postings.get(key);
      if (!posting) this.postings.set(key, (posting = []));
      // A shared name, figure or date counts twice a shared word.
      const weight = key.startsWith('t:') ? 1 : 2;
      if (posting.length <= MAX_POSTING) {
        for (const other of posting) {
          if (hits[other] === 0) met.push(other);
          hits[other]! += weight;
        }
      }
      posting.push(slot);
    }
    // Two shared words, or one name, figure or date, at least (one rare word is chance); the most shared first.
    const chosen = met.filter((other) => hits[other]! >= 2).sort((x, y) => hits[y]! - hits[x]!);
    const mine = new Set(chosen.slice(0, MAX_CANDIDATES).map((other) => this.idAt[other]!));
    for (const other of met) hits[other] = 0;
    this.candidates.set(id, mine);
    // The frequencies stay put while the new article meets its candidates: its name weights are worked out once.
    const entitiesA = entityWeights(features, this);
    for (const other of mine) {
      this.candidates.get(other)?.add(id);
      const evidence = this.score(id, other, { entitiesA, reasonsFrom: SAME_STORY_THRESHOLD * KEEP_RATIO });
      if (evidence.score >= SAME_STORY_THRESHOLD * KEEP_RATIO)
        this.near.set(pairKey(id, other), { a: id, b: other, evidence, at: this.count });
    }
  }

  /** Evidence for a pair of indexed articles, the term cosine from their kept vectors. */
  private score(a: string, b: string, known?: Omit<KnownEvidence, 'cosine'>): PairEvidence {
    const x = this.docs.get(a)!;
    const y = this.docs.get(b)!;
    const cosine = vectorCosine(x.terms, this.vector(x), y.terms, this.vector(y));
    const entityNorm2B = this.names.norm2(y.entities, this.count);
    return compareArticles(x.features, y.features, this, { cosine, entityNorm2B, ...known });
  }

  private vector(article: IndexedArticle): TermVector {
    const v = article.vector;
    if (v && Math.abs(this.count - v.at) <= v.at * 0.1) return v;
    return (article.vector = this.terms.weigh(article.terms, this.count));
  }

  remove(id: string): void {
    const article = this.docs.get(id);
    if (!article) return;
    this.docs.delete(id);
    this.terms.remove(article.terms);
    this.names.remove(article.entities);
    decrement(this.figureDf, article.features.figures);
    decrement(this.cognateDf, article.features.cognates?.keys() ?? []);
    for (const key of article.keys) {
      const posting = this.postings.get(key);
      if (posting?.includes(article.slot)) posting.splice(posting.indexOf(article.slot), 1);
      if (posting?.length === 0) this.postings.delete(key);
    }
    this.idAt[article.slot] = undefined;
    this.freeSlots.push(article.slot);
    for (const other of this.candidates.get(id) ?? []) {
      this.candidates.get(other)?.delete(id);
      this.near.delete(pairKey(id, other));
    }
    this.candidates.delete(id);
    this.crossScores.clear();
  }

  /**
   * What to save of an article so that a later process can {@link restore} it
   * without computing anything: its features, the keys it was filed under, and
   * its links (candidates, near pairs) to the articles added before it — each
   * link is in the record of the later of its two articles. Records of every
   * article in the order they were added restore the whole index.
   */
  record(id: string, order = this.order()): StoredArticle | undefined {
    const article = this.docs.get(id);
    if (!article) return undefined;
    const mine = order.get(id)!;
    const candidates = [...(this.candidates.get(id) ?? [])].filter((other) => order.get(other)! < mine);
    const near: StoredArticle['near'] = [];
    const own = namePlaces(article.features);
    for (const other of candidates) {
      const pair = this.near.get(pairKey(id, other));
      if (pair) near.push(savedPair(pair, pair.a === id ? own : namePlaces(this.docs.get(pair.a)!.features)));
    }
    return { id, features: storeFeatures(article.features), terms: termsOfKeys(article.keys), candidates, near };
  }

  /** Each article's position in the order articles were added (what {@link record} needs). */
  order(): Map<string, number> {
    const order = new Map<string, number>();
    for (const id of this.docs.keys()) order.set(id, order.size);
    return order;
  }

  /** The ids in the order they were added. */
  ids(): string[] {
    return [...this.docs.keys()];
  }

  /**
   * Adds an article as {@link record} saved it, comparing nothing: restoring the records in their order gives the
   * index that made them. Links to articles not (or no longer) in it are left out. False, nothing changed, when the
   * record is not one.
   */
  restore(stored: unknown): boolean {
    // Cognates counted from the term ids, as add does: counting them from the words was a fifth of restoring.
    const record = readStoredArticle(stored, { cognates: false });
    if (!record) return false;
    const { id, features } = record;
    // A shared name's place that no name is at makes the record no record.
    const ownNames = distinctNamesOf(features);
    const near: StoredPair[] = [];
    for (const pair of record.near) {
      const other = pair.a === id ? pair.b : pair.a;
      if (other === id || !this.docs.has(other)) continue;
      const restored = restoredPair(pair, pair.a === id ? ownNames : distinctNamesOf(this.docs.get(other)!.features));
      if (!restored) return false;
      near.push(restored);
    }
    if (this.docs.has(id)) this.remove(id);
    const keys = keysWithTerms(features, record.terms);
    const { slot } = this.place(id, features, keys);
    for (const key of keys) {
      const posting = this.postings.get(key);
      if (posting) posting.push(slot);
      else this.postings.set(key, [slot]);
    }
    const mine = new Set(record.candidates.filter((other) => other !== id && this.docs.has(other)));
    this.candidates.set(id, mine);
    for (const other of mine) this.candidates.get(other)?.add(id);
    for (const pair of near) {
      const other = pair.a === id ? pair.b : pair.a;
      if (mine.has(other)) this.near.set(pairKey(pair.a, pair.b), pair);
    }
    return true;
  }

  /** Near pairs scored again since the last call (by {@link pairs}), to save with their new evidence. */
  rescoredPairs(): SavedPair[] {
    const found: SavedPair[] = [];
    for (const key of this.rescored) {
      const pair = this.near.get(key);
      if (pair) found.push(savedPair(pair, namePlaces(this.docs.get(pair.a)!.features)));
    }
    this.rescored.clear();
    return found;
  }

  /** Puts back a pair's evidence saved by {@link rescoredPairs}, when both articles and their link are still here. */
  restorePair(stored: unknown): boolean {
    const pair = readStoredPair(stored);
    if (!pair) return false;
    const key = pairKey(pair.a, pair.b);
    const a = this.docs.get(pair.a);
    const restored = a && this.near.has(key) && restoredPair(pair, distinctNamesOf(a.features));
    if (!restored) return false;
    this.near.set(key, restored);
    return true;
  }

  /** Fills in the sentences of a pair's first article that the second repeats. */
  private findSentences(pair: StoredPair): void {
    const a = this.docs.get(pair.a)!.features;
    const shared = sharedShingles(a.shingles, this.docs.get(pair.b)!.features.shingles).sentences;
    pair.evidence.sharedSentences = shared.map((i) => a.sentences[i]!);
    pair.sentencesPending = false;
    pair.shown = undefined;
  }

  /** Evidence for one pair, scored with the collection's current frequencies. */
  compare(a: string, b: string): PairEvidence | undefined {
    const [fa, fb] = [this.docs.get(a), this.docs.get(b)];
    return fa && fb ? compareArticles(fa.features, fb.features, this) : undefined;
  }

  /** The articles most like `id`, best first, with the evidence. */
  related(id: string, limit = 5): StoryPair[] {
    if (!this.docs.has(id)) return [];
    const pairs: StoryPair[] = [];
    for (const other of this.candidates.get(id) ?? []) {
      const evidence = this.score(id, other);
      if (evidence.score > 0.05) pairs.push({ a: id, b: other, ...evidence });
    }
    return pairs.sort((x, y) => y.score - x.score).slice(0, limit);
  }

  /**
   * Scores again the near pairs out of date (the collection grown or shrunk by a tenth since), as {@link pairs}
   * would: called before saving, what is saved is current, not superseded by the next {@link rescoredPairs}.
   */
  rescoreMoved(options: Pick<GroupingOptions, 'threshold' | 'dismissed'> = {}): void {
    // An article is in many near pairs, and the frequencies stay put meanwhile: its name weights are worked out once.
    const weightsOf = new Map<string, EntityWeights>();
    const reasonsFrom = Math.min(options.threshold ?? SAME_STORY_THRESHOLD, SAME_STORY_THRESHOLD * KEEP_RATIO);
    for (const [key, pair] of this.near) {
      const { a, b } = pair;
      if (options.dismissed?.has(key) || !this.docs.has(a) || !this.docs.has(b)) continue;
      if (Math.abs(this.count - pair.at) <= pair.at * 0.1) continue;
      let entitiesA = weightsOf.get(a);
      if (!entitiesA) weightsOf.set(a, (entitiesA = entityWeights(this.docs.get(a)!.features, this)));
      pair.evidence = this.score(a, b, { entitiesA, reasonsFrom });
      pair.at = this.count;
      pair.sentencesPending = false;
      pair.shown = undefined;
      this.rescored.add(key);
    }
  }

  /** Every pair at or above the threshold, dismissed pairs left out. */
  pairs(options: GroupingOptions = {}): StoryPair[] {
    const threshold = options.threshold ?? SAME_STORY_THRESHOLD;
    const found: StoryPair[] = [];
    this.rescoreMoved(options);
    for (const [key, pair] of this.near) {
      const { a, b } = pair;
      if (options.dismissed?.has(key) || !this.docs.has(a) || !this.docs.has(b)) continue;
      if (pair.evidence.score >= threshold && pair.sentencesPending) this.findSentences(pair);
      if (pair.evidence.score >= threshold) found.push((pair.shown ??= shownPair(pair)));
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
    const threshold = options.threshold ?? SAME_STORY_THRESHOLD;
    // Near pairs' scores are current (pairs() above); a cross pair not near is scored, and kept, as they are.
    const supported = (a: string, b: string) => {
      const key = pairKey(a, b);
      if (options.dismissed?.has(key)) return false;
      const score =
        this.near.get(key)?.evidence.score ??
        this.crossScores.get(key, this.count, () => this.score(a, b, { reasonsFrom: Infinity }).score);
      return score >= SUPPORT_RATIO * threshold;
    };
    const groups = groupPairs(pairs, linkedPairs, threshold, supported);
    for (const group of groups) group.pairs.sort((x, y) => y.score - x.score);
    return groups.sort(
      (x, y) => y.articleIds.length - x.articleIds.length || (x.articleIds[0]! < y.articleIds[0]! ? -1 : 1),
    );
  }

  /** Counts an article's figures and cognates in the collection's frequencies (its names are counted by `names`). */
  private countKeys(features: StoryFeatures): void {
    for (const figure of features.figures) this.figureDf.set(figure, (this.figureDf.get(figure) ?? 0) + 1);
    for (const key of features.cognates?.keys() ?? []) this.cognateDf.set(key, (this.cognateDf.get(key) ?? 0) + 1);
  }
}
