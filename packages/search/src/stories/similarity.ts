// How alike two articles are, and why. The score mixes four established
// signals: TF-IDF cosine of content terms, IDF-weighted overlap of named
// entities, shared figures, and verbatim shared sentences (word shingles).
import { sharedShingles, type StoryFeatures } from './features.js';
import { cognateCosine } from './cognates.js';
import { SUBJECT_MISSING_FACTOR, subjectMissing } from './subject.js';
import { compareOrdinals } from './event-ordinals.js';
import { eventDate } from './event-dates.js';

export interface DocumentFrequencies {
  /** Articles in the collection. */
  readonly count: number;
  termFrequency(term: string): number;
  entityFrequency(key: string): number;
  /** Articles giving this figure; without it, every figure counts as rare. */
  figureFrequency?(figure: string): number;
  /** Articles carrying this cognate key (cognates.ts); without it, cognates are not compared. */
  cognateFrequency?(key: string): number;
}

export interface PairEvidence {
  score: number;
  /** TF-IDF cosine of the content terms, 0..1. */
  cosine: number;
  /** Between two languages, the TF-IDF cosine of their cognates (cognates.ts), 0..1; else 0. */
  cognates: number;
  sharedEntities: string[];
  sharedFigures: string[];
  /** Dates both give (`3-10`); `leadDates` says whether their event dates (event-dates.ts) agree, differ, or one has none. */
  sharedDates: string[];
  leadDates: 'same' | 'different' | 'unknown';
  /** Whether their first days of the week agree, differ, or one names none. */
  leadWeekdays: 'same' | 'different' | 'unknown';
  /** Sentences of the first article that the second repeats (in part) verbatim. */
  sharedSentences: string[];
  /** Share of the smaller article's shingles found in the other: near 1 for copies. */
  containment: number;
}

/**
 * Pseudo-articles added to the collection size in IDF, so that in a small
 * notebook a word is not "rare" only because few articles exist yet.
 */
const IDF_PRIOR = 20;

/**
 * Names are fewer than words, and the same few (the countries of a conflict)
 * run through every article of a notebook: a smaller prior lets their
 * frequency in this notebook count, so Ukraine weighs less than Qatar.
 */
const ENTITY_IDF_PRIOR = 3;

/**
 * The Robertson–Spärck Jones IDF of a name (BM25's), never below zero: a name
 * most articles of the collection give (the countries of the conflict a
 * notebook follows) says nothing about which story an article tells.
 */
export function entityIdf(frequency: number, count: number): number {
  const total = count + ENTITY_IDF_PRIOR;
  return Math.max(0, Math.log((total - frequency + 0.5) / (frequency + 0.5)));
}

export function idf(frequency: number, count: number): number {
  return Math.log((count + IDF_PRIOR) / (frequency + 1));
}

/** Sublinear TF × IDF weights of an article's terms, with their norm. */
export function termWeights(
  features: StoryFeatures,
  df: DocumentFrequencies,
): { weights: Map<string, number>; norm: number } {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of features.terms) {
    const w = (1 + Math.log(count)) * idf(df.termFrequency(term), df.count);
    weights.set(term, w);
    norm += w * w;
  }
  return { weights, norm: Math.sqrt(norm) };
}

export function cosine(
  a: { weights: Map<string, number>; norm: number },
  b: { weights: Map<string, number>; norm: number },
): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small.weights) {
    const other = large.weights.get(term);
    if (other) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}

/** Weights of each signal in the score; tuned on labelled sets of other stories than the seeds'. */
export const WEIGHTS = { cosine: 0.55, entities: 0.3, figures: 0.15, dates: 0.2 };
/**
 * Across languages the term cosine cannot speak; the figures two reports
 * share are then the evidence about their content that needs no translation,
 * and weigh this much more.
 */
export const CROSS_LANGUAGE_FIGURES = 0.1;
/**
 * Across two known languages, the weight the shared names gain, times how
 * strongly a shared figure or date backs them (0..1, at least
 * {@link CROSS_LANGUAGE_NAMES_ALONE}): what the term cosine would have said of
 * two reports of one event. Tuned on dev-ruua, dev-mideast and dev-xlang
 * (docs/intelligence.md): flat from 0.4 to 0.5.
 */
export const CROSS_LANGUAGE_ENTITIES = 0.45;
/**
 * What shared names count for across languages with no shared figure or date to back them: nothing. Names alone
 * are a topic, not an event; with the variants of every script merged they joined near-miss stories on dev-ruua
 * (F1 0.583 at 0.6, 0.651 at 0.3, 0.717 at 0) more than they found missed pairs (docs/intelligence.md).
 */
export const CROSS_LANGUAGE_NAMES_ALONE = 0;
/** What each sentence the two reports share (two runs of seven words or more of it) adds to the score. */
export const COPIED_SENTENCE = 0.1;
/**
 * What a sentence sharing a single run of seven words adds: half a copied sentence. Such a run is most often a
 * name with its title ("Ingrid Halvorsen, head of the Nordic mission") or a stock phrase. F1 on dev-ruua /
 * dev-mideast: 0 gave 0.549 / 0.557, 0.025 and 0.05 0.574 / 0.574, 0.075 and 0.1 0.489 / 0.574 (docs/intelligence.md).
 */
export const SINGLE_RUN = 0.05;
/** What two first weekdays that agree count for, beside a first date that agrees (1). */
export const WEEKDAY_AGREES = 0.5;
/** Two reports whose first dates (or, without dates, first weekdays) differ are most often two events: their score is scaled down. */
export const DIFFERENT_DATE_FACTOR = 0.6;

/**
 * An article's names weighed at the collection's current frequencies, in the
 * order of `features.entities`: worked out once when one article is compared
 * with many (StoryIndex compares a new article with up to 25) rather than
 * once per pair.
 */
export interface EntityWeights {
  keys: string[];
  names: string[];
  /** Each name's IDF. */
  idf: Float64Array;
  /** IDF × salience. */
  weights: Float64Array;
  /** Sum of the squared weights. */
  norm2: number;
}

export function entityWeights(features: StoryFeatures, df: DocumentFrequencies): EntityWeights {
  const n = features.entities.size;
  const out: EntityWeights = { keys: [], names: [], idf: new Float64Array(n), weights: new Float64Array(n), norm2: 0 };
  let i = 0;
  for (const [key, name] of features.entities) {
    const weight = entityIdf(df.entityFrequency(key), df.count);
    const wa = weight * salience(features, key);
    out.keys.push(key);
    out.names.push(name);
    out.idf[i] = weight;
    out.weights[i++] = wa;
    out.norm2 += wa * wa;
  }
  return out;
}

/** What a caller that compares one article with many already knows, to spare working it out per pair. */
export interface KnownEvidence {
  /** The term cosine, when the caller keeps term vectors of its own (StoryIndex does). */
  cosine: number;
  /** `entityWeights(a, df)` at the current frequencies. */
  entitiesA?: EntityWeights;
  /**
   * Below this score the pair's shared names and sentences are left empty: a
   * caller that keeps only pairs scoring this much needs no reasons for the others.
   */
  reasonsFrom?: number;
  /** `entityWeights(b, df).norm2` at the current frequencies, when the caller keeps it at hand (entity-table.ts). */
  entityNorm2B?: number;
}

export function compareArticles(
  a: StoryFeatures,
  b: StoryFeatures,
  df: DocumentFrequencies,
  known?: KnownEvidence,
): PairEvidence {
  const cos = known?.cosine ?? cosine(termWeights(a, df), termWeights(b, df));

  // Entities: IDF- and salience-weighted Jaccard, so two articles both naming Ukraine say less than both naming
  // Qatar, and a name both are about (named again and again) more than one an article cites in passing.
  let dot = 0;
  let normB = 0;
  const sharedEntities: [string, number][] = [];
  const entityWeight = (key: string) => entityIdf(df.entityFrequency(key), df.count);
  const own = known?.entitiesA ?? entityWeights(a, df);
  const normA = own.norm2;
  for (let i = 0; i < own.keys.length; i++) {
    const key = own.keys[i]!;
    if (b.entities.has(key)) {
      dot += own.weights[i]! * own.idf[i]! * salience(b, key);
      sharedEntities.push([own.names[i]!, own.idf[i]!]);
    }
  }
  if (known?.entityNorm2B !== undefined) normB = known.entityNorm2B;
  else for (const key of b.entities.keys()) normB += (entityWeight(key) * salience(b, key)) ** 2;
  const entityScore = normA && normB ? dot / Math.sqrt(normA * normB) : 0;

  const sharedFigures = [...a.figures].filter((f) => b.figures.has(f));
  const smallerFigures = Math.min(a.figures.size, b.figures.size);
  const figureWeight = sharedFigures.reduce((sum, f) => sum + figureEvidence(f, df), 0);
  const figureScore = smallerFigures ? Math.min(1, figureWeight / Math.min(3, smallerFigures)) : 0;

  const shared = sharedShingles(a.shingles, b.shingles);
  const containment = shared.count / Math.max(1, Math.min(a.shingles.hashes.length, b.shingles.hashes.length));

  const bDates = new Set(b.dates);
  const sharedDates = [...new Set(a.dates.filter((d) => bDates.has(d)))];
  const [dayA, dayB] = [eventDate(a.dates), eventDate(b.dates)];
  const leadDates = !dayA || !dayB ? 'unknown' : dayA === dayB ? 'same' : 'different';
  const leadWeekdays = compareLead(a.weekdays, b.weekdays);
  let dateScore = leadDates === 'same' ? 1 : sharedDates.length ? 0.5 : 0;
  // One date, told on two days of the week: a later report citing the day of the event (a confession, a
  // government's findings) names its own day first — the date is shared, not the event's day.
  if (leadDates === 'same' && leadWeekdays === 'different') dateScore = 0.5;
  // Without dates to compare, the day of the week is the event's time.
  if (leadDates === 'unknown' && leadWeekdays === 'same') dateScore = Math.max(dateScore, WEEKDAY_AGREES);

  // Two known languages (not `und`, too short to tell): their words meet only as cognates.
  const knownLanguage = (language?: string) => !!language && language !== 'und';
  const crossLanguage = knownLanguage(a.language) && knownLanguage(b.language) && a.language !== b.language;
  const cognates =
    crossLanguage && a.cognates && b.cognates && df.cognateFrequency
      ? cognateCosine(a.cognates, b.cognates, (key) => idf(df.cognateFrequency!(key), df.count))
      : 0;
  let score =
    WEIGHTS.cosine * Math.max(cos, cognates) +
    WEIGHTS.entities * entityScore +
    WEIGHTS.figures * figureScore +
    WEIGHTS.dates * dateScore;
  if (a.language && b.language && a.language !== b.language) score += CROSS_LANGUAGE_FIGURES * figureScore;
  // Across two known languages the names speak for the words they cannot share: fully when a shared figure or
  // date backs them, less alone (the same people and places may be the topic, not the event). Two dates or
  // days of the week that differ still scale the whole score down below.
  if (crossLanguage)
    score += CROSS_LANGUAGE_ENTITIES * entityScore * Math.max(figureScore, dateScore, CROSS_LANGUAGE_NAMES_ALONE);
  // Copied sentences: each one is strong evidence, a copied article is proof. A sentence sharing one run of seven
  // words only is most often a name with its title, which reports of another event of the story write as well.
  const copied = shared.sentences.length - shared.singleRuns;
  score += Math.min(0.3, COPIED_SENTENCE * copied + SINGLE_RUN * shared.singleRuns);
  if (leadDates === 'different' || (leadDates === 'unknown' && leadWeekdays === 'different'))
    score *= DIFFERENT_DATE_FACTOR;
  // Two events of one series (the seventh and the eighth test flight): as two dates.
  if (compareOrdinals(a.figures, b.figures) === 'different') score *= DIFFERENT_DATE_FACTOR;
  // Two reports of one kind in one setting, each about a subject the other never names: two events.
  if (subjectMissing(a, b, df)) score *= SUBJECT_MISSING_FACTOR;
  if (containment > 0.5) score = Math.max(score, 1);
  const reasons = score >= (known?.reasonsFrom ?? -Infinity);
  return {
    score: Math.min(1, score),
    cosine: cos,
    cognates,
    sharedEntities: reasons ? distinctNames(sharedEntities.sort((x, y) => y[1] - x[1]).map(([name]) => name)) : [],
    sharedFigures,
    sharedDates,
    leadDates,
    leadWeekdays,
    sharedSentences: reasons ? shared.sentences.map((i) => a.sentences[i]!) : [],
    containment,
  };
}

function compareLead(
  a: readonly unknown[] | undefined,
  b: readonly unknown[] | undefined,
): 'same' | 'different' | 'unknown' {
  if (!a?.length || !b?.length) return 'unknown';
  return a[0] === b[0] ? 'same' : 'different';
}

/** How much an article is about a name: 1 for a single mention, more (sublinearly) for each further one. */
export function salience(features: StoryFeatures, key: string): number {
  const count = features.entityCounts?.get(key) ?? 1;
  return 1 + Math.log(Math.max(1, count));
}

/**
 * How much one shared figure says, 0..1. A round bare number (100, 1000) turns
 * up in any story; 8.7 million or 232 points at one — unless many articles of
 * the collection give it (an aircraft's type, 737; a toll that later reports
 * cite), so it weighs by its IDF against that of a figure only two give.
 */
export function figureEvidence(figure: string, df: DocumentFrequencies): number {
  const base = /^\d0+$/u.test(figure) ? 0.3 : 1;
  const frequency = df.figureFrequency?.(figure);
  if (frequency === undefined) return base;
  return base * Math.min(1, idf(Math.max(frequency, 2), df.count) / idf(2, df.count));
}

/**
 * Shared names as the "why" shows them: a name once, and a word of a name
 * already listed ("Dame" after "Notre Dame") not again.
 *
 * @example
 * distinctNames(['Notre Dame', 'French', 'french', 'Dame']) // => ['Notre Dame', 'French']
 */
export function distinctNames(names: string[]): string[] {
  const shown: string[] = [];
  const words = new Set<string>();
  for (const name of names) {
    const lower = name.toLowerCase();
    if (shown.some((n) => n.toLowerCase() === lower) || (!lower.includes(' ') && words.has(lower))) continue;
    shown.push(name);
    for (const w of lower.split(' ')) words.add(w);
  }
  return shown;
}
