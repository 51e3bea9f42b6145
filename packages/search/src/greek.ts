// Greek names in Latin letters, as news writes them (ELOT 743 and the
// spellings agencies use): Τσίπρας is Tsipras, Μητσοτάκης Mitsotakis,
// Θεσσαλονίκη Thessaloniki, Πούτιν Putin, Μπάιντεν Biden, Ντόναλντ Donald.
// Terms arrive normalised (accents and diaeresis stripped, lower case), and
// the Latin spelling goes on to transliterate.ts's folds like any other.

const HAS_GREEK = /[\u0370-\u03ff]/u;

// Pairs first: ου is u, ει and οι i (η, ι, υ are all i in modern Greek); αυ and ευ are av and ev. αι is e in
// Greek words but ai in the foreign names news writes (Μπάιντεν, where an accent parts them, and normalisation
// strips it), so it is left as two letters. Greek writes a foreign b and d as μπ and ντ (Μπάιντεν, Ντόναλντ,
// Λονδίνο): they are b and d, but μπ at the end is the mp of Τραμπ. γκ is g at the start, and ng inside, as
// γγ always is.
const GREEK_PAIRS: [RegExp, string][] = [
  [/μπ$/u, 'mp'],
  [/μπ/gu, 'b'],
  [/ντ/gu, 'd'],
  [/^γκ/u, 'g'],
  [/γκ|γγ/gu, 'ng'],
  [/ου/gu, 'u'],
  [/ει|οι/gu, 'i'],
  [/αυ/gu, 'av'],
  [/ευ/gu, 'ev'],
];

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** Whether a normalised term has Greek letters. */
export function isGreek(term: string): boolean {
  return HAS_GREEK.test(term);
}

/**
 * A normalised Greek term in Latin letters; other terms as they are.
 *
 * @example
 * greekInLatin('τσιπρας')  // => 'tsipras'
 * greekInLatin('μπαιντεν') // => 'baiden' (Μπάιντεν, Biden)
 * greekInLatin('τραμπ')    // => 'tramp'
 */
export function greekInLatin(term: string): string {
  if (!HAS_GREEK.test(term)) return term;
  let out = term;
  for (const [pattern, replacement] of GREEK_PAIRS) out = out.replace(pattern, replacement);
  let latin = '';
  for (const ch of out) latin += GREEK[ch] ?? ch;
  return latin;
}
