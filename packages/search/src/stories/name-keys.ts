// The names two reports share, compared word by word and by sound. Outlets
// write one name in many shapes — "Beirut", "the port of Beirut", "Hafen von
// Beirut", "Beyrouth", "Бейрут"; "Recep Tayyip Erdoğan", "Erdogan", "Эрдоган"
// — so whole-name keys meet rarely across languages. Each word of an entity
// becomes a key by its sound (transliterate.ts), and the small words that
// begin or join names in the languages we meet are left out. Of a person's
// name only the surname is a key: given names are shared by thousands of
// people (two football reports naming a Luis and a Pedro say nothing), and a
// title a span picked up ("Trainer", "König", "Prime Minister") is no name.
import { STOP_WORDS } from '../tokenize.js';
import { soundSpelling } from '../transliterate.js';

/** Articles, prepositions and conjunctions that capitalised spans pick up at a sentence start. */
const NAME_FILLERS = new Set(
  (
    'an but or after before while according also el los las lo un una unos unas del al y pero con por para segun ' +
    'le la les une des du de ce cette ces et mais en au aux dans pour par sur selon avec ' +
    'der die das den dem des ein eine einer einem einen und aber im am vom zum zur mit nach bei auf laut ' +
    'il gli uno nel nella dal della di da per ' +
    'o os as um uma no na do dos das ' +
    'het een op van voor von'
  ).split(' '),
);

/** A Roman numeral of two letters or more (normalised, lower case): `ii`, `xiv`, `xvi`, `mcm`. */
export const ROMAN_NUMERAL = /^(?=[mdclxvi]{2})m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/u;

/**
 * The sound spelling without its final vowels, so that a case ending of
 * Russian or Ukrainian (Газиантепа) or a transliteration's final letter does
 * not part two forms of one name.
 *
 * @example
 * wordSound('газиантепа') === wordSound('gaziantep') // => true
 */
export function wordSound(word: string): string {
  const spelling = soundSpelling(word);
  const stem = spelling.replace(/[aeiou]+$/u, '');
  return stem.length >= 3 ? stem : spelling;
}

/**
 * The words of a person's name that tell who it is: the surname, with the
 * name before a regnal numeral (`felipe vi`, `leo xiv`).
 *
 * @example
 * surnameWords(['pedro', 'sanchez']) // => ['sanchez']
 * surnameWords(['konig', 'felipe', 'vi']) // => ['felipe', 'vi']
 */
export function surnameWords(ws: readonly string[]): readonly string[] {
  let from = ws.length - 1;
  while (from > 0 && ROMAN_NUMERAL.test(ws[from]!)) from--;
  return ws.slice(from);
}

/**
 * Keys of the words of entity names (normalised, as `nameWords` gives them), with the word to show; of a
 * person (`kind` `person`), the surname's words only.
 */
export function nameWordKeys(names: Iterable<string>, kind?: string): { key: string; name: string }[] {
  const found = new Map<string, string>();
  for (const name of names) {
    const ws = name.split(' ');
    for (const word of kind === 'person' ? surnameWords(ws) : ws) {
      if (word.length < 3 || STOP_WORDS.has(word) || NAME_FILLERS.has(word) || /^\d+$/u.test(word)) continue;
      // A regnal or ordinal numeral is told exactly: by sound "XIV" and "XVI" are one (Leo XIV, Benedict XVI).
      const key = ROMAN_NUMERAL.test(word) ? `w:${word}` : `w:${wordSound(word)}`;
      if (!found.has(key)) found.set(key, word[0]!.toUpperCase() + word.slice(1));
    }
  }
  return [...found].map(([key, name]) => ({ key, name }));
}
