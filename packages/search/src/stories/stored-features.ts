// An article's story features as plain JSON, for a notebook that keeps its
// story index between processes (see StoryIndex.record / restore). Reading
// checks every field's shape and gives undefined for anything else: the file
// it comes from is derived data on disk, never trusted blindly. The terms and
// shingles are not stored but worked out again from the sentences: they are
// three times the size of the text, and tokenizing it again is cheap beside
// what restoring spares (entity extraction, comparisons).
import { sentenceFeatures, type StoryFeatures } from './features.js';
import { cognateCounts } from './cognates.js';
import { nameWords } from './names.js';

/**
 * Names the features and the posting keys a stored record holds; change it
 * whenever storyFeatures or StoryIndex's choice of keys changes, so that
 * records made the old way are rebuilt instead of mixed with new ones. The
 * entity keys come from EntityMerger, so a change in merging counts too (4:
 * people sharing a surname stay apart; 7: the saved pairs' evidence compares
 * event dates, event-dates.ts; 8: sound spellings read the romanisations of
 * other European languages, which moves entity keys and cognate keys; 9:
 * decimals are figures, 7.7 and 7,7 alike, and dates in digits, 17.01.2025, are dates; 10: a report naming no
 * weekday takes its dated event's, and a sentence sharing one run of seven words counts half in the saved scores).
 */
export const STORY_FEATURES_VERSION = 'story-features/11';

export interface StoredFeatures {
  /**
   * The name as written, or [entity key, name as written] when the key is not
   * the name's own normal form: most entities are keyed by the first name seen.
   */
  entities: (string | [string, string])[];
  figures: string[];
  dates: string[];
  sentences: string[];
  language?: string;
  /**
   * Times named, in the order of `entities` when the counts name the same
   * entities in that order (as the extractor gives them), else [entity key, times named].
   */
  entityCounts?: number[] | [string, number][];
  /** Days of the week named (0 Sunday … 6 Saturday), text and metadata: the metadata is not among the sentences. */
  weekdays?: number[];
}

const normalKey = (name: string): string => nameWords(name).join(' ');

/** Counts aligned with the entities when they name the same keys in the same order; else key and count pairs. */
function storeCounts(
  entities: ReadonlyMap<string, string>,
  counts: ReadonlyMap<string, number>,
): StoredFeatures['entityCounts'] {
  const keys = [...entities.keys()];
  const aligned = counts.size === keys.length && [...counts.keys()].every((key, i) => key === keys[i]);
  return aligned ? [...counts.values()] : [...counts];
}

export function storeFeatures(f: StoryFeatures): StoredFeatures {
  return {
    entities: [...f.entities].map(([key, name]) => (normalKey(name) === key ? name : [key, name])),
    figures: [...f.figures],
    dates: f.dates,
    sentences: f.sentences,
    ...(f.language ? { language: f.language } : {}),
    ...(f.entityCounts ? { entityCounts: storeCounts(f.entities, f.entityCounts) } : {}),
    ...(f.weekdays ? { weekdays: f.weekdays } : {}),
  };
}

const isString = (x: unknown): x is string => typeof x === 'string';
const every = <T>(x: unknown, test: (item: unknown) => item is T): x is T[] => Array.isArray(x) && x.every(test);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isEntityCount = (x: unknown): x is [string, number] =>
  Array.isArray(x) && x.length === 2 && isString(x[0]) && isCount(x[1]);
const isEntity = (x: unknown): x is string | [string, string] =>
  isString(x) || (Array.isArray(x) && x.length === 2 && isString(x[0]) && isString(x[1]));
const isCounts = (x: unknown): x is number[] | [string, number][] => every(x, isCount) || every(x, isEntityCount);

function readCounts(keys: readonly string[], counts: number[] | [string, number][]): Map<string, number> | undefined {
  if (counts.every(isCount))
    return counts.length === keys.length ? new Map(keys.map((k, i) => [k, counts[i]!])) : undefined;
  return new Map(counts as [string, number][]);
}

/**
 * The features a stored record describes, or undefined when it is not one.
 * `cognates: false` leaves their cognate counts out, for a caller that counts
 * them from its own table of terms (as storyFeatures does).
 */
export function readStoredFeatures(x: unknown, options: { cognates?: boolean } = {}): StoryFeatures | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const s = x as Record<string, unknown>;
  if (
    !every(s.entities, isEntity) ||
    !every(s.figures, isString) ||
    !every(s.dates, isString) ||
    !every(s.sentences, isString) ||
    (s.language !== undefined && !isString(s.language)) ||
    (s.entityCounts !== undefined && !isCounts(s.entityCounts)) ||
    (s.weekdays !== undefined && !every(s.weekdays, isCount))
  )
    return undefined;
  const entities = new Map(s.entities.map((e) => (isString(e) ? [normalKey(e), e] : e)));
  const entityCounts = s.entityCounts && readCounts([...entities.keys()], s.entityCounts);
  if (s.entityCounts && !entityCounts) return undefined;
  const { terms, shingles } = sentenceFeatures(s.sentences);
  return {
    terms,
    shingles,
    entities,
    figures: new Set(s.figures),
    dates: s.dates,
    sentences: s.sentences,
    ...(s.language ? { language: s.language } : {}),
    ...(entityCounts ? { entityCounts } : {}),
    ...(s.weekdays ? { weekdays: s.weekdays } : {}),
    ...(options.cognates === false ? {} : { cognates: cognateCounts(terms) }),
  };
}
