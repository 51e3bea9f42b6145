// Reading back what StoryIndex.record and rescoredPairs saved: every field's
// shape is checked, and anything else gives undefined (the caller then
// rebuilds that article from its text). A pair's evidence is saved without its
// shared sentences, which the two articles' shingles give again: re-reports
// share many, and their text made most of the file. Its shared names are saved
// as their places among the first article's names, and an article's posting
// keys as its distinctive terms alone (its names, figures and dates are keys
// too, read from its features): the names as text were half of the evidence.
import type { StoryFeatures } from './features.js';
import type { PairEvidence } from './similarity.js';
import type { StoredPair } from './story-types.js';
import { readStoredFeatures } from './stored-features.js';

/** A near pair as saved: its evidence without the shared sentences, its shared names as places (see {@link namePlaces}). */
export interface SavedPair {
  a: string;
  b: string;
  evidence: Omit<PairEvidence, 'sharedSentences' | 'sharedEntities'> & { sharedEntities: number[] };
  at: number;
}

/** An article's names (`features.entities` in order), each once: a pair saves its shared names as places in this list. */
export function distinctNamesOf(features: Pick<StoryFeatures, 'entities'>): string[] {
  return [...new Set(features.entities.values())];
}

/** Each name's place in {@link distinctNamesOf}. */
export function namePlaces(features: Pick<StoryFeatures, 'entities'>): Map<string, number> {
  return new Map(distinctNamesOf(features).map((name, i) => [name, i]));
}

/** The names at `places` among `names` (see {@link distinctNamesOf}), or undefined when one is not there. */
export function namesAt(names: readonly string[], places: readonly number[]): string[] | undefined {
  const found: string[] = [];
  for (const place of places) {
    const name = names[place];
    if (name === undefined) return undefined;
    found.push(name);
  }
  return found;
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isPlaces = (x: unknown): x is number[] =>
  Array.isArray(x) && x.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
const isLead = (x: unknown): x is PairEvidence['leadDates'] => x === 'same' || x === 'different' || x === 'unknown';
const isScore = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function readEvidence(x: unknown): SavedPair['evidence'] | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const e = x as Record<string, unknown>;
  if (
    !isScore(e.score) ||
    !isScore(e.cosine) ||
    !isScore(e.containment) ||
    !isPlaces(e.sharedEntities) ||
    !isStrings(e.sharedFigures) ||
    !isStrings(e.sharedDates) ||
    !isScore(e.cognates) ||
    !isLead(e.leadDates) ||
    !isLead(e.leadWeekdays)
  )
    return undefined;
  return {
    score: e.score,
    cosine: e.cosine,
    cognates: e.cognates,
    sharedEntities: e.sharedEntities,
    sharedFigures: e.sharedFigures,
    sharedDates: e.sharedDates,
    leadDates: e.leadDates,
    leadWeekdays: e.leadWeekdays,
    containment: e.containment,
  };
}

export function readStoredPair(x: unknown): SavedPair | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const p = x as Record<string, unknown>;
  const evidence = readEvidence(p.evidence);
  if (!evidence || !isString(p.a) || !isString(p.b) || p.a === p.b || !Number.isInteger(p.at)) return undefined;
  return { a: p.a, b: p.b, evidence, at: p.at as number };
}

export interface RestoredArticle {
  id: string;
  features: StoryFeatures;
  /** Its distinctive terms among its posting keys (`t:` keys, without the prefix). */
  terms: string[];
  candidates: string[];
  near: SavedPair[];
}

/** The article a stored record describes, or undefined; `options` as readStoredFeatures takes them. */
export function readStoredArticle(x: unknown, options: { cognates?: boolean } = {}): RestoredArticle | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const r = x as Record<string, unknown>;
  if (!isString(r.id) || !isStrings(r.terms) || !isStrings(r.candidates) || !Array.isArray(r.near)) return undefined;
  const features = readStoredFeatures(r.features, options);
  if (!features) return undefined;
  const near: SavedPair[] = [];
  for (const item of r.near) {
    const pair = readStoredPair(item);
    if (!pair || (pair.a !== r.id && pair.b !== r.id)) return undefined;
    near.push(pair);
  }
  return { id: r.id, features, terms: r.terms, candidates: r.candidates, near };
}

/**
 * A saved pair as the index keeps it, its shared names read from their places
 * among its first article's names (undefined when one is not there), its
 * shared sentences to be found again from the shingles when it is first shown:
 * most near pairs never are, and finding them for every pair was a sixth of
 * restoring the index.
 */
export function restoredPair(pair: SavedPair, namesOfA: readonly string[]): StoredPair | undefined {
  const sharedEntities = namesAt(namesOfA, pair.evidence.sharedEntities);
  if (!sharedEntities) return undefined;
  return { ...pair, evidence: { ...pair.evidence, sharedEntities, sharedSentences: [] }, sentencesPending: true };
}
