// When two groups of articles (or an article and a group) may become one
// story. Single-link grouping joins them on one pair, and one weak pair — a
// follow-up citing the other event, two football reports sharing a country
// and a coach — chains whole stories together. Here a pair at the threshold
// only proposes the join; it happens when enough of the pairs across the two
// groups support it, each scoring at least half the threshold: re-reports of
// one story are alike all round, while a pair that links two events stands
// alone among the cross pairs.

/** A cross pair supports a join when it scores at least this share of the threshold. */
export const SUPPORT_RATIO = 0.5;
/** The share of the cross pairs (articles of one group × articles of the other) that must support a join. */
export const SUPPORTED_SHARE = 0.35;

/**
 * Whether groups `a` and `b` may join: at least {@link SUPPORTED_SHARE} of
 * their cross pairs are `supported` (score {@link SUPPORT_RATIO} × threshold or more).
 *
 * @example
 * const supported = (x: string, y: string) => `${x}${y}` === 'bc';
 * // {a,b} and {c,d}: b–c at the threshold, and nothing else across — 1 of 4 cross pairs.
 * joinSupported(['a', 'b'], ['c', 'd'], supported) // => false
 * // A single article alike to one of the two in a group: 1 of 2.
 * joinSupported(['a', 'b'], ['c'], supported) // => true
 */
export function joinSupported(
  a: readonly string[],
  b: readonly string[],
  supported: (x: string, y: string) => boolean,
): boolean {
  const needed = SUPPORTED_SHARE * a.length * b.length;
  let found = 0;
  let left = a.length * b.length;
  for (const x of a) {
    for (const y of b) {
      if (supported(x, y)) found++;
      left--;
      if (found >= needed) return true;
      if (found + left < needed) return false;
    }
  }
  return found >= needed;
}
