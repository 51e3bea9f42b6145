// Each indexed term's document count, for the vocabulary. An import counts
// every distinct term of every article it reads (~350 an article), and a
// Map<string, number> takes two probes of its table to add one (get, then
// set), each a few cache misses once the vocabulary is large; here a term's
// slot is looked up once and its count is a typed array's element.

/**
 * @example
 * const counts = new TermCounts();
 * counts.add('kyiv', 1); // => 0 (the count before)
 * counts.add('kyiv', 2); // => 1
 * counts.get('kyiv'); // => 3
 */
export class TermCounts {
  private readonly slots = new Map<string, number>();
  private counts = new Int32Array(1024);
  /** Slots given back by removed terms, to give out again before new ones. */
  private readonly free: number[] = [];
  private nextSlot = 0;

  get size(): number {
    return this.slots.size;
  }

  /** The term's count, 0 when it has none. */
  get(term: string): number {
    const slot = this.slots.get(term);
    return slot === undefined ? 0 : this.counts[slot]!;
  }

  has(term: string): boolean {
    return this.slots.has(term);
  }

  /** Adds `documents` (> 0) to the term's count; returns the count before (0: the term is new). */
  add(term: string, documents: number): number {
    const slot = this.slots.get(term);
    if (slot !== undefined) {
      const before = this.counts[slot]!;
      this.counts[slot] = before + documents;
      return before;
    }
    const fresh = this.free.pop() ?? this.grow();
    this.counts[fresh] = documents;
    this.slots.set(term, fresh);
    return 0;
  }

  /** Counts one document fewer; returns the count before (0: the term was not there). At 1, the term is forgotten. */
  subtractOne(term: string): number {
    const slot = this.slots.get(term);
    if (slot === undefined) return 0;
    const before = this.counts[slot]!;
    if (before > 1) this.counts[slot] = before - 1;
    else {
      this.slots.delete(term);
      this.free.push(slot);
    }
    return before;
  }

  keys(): IterableIterator<string> {
    return this.slots.keys();
  }

  *entries(): IterableIterator<[string, number]> {
    for (const [term, slot] of this.slots) yield [term, this.counts[slot]!];
  }

  private grow(): number {
    if (this.nextSlot === this.counts.length) {
      const larger = new Int32Array(this.counts.length * 2);
      larger.set(this.counts);
      this.counts = larger;
    }
    return this.nextSlot++;
  }
}
