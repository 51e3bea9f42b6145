// How a query term and an indexed term are compared for spelling: the edit
// distance with its tolerance by length, and the keys under which variants
// meet (shuffled letters, transliteration skeleton). Pure functions, kept
// apart from the vocabulary that indexes terms by them.

/** Terms shorter than this are matched as typed: short words have too many neighbours. */
export const MIN_VARIANT_LENGTH = 5;

/**
 * Edits allowed between a query term and a variant: one for 5–6 letters, two
 * from 7 letters on. Transposed neighbours count as one edit.
 */
export function maxEdits(term: string): number {
  if (term.length < MIN_VARIANT_LENGTH) return 0;
  return term.length >= 7 ? 2 : 1;
}

// Scratch rows for editDistance, grown on demand.
let rows = new Int32Array(96);

/**
 * Optimal string alignment distance (Damerau–Levenshtein where each substring
 * is edited at most once), or `limit + 1` as soon as it must exceed `limit`.
 *
 * @example
 * editDistance('zelensky', 'zelenksy', 2) // => 1 (one transposition)
 * editDistance('later', 'large', 2)       // => 3 (over the limit)
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  // Rows reused across calls: this runs once per vocabulary term of similar length.
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[before + j - 2]! + 1);
      rows[current + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(rows[previous + b.length]!, limit + 1);
}

/**
 * The same letters in any order after the same first letter, for terms of six
 * letters or more: catches typos that shuffle several letters
 * (`zleneksy` ↔ `zelensky`) without letting `silent` meet `listen`.
 */
export function anagramKey(term: string): string | undefined {
  if (term.length < 6 || /\d/u.test(term)) return undefined;
  return term[0] + [...term.slice(1)].sort().join('');
}

// Transliteration choices that change spelling but not sound.
const FOLDS: [RegExp, string][] = [
  [/kh/gu, 'h'],
  [/ph/gu, 'f'],
  [/ck/gu, 'k'],
  [/x/gu, 'ks'],
  [/q/gu, 'k'],
  [/w/gu, 'v'],
  [/[yj]/gu, 'i'],
];

/**
 * The first letter and the consonants after it, once transliteration choices
 * are folded (kh→h, ph→f, ck→k, w→v, y/j→i) and doubled letters collapsed:
 * `zelensky`, `zelenskyy`, `zelenskiy` and `zelenskyj` all give `zlnsk`.
 * Needs three consonants after the first letter; fewer would make `later`
 * meet `letter`.
 */
export function skeletonKey(term: string): string | undefined {
  if (term.length < MIN_VARIANT_LENGTH || /\d/u.test(term)) return undefined;
  let folded = term;
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  const consonants = folded
    .slice(1)
    .replace(/[aeiou]/gu, '')
    .replace(/(.)\1+/gu, '$1');
  return consonants.length >= 3 ? folded[0] + consonants : undefined;
}
