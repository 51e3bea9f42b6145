// Names cross scripts and languages: Зеленський is Zelenskyi, Київ is Kyiv
// (and Kiev in the older Russian-based spelling), Beyrouth is Beirut,
// Кахраманмараш is Kahramanmaraş. Two normalised terms meet through this door
// when their *sound spellings* agree: Cyrillic written in Latin letters, then
// the choices transliteration systems and languages make for one sound folded
// together (kh/h, zh/z/s, sh/s, ts/c, th/t, ou/u, y/j/i, w/v…). The door is
// narrow: the folded forms must be equal, or within the edits the search
// already allows for a word of that length.
import { consonantKey, consonantsMeet, romanizeUnvoweled, unvoweledScript } from './abjad.js';
import { greekInLatin, isGreek } from './greek.js';
import { inEnglishLetters } from './romanisations.js';
import { editDistance, maxEdits } from './variants.js';

// Cyrillic letters as they are after normalizeTerm (NFKD without marks, so
// й is и and ї is і, ё is е), in a Latin spelling common to Ukrainian and
// Russian romanisations; the folds below absorb where those disagree.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ў: 'u',
};
const HAS_CYRILLIC = /[\u0400-\u04ff]/u;

/**
 * A normalised term with its Cyrillic letters written in Latin ones; other
 * letters are kept as they are.
 *
 * @example
 * latinize('зеленскии') // => 'zelenskii'
 * latinize('киів')      // => 'kiiv'
 */
export function latinize(term: string): string {
  if (!HAS_CYRILLIC.test(term)) return term;
  let out = '';
  for (const ch of term) out += CYRILLIC[ch] ?? ch;
  return out;
}

// Case endings of Ukrainian and Russian nouns and adjectives, in Latin letters
// (Зеленського, Зеленському, Зеленським; Харкові; Одесі): a name is compared by
// its stem. Longest first.
const CYRILLIC_ENDING = /(iakh|ogo|omu|ego|emu|imi|ami|iami|akh|oiu|eiu|ii|yi|iy|oi|ei|om|em|im|iu|ia|y|a|e|i|o|u)$/u;

/**
 * A Cyrillic term in Latin letters without its case ending (kept whole when
 * the stem would be under four letters); other terms as they are.
 *
 * @example
 * latinStem('зеленського') // => 'zelensk'
 * latinStem('харкові')     // => 'kharkov'
 */
export function latinStem(term: string): string {
  if (!HAS_CYRILLIC.test(term)) return term;
  // Ukrainian Є at the start is Russian Е (Євген, Евгений), as romanisations.ts reads Latin Ye and Je.
  const latin = latinize(term).replace(/^ie/u, 'e');
  const stem = latin.replace(CYRILLIC_ENDING, '');
  return stem.length >= 4 ? stem : latin;
}

// One sound, many spellings; longest first so "shch" is not read as "sh" + "ch".
// German writes ts as z and kh as ch, so its "zch" is the "tskh" of English spellings (Kwarazchelia,
// Kvaratskhelia); Dutch writes ch as tsj and sh as sj (Tsjernobyl, Chernobyl), and u as oe (Poetin,
// Putin; Oekraïne, Ukraine); German and Dutch write ü, ö and ä as ue, oe and ae when their keyboards
// lack them (Fuellkrug, Füllkrug). Vowel folds never change a key's consonants.
const SOUND_FOLDS: [RegExp, string][] = [
  [/zch/gu, 'tsch'],
  [/tsj/gu, 'ch'],
  [/sj/gu, 'sh'],
  [/oe/gu, 'u'],
  [/ue/gu, 'u'],
  [/ae/gu, 'a'],
  [/dh/gu, 'd'],
  [/shch|sch/gu, 's'],
  [/tch|ch/gu, 'c'],
  [/kh/gu, 'h'],
  [/zh/gu, 's'],
  [/sh/gu, 's'],
  [/ts|tz/gu, 'c'],
  [/th/gu, 't'],
  [/ph/gu, 'f'],
  [/ck/gu, 'k'],
  [/ou/gu, 'u'],
  [/dj|dz/gu, 'j'],
  [/x/gu, 'ks'],
  [/q/gu, 'k'],
  [/w/gu, 'v'],
  [/z/gu, 's'],
  [/[yj]/gu, 'i'],
];

/**
 * The term as it sounds, in one spelling: Latin letters, one letter per sound
 * choice, doubled letters once, and a vowel run before a final `v` dropped
 * (Ukrainian Kyiv, Kharkiv, Lviv for Russian Kiev, Kharkov, Lvov).
 *
 * @example
 * soundSpelling('beyrouth')     // => 'beirut'
 * soundSpelling('zaporizhzhia') // => 'saporisia'
 * soundSpelling('kyiv') === soundSpelling('kiev') // => true ('kv')
 */
export function soundSpelling(term: string): string {
  const known = spellings.get(term);
  if (known !== undefined) return known;
  if (spellings.size >= MAX_SPELLINGS) spellings.clear();
  const spelling = spell(term);
  spellings.set(term, spelling);
  return spelling;
}

/** Spellings already made: the vocabulary asks for the same terms again and again. */
const spellings = new Map<string, string>();
const MAX_SPELLINGS = 200_000;

function spell(term: string): string {
  // Arabic and Devanagari are written straight in the folded letters (abjad.ts).
  if (unvoweledScript(term)) return romanizeUnvoweled(term);
  // Latin spellings first meet in English letters (romanisations.ts): Chruschtschow, Khrouchtchev, Khrushchev.
  let folded = HAS_CYRILLIC.test(term)
    ? latinStem(term)
    : isGreek(term)
      ? greekInLatin(term)
      : latinNameEnding(inEnglishLetters(term));
  for (const [pattern, replacement] of SOUND_FOLDS) folded = folded.replace(pattern, replacement);
  return folded.replace(/(.)\1+/gu, '$1').replace(/(?<=.)[aeiou]+v$/u, 'v');
}

/**
 * A Latin term with the case ending of a Slavic surname in -sky taken back to
 * -y, and a final -aw read as the vowel o.
 *
 * Czech and Slovak decline such a surname as an adjective (Zelenského,
 * Zelenskému, Zelenským, Medinského), Polish too (Zełenskiego, Zełenskim), where
 * English, German and French write the nominative; Cyrillic terms lose their
 * case ending in {@link latinStem}. Burmese and Thai romanisations write the
 * vowel o as -aw (Naypyidaw, Spanish Naipyidó).
 *
 * @example
 * latinNameEnding('zelenskeho') // => 'zelensky'
 * latinNameEnding('naypyidaw')  // => 'naypyido'
 */
export function latinNameEnding(term: string): string {
  return term.replace(SLAVIC_SURNAME_CASE, 'y').replace(FINAL_AW, 'o');
}

const SLAVIC_SURNAME_CASE = /(?<=\p{L}{3}[sc]k)(?:eho|emu|ym|iego|iemu|im)$/u;
const FINAL_AW = /(?<=\p{L}{2}[^aeiou])aw$/u;

/**
 * The first letter and the consonants of the sound spelling: the bucket in
 * which a term's sound-alike spellings are looked for. Undefined for terms of
 * fewer than four letters and for numbers.
 *
 * @example
 * soundKey('кахраманмараш') === soundKey('kahramanmaras') // => true
 */
export function soundKey(term: string): string | undefined {
  if (term.length < 4 || /\d/u.test(term)) return undefined;
  const spelling = soundSpelling(term);
  const consonants = spelling.slice(1).replace(/[aeiou]/gu, '');
  return consonants.length >= 1 ? spelling[0] + consonants : undefined;
}

/**
 * Whether two normalised terms are spellings of one sound: equal sound
 * spellings, or within the edits {@link maxEdits} allows for a word of that
 * length (none under five letters), under the same {@link soundKey}.
 *
 * @example
 * soundsAlike('beirut', 'beyrouth')     // => true
 * soundsAlike('erdogan', 'эрдоган')     // => true
 * soundsAlike('kyiv', 'kiev')           // => true
 * soundsAlike('love', 'live')           // => false
 */
export function soundsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  // A script that leaves vowels unwritten meets a Latin or Cyrillic spelling by its consonants (abjad.ts).
  const [scriptA, scriptB] = [unvoweledScript(a), unvoweledScript(b)];
  if (scriptA || scriptB) {
    if (scriptA && scriptB) return soundSpelling(a) === soundSpelling(b);
    if (/\d/u.test(a) || /\d/u.test(b)) return false;
    const [latin, other] = scriptA ? [b, a] : [a, b];
    return latin.length >= 4 && consonantsMeet(soundSpelling(latin), soundSpelling(other), (scriptA ?? scriptB)!);
  }
  const key = soundKey(a);
  if (key === undefined || key !== soundKey(b)) return false;
  const [x, y] = [soundSpelling(a), soundSpelling(b)];
  if (x === y) return true;
  // Across scripts a Latin spelling's final vowel is often a case ending too (Odesa, Одесі).
  if (HAS_CYRILLIC.test(a) !== HAS_CYRILLIC.test(b) && withoutFinalVowels(x) === withoutFinalVowels(y)) return true;
  const limit = Math.min(maxEdits(x), maxEdits(y));
  return limit > 0 && editDistance(x, y, limit) <= limit;
}

function withoutFinalVowels(spelling: string): string {
  const stem = spelling.replace(/[aeiou]+$/u, '');
  return stem.length >= 3 ? stem : spelling;
}

/**
 * The bucket a vocabulary files a term under for {@link soundsAlike} to be
 * asked: a vowel at the start, the consonants of the sound spelling by class
 * (abjad.ts), so that Latin and Cyrillic spellings meet their Arabic and
 * Devanagari ones (Trump, ترامب; Putin, पुतिन). Wider than {@link soundKey}, which
 * soundsAlike still requires between Latin and Cyrillic spellings. Undefined
 * for numbers, for Latin and Cyrillic terms without a sound key, and for
 * Arabic and Devanagari terms of fewer than two consonants.
 *
 * @example
 * soundDoorKey('trump') === soundDoorKey('ترامب') // => true
 */
export function soundDoorKey(term: string): string | undefined {
  if (/\d/u.test(term)) return undefined;
  if (unvoweledScript(term)) {
    const key = consonantKey(soundSpelling(term));
    return key.replace(/^a/u, '').length >= 2 ? key : undefined;
  }
  return soundKey(term) === undefined ? undefined : consonantKey(soundSpelling(term));
}
