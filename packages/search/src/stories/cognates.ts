// Words two languages share by origin: `cathedral`, `catedral` and
// `cathédrale`; `magnitude`, `magnitud` and `магнитуды`; `infrastructure`
// and `інфраструктури`. Between two articles in different languages the term
// cosine cannot speak; a cosine over the words' sound skeletons (first letter
// and consonants, across scripts, as transliterate.ts folds them) lets such
// cognates meet, so two reports of one event in French and Spanish compare by
// what they say as two reports in one language do. Within one language the
// ordinary term cosine is used: cognates would only blur it.
import { soundKey } from '../transliterate.js';

/** Letters a word needs to carry a cognate key: shorter words meet by chance. */
const MIN_COGNATE_LENGTH = 5;
/** Length of the key: the first letter and three consonants, before the endings languages add. */
const KEY_LENGTH = 4;

/**
 * The cognate key of a normalised word, or undefined for a short word or a number.
 *
 * @example
 * cognateKey('cathedral') === cognateKey('catedral') // => true ('ctdr')
 * cognateKey('магнитуды') === cognateKey('magnitude') // => true
 */
export function cognateKey(term: string): string | undefined {
  if (term.length < MIN_COGNATE_LENGTH) return undefined;
  const known = keyOf.get(term);
  if (known !== undefined) return known || undefined;
  const sound = soundKey(term);
  const key = sound && sound.length >= KEY_LENGTH ? sound.slice(0, KEY_LENGTH) : '';
  if (keyOf.size >= MAX_REMEMBERED) keyOf.clear();
  keyOf.set(term, key);
  return key || undefined;
}

/**
 * Each distinct word's key, worked out once: words recur across a notebook
 * (the same few thousand make up most of every article), and the sound key
 * was a tenth of what adding an article to the story index cost. `''` for a
 * word without a key.
 */
const keyOf = new Map<string, string>();
const MAX_REMEMBERED = 200_000;

/** Cognate key → count, from an article's content terms and their counts. */
export function cognateCounts(terms: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [term, count] of terms) {
    const key = cognateKey(term);
    if (key) counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

/**
 * TF-IDF cosine of two articles' cognate keys, 0..1; `idfOf` weighs a key by
 * how many articles of the collection carry it.
 */
export function cognateCosine(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  idfOf: (key: string) => number,
): number {
  const weights = (counts: ReadonlyMap<string, number>) => {
    const w = new Map<string, number>();
    let norm = 0;
    for (const [key, count] of counts) {
      const x = (1 + Math.log(count)) * idfOf(key);
      w.set(key, x);
      norm += x * x;
    }
    return { w, norm: Math.sqrt(norm) };
  };
  const [wa, wb] = [weights(a), weights(b)];
  if (!wa.norm || !wb.norm) return 0;
  let dot = 0;
  for (const [key, x] of wa.w) dot += x * (wb.w.get(key) ?? 0);
  return dot / (wa.norm * wb.norm);
}
