// What one article brings to same-story detection: its content terms (for a
// TF-IDF cosine), the people, places and organisations it names, the figures
// it gives, and hashed word shingles of its sentences (verbatim re-use of a
// sentence or a quote is the strongest sign two outlets copy one report).
import { words, STOP_WORDS } from '../tokenize.js';

/** Words per shingle: long enough that two stories share one only by copying. */
export const SHINGLE_WORDS = 7;

export interface StoryFeatures {
  /** Content term → count in the article (stop words, numbers and 1–2 letter words left out). */
  terms: Map<string, number>;
  /** Entity keys (see `entityKey`) → the name as the article writes it. */
  entities: Map<string, string>;
  /** Figures as written (`8.7 million`, `232`, `17 percent`), normalised. */
  figures: Set<string>;
  /** Shingle hash → index of the sentence it starts in. */
  shingles: Map<number, number>;
  /** The article's sentences, for showing which one two articles share. */
  sentences: string[];
}

export interface FeatureInput {
  text: string;
  /** Names the caller's entity extractor found, already merged to canonical keys. */
  entities?: readonly { key: string; name: string }[];
}

// Numbers people quote: with a unit word after them, or of three digits and
// more. Small bare numbers ("two", "3") say nothing about which story it is.
const FIGURE =
  /(\d[\d,.]*\d|\d)\s*(%|percent|per cent|million|billion|bn|trillion|km|miles?|gw|mw|people|dead|killed|won|dollars|euros?|pounds?|prozent|millionen|milliarden|pour cent|millions?|milliards?)?/giu;

export function extractFigures(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(FIGURE)) {
    const digits = match[1]!.replace(/,(?=\d{3}\b)/gu, '').replace(/,/gu, '.');
    const unit = (match[2] ?? '')
      .toLowerCase()
      .replace(/^per cent$|^pour cent$|^prozent$/u, '%')
      .replace(/s$/u, '');
    if (!unit && digits.replace(/\D/gu, '').length < 3) continue;
    // Years alone are shared by every story of that year.
    if (!unit && /^(19|20)\d\d$/u.test(digits)) continue;
    found.add(unit ? `${digits} ${unit === 'percent' ? '%' : unit}` : digits);
  }
  return found;
}

export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…»"”])\s+(?=[\p{Lu}"“«])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** FNV-1a over a string: a stable 32-bit hash without Node's crypto. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function storyFeatures(input: FeatureInput): StoryFeatures {
  const sentences = splitSentences(input.text);
  const terms = new Map<string, number>();
  const shingles = new Map<number, number>();
  sentences.forEach((sentence, index) => {
    const sentenceWords = words(sentence).map((w) => w.term);
    for (const term of sentenceWords) {
      if (term.length < 3 || STOP_WORDS.has(term) || /^\d+$/u.test(term)) continue;
      terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    for (let i = 0; i + SHINGLE_WORDS <= sentenceWords.length; i++) {
      const hash = hashString(sentenceWords.slice(i, i + SHINGLE_WORDS).join(' '));
      if (!shingles.has(hash)) shingles.set(hash, index);
    }
  });
  const entities = new Map<string, string>();
  for (const e of input.entities ?? []) if (!entities.has(e.key)) entities.set(e.key, e.name);
  return { terms, entities, figures: extractFigures(input.text), shingles, sentences };
}
