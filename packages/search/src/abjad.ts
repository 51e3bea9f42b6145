// Scripts whose words, once normalised, show their consonants and few of their
// vowels. Arabic writes long vowels only (ترامب is t-r-a-m-b for Trump, قطر is
// q-t-r for Qatar), and Devanagari's vowel signs are combining marks that
// normalizeTerm strips with the accents (पुतिन arrives as प-त-न, Putin's p-t-n).
// Such a term
// is written here in the folded Latin letters of transliterate.ts and meets a
// Latin spelling by its consonants: the same ones in the same order, each
// vowel the script does write standing where the Latin one has a vowel.
// Arabic has no p, v or g of its own (ب, ف, and ج or غ stand for them), so
// the consonants are compared by class: b/p, f/v.

const ARABIC_LETTERS = /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]/u;
const DEVANAGARI_LETTERS = /[\u0900-\u097f]/u;

/** Vowels in the folded Latin spelling (y and j are i there, w is v). */
const VOWEL = /[aeiou]/u;

// Arabic (and the Persian letters news uses) after normalizeTerm: hamza seats are gone (إ أ آ are ا, ئ is ي,
// ؤ is و). Written straight in the folded spelling of transliterate.ts, where sh is s, th is t, kh is h, z
// is s and j is i, so that no two letters here join into a digraph there (ط + ه of طهران is t-h, not th).
// ع, ى and ة are vowels in romanisations (Udeid, Omar; Mustafa; Hamza), and so is ي and, inside a word, و.
const ARABIC: Record<string, string> = {
  ا: 'a',
  ٱ: 'a',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 't',
  ج: 'i',
  چ: 'c',
  ح: 'h',
  خ: 'h',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 's',
  ژ: 's',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 's',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ڤ: 'v',
  ق: 'k',
  ك: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'u',
  ي: 'i',
  ی: 'i',
  ى: 'a',
  ء: '',
  ـ: '',
};

// Devanagari consonants (each with its vowel sign stripped) and independent vowels, folded as above.
const DEVANAGARI: Record<string, string> = {
  क: 'k',
  ख: 'h',
  ग: 'g',
  घ: 'g',
  ङ: 'n',
  च: 'c',
  छ: 'c',
  ज: 'i',
  झ: 'i',
  ञ: 'n',
  ट: 't',
  ठ: 't',
  ड: 'd',
  ढ: 'd',
  ण: 'n',
  त: 't',
  थ: 't',
  द: 'd',
  ध: 'd',
  न: 'n',
  प: 'p',
  फ: 'f',
  ब: 'b',
  भ: 'b',
  म: 'm',
  य: 'i',
  र: 'r',
  ल: 'l',
  व: 'v',
  श: 's',
  ष: 's',
  स: 's',
  ह: 'h',
  अ: 'a',
  आ: 'a',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
};

/** The script of a term whose vowels are mostly unwritten, if it is one. */
export function unvoweledScript(term: string): 'arabic' | 'devanagari' | undefined {
  if (ARABIC_LETTERS.test(term)) return 'arabic';
  if (DEVANAGARI_LETTERS.test(term)) return 'devanagari';
  return undefined;
}

/**
 * An Arabic or Devanagari term in the folded Latin letters of
 * transliterate.ts, doubled letters once; Arabic's article ال (with a
 * preposition before it: وال، بال، لل) is left off a word of three letters
 * more. Other terms as they are.
 *
 * @example
 * romanizeUnvoweled('ترامب')  // => 'tramb'
 * romanizeUnvoweled('العديد') // => 'adid'
 * romanizeUnvoweled('पतन')    // => 'ptn' (पुतिन after normalisation)
 */
export function romanizeUnvoweled(term: string): string {
  const script = unvoweledScript(term);
  if (!script) return term;
  let word = term;
  let table = DEVANAGARI;
  if (script === 'arabic') {
    table = ARABIC;
    const article = /^(?:[وفبك]?ال|لل)/u.exec(word);
    if (article && word.length - article[0].length >= 3) word = word.slice(article[0].length);
  }
  let out = '';
  for (const [i, ch] of [...word].entries()) {
    // و at the start of a word is the consonant w (Washington, Wadi).
    out += i === 0 && ch === 'و' ? 'v' : (table[ch] ?? ch);
  }
  return out.replace(/(.)\1+/gu, '$1');
}

/** A spelling's consonants by class (b/p, f/v), and which of the gaps around them hold a vowel. */
interface Frame {
  consonants: string;
  /** `voiced[i]`: a vowel before consonant i (the last entry: after the last consonant). */
  voiced: boolean[];
}

function frameOf(spelling: string): Frame {
  let consonants = '';
  const voiced = [false];
  for (const ch of spelling) {
    if (VOWEL.test(ch)) voiced[voiced.length - 1] = true;
    else {
      consonants += ch === 'p' ? 'b' : ch === 'v' ? 'f' : ch;
      voiced.push(false);
    }
  }
  return { consonants, voiced };
}

/**
 * Whether a Latin sound spelling and the romanised spelling of an Arabic or
 * Devanagari term are one name: the same consonants (by class) in the same
 * order, and a
 * vowel in the Latin spelling wherever the script writes one (the start
 * included: Israel and اسراييل both begin with one). With two consonants or
 * fewer every Latin vowel must be written too (Iran, ايران), as nearly every
 * Arabic word has three root consonants and short words would meet at random.
 *
 * @example
 * consonantsMeet('trump', 'tramb')  // => true
 * consonantsMeet('katar', 'ktr')    // => true
 * consonantsMeet('iran', 'airan')   // => true
 * consonantsMeet('udeid', 'add')    // => false (عدد, "number": the ei is not written)
 * consonantsMeet('putin', 'ptn')    // => true (पुतिन)
 */
export function consonantsMeet(latin: string, script: string): boolean {
  const x = frameOf(latin);
  const y = frameOf(script);
  if (x.consonants !== y.consonants || x.consonants.length === 0) return false;
  if (x.voiced[0] !== y.voiced[0]) return false;
  for (let i = 0; i < y.voiced.length; i++) if (y.voiced[i] && !x.voiced[i]) return false;
  if (x.consonants.length >= 3) return true;
  return x.voiced.every((v, i) => !v || y.voiced[i]);
}

/**
 * The bucket under which a Latin spelling meets its Arabic and Devanagari
 * spellings: a vowel at the start, then the consonants by class (see
 * {@link consonantsMeet}).
 *
 * @example
 * consonantKey('trump') === consonantKey('tramb') // => true ('trmb')
 * consonantKey('israel') === consonantKey('asrail') // => true ('asrl')
 */
export function consonantKey(spelling: string): string {
  const first = VOWEL.test(spelling[0] ?? '') ? 'a' : '';
  return first + frameOf(spelling).consonants;
}
