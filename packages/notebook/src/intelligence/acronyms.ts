// An organisation is written out once and then by its acronym: "World Health
// Organization (WHO)", "l'Organisation mondiale de la santé (OMS)", "die
// Weltgesundheitsorganisation (WHO)". The acronym is the form outlets in
// different languages share most often (the German and the English report
// both write WHO), so an article's mentions of the expansion are named by the
// acronym it gave in parentheses. An expansion is accepted only when the
// acronym's letters are its words' initials (small words skipped) or, for one
// compound word, letters of it in order from its first: "Paris (AFP)" is a
// dateline with an agency, not an expansion.

/** Small words an expansion holds between its initials, in the languages we meet. */
const SMALL_WORDS = new Set(
  (
    'of the for and on in de du des la le les et pour sur d l el los las y del para en der die das des für und von ' +
    'zur zum il lo della dei degli per e di do da dos das para van het voor en op'
  ).split(' '),
);

/** Two to eight letters, at least two capitals and capitals the most of them: WHO, OMS, UE, OTAN, BfV. */
const ACRONYM_IN_PARENTHESES = /\(\s*(\p{Lu}[\p{Lu}\p{Ll}]{1,7})\s*\)/gu;

function isAcronym(word: string): boolean {
  const capitals = [...word].filter((c) => /\p{Lu}/u.test(c)).length;
  return capitals >= 2 && capitals * 2 > word.length;
}

/** Whether the letters of `acronym` appear in `word` in order, the first at its start (Weltgesundheitsorganisation, WHO). */
function lettersInOrder(word: string, acronym: string): boolean {
  const w = word.toLowerCase();
  const a = acronym.toLowerCase();
  if (w[0] !== a[0]) return false;
  let at = 1;
  for (const letter of a.slice(1)) {
    at = w.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * The expansion written just before an acronym, found backwards from it: the
 * words whose initials are the acronym's letters, last letter first.
 */
function expansionBefore(before: string, acronym: string): string | undefined {
  const words = before.split(/[\s\u00a0]+/u).filter(Boolean);
  const letters = [...acronym.toLowerCase()].filter((c) => /\p{L}/u.test(c));
  let li = letters.length - 1;
  let wi = words.length - 1;
  const bare = (w: string) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/^(?:l|d)['’]/iu, '');
  // One compound word: the acronym's letters in it, in order.
  const last = bare(words[wi] ?? '');
  if (/^\p{Lu}/u.test(last) && last.length > acronym.length + 3 && lettersInOrder(last, acronym)) {
    const single = words.length > 1 ? bare(words[wi - 1]!) : '';
    if (!/^\p{Lu}/u.test(single) || SMALL_WORDS.has(single.toLowerCase())) return last;
  }
  while (li >= 0 && wi >= 0) {
    const word = bare(words[wi]!);
    if (word === '') return undefined;
    if (word.toLowerCase()[0] === letters[li]) li--;
    else if (!SMALL_WORDS.has(word.toLowerCase())) return undefined;
    wi--;
  }
  if (li >= 0) return undefined;
  const expansion = words
    .slice(wi + 1)
    .map(bare)
    .join(' ');
  return /^\p{Lu}/u.test(expansion) ? expansion : undefined;
}

/**
 * Each expansion an article writes before an acronym in parentheses, mapped
 * to the acronym; also the expansion's capitalised head when the rest is in
 * lower case ("Organisation mondiale de la santé" is spanned as
 * "Organisation").
 *
 * @example
 * acronymsOf('The World Health Organization (WHO) said so.') // => Map { 'World Health Organization' => 'WHO' }
 * acronymsOf('Paris (AFP) – Rain fell.').size // => 0
 */
export function acronymsOf(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!text.includes('(')) return found;
  for (const match of text.matchAll(ACRONYM_IN_PARENTHESES)) {
    const acronym = match[1]!;
    if (!isAcronym(acronym)) continue;
    const before = text.slice(Math.max(0, match.index - 120), match.index);
    const expansion = expansionBefore(before, acronym);
    if (!expansion) continue;
    found.set(expansion, acronym);
    const head = /^(?:\p{Lu}[\p{L}\p{M}’'-]*(?:\s+|$))+/u.exec(expansion)?.[0].trim();
    if (head && head !== expansion && !found.has(head)) found.set(head, acronym);
  }
  return found;
}
