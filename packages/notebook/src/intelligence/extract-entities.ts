// People, places and organisations named in an article, classified by
// compromise (a maintained rule-and-lexicon NLP library, pure JS, 4 MB, no
// model download); the language by franc's models and measure. compromise's
// lexicon of first names, places and organisation words works on names in any
// Latin-script text.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import type { EntityKind, NameMention } from '@dossier/search';
import { TrigramLanguages } from '../import/trigram-language.js';
import { acronymsOf } from './acronyms.js';
import { withoutTitles } from './entity-titles.js';
import { germanNouns, isGermanNoun, withoutLeadingNouns } from './german-nouns.js';
import { compromise } from './language-tools.js';

const HONORIFIC =
  /^(president|prime minister|minister|mr|mrs|ms|dr|sir|general|gen|chancellor|king|queen|senator|director|spokesman|spokesperson|secretary|mayor|governor|pope|prince|princess|judge|justice|ceo|chief|former|ukrainian|russian|american|us|u\.s\.)\.?\s+/iu;

/** Trims titles, possessives and punctuation compromise leaves on a match. */
export function cleanName(raw: string): string {
  let name = raw
    .replace(/[’']s\b/gu, '')
    .replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  let previous = '';
  while (previous !== name) {
    previous = name;
    name = name.replace(HONORIFIC, '');
  }
  return name;
}

/** Characters of an article that its language is detected from. */
export const LANGUAGE_SAMPLE = 500;

/**
 * Every language franc-min tells apart: those with trigram models, and those
 * a script of their own decides (Greek, Hebrew, Korean…).
 */
const FRANC_LANGUAGES = [...new Set([...Object.keys(expressions), ...Object.values(data).flatMap(Object.keys)])];
/**
 * franc's answer, from franc's models by franc's measure, told apart among all
 * its languages: franc itself looks each trigram of the sample up in the model
 * of every language of its script (about a millisecond an article, a tenth of
 * a first stories build); this table gives each trigram's ranks in one lookup.
 */
const detector = new TrigramLanguages(FRANC_LANGUAGES);

/**
 * ISO 639-3 code (`eng`, `fra`, `deu`…) or `und` when the text is too short to
 * tell: what `franc(text.slice(0, 500), { minLength: 40 })` names.
 *
 * @example
 * detectLanguage('Les frappes russes ont visé les centrales électriques du pays pendant la nuit.') // => 'fra'
 */
export function detectLanguage(text: string): string {
  // Five hundred characters tell the language as well as the whole text, at a fraction of the cost. On the seeds
  // and the three labelled news sets (111 articles, 8 languages) they give the language a thousand did.
  return detector.detect(text, LANGUAGE_SAMPLE, 40);
}

// A run of capitalised words, joined by the small words names contain ("Bank of England").
const SPAN =
  /\p{Lu}[\p{L}\p{M}’'-]*(?:[ \t\u00a0]+(?:(?:of|de|du|la|le|von|van|der|al|bin|the|for)[ \t\u00a0]+)?\p{Lu}[\p{L}\p{M}’'-]*)*/gu;
const NOT_A_NAME = '#Preposition|#Conjunction|#Adverb|#Determiner|#Pronoun|#Verb|#Adjective|#Demonym|#QuestionWord';

/**
 * What compromise makes of each distinct capitalised span, remembered: parsing
 * the spans rather than whole articles costs a few milliseconds an article
 * instead of about a hundred, and spans recur across a notebook.
 */
const kinds = new Map<string, EntityKind | null>();
const MAX_REMEMBERED = 100_000;
/**
 * The last span parsed that compromise found no kind for, with its parse: extraction asks
 * {@link isUnknownWordSpan} of that very span next, and a second parse of it was a tenth of compromise's time.
 */
let lastUnclassified: { span: string; doc: ReturnType<ReturnType<typeof compromise>> } | undefined;

export function classifySpan(span: string): EntityKind | null {
  const known = kinds.get(span);
  if (known !== undefined) return known;
  const doc = compromise()(span);
  // What people(), places() and organizations() find is a run of terms with that tag (#Person+, (#Place|#Address)+,
  // #Organization+): found exactly when a term has the tag. Reading the tags spares three match calls, an eighth of
  // compromise's time on a span.
  const tagged = (...tags: string[]) =>
    doc.docs.some((terms) => terms.some((t) => tags.some((tag) => t.tags?.has(tag))));
  let kind: EntityKind | null = null;
  if (tagged('Person')) kind = 'person';
  else if (tagged('Place', 'Address')) kind = 'place';
  else if (tagged('Organization')) kind = 'organization';
  else if (tagged('ProperNoun') && !doc.has(NOT_A_NAME)) kind = 'other';
  if (kinds.size >= MAX_REMEMBERED) kinds.clear();
  kinds.set(span, kind);
  lastUnclassified = kind === null ? { span, doc } : undefined;
  return kind;
}

/** English month names: compromise reads a month alone ("March", "May") as a plain noun. */
const ENGLISH_MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
/** Words of a closed class, a date or a number: never a name, known to compromise or not. */
const NEVER_A_NAME = '(#Determiner|#Pronoun|#Preposition|#Conjunction|#QuestionWord|#Date|#Value|#WeekDay|#Holiday)';
const unknownSpans = new Map<string, boolean>();

/**
 * Whether no word of a span is an English word compromise's lexicon knows (nor a day, a month, a number):
 * what the names of other languages are to it ("Peskov", "Kremlin", "Medinsky", "Belaya"), while "Friday",
 * "The" or "Complete Largest Prisoner Swap" are words. Its guesses by suffix are not asked: it reads
 * "Medinsky" as an adjective. Remembered per span, as kinds are.
 *
 * @example
 * isUnknownWordSpan('Peskov') // => true
 * isUnknownWordSpan('Friday') // => false
 */
export function isUnknownWordSpan(span: string): boolean {
  const remembered = unknownSpans.get(span);
  if (remembered !== undefined) return remembered;
  const nlp = compromise();
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
  const unknown =
    span.split(' ').every((word) => !ENGLISH_MONTH.test(word) && lexicon[word.toLowerCase()] === undefined) &&
    !(lastUnclassified?.span === span ? lastUnclassified.doc : nlp(span)).has(NEVER_A_NAME);
  if (unknownSpans.size >= MAX_REMEMBERED) unknownSpans.clear();
  unknownSpans.set(span, unknown);
  return unknown;
}

// Small words a capitalised span picks up when it starts a sentence: "The Notre Dame Cathedral",
// "But Nantes", "En Siria", "Le Premier", "Der Hafen" (first word only, in the languages we meet).
const SENTENCE_OPENER =
  /^(the|a|an|and|but|or|in|on|at|as|for|from|by|with|while|after|before|when|if|this|that|these|those|le|la|les|un|une|des|du|ce|cette|ces|et|mais|en|au|aux|dans|selon|el|los|las|lo|una|unos|unas|del|al|y|pero|según|der|die|das|den|dem|ein|eine|und|aber|im|am|laut|il|gli|nel|nella|het|een|o|os|as)\s+(?=\p{Lu})/iu;

/** An article that begins a place's own name: Los Angeles, La Paz, Le Havre, El Paso, Den Haag. */
const PLACE_ARTICLE = /^(la|le|les|el|los|las|lo|il|al|den)\s/iu;

/** A span at a sentence start without its opening small word, unless it is a place named with its article. */
function withoutOpener(name: string, atSentenceStart: boolean): string {
  if (!atSentenceStart || !SENTENCE_OPENER.test(name)) return name;
  if (PLACE_ARTICLE.test(name) && classifySpan(name) === 'place') return name;
  return name.replace(SENTENCE_OPENER, '');
}

/** Two to six capitals: an acronym written alone (WHO, OMS, NATO), a name of something in any language. */
const ALL_CAPITALS = /^\p{Lu}{2,6}$/u;

export function extractEntities(text: string, language = 'und'): NameMention[] {
  const found: NameMention[] = [];
  const acronyms = acronymsOf(text);
  const nouns = language === 'deu' ? germanNouns(text) : undefined;
  for (const match of text.matchAll(SPAN)) {
    const atStart = !isInsideSentence(text, match.index);
    const cleaned = cleanName(match[0]);
    let name = withoutTitles(withoutOpener(cleaned, atStart), language, !atStart);
    // After its opening word a name stands inside the sentence ("En Siria").
    const inside = name !== cleaned || !atStart;
    if (nouns && name.includes(' ')) name = withoutTitles(withoutLeadingNouns(name, nouns), language, true);
    // One letter or a long run of capitals (a headline in title case) is not a name.
    if (name.length < 2 || !/^\p{Lu}/u.test(name) || name.split(' ').length > 5) continue;
    if (isTitleHead(name, text.slice(match.index + match[0].length, match.index + match[0].length + 24), language))
      continue;
    const acronym = acronymOf(name, acronyms);
    if (acronym !== undefined) {
      found.push({ name: acronym, kind: 'organization' });
      continue;
    }
    let kind = classifySpan(name);
    // Outside English compromise knows few names; a capitalised word inside a sentence is one,
    // in German only when the text does not use it as a common noun.
    if (!kind && language !== 'eng' && inside && (!nouns || !isGermanNoun(name, nouns))) kind = 'other';
    // In English too compromise misses the names of other languages (Peskov, Kremlin, Medinsky, Belaya): English
    // capitalises little else inside a sentence, so a span there of words compromise does not know is a name.
    if (!kind && language === 'eng' && inside && isUnknownWordSpan(name)) kind = 'other';
    if (!kind && inside && ALL_CAPITALS.test(name)) kind = 'other';
    if (kind === 'other' && nouns && !name.includes(' ') && isGermanNoun(name, nouns)) kind = null;
    if (kind) found.push({ name, kind });
  }
  return found;
}

/**
 * The acronym of a span that is an acronym the article expanded, an expansion, or ends with one ("Later the
 * World Health Organization", joined by "the"). Naming both forms at each mention was tried: the expansion
 * then also meets the reports in the article's language that never write the acronym, but on the labelled
 * sets it joined more reports of other stories than it found (news-heldout-2 F1 0.637 → 0.609).
 */
function acronymOf(name: string, acronyms: ReadonlyMap<string, string>): string | undefined {
  if (acronyms.size === 0) return undefined;
  for (const [written, acronym] of acronyms)
    if (written === name || acronym === name || name.endsWith(` ${written}`)) return acronym;
  return undefined;
}

/** A capitalised first word of a title that goes on in lower case: "le Premier ministre", "la Primera ministra". */
function isTitleHead(name: string, after: string, language: string): boolean {
  if (name.includes(' ')) return false;
  const next = /^[ \t\u00a0]+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
  return next !== undefined && withoutTitles(`${name} ${next}`, language, false) === '';
}

function isInsideSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).trimEnd();
  return /[\p{Ll}\p{N},;]$/u.test(before);
}
