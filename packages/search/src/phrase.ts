// The index knows which words an article has, not their order, so a quoted
// phrase is confirmed on the text itself.
import { normalizeTerm, words } from './tokenize.js';
import type { Span } from './snippet.js';

/**
 * Where the words of `phrase` occur one after another in `text`, ignoring
 * case, accents and punctuation between them (stop words count: they are part
 * of the phrase). Empty when the phrase is empty or absent.
 *
 * @example
 * findPhrase('Talks on energy — sites, not cities.', ['energy', 'sites']) // => [[9, 23]]
 */
export function findPhrase(text: string, phrase: readonly string[]): Span[] {
  const wanted = phrase.map(normalizeTerm).filter(Boolean);
  if (!wanted.length) return [];
  const all = words(text);
  const found: Span[] = [];
  for (let i = 0; i + wanted.length <= all.length; i++) {
    if (wanted.every((term, k) => all[i + k]!.term === term)) {
      found.push([all[i]!.start, all[i + wanted.length - 1]!.end]);
    }
  }
  return found;
}
