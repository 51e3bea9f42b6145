// How a word being typed with only one or two letters is searched. A full
// prefix search on one letter gathers a good share of the vocabulary, and
// what a search pays for is scoring the articles each searched term is in:
// so such a prefix stands for its commonest completions only (by document
// frequency, as type-ahead search engines complete a prefix), and only as
// many of them as keep the articles to score within a small multiple of what
// the commonest completion alone costs. From three letters on a prefix finds
// every word it begins; this rule never applies there.
import type { TermVocabulary } from './variants.js';

/**
 * The most completions a prefix of this many letters stands for: 40
 * completions of one letter took 250 ms at 10k articles.
 *
 * @example
 * SHORT_PREFIX_COMPLETIONS[1] // => 6: `e` searches at most 6 words, e.g. energy, escalation, ending…
 */
export const SHORT_PREFIX_COMPLETIONS: Readonly<Record<number, number>> = { 1: 6, 2: 12 };

/**
 * How many articles the completions may be counted in together, as a multiple
 * of the commonest completion's count (each article once per completion it
 * holds), or {@link SHORT_PREFIX_FEW_ARTICLES}, whichever is more. Scoring time
 * follows that sum: on 10,000 generated articles, twelve one- and two-letter
 * prefixes searched as up to 6 or 12 completions took a median 19.4 ms, and
 * 9.9 ms within this budget (load 17 on 2 cores; 1.0, the commonest alone:
 * 9.3 ms). At 1.5, `e` (energy in 9,841 articles, escalation 4,506, ending
 * 4,504) searches energy and escalation.
 *
 * @example
 * // vocabulary: energy 9841, escalation 4506, ending 4504 — 9841 + 4506 + 4504 > 1.5 × 9841
 * shortPrefixCompletions(vocabulary, 'e') // => ['energy', 'escalation']
 */
export const SHORT_PREFIX_ARTICLE_BUDGET = 1.5;

/**
 * Completions counted in this many articles together are cheap to score
 * (well under a millisecond): rare words are all taken, up to
 * {@link SHORT_PREFIX_COMPLETIONS}, whatever their counts' ratio.
 *
 * @example
 * // vocabulary: kazka 40, kaiser 30, kalmar 20 — 90 articles in all
 * shortPrefixCompletions(vocabulary, 'ka') // => ['kazka', 'kaiser', 'kalmar']
 */
export const SHORT_PREFIX_FEW_ARTICLES = 1000;

/**
 * The terms a one- or two-letter prefix is searched as, commonest first, or
 * `undefined` for a longer prefix (searched as every word it begins). Always
 * the commonest completion, then each next one while the counts stay within
 * {@link SHORT_PREFIX_ARTICLE_BUDGET}, at most {@link SHORT_PREFIX_COMPLETIONS}.
 * Empty when no indexed word begins with the prefix.
 *
 * @example
 * shortPrefixCompletions(vocabulary, 'q') // => ['qatar', 'quick'] (qatar 6,202, quick 1,848, quotes 1,834)
 * shortPrefixCompletions(vocabulary, 'qat') // => undefined
 */
export function shortPrefixCompletions(vocabulary: TermVocabulary, prefix: string): string[] | undefined {
  const most = SHORT_PREFIX_COMPLETIONS[prefix.length];
  if (most === undefined) return undefined;
  const candidates = vocabulary.commonCompletions(prefix, most);
  const [commonest] = candidates;
  if (commonest === undefined) return [];
  const budget = Math.max(
    SHORT_PREFIX_ARTICLE_BUDGET * vocabulary.documentFrequency(commonest),
    SHORT_PREFIX_FEW_ARTICLES,
  );
  let counted = 0;
  const chosen: string[] = [];
  for (const term of candidates) {
    counted += vocabulary.documentFrequency(term);
    if (chosen.length > 0 && counted > budget) break;
    chosen.push(term);
  }
  return chosen;
}
