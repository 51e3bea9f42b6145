// What a story index gives and saves: pairs with their evidence, near pairs
// as kept, an article's saved record, groups, and the options grouping takes.
import type { PairEvidence } from './similarity.js';
import type { SavedPair } from './stored-records.js';
import type { StoredFeatures } from './stored-features.js';

export interface StoryPair extends PairEvidence {
  a: string;
  b: string;
}

/** A near pair as the index keeps it: the evidence, and the collection size it was scored at. */
export interface StoredPair {
  a: string;
  b: string;
  evidence: PairEvidence;
  at: number;
  /** Restored without its shared sentences, which are found again from the shingles only when the pair is shown. */
  sentencesPending?: boolean;
  /** The pair as `pairs()` last gave it, while its evidence stands: made anew for every stories request, 88,000 pairs at 10,000 articles were a fifth of one. */
  shown?: StoryPair;
}

/** One article as `StoryIndex.record` saves it. */
export interface StoredArticle {
  id: string;
  features: StoredFeatures;
  /** Its distinctive terms among its posting keys: the other keys are its names, figures and dates. */
  terms: string[];
  /** The articles added before it that it was compared with. */
  candidates: string[];
  /** Its near pairs with those, their evidence without the shared sentences. */
  near: SavedPair[];
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

/** A near pair as saved: its evidence without the shared sentences, its shared names as places among `a`'s (`places`). */
export function savedPair(pair: StoredPair, places: ReadonlyMap<string, number>): SavedPair {
  const { sharedSentences: _left, sharedEntities, ...evidence } = pair.evidence;
  // Every shared name is one of the first article's: compareArticles takes them from its names.
  return {
    a: pair.a,
    b: pair.b,
    evidence: { ...evidence, sharedEntities: sharedEntities.map((n) => places.get(n)!) },
    at: pair.at,
  };
}

/** A kept pair as `StoryIndex.pairs` gives it: its evidence, its ids in order. */
export function shownPair({ a, b, evidence }: StoredPair): StoryPair {
  return a < b ? { a, b, ...evidence } : { a: b, b: a, ...evidence };
}
