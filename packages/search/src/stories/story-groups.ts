// Stories from scored pairs: strongest pairs first, each proposing to join
// the groups of its two articles, which join only when enough of the pairs
// across them support it (linkage.ts) — a lone pair between two groups is
// most often one report citing the other event (an ET302 report giving the
// toll of the JT610 crash, a confession story naming the day of the fire, a
// match report's recap of the match before). Pairs the user linked always join.
import { joinSupported } from './linkage.js';

export interface ScoredPair {
  a: string;
  b: string;
  score: number;
}

/**
 * Groups of two or more articles, each with the pairs inside it (in the
 * order given). `pairs` are those at or above `threshold`; `linked` join
 * whatever their score; `supported` says whether a pair scores `SUPPORT_RATIO`
 * × threshold or more (without it, the pairs in `pairs` do).
 *
 * @example
 * // Two groups {a,b} and {c,d} joined by one weak pair b–c stay apart:
 * groupPairs([ab, cd, bc], [], 0.2).map((g) => g.articleIds) // => [['a','b'], ['c','d']]
 */
export function groupPairs<P extends ScoredPair>(
  pairs: readonly P[],
  linked: readonly P[],
  _threshold: number,
  supported?: (a: string, b: string) => boolean,
): { articleIds: string[]; pairs: P[] }[] {
  const parent = new Map<string, string>();
  const members = new Map<string, string[]>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (rx: string, ry: string) => {
    const [keep, gone] = rx < ry ? [rx, ry] : [ry, rx];
    parent.set(gone, keep);
    members.set(keep, [...(members.get(keep) ?? [keep]), ...(members.get(gone) ?? [gone])]);
    members.delete(gone);
  };
  const given = supported ? new Set<string>() : new Set(pairs.map((p) => `${p.a}|${p.b}`));
  const userLinked = new Set(linked.flatMap((p) => [`${p.a}|${p.b}`, `${p.b}|${p.a}`]));
  const supports = (x: string, y: string) =>
    userLinked.has(`${x}|${y}`) || (supported ? supported(x, y) : given.has(`${x}|${y}`) || given.has(`${y}|${x}`));
  // A group is its root and its size: a join once refused is refused again, asked the same way, while neither
  // group has grown. Asked again for every pair between the two, refusals were half of the support asked for.
  const refused = new Set<string>();
  for (const p of [...pairs].sort((x, y) => y.score - x.score)) {
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra === rb) continue;
    const [ma, mb] = [members.get(ra) ?? [ra], members.get(rb) ?? [rb]];
    const asked = `${ra}\u0000${ma.length}\u0000${rb}\u0000${mb.length}`;
    if (refused.has(asked)) continue;
    if (!joinSupported(ma, mb, supports)) {
      refused.add(asked);
      continue;
    }
    union(ra, rb);
  }
  // The user's links join last, and whole: two articles the user linked bring their groups with them.
  for (const p of linked) {
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra !== rb) union(ra, rb);
  }
  const byRoot = new Map<string, { articleIds: string[]; pairs: P[] }>();
  for (const p of [...pairs, ...linked]) {
    const root = find(p.a);
    if (root !== find(p.b)) continue;
    const group = byRoot.get(root) ?? { articleIds: [], pairs: [] };
    group.pairs.push(p);
    byRoot.set(root, group);
  }
  for (const group of byRoot.values()) group.articleIds = [...new Set(group.pairs.flatMap((p) => [p.a, p.b]))].sort();
  return [...byRoot.values()];
}
