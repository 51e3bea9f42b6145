// How text becomes search terms. The index, the query parser and the snippet
// maker all go through `words`, so a word that is indexed is also a word that
// can be typed and a word that can be marked.

/**
 * A word of the original text: where it sits (`[start, end)` UTF-16 offsets)
 * and the term it stands for once normalised.
 */
export interface Word {
  term: string;
  start: number;
  end: number;
}

// Letters, digits and combining marks make a word; an apostrophe joins two
// runs of them ("Russia’s", "O'Brien"), so the word stays one term.
const APOSTROPHES = `'’‘ʼ´\`′`;
const WORD = new RegExp(`[\\p{L}\\p{N}\\p{M}]+(?:[${APOSTROPHES}][\\p{L}\\p{N}\\p{M}]+)*`, 'gu');
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'gu');
const NOT_WORD_CHAR = /[^\p{L}\p{N}]/gu;
const COMBINING_MARK = /\p{M}/gu;
const PLAIN_WORD = /^[A-Za-z0-9]+$/u;

/**
 * English words too common to tell articles apart. They are neither indexed
 * nor searched for, so `the Kremlin` and `Kremlin` are the same query.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its ' +
    'me my no nor not of on or our she so than that the their them then there these they this those to was we were ' +
    'what when which who will with would you your'
  ).split(' '),
);

/**
 * The comparable form of a word: compatibility-decomposed (NFKD), combining
 * marks removed, lower-cased, apostrophes and other non-word characters dropped.
 *
 * @example
 * normalizeTerm('Zelenský') // => 'zelensky'
 * normalizeTerm('Russia’s') // => 'russias'
 * normalizeTerm('Київ')     // => 'киів' (ї loses its diaeresis like any accent)
 */
export function normalizeTerm(word: string): string {
  // Most words of English news are plain ASCII letters and digits, for which
  // the steps below reduce to lower-casing; skipping them halves tokenising.
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .toLowerCase()
    .replace(APOSTROPHE, '')
    .replace(NOT_WORD_CHAR, '');
}

/**
 * Every word of `text` with its offsets, stop words included (snippets and
 * phrase checks need to see them). Splits on anything that is not a letter,
 * digit or in-word apostrophe, in any script.
 *
 * @example
 * words('Kyiv’s mayor') // => [{ term: 'kyivs', start: 0, end: 6 }, { term: 'mayor', start: 7, end: 12 }]
 */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normalizeTerm(match[0]);
    if (term) found.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Whether a normalised term is worth indexing or searching for. */
export function isIndexable(term: string): boolean {
  return term.length > 0 && !STOP_WORDS.has(term);
}

/**
 * The terms search sees in `text`: normalised words without stop words, in
 * order, repeats kept (term frequency matters to ranking).
 *
 * @example
 * searchTerms('The Zelenský interview') // => ['zelensky', 'interview']
 */
export function searchTerms(text: string): string[] {
  return words(text)
    .map((w) => w.term)
    .filter(isIndexable);
}
