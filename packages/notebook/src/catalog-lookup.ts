// Finding a catalog entry by id, content hash or file name without scanning
// the catalog: imports look up every file this way, and a scan per file made
// importing into a large notebook quadratic.
import type { CatalogEntry } from './storage/notebook-file.js';

export class CatalogLookup {
  private seen: CatalogEntry[] | null = null;
  private seenLength = 0;
  private readonly position = new Map<string, number>();
  private readonly byHash = new Map<string, CatalogEntry>();
  private readonly byFileName = new Map<string, CatalogEntry>();
  /** The hash and file-name maps are only built for an import; opening and reading need the positions alone. */
  private namesBuilt = false;

  /**
   * `catalog` is read on every call, as the notebook may replace its array (a
   * rollback, a removal). `replaceAt` puts an entry in place of another, e.g.
   * through the notebook's change log, which must hear of every replacement.
   */
  constructor(
    private readonly catalog: () => CatalogEntry[],
    private readonly replaceAt: (at: number, entry: CatalogEntry) => void = (at, entry) => {
      catalog()[at] = entry;
    },
  ) {}

  indexOf(id: string): number {
    return this.current().position.get(id) ?? -1;
  }

  get(id: string): CatalogEntry | undefined {
    const at = this.indexOf(id);
    return at === -1 ? undefined : this.catalog()[at];
  }

  withHash(hash: string): CatalogEntry | undefined {
    return this.withNames().byHash.get(hash);
  }

  withFileName(fileName: string): CatalogEntry | undefined {
    return this.withNames().byFileName.get(fileName);
  }

  /** Puts `entry` at its place (replacing the entry with its id) or at the end. */
  put(entry: CatalogEntry): void {
    const articles = this.catalog();
    const at = this.indexOf(entry.id);
    if (at === -1) {
      articles.push(entry);
      this.position.set(entry.id, articles.length - 1);
      this.seenLength = articles.length;
    } else {
      const old = articles[at]!;
      if (this.byHash.get(old.source.hash) === old) this.byHash.delete(old.source.hash);
      if (this.byFileName.get(old.source.fileName) === old) this.byFileName.delete(old.source.fileName);
      this.replaceAt(at, entry);
    }
    if (!this.namesBuilt) return;
    this.byHash.set(entry.source.hash, entry);
    this.byFileName.set(entry.source.fileName, entry);
  }

  private current(): this {
    const articles = this.catalog();
    if (articles !== this.seen || articles.length !== this.seenLength) this.rebuild(articles);
    return this;
  }

  private withNames(): this {
    this.current();
    if (this.namesBuilt) return this;
    for (const entry of this.catalog()) {
      this.byHash.set(entry.source.hash, entry);
      this.byFileName.set(entry.source.fileName, entry);
    }
    this.namesBuilt = true;
    return this;
  }

  private rebuild(articles: CatalogEntry[]): void {
    this.position.clear();
    this.byHash.clear();
    this.byFileName.clear();
    this.namesBuilt = false;
    articles.forEach((entry, i) => this.position.set(entry.id, i));
    this.seen = articles;
    this.seenLength = articles.length;
  }
}
