// A paragraph at the end of an article in another language than the
// article's: a reader's comment under an English report written in French,
// another page's text run on after the story. A story's own paragraphs are
// written in its language; quotes in another one sit inside sentences.
import type { Block } from '@dossier/core';
import { TrigramLanguages } from './trigram-language.js';

/** Paragraphs at the end that are looked at: comments and run-on text follow the story. */
const TAIL = 2;
/** Shorter paragraphs are too short for the language detector to be sure. */
const MIN_LENGTH = 100;
/** Paragraphs of the story needed before its language counts as known. */
const MIN_BODY = 3;

// Neighbours the detector confuses on a paragraph (Russian read as Bulgarian, Spanish as Galician):
// a paragraph in a neighbour of the article's language is not told apart.
const NEIGHBOURS = [
  ['rus', 'ukr', 'bel', 'bul', 'mkd', 'srp'],
  ['spa', 'por', 'glg', 'cat', 'ast'],
  ['nld', 'afr', 'fry'],
  ['dan', 'nob', 'nno', 'swe'],
  ['ces', 'slk'],
  ['hrv', 'srp', 'bos', 'slv'],
  ['ind', 'zlm', 'msa'],
  ['eng', 'sco'],
  ['fra', 'oci'],
  ['ita', 'vec', 'lij'],
];

/**
 * The languages told apart: those of the neighbour groups and the other
 * languages news is most written in. Detection runs on every article imported,
 * and franc's cost grows with the languages it weighs.
 */
const LANGUAGES = [
  ...new Set([
    ...NEIGHBOURS.flat(),
    ...['deu', 'pol', 'hun', 'ron', 'tur', 'vie', 'tgl', 'swh', 'azj', 'uzn', 'kaz', 'arb', 'pes', 'urd', 'hin'],
    // Told by their script alone.
    ...['cmn', 'jpn', 'kor', 'ell', 'heb', 'tha', 'kat', 'hye', 'ben', 'tam', 'tel'],
  ]),
];
/** Characters of each text sampled: enough to tell a paragraph's language. */
const SAMPLE = 300;

/** Texts shorter than this are too short for the detector (it answers 'und'). */
const MIN_SAMPLE = 40;

const detector = new TrigramLanguages(LANGUAGES);
const languageOf = (text: string) => detector.detect(text, SAMPLE, MIN_SAMPLE);

/**
 * The paragraphs joined by line breaks as far as the detector reads them
 * (`SAMPLE` characters): the same sample as the whole body joined, without
 * copying the rest of a long article for every import.
 */
function opening(paragraphs: readonly string[]): string {
  let text = paragraphs[0] ?? '';
  for (let at = 1; at < paragraphs.length && text.length < SAMPLE; at++) text += `\n${paragraphs[at]}`;
  return text;
}

function related(a: string, b: string): boolean {
  return a === b || NEIGHBOURS.some((group) => group.includes(a) && group.includes(b));
}

/**
 * Whether at least as many of the body's paragraphs are written in `own` (or a
 * neighbour) as in other languages: the opening may be a caption in the
 * agency's language over a report in another, and then the tail is the story's.
 */
function bodyMostlyIn(own: string, body: readonly string[]): boolean {
  let same = 0;
  let other = 0;
  for (const text of body) {
    const language = text.length < MIN_LENGTH ? 'und' : languageOf(text);
    if (language === 'und') continue;
    if (related(language, own)) same++;
    else other++;
  }
  return same >= other;
}

/**
 * Indexes of the closing paragraphs written in another language than the
 * article's body (known from its other paragraphs), which are not yet marked.
 *
 * @example
 * // An English report whose last paragraph is a reader's comment in French:
 * foreignTail([...englishParagraphs, { kind: 'paragraph', text: 'Finalement qu’est ce qui…' }]) // => [n]
 */
export function foreignTail(blocks: readonly Block[]): number[] {
  const open = blocks.map((b, i) => ({ b, i })).filter(({ b }) => !b.clutter && b.kind === 'paragraph');
  const tail = open.slice(-TAIL).filter(({ b }) => b.text.length >= MIN_LENGTH);
  const body = open.slice(0, open.length - TAIL);
  if (!tail.length || body.length < MIN_BODY) return [];
  const language = languageOf(opening(body.map(({ b }) => b.text)));
  if (language === 'und') return [];
  const found: number[] = [];
  const texts = body.map(({ b }) => b.text);
  let bodyWords: Set<string> | undefined;
  for (const { b, i } of tail) {
    const own = languageOf(b.text);
    if (own === 'und' || related(own, language) || bodyMostlyIn(own, texts)) continue;
    bodyWords ??= new Set(texts.flatMap(wordsOf));
    if (!mostlyWordsOf(b.text, bodyWords)) found.push(i);
  }
  return found;
}

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];

/**
 * Whether most of a paragraph's words are words of the body: the detector may
 * read a paragraph of the article's own terms as another language ("Kohnstamm-
 * positive subjects are less hesitant about relinquishing control" as French),
 * while a reader's comment in another language shares little more than names.
 */
function mostlyWordsOf(text: string, bodyWords: ReadonlySet<string>): boolean {
  const words = wordsOf(text);
  return words.filter((word) => bodyWords.has(word)).length * 2 > words.length;
}

/**
 * A test of whether a text is written in another language than the article's
 * body (its unmarked paragraphs), the article's language read once, at the
 * first question: an embedded post quoted in English in a French report.
 * Texts too short for the detector are never in another language.
 *
 * @example
 * const other = otherLanguageThanArticle(frenchBlocks);
 * other('We have completed our very successful visit to the three museums of the city, and all of us are now home.') // => true
 */
export function otherLanguageThanArticle(blocks: readonly Block[]): (text: string) => boolean {
  let body: string[] | undefined;
  let language = 'und';
  return (text) => {
    if (text.length < MIN_LENGTH) return false;
    if (!body) {
      body = blocks.filter((b) => !b.clutter && b.kind === 'paragraph' && b.text !== text).map((b) => b.text);
      // One paragraph as long as the detector's sample tells the language as well as three.
      const sample = opening(body);
      if (body.length >= MIN_BODY || sample.length >= SAMPLE) language = languageOf(sample);
    }
    if (language === 'und') return false;
    const own = languageOf(text);
    return own !== 'und' && !related(own, language) && !bodyMostlyIn(own, body);
  };
}
