// The bodies of the articles read or written last, so a reader, a search
// refresh or the next import batch does not read their files again. Bounded:
// at 100k articles, keeping every body ever read (an import reads them all)
// held the whole notebook's text in memory and made the collector work on it.

/** The most recently used `capacity` entries; the least recently used goes first. */
export class RecentCache<V> {
  // A Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  private readonly entries = new Map<string, V>();

  /** @example new RecentCache<Article>(2000) — enough for an import batch of 1,000 articles to be re-read from memory. */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`a cache needs room for 1 entry, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
