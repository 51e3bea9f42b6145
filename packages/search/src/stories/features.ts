// What one article brings to same-story detection: its content terms (for a
// TF-IDF cosine), the people, places and organisations it names, the figures
// it gives, and hashed word shingles of its sentences (verbatim re-use of a
// sentence or a quote is the strongest sign two outlets copy one report).
import { normalizeTerm, scanWords, STOP_WORDS } from '../tokenize.js';
import { extractWeekdays } from './weekdays.js';
import { cognateCounts } from './cognates.js';
import { extractClockTimes } from './clock-times.js';
import { extractMatchMinutes } from './match-minutes.js';
import { ordinalFigures } from './event-ordinals.js';
import { eventDate } from './event-dates.js';

/** Words per shingle: long enough that two stories share one only by copying. */
export const SHINGLE_WORDS = 7;

export interface StoryFeatures {
  /** Content term → count in the article (stop words, numbers and 1–2 letter words left out). */
  terms: Map<string, number>;
  /** Entity keys (see `entityKey`) → the name as the article writes it. */
  entities: Map<string, string>;
  /** Figures, normalised across languages (`8.7 m`, `232`, `17 %`, `2750`). */
  figures: Set<string>;
  /** Day-and-month dates in the order written (`3-10`); the event's is the first or one soon after (event-dates.ts). */
  dates: string[];
  /** The article's distinct shingle hashes, each with the sentence it first starts in. */
  shingles: Shingles;
  /** The article's sentences, for showing which one two articles share. */
  sentences: string[];
  /** Its language (ISO 639-3, `und` when too short to tell), when the caller knows it. */
  language?: string;
  /** Entity key → how often the article names it, when the caller counted (a name the story is about recurs). */
  entityCounts?: Map<string, number>;
  /** Days of the week named, in the order written (0 Sunday … 6 Saturday); the first is most often the event's. */
  weekdays?: number[];
  /** Cognate key → count (see cognates.ts): what two articles in different languages compare by. */
  cognates?: Map<string, number>;
}

/**
 * Shingle hashes in ascending order, each once, beside the index of the first
 * sentence it starts in. Sorted typed arrays rather than a Map: two articles'
 * shingles meet in one merging pass, and 32-bit hashes are no small integers
 * to a JavaScript Map (each lookup boxes a number).
 */
export interface Shingles {
  hashes: Uint32Array;
  sentences: Uint32Array;
}

export interface FeatureInput {
  text: string;
  /** Names the caller's entity extractor found, already merged to canonical keys. */
  entities?: readonly { key: string; name: string; count?: number }[];
  /** Text kept as metadata rather than body (photo captions, bylines): its dates still tell the event's. */
  metadata?: string;
  /** The language of `text` (ISO 639-3 like `eng`, `ukr`), when known: across languages figures speak for the words. */
  language?: string;
}

// Numbers people quote: with a unit or multiplier after them, or of three
// digits and more. Small bare numbers ("two", "3") say nothing about which
// story it is. Thousands separators (2,750 / 2.750 / 2 750) and decimal commas
// (8,7) are normalised, so outlets in different languages give one figure.
const FIGURE =
  /(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*(%|percent|per cent|pour cent|por ciento|prozent|million|millions|millionen|millones|milhões|billion|bn|milliards?|milliarden|trillion|km|kilomet\w*|miles?|gw|mw|tonnes?|tons?|toneladas|tonnen)?/giu;
const MULTIPLIER: [RegExp, string][] = [
  [/^(%|percent|per cent|pour cent|por ciento|prozent)$/u, '%'],
  [/^(million|millions|millionen|millones|milhões)$/u, 'm'],
  [/^(billion|bn|milliard|milliards|milliarden|trillion)$/u, 'bn'],
];

export function extractFigures(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(FIGURE)) {
    const raw = match[1]!;
    const grouped = /^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$/u.test(raw);
    const digits = grouped ? raw.replace(/[^\d]/gu, '') : raw.replace(',', '.');
    const unit = (match[2] ?? '').toLowerCase();
    const multiplier = MULTIPLIER.find(([pattern]) => pattern.test(unit))?.[1];
    // A decimal is told alike in every language (a magnitude of 7.7 is 7,7 in German); a small whole number is not.
    const decimal = !grouped && /[.,]/u.test(raw);
    if (!unit && !decimal && digits.replace(/\D/gu, '').length < 3) continue;
    // Years alone are shared by every story of that year.
    if (!unit && /^(19|20)\d\d$/u.test(digits)) continue;
    found.add(multiplier ? `${digits} ${multiplier}` : digits);
  }
  return found;
}

const MONTHS: Record<string, number> = {};
[
  'january|janvier|enero|janeiro|januar|januari|gennaio|jan|січня|січень|января|январь',
  'february|février|fevrier|febrero|fevereiro|februar|februari|febbraio|feb|лютого|лютий|февраля|февраль',
  'march|mars|marzo|março|marco|märz|maart|mar|березня|березень|марта|март',
  'april|avril|abril|aprile|apr|квітня|квітень|апреля|апрель',
  'may|mai|mayo|maio|mei|maggio|травня|травень|мая|май',
  'june|juin|junio|junho|juni|giugno|jun|червня|червень|июня|июнь',
  'july|juillet|julio|julho|juli|luglio|jul|липня|липень|июля|июль',
  'august|août|aout|agosto|augustus|aug|серпня|серпень|августа|август',
  'september|septembre|septiembre|setembro|settembre|sept|sep|вересня|вересень|сентября|сентябрь',
  'october|octobre|octubre|outubro|oktober|ottobre|oct|okt|жовтня|жовтень|октября|октябрь',
  'november|novembre|noviembre|novembro|nov|листопада|листопад|ноября|ноябрь',
  'december|décembre|decembre|diciembre|dezembro|dezember|dicembre|dec|dez|грудня|грудень|декабря|декабрь',
].forEach((names, i) => names.split('|').forEach((n) => (MONTHS[n] = i + 1)));
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// "March 10", "Oct. 29, 2018", "10 March 2019", "10 de marzo", "4. August 2020", "15 avril 2019".
// Word edges by letters rather than \b, which knows only ASCII letters ("10 березня", "10 марта").
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<m1>${MONTH})\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?:,?\\s+(?<y1>(?:19|20)\\d\\d)(?!\\d))?|(?<d2>\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?(?<m2>${MONTH})(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(?<y2>(?:19|20)\\d\\d)(?!\\d))?)`,
  'giu',
);

// "17.01.2025": day, month and year in digits, as German, Russian or Ukrainian outlets write a date — with the
// year, so that no decimal (17.01 km) reads as one. Slashes are left out: 03/07/2025 is 7 March in Mexico.
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d])/gu;

/** A day-and-month date as written, with its year when the text gives one beside it. */
interface WrittenDate {
  at: number;
  date: string;
  year?: number;
}

function writtenDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.groups!;
    const month = MONTHS[(g['m1'] ?? g['m2'])!.toLowerCase()];
    const day = Number(g['d1'] ?? g['d2']);
    const year = g['y1'] ?? g['y2'];
    if (month && day >= 1 && day <= 31)
      found.push({ at: match.index, date: `${month}-${day}`, ...(year ? { year: Number(year) } : {}) });
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [day, month] = [Number(match[1]), Number(match[2])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      found.push({ at: match.index, date: `${month}-${day}`, year: Number(match[3]) });
  }
  return found.sort((x, y) => x.at - y.at);
}

/** Day-and-month dates in the order written, as `m-d` (`3-10` for 10 March). */
export function extractDates(text: string): string[] {
  return writtenDates(text).map((d) => d.date);
}

/**
 * The day of the week of a report's event date, when the report names no day of the week but writes that date
 * with its year somewhere (`May 16, 2025` was a Friday): a report is then compared by its day with one that
 * tells its event only by the day of the week ("the talks on Monday"), as a report naming its day is.
 *
 * @example
 * datedWeekdays(['by Staff, May 16, 2025 4:34 PM', 'Talks were held in Istanbul on May 16.']) // => [5]
 * datedWeekdays(['Talks were held in Istanbul on May 16.']) // => []
 */
export function datedWeekdays(texts: readonly string[]): number[] {
  const written = texts.flatMap(writtenDates);
  const day = eventDate(written.map((d) => d.date));
  const withYear = written.find((d) => d.date === day && d.year !== undefined);
  if (!withYear) return [];
  const [month, date] = withYear.date.split('-').map(Number);
  const calendar = new Date(Date.UTC(withYear.year!, month! - 1, date!));
  // 31 April rolls over into May: a date no calendar has tells no day.
  return calendar.getUTCDate() === date ? [calendar.getUTCDay()] : [];
}

export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…»"”])\s+(?=[\p{Lu}"“«])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** FNV-1a over a string: a stable 32-bit hash without Node's crypto. */
export function hashString(text: string): number {
  return finishHash(feedHash(FNV_OFFSET, text));
}

const FNV_OFFSET = 0x811c9dc5;

function feedHash(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

function finishHash(hash: number): number {
  return hash >>> 0;
}

/** `hashString(words.slice(from, from + SHINGLE_WORDS).join(' '))`, without building the string. */
function shingleHash(sentenceWords: string[], from: number): number {
  let hash = feedHash(FNV_OFFSET, sentenceWords[from]!);
  for (let i = from + 1; i < from + SHINGLE_WORDS; i++) hash = feedHash(feedHash(hash, ' '), sentenceWords[i]!);
  return finishHash(hash);
}

// A hash and its sentence index travel as one float (hash × 2^21 + index, exact below 2^53), so one
// numeric sort of a Float64Array orders the shingles; later sentences of a long text share the last index.
const SENTENCE_SLOTS = 2 ** 21;

/** Shingles from (hash, sentence) pairs in text order: sorted by hash, each hash with its first sentence. */
function toShingles(packed: Float64Array): Shingles {
  packed.sort();
  const hashes = new Uint32Array(packed.length);
  const sentences = new Uint32Array(packed.length);
  let n = 0;
  for (const value of packed) {
    const hash = Math.floor(value / SENTENCE_SLOTS);
    if (n && hashes[n - 1] === hash) continue;
    hashes[n] = hash;
    sentences[n++] = value - hash * SENTENCE_SLOTS;
  }
  return { hashes: hashes.slice(0, n), sentences: sentences.slice(0, n) };
}

/**
 * How many shingles two articles share, the sentences of the first they fall
 * in (ascending), and how many of those sentences share a single shingle — a
 * run of just {@link SHINGLE_WORDS} words, most often a name with its title
 * ("Ingrid Halvorsen, head of the Nordic mission") that reports of other
 * events write too, rather than a copied sentence — in one pass over both sorted lists.
 */
export function sharedShingles(a: Shingles, b: Shingles): { count: number; sentences: number[]; singleRuns: number } {
  let count = 0;
  const perSentence = new Map<number, number>();
  let j = 0;
  const other = b.hashes;
  for (let i = 0; i < a.hashes.length && j < other.length; i++) {
    const hash = a.hashes[i]!;
    while (j < other.length && other[j]! < hash) j++;
    if (j < other.length && other[j] === hash) {
      count++;
      perSentence.set(a.sentences[i]!, (perSentence.get(a.sentences[i]!) ?? 0) + 1);
    }
  }
  let singleRuns = 0;
  for (const n of perSentence.values()) if (n === 1) singleRuns++;
  return { count, sentences: [...perSentence.keys()].sort((x, y) => x - y), singleRuns };
}

/**
 * The terms of a sentence's words, as `words(sentence).map((w) => w.term)`
 * gives them, without making an object of each word: the story index reads
 * every word of every article it adds.
 */
function sentenceTerms(sentence: string): string[] {
  const terms: string[] = [];
  scanWords(sentence, (start, end, plain) => {
    const word = sentence.slice(start, end);
    const term = plain ? word.toLowerCase() : normalizeTerm(word);
    if (term) terms.push(term);
  });
  return terms;
}

/** The content terms and shingles of an article's sentences: what its words give, worked out again from its sentences. */
export function sentenceFeatures(sentences: readonly string[]): Pick<StoryFeatures, 'terms' | 'shingles'> {
  const terms = new Map<string, number>();
  const packed: number[] = [];
  sentences.forEach((sentence, index) => {
    const sentenceWords = sentenceTerms(sentence);
    for (const term of sentenceWords) {
      if (term.length < 3 || STOP_WORDS.has(term) || /^\d+$/u.test(term)) continue;
      terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    const slot = Math.min(index, SENTENCE_SLOTS - 1);
    for (let i = 0; i + SHINGLE_WORDS <= sentenceWords.length; i++)
      packed.push(shingleHash(sentenceWords, i) * SENTENCE_SLOTS + slot);
  });
  return { terms, shingles: toShingles(Float64Array.from(packed)) };
}

/** The days of the week a report names, else the day of its event date when it writes that date with its year. */
function weekdaysOf(input: FeatureInput): number[] {
  const named = [...extractWeekdays(input.text), ...extractWeekdays(input.metadata ?? '')];
  return named.length ? named : datedWeekdays([input.text, input.metadata ?? '']);
}

/**
 * What one article brings to same-story detection. `cognates: false` leaves
 * its cognate counts out, for a caller that counts them from term ids of its
 * own (the story index).
 *
 * @example
 * storyFeatures({ text: 'Fire broke out at Notre-Dame on April 15.' }).dates // => ['4-15']
 */
export function storyFeatures(input: FeatureInput, options: { cognates?: boolean } = {}): StoryFeatures {
  const sentences = splitSentences(input.text);
  const { terms, shingles } = sentenceFeatures(sentences);
  const entities = new Map<string, string>();
  for (const e of input.entities ?? []) if (!entities.has(e.key)) entities.set(e.key, e.name);
  const counted = (input.entities ?? []).filter((e) => e.count !== undefined);
  const entityCounts = counted.length ? new Map(counted.map((e) => [e.key, e.count!])) : undefined;
  return {
    terms,
    entities,
    // Clock times and match minutes count as figures: digits every language writes alike.
    figures: new Set([
      ...extractFigures(input.text),
      ...extractClockTimes(input.text),
      ...extractMatchMinutes(input.text),
      ...ordinalFigures(input.text),
    ]),
    dates: [...extractDates(input.text), ...extractDates(input.metadata ?? '')],
    shingles,
    sentences,
    ...(input.language ? { language: input.language } : {}),
    ...(entityCounts ? { entityCounts } : {}),
    weekdays: weekdaysOf(input),
    ...(options.cognates === false ? {} : { cognates: cognateCounts(terms) }),
  };
}
