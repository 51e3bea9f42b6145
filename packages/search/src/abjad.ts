// Scripts whose words, once normalised, show their consonants and few of their
// vowels. Arabic writes long vowels only (ترامب is t-r-a-m-b for Trump, قطر is
// q-t-r for Qatar), and Devanagari's vowel signs are combining marks that
// normalizeTerm strips with the accents (पुतिन arrives as प-त-न, Putin's p-t-n;
// अलास्का as अ-ल-स-क, a-l-s-k of Alaska). Such a term is written here in the
// folded Latin letters of transliterate.ts and meets a Latin spelling by its
// consonants: the same ones in the same order, each vowel the script does
// write standing where the Latin spelling has a vowel of its colour. So few
// letters tell little: a short Arabic or Devanagari word meets no Latin one
// (see consonantsMeet), and Qatar, قطر, stays apart from its Arabic spelling.
// Arabic has no p of its own (ب stands for it), so b and p are one class.

const ARABIC_LETTERS = /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]/u;
const DEVANAGARI_LETTERS = /[\u0900-\u097f]/u;

/** Vowels in the folded Latin spelling (y and j are i there, w is v). */
const VOWEL = /[aeiou]/u;

// Arabic (and the Persian letters news uses) after normalizeTerm: hamza seats are gone (إ أ آ are ا, ئ is ي,
// ؤ is و). Written straight in the folded spelling of transliterate.ts, where sh is s, th is t, kh is h, z
// is s, so that no two letters here join into a digraph there (ط + ه of طهران is t-h, not th). ج is g, as
// in the foreign names Arabic writes with it (the folded spelling reads a Latin j as the vowel i).
// ى and ة are the vowel a in romanisations (Mustafa; Hamza), ي and, inside a word, و are vowels too, and
// ع is written e: a vowel of any colour (Udeid, Omar, Iraq).
const ARABIC: Record<string, string> = {
  ا: 'a',
  ٱ: 'a',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 't',
  ج: 'g',
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
  ع: 'e',
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
  ज: 'g',
  झ: 'g',
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
 * transliterate.ts, doubled letters once. Of an Arabic word the conjunction
 * و ("and", written onto the next word: وإيران, وطهران) is left off where
 * four letters follow, and the article ال (with a preposition before it: بال،
 * لل) where two do; an initial و that stays is the consonant w (وادي, wadi).
 * Other terms as they are.
 *
 * @example
 * romanizeUnvoweled('ترامب')  // => 'tramb'
 * romanizeUnvoweled('العديد') // => 'edid'
 * romanizeUnvoweled('وايران') // => 'airan'
 * romanizeUnvoweled('पतन')    // => 'ptn' (पुतिन after normalisation)
 */
export function romanizeUnvoweled(term: string): string {
  const script = unvoweledScript(term);
  if (!script) return term;
  let word = term;
  let table = DEVANAGARI;
  if (script === 'arabic') {
    table = ARABIC;
    if (word.startsWith('و') && word.length >= 5) word = word.slice(1);
    const article = /^(?:[فبك]?ال|لل)/u.exec(word);
    if (article && word.length - article[0].length >= 2) word = word.slice(article[0].length);
  }
  let out = '';
  for (const [i, ch] of [...word].entries()) out += i === 0 && ch === 'و' ? 'v' : (table[ch] ?? ch);
  return out.replace(/(.)\1+/gu, '$1');
}

/** A spelling's consonants (b and p as one), and the vowels in the gaps around them. */
interface Frame {
  consonants: string;
  /** `vowels[i]`: the vowels before consonant i (the last entry: after the last consonant). */
  vowels: string[];
}

function frameOf(spelling: string): Frame {
  let consonants = '';
  const vowels = [''];
  for (const ch of spelling) {
    if (VOWEL.test(ch)) vowels[vowels.length - 1] += ch;
    else {
      consonants += ch === 'p' ? 'b' : ch;
      vowels.push('');
    }
  }
  return { consonants, vowels };
}

/**
 * The Latin vowel a written vowel of the script can stand for, as the first
 * of a Latin vowel run: ا (a) is a or the u of Trump (ترامب), و (u) is o or
 * u, ي (i) is i or e; ع (e here) may be any, and so may the vowel that
 * begins a word (an alef: إسرائيل is Israel).
 */
const STANDS_FOR: Record<string, RegExp> = { a: /^[au]/u, u: /^[ou]/u, i: /^[ie]/u, o: /^[ou]/u, e: /./u };

/**
 * Whether a Latin sound spelling and the romanised spelling of an Arabic or
 * Devanagari term (see {@link romanizeUnvoweled}) are one name: the same
 * consonants (b and p as one) in the same order, and wherever the script
 * writes a vowel a Latin vowel it can stand for. Nearly every Arabic word has
 * three root consonants, so short words would meet at random (لقد "indeed"
 * and looked, عدد "number" and added, ساعات "hours" and seat, حوالي "about"
 * and hole): an Arabic spelling needs four letters and three consonants, or
 * five letters and two consonants with each Latin vowel written as one long
 * vowel of its colour (Iran, ايران). Devanagari after normalisation shows
 * only its consonants and a word's first vowel: it needs four of those
 * (Alaska, अलसक; पतन is Putin but also "downfall", and beaten).
 *
 * @example
 * consonantsMeet('trump', 'tramb', 'arabic') // => true
 * consonantsMeet('iran', 'airan', 'arabic')  // => true
 * consonantsMeet('lokd', 'lkd', 'arabic')    // => false (لقد: too few letters)
 * consonantsMeet('sot', 'saeat', 'arabic')   // => false (ساعات "hours" is not shot)
 * consonantsMeet('alaska', 'alsk', 'devanagari') // => true (अलास्का)
 */
export function consonantsMeet(latin: string, script: string, kind: 'arabic' | 'devanagari'): boolean {
  const x = frameOf(latin);
  const y = frameOf(script);
  if (x.consonants !== y.consonants || x.consonants.length === 0) return false;
  if (!x.vowels[0] !== !y.vowels[0]) return false;
  for (let i = 1; i < y.vowels.length; i++) {
    const written = y.vowels[i]!;
    if (written && !STANDS_FOR[written[0]!]!.test(x.vowels[i]!)) return false;
  }
  if (kind === 'devanagari') return x.consonants.length >= 3 && script.length >= 4;
  if (x.consonants.length >= 3) return script.length >= 4;
  return (
    script.length >= 5 &&
    x.vowels.every((v, i) => i === 0 || (!v === !y.vowels[i] && y.vowels[i]!.length <= 1 && y.vowels[i] !== 'e'))
  );
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
