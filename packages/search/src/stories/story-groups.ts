// Stories from scored pairs: single-link grouping, strongest pairs first,
// with one guard against chaining. Two groups of several articles each are
// joined only when at least two of their pairs say so (or one says so
// strongly): a lone pair between two groups is most often one report citing
// the other event — an ET302 report giving the toll of the JT610 crash, a
// confession story naming the day of the fire. A single article joins a group
// on one pair, as before. Pairs the user linked always join.

/** Pairs across two groups needed to join them, unless one scores `STRONG_LINK` times the threshold. */
export const LINKS_TO_JOIN_GROUPS = 2;
export const STRONG_LINK = 2;

export interface ScoredPair {
  a: string;
  b: string;
  score: number;
}

/**
 * Groups of two or more articles, each with the pairs inside it (in the
 * order given). `pairs` are those at or above `threshold`; `linked` join
 * whatever their score.
 *
 * @example
 * // Two groups {a,b} and {c,d} joined by one weak pair b–c stay apart:
 * groupPairs([ab, cd, bc], [], 0.2).map((g) => g.articleIds) // => [['a','b'], ['c','d']]
 */
export function groupPairs<P extends ScoredPair>(
  pairs: readonly P[],
  linked: readonly P[],
  threshold: number,
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
  const neighbours = new Map<string, Set<string>>();
  for (const p of pairs) {
    if (!neighbours.has(p.a)) neighbours.set(p.a, new Set());
    if (!neighbours.has(p.b)) neighbours.set(p.b, new Set());
    neighbours.get(p.a)!.add(p.b);
    neighbours.get(p.b)!.add(p.a);
  }
  for (const p of linked) {
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra !== rb) union(ra, rb);
  }
  for (const p of [...pairs].sort((x, y) => y.score - x.score)) {
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra === rb) continue;
    const [ga, gb] = [members.get(ra) ?? [ra], members.get(rb) ?? [rb]];
    if (ga.length > 1 && gb.length > 1 && p.score < STRONG_LINK * threshold) {
      const [small, large] = ga.length <= gb.length ? [ga, new Set(gb)] : [gb, new Set(ga)];
      let links = 0;
      for (const m of small) for (const n of neighbours.get(m) ?? []) if (large.has(n)) links++;
      if (links < LINKS_TO_JOIN_GROUPS) continue;
    }
    union(ra, rb);
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
