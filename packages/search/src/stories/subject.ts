// What a report is about: the name it gives most, weighed by how few articles
// of the collection give it. Two reports of one kind in one setting (two
// hurricanes striking one state, a pope's death and his successor's
// election) share the setting's names and vocabulary; what tells the events
// apart is each report's subject, which the report of the other event does
// not name — the earlier report could not know the later's subject.
import { entityIdf, type DocumentFrequencies } from './similarity.js';
import type { StoryFeatures } from './features.js';

/** Below this IDF a name still counts a little: in a small collection every name is frequent. */
const IDF_FLOOR = 0.1;
/** A subject is named at least this often: a name given once or twice may be a passing mention. */
export const SUBJECT_MENTIONS = 3;
/**
 * A report's strongest names that the other report must give: an event often
 * has two subjects (the two teams of a match, a plaintiff and the accused),
 * and a report of another event of the same setting shares one of them — the
 * final and a semi-final share one team, not both.
 */
export const SUBJECTS = 2;
/** What a pair's score is scaled by when one report's subject is missing from the other. */
export const SUBJECT_MISSING_FACTOR = 0.6;

/**
 * The key of an article's subject among the words of its names (the `w:`
 * keys, one per word by sound, so "Helene" and "Hélène" are one), or
 * undefined when no name is given often enough.
 *
 * @example
 * // "Milton" named six times, "Florida" eight but by every article, "Helene" once:
 * subjectOf(milton, df) // => 'w:mltn'
 */
export function subjectOf(features: StoryFeatures, df: DocumentFrequencies): string | undefined {
  return subjectsOf(features, df, 1)[0];
}

/**
 * Whether one of two reports in one language does not name one of the
 * other's {@link SUBJECTS} subjects at all. Only within a language: across languages and scripts a
 * name's words do not always meet by sound ("Турции", "Turquía"), and a
 * subject that seems missing would part one story.
 */
export function subjectMissing(a: StoryFeatures, b: StoryFeatures, df: DocumentFrequencies): boolean {
  if (!a.language || a.language === 'und' || a.language !== b.language) return false;
  const missing = (x: StoryFeatures, y: StoryFeatures) =>
    subjectsOf(x, df, SUBJECTS).some((subject) => !y.entities.has(subject));
  return missing(a, b) || missing(b, a);
}

/** The keys of an article's `count` strongest subjects (see {@link subjectOf}), strongest first. */
export function subjectsOf(features: StoryFeatures, df: DocumentFrequencies, count: number): string[] {
  const found: [string, number][] = [];
  for (const key of features.entities.keys()) {
    if (!key.startsWith('w:')) continue;
    const mentions = features.entityCounts?.get(key) ?? 1;
    if (mentions < SUBJECT_MENTIONS) continue;
    found.push([key, mentions * Math.max(IDF_FLOOR, entityIdf(df.entityFrequency(key), df.count))]);
  }
  return found
    .sort((x, y) => y[1] - x[1])
    .slice(0, count)
    .map(([key]) => key);
}
