// An article's story features as plain JSON, for a notebook that keeps its
// story index between processes (see StoryIndex.record / restore). Reading
// checks every field's shape and gives undefined for anything else: the file
// it comes from is derived data on disk, never trusted blindly.
import type { StoryFeatures } from './features.js';

/**
 * Names the features and the posting keys a stored record holds; change it
 * whenever storyFeatures or StoryIndex's choice of keys changes, so that
 * records made the old way are rebuilt instead of mixed with new ones.
 */
export const STORY_FEATURES_VERSION = 'story-features/1';

export interface StoredFeatures {
  /** [term, count] in the article's order. */
  terms: [string, number][];
  /** [entity key, name as written]. */
  entities: [string, string][];
  figures: string[];
  dates: string[];
  /** Shingle hashes ascending, and the sentence each first starts in. */
  shingles: number[];
  shingleSentences: number[];
  sentences: string[];
  language?: string;
}

export function storeFeatures(f: StoryFeatures): StoredFeatures {
  return {
    terms: [...f.terms],
    entities: [...f.entities],
    figures: [...f.figures],
    dates: f.dates,
    shingles: [...f.shingles.hashes],
    shingleSentences: [...f.shingles.sentences],
    sentences: f.sentences,
    ...(f.language ? { language: f.language } : {}),
  };
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < 2 ** 32;
const every = <T>(x: unknown, test: (item: unknown) => item is T): x is T[] => Array.isArray(x) && x.every(test);
const isTerm = (x: unknown): x is [string, number] =>
  Array.isArray(x) && x.length === 2 && isString(x[0]) && isCount(x[1]) && x[1] > 0;
const isEntity = (x: unknown): x is [string, string] =>
  Array.isArray(x) && x.length === 2 && isString(x[0]) && isString(x[1]);

/** The features a stored record describes, or undefined when it is not one. */
export function readStoredFeatures(x: unknown): StoryFeatures | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const s = x as Record<string, unknown>;
  if (
    !every(s.terms, isTerm) ||
    !every(s.entities, isEntity) ||
    !every(s.figures, isString) ||
    !every(s.dates, isString) ||
    !every(s.shingles, isCount) ||
    !every(s.shingleSentences, isCount) ||
    !every(s.sentences, isString) ||
    s.shingles.length !== s.shingleSentences.length ||
    (s.language !== undefined && !isString(s.language))
  )
    return undefined;
  const hashes = Uint32Array.from(s.shingles);
  for (let i = 1; i < hashes.length; i++) if (hashes[i - 1]! >= hashes[i]!) return undefined;
  const sentences = Uint32Array.from(s.shingleSentences);
  const count = s.sentences.length;
  if (sentences.some((i) => i >= count)) return undefined;
  return {
    terms: new Map(s.terms),
    entities: new Map(s.entities),
    figures: new Set(s.figures),
    dates: s.dates,
    shingles: { hashes, sentences },
    sentences: s.sentences,
    ...(s.language ? { language: s.language } : {}),
  };
}
