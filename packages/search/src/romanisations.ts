// Each European language writes the sounds of Russian and Ukrainian names by
// its own rules: Хрущёв is Khrushchev in English, Chruschtschow in German,
// Khrouchtchev in French, Chruszczow in Polish; Жириновский is Zhirinovsky,
// Schirinowski, Jirinovski, Żyrinowski. Most of those letters mean one sound
// whichever language writes them (Polish cz, German tsch, French tch are all
// English ch) and are rewritten here into the English-based spelling that
// transliterate.ts folds further. Two letters mean different sounds in
// different languages: `ch` is English ch, German, Polish and Czech kh, and
// French sh; `j` is English j, German and Slavic y, and French zh. A term is
// read as German or French only when it carries that language's marks
// (German w or sch; French ou or tch), so English words keep their `ch`
// (`chairs` must not become `hairs`).

/** Sounds every convention writes in letters of its own, with one meaning: rewritten first. */
const UNAMBIGUOUS: [RegExp, string][] = [
  // щ: Polish szcz, German schtsch, French chtch.
  [/szcz|schtsch|chtch/gu, 'SHCH'],
  // Letters NFKD does not take apart.
  [/ł/gu, 'l'],
  [/ß/gu, 'ss'],
  // Romanian gh before e and i is a hard g (Ghennadi, Gheorghe); after a vowel it is English (rougher, sighing).
  [/(?<![aeiou])gh(?=[ei])/gu, 'g'],
  // French and Spanish gu before e is a hard g (Guennadi, Evgueni, Serguei); English gui and final gue keep theirs.
  [/(?<!n)gu(?=e[in])/gu, 'g'],
  // Spanish j is kh; before r or l at the start no other language can read it as y (Jruschov, Jrushchov).
  [/^j(?=[rl])/u, 'KH'],
  // Italian sci at the start before a, o, u is sh (Scioigu); inside a word it is English (conscious).
  [/^sci(?=[aou])/u, 'SH'],
  // An initial Е is Ye in English, E in French, Je in German (Yevgeny, Yegor, Evgueni, Jewgeni, Yeltsin, Eltsine):
  // only before the letters Russian names have there, as yellow, jewel and jetting are English.
  [/^[yji]e(?=v|[gk][aeiou]|lts)|^je(?=wg)/u, 'E'],
];

/**
 * Polish digraphs, where a term shows one of them: cz is ch, sz is sh, and rz
 * before a vowel is zh (German Merz and Herz keep their r).
 */
const POLISH = /cz|sz|rz(?=[aeiouy])/u;
const POLISH_LETTERS: [RegExp, string][] = [
  [/cz/gu, 'CH'],
  [/sz/gu, 'SH'],
  [/rz(?=[aeiouy])/gu, 'ZH'],
];

/**
 * German, Polish and Czech marks in a romanised name: w for v in a Slavic
 * ending (Peskow, Charkiw, Chodorkowski, Kiew), sch, a Polish digraph, or the
 * -ij / -yj of an adjective's ending (Selenskyj).
 */
const CH_IS_KH = /sch|cz|sz|rz(?=[aeiouy])|[aeiouy]w(?:a|ski|skyj|na)?$|[iy]j$/u;

/**
 * French marks: tch (Tchernihiv, Gorbatchev), or ou for u in a name with the
 * ending of a Russian or Ukrainian one (Loukachenko, Choïgou, Joukov), not in
 * an English word (touched, couches, jealous). Where there are, ch (not in
 * tch) is sh, and j is zh.
 */
const FRENCH = /tch|ou$|ou.*(?:[oe]v|[eo]ff|ko|ine|ski|[aeio]i|a)$/u;

// Sounds already rewritten are written in capitals until the end (terms are lower case), so that no
// later rule reads them again: the ch of a Polish cz is not a German kh.

/**
 * The term with the letters of its romanisation rewritten in the English-based
 * spelling (ch, kh, sh, zh, shch, y), for transliterate.ts to fold further.
 *
 * @example
 * inEnglishLetters('chruschtschow') // => 'khrushchow'
 * inEnglishLetters('khrouchtchev')  // => 'khroushchev'
 * inEnglishLetters('jirinovski')    // => 'jirinovski' (no French mark: j kept)
 * inEnglishLetters('chairs')        // => 'chairs'
 */
export function inEnglishLetters(term: string): string {
  let out = term;
  for (const [pattern, replacement] of UNAMBIGUOUS) out = out.replace(pattern, replacement);
  if (CH_IS_KH.test(out)) {
    // Outside sch (German sh, and its tsch ch), ch is kh.
    out = out.replace(/(?<!s)ch/gu, 'KH');
    if (POLISH.test(out)) for (const [pattern, replacement] of POLISH_LETTERS) out = out.replace(pattern, replacement);
  } else if (FRENCH.test(out)) {
    // French tch is ch; a final ch is left, so English touch and couch stay as they are.
    out = out
      .replace(/(?<!t)ch(?=.)/gu, 'SH')
      .replace(/tch/gu, 'CH')
      .replace(/j/gu, 'ZH');
  }
  return out.toLowerCase();
}
