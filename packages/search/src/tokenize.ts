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
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'gu');
const APOSTROPHE_CODES: ReadonlySet<number> = new Set([...APOSTROPHES].map((c) => c.charCodeAt(0)));
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
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
  scanWords(text, (start, end, plain) => {
    const word = text.slice(start, end);
    const term = plain ? word.toLowerCase() : normalizeTerm(word);
    if (term) found.push({ term, start, end });
  });
  return found;
}

/**
 * Calls `visit` with the `[start, end)` of each word of `text` as {@link words}
 * finds them, and whether the word is plain (ASCII letters and digits only, so
 * its term is just its lower case), without making a term of each: for callers
 * that look at a few words of a long text. A word may still normalise to `''`.
 */
export function scanWords(text: string, visit: (start: number, end: number, plain: boolean) => void): void {
  // A scan by character code rather than a Unicode regex: snippets tokenise
  // whole articles for every hit, and this is several times faster on the
  // ASCII that most of an English article is. What counts as a word is the
  // same: a run of letters, digits and marks, runs joined by one apostrophe.
  const length = text.length;
  let at = 0;
  while (at < length) {
    let step = wordCharAt(text, at);
    if (!step) {
      at++;
      continue;
    }
    const start = at;
    let plain = true;
    for (;;) {
      while (step) {
        if (step === 2 || text.charCodeAt(at) >= 128) plain = false;
        at += step;
        step = at < length ? wordCharAt(text, at) : 0;
      }
      if (at + 1 >= length || !APOSTROPHE_CODES.has(text.charCodeAt(at))) break;
      step = wordCharAt(text, at + 1);
      if (!step) break;
      plain = false;
      at++;
    }
    visit(start, at, plain);
  }
}

// Whether a non-ASCII code point is a letter, digit or mark, remembered per code point.
const nonAsciiWordChar = new Map<number, boolean>();

/** UTF-16 units of the word character at `at` (1, or 2 for an astral one), or 0 for any other. */
function wordCharAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  const point = text.codePointAt(at)!;
  let isWordChar = nonAsciiWordChar.get(point);
  if (isWordChar === undefined) {
    isWordChar = WORD_CHAR.test(String.fromCodePoint(point));
    // Bounded: a text of every script cannot grow it past the code points it holds.
    if (nonAsciiWordChar.size < 65_536) nonAsciiWordChar.set(point, isWordChar);
  }
  return isWordChar ? (point > 0xffff ? 2 : 1) : 0;
}

/** The longest stop word: a longer term is looked up in no set (hashing every term of an article is not free). */
const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((word) => word.length));

/** Whether a normalised term is worth indexing or searching for. */
export function isIndexable(term: string): boolean {
  return term.length > 0 && (term.length > LONGEST_STOP_WORD || !STOP_WORDS.has(term));
}

/** Text of Latin-1 characters only, whose lower case is the lower case of each character, in place. */
const LATIN1 = /^[\p{ASCII}\u0080-\u00ff]*$/u;

/**
 * The terms search sees in `text`: normalised words without stop words, in
 * order, repeats kept (term frequency matters to ranking).
 *
 * @example
 * searchTerms('The Zelenský interview') // => ['zelensky', 'interview']
 */
export function searchTerms(text: string): string[] {
  // The terms of `words`, without making a Word of each: import works out the terms of every article.
  const terms: string[] = [];
  // A plain word's term is its lower case: when lower-casing the whole text keeps every character in its place,
  // the term is cut from that once, rather than each word lower-cased on its own.
  const lower = LATIN1.test(text) ? text.toLowerCase() : undefined;
  scanWords(text, (start, end, plain) => {
    const term = plain
      ? (lower?.slice(start, end) ?? text.slice(start, end).toLowerCase())
      : normalizeTerm(text.slice(start, end));
    if (isIndexable(term)) terms.push(term);
  });
  return terms;
}
