// Reading back what StoryIndex.record and rescoredPairs saved: every field's
// shape is checked, and anything else gives undefined (the caller then
// rebuilds that article from its text). A pair's evidence is saved without its
// shared sentences, which the two articles' shingles give again: re-reports
// share many, and their text made most of the file.
import type { StoryFeatures } from './features.js';
import type { PairEvidence } from './similarity.js';
import { readStoredFeatures } from './stored-features.js';

/** A near pair as saved: its evidence without the shared sentences. */
export interface SavedPair {
  a: string;
  b: string;
  evidence: Omit<PairEvidence, 'sharedSentences'>;
  at: number;
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isLead = (x: unknown): x is PairEvidence['leadDates'] => x === 'same' || x === 'different' || x === 'unknown';
const isScore = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function readEvidence(x: unknown): SavedPair['evidence'] | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const e = x as Record<string, unknown>;
  if (
    !isScore(e.score) ||
    !isScore(e.cosine) ||
    !isScore(e.containment) ||
    !isStrings(e.sharedEntities) ||
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
  keys: string[];
  candidates: string[];
  near: SavedPair[];
}

/** The article a stored record describes, or undefined; `options` as readStoredFeatures takes them. */
export function readStoredArticle(x: unknown, options: { cognates?: boolean } = {}): RestoredArticle | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const r = x as Record<string, unknown>;
  if (!isString(r.id) || !isStrings(r.keys) || !isStrings(r.candidates) || !Array.isArray(r.near)) return undefined;
  const features = readStoredFeatures(r.features, options);
  if (!features) return undefined;
  const near: SavedPair[] = [];
  for (const item of r.near) {
    const pair = readStoredPair(item);
    if (!pair || (pair.a !== r.id && pair.b !== r.id)) return undefined;
    near.push(pair);
  }
  return { id: r.id, features, keys: r.keys, candidates: r.candidates, near };
}
