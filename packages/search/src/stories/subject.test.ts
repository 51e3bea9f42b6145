// The subject guard: two reports of one kind in one setting, each about a
// name the other never gives, are two events — the storm and the next storm,
// a pope's death and his successor's election — while reports of one event
// keep their score, whatever else they name.
import { describe, expect, it } from 'vitest';
import { storyFeatures } from './features.js';
import { nameWordKeys } from './name-keys.js';
import { nameWords } from './names.js';
import { compareArticles, type DocumentFrequencies } from './similarity.js';
import { SUBJECT_MISSING_FACTOR, subjectMissing, subjectOf, subjectsOf } from './subject.js';

/** The key of a name's word, as the intelligence layer files it. */
const key = (word: string) => nameWordKeys([nameWords(word).join(' ')])[0]!.key;
/** A report: its text, and how often it names each word of its names. */
const report = (text: string, names: Record<string, number>, language: string) =>
  storyFeatures({
    text,
    language,
    entities: Object.entries(names).map(([name, count]) => ({ key: key(name), name, count })),
  });
/** Florida and the Vatican in every article; the storms and the popes in a few. */
const df: DocumentFrequencies = {
  count: 40,
  termFrequency: () => 2,
  entityFrequency: (k) => ([key('florida'), key('vatican'), key('tampa')].includes(k) ? 30 : 8),
};

const storm =
  'The hurricane made landfall on the Gulf coast of Florida late on the night, with sustained winds, near Tampa.';
const helene = report(storm, { Helene: 5, Florida: 6, Tampa: 2 }, 'eng');
const heleneAgain = report(
  'Forecasters said the storm came ashore in the Big Bend region overnight as a major hurricane.',
  { Helene: 4, Florida: 5, Perry: 2 },
  'eng',
);
const milton = report(
  'Forecasters said the storm came ashore south of Tampa overnight as a major hurricane.',
  { Milton: 6, Florida: 8, Tampa: 3, Helene: 1 },
  'eng',
);

describe("a report's subject", () => {
  it('is the name it gives most, weighed by how few articles give it', () => {
    expect(subjectOf(milton, df)).toBe(key('milton'));
    expect(subjectOf(helene, df)).toBe(key('helene'));
  });

  it('is none when no name is given three times', () => {
    expect(subjectOf(report(storm, { Helene: 2, Florida: 2 }, 'eng'), df)).toBeUndefined();
  });

  it('meets its other spellings by sound: "Hélène" is "Helene"', () => {
    const french = report(storm, { Hélène: 4, Floride: 3 }, 'fra');
    expect(subjectOf(french, df)).toBe(key('helene'));
  });
});

describe('the subject guard', () => {
  it('fires when one report of a language never names the other’s subject', () => {
    expect(subjectMissing(helene, milton, df)).toBe(true);
    const death = report('El papa murió el lunes en su residencia del Vaticano.', { Francisco: 6, Vaticano: 3 }, 'spa');
    const election = report(
      'El nuevo papa fue elegido el jueves en el Vaticano y sucede a Francisco.',
      { León: 5, Prevost: 4, Vaticano: 4, Francisco: 2 },
      'spa',
    );
    expect(subjectMissing(death, election, df)).toBe(true);
  });

  it('does not fire between reports of one event, nor across languages, where names may not meet', () => {
    expect(subjectMissing(helene, heleneAgain, df)).toBe(false);
    const german = report(storm, { Milton: 0, Florida: 4, Hurrikan: 1 }, 'deu');
    expect(subjectMissing(helene, german, df)).toBe(false);
    const unknown = report(storm, { Florida: 4 }, 'und');
    expect(subjectMissing(unknown, report(storm, { Milton: 5 }, 'und'), df)).toBe(false);
  });

  it('scales the two storms’ score down, as for two different dates', () => {
    // The same report with its language unknown: the guard cannot speak, nothing else changes.
    const miltonUnknown = { ...milton, language: 'und' };
    const guarded = compareArticles(helene, milton, df).score;
    expect(guarded).toBeGreaterThan(0);
    const unguarded = compareArticles(helene, miltonUnknown, df).score;
    expect(guarded).toBeLessThan(0.7 * unguarded);
    expect(guarded).toBeCloseTo(SUBJECT_MISSING_FACTOR * unguarded, 6);
  });
});

describe('a report with two subjects', () => {
  // One tournament: every report names the host city; a match report names its two teams again and again.
  const match = (text: string, names: Record<string, number>) => report(text, { Berlin: 3, ...names }, 'eng');
  const final = match('The final was decided late in the second half, after a tense and goalless first hour.', {
    Rovers: 6,
    United: 5,
    City: 1,
  });
  const finalAgain = match('A late goal settled the final after a first hour without chances for either side.', {
    Rovers: 4,
    United: 4,
  });
  const semi = match('The semi-final was decided late in the second half, after a tense and goalless hour.', {
    Rovers: 5,
    City: 6,
  });

  it('has its two strongest names as subjects, strongest first', () => {
    expect(subjectsOf(final, df, 2)).toEqual([key('rovers'), key('united')]);
  });

  it('is another event when the other report gives only one of the two: the final and a semi-final', () => {
    expect(subjectMissing(final, semi, df)).toBe(true);
    expect(subjectMissing(final, finalAgain, df)).toBe(false);
  });
});
