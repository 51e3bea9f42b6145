// Scores of pairs across two groups that are not near pairs, asked for when
// groups may join (linkage.ts). Scored once and kept, as near pairs' evidence
// is, until the collection has grown or shrunk by a tenth since: scored anew
// by every stories request, they were half of one on a big notebook.

/** Share of the collection it may grow or shrink by before a kept score is worked out again (as for near pairs). */
const MOVED = 0.1;

export class CrossScores {
  private readonly kept = new Map<string, { score: number; at: number }>();

  /** The score of the pair `key` at a collection of `count` articles: kept, or `score()` when none is current. */
  get(key: string, count: number, score: () => number): number {
    const found = this.kept.get(key);
    if (found && Math.abs(count - found.at) <= found.at * MOVED) return found.score;
    const now = score();
    this.kept.set(key, { score: now, at: count });
    return now;
  }

  /** Forgets every score: an article was removed or replaced, and its pairs' scores went with it. */
  clear(): void {
    this.kept.clear();
  }
}
