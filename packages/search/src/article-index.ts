// Full-text search over a notebook's articles. Callers see add/remove/search
// and a versioned serialised form; minisearch is an inside detail, so a larger
// notebook can swap it (shards, a worker, SQLite FTS) without touching them.
import { DossierError } from '@dossier/core';
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { parseQuery, withQueryOptions, type SearchOptions } from './query.js';
import { buildQueryTree } from './query-tree.js';
import { INDEX_FORMAT, INDEX_FORMAT_VERSION, readSerializedIndex, type SerializedIndex } from './serialized-index.js';
import { normalizeTerm, searchTerms } from './tokenize.js';
import { TermVocabulary } from './variants.js';

/** What search sees of an article. */
export interface SearchDocument {
  id: string;
  title: string;
  /** Clean text: clutter already removed by the caller. */
  body: string;
  /** Highlight and article notes, joined. */
  notes: string;
  /** Tag paths such as `energy/refineries`. */
  tags: string[];
  outlet?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
}

/** One article found by a search. */
export interface IndexHit {
  id: string;
  /** Relevance; only comparable between hits of the same search. */
  score: number;
  /** Indexed terms that matched, spelling variants and prefix completions included: what a snippet should mark. */
  terms: string[];
  /** Query terms (as normalised) that found something. */
  queryTerms: string[];
}

export interface ArticleIndexOptions {
  /**
   * Opaque string stored with the serialised index, so a stale copy can be
   * told from a current one by {@link ArticleIndex.load}. Defaults to `''`.
   *
   * @example
   * new ArticleIndex({ fingerprint: `${notebook.createdAt}#${notebook.revision}` })
   */
  fingerprint?: string;
}

/** Hits returned when `limit` is not given. */
export const DEFAULT_LIMIT = 50;

// Where a word appears says how much it tells: a title word names the story.
const FIELD_BOOST = { title: 2, notes: 1.5, tags: 1.5, body: 1, outlet: 1 };
const FIELDS = Object.keys(FIELD_BOOST) as (keyof typeof FIELD_BOOST)[];

type StoredFields = Pick<SearchDocument, 'tags' | 'outlet' | 'publishedAt'>;

function engineOptions(): Options<SearchDocument> {
  return {
    fields: FIELDS,
    // Only what filtering needs is stored; the body stays with the article.
    storeFields: ['tags', 'outlet', 'publishedAt'],
    stringifyField: (value, field) => (field === 'tags' ? (value as string[]).join(' ') : String(value)),
    tokenize: searchTerms,
    processTerm: (term) => term,
    // Query trees carry terms already normalised by parseQuery.
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term, boost: FIELD_BOOST },
  };
}

/**
 * The notebook's full-text index.
 *
 * @example
 * const index = new ArticleIndex({ fingerprint: 'rev-1' });
 * index.add({ id: 'a1', title: 'Talks on energy sites', body: '…Zelenskyi said…', notes: '', tags: ['energy'] });
 * index.search('Zelensky tag:energy'); // => [{ id: 'a1', terms: ['zelenskyi'], … }]
 * const again = ArticleIndex.load(JSON.parse(JSON.stringify(index)), 'rev-1');
 */
export class ArticleIndex {
  private engine: MiniSearch<SearchDocument>;
  private readonly vocabulary = new TermVocabulary();
  private readonly termsOf = new Map<string, string[]>();
  private readonly fingerprint: string;

  constructor(options: ArticleIndexOptions = {}) {
    this.fingerprint = options.fingerprint ?? '';
    this.engine = new MiniSearch(engineOptions());
  }

  /** Number of articles indexed. */
  get size(): number {
    return this.engine.documentCount;
  }

  has(id: string): boolean {
    return this.termsOf.has(id);
  }

  /** Indexes a new article; `conflict` if its id is already indexed (use `replace`). */
  add(doc: SearchDocument): void {
    checkDocument(doc);
    if (this.has(doc.id)) throw new DossierError('conflict', `article ${doc.id} is already in the search index`);
    this.engine.add(doc);
    const terms = [...new Set(FIELDS.flatMap((field) => searchTerms(fieldText(doc, field))))];
    this.termsOf.set(doc.id, terms);
    this.vocabulary.add(terms);
  }

  /** Re-indexes an article after its text, notes or tags changed; `not_found` if it was never added. */
  replace(doc: SearchDocument): void {
    checkDocument(doc);
    this.remove(doc.id);
    this.add(doc);
  }

  /** Drops an article from the index; `not_found` if it is not there. */
  remove(id: string): void {
    const terms = this.termsOf.get(id);
    if (!terms) throw new DossierError('not_found', `article ${id} is not in the search index`);
    this.engine.discard(id);
    this.termsOf.delete(id);
    this.vocabulary.remove(terms);
  }

  /**
   * Articles matching `query` (see {@link parseQuery} for the language), best
   * first. Filters written in the query add to those in `options`: tags
   * accumulate, the query's outlet and dates win. Every word must match, as
   * typed, as a prefix when it has 3+ letters or is last, or through a
   * spelling variant from 5 letters on (see {@link TermVocabulary.variantsOf}).
   * Empty for an empty query or one of stop words only, unless filters or
   * exclusions are given, which then apply to every article.
   *
   * @example
   * index.search('Zelensky')                          // Zelensky, Zelenskyy, Zelenskyi, Zleneksy…
   * index.search('Zelen')                             // prefix: Zelensky, Zelenskyi…
   * index.search('talks OR negotiations -Trump')      // either word, never Trump
   * index.search('refineries', { tags: ['energy'], from: '2024-01-01', limit: 10 })
   */
  search(query: string, options: SearchOptions = {}): IndexHit[] {
    const parsed = parseQuery(query);
    const merged = withQueryOptions(parsed, options);
    const filter = filterFor(merged);
    const { query: tree, typedTermOf } = buildQueryTree(parsed, this.vocabulary, filter !== undefined);
    if (tree === null) return [];
    const hits = this.engine.search(tree, filter ? { filter } : {}).map((r): IndexHit => ({
      id: r.id as string,
      // A reloaded minisearch sums the same weights in another order; rounding
      // away the last bits (and breaking ties by id) keeps answers identical.
      score: Number(r.score.toPrecision(10)),
      terms: [...r.terms].sort(),
      queryTerms: [...new Set(r.queryTerms.map((t) => typedTermOf.get(t) ?? t))].sort(),
    }));
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, merged.limit ?? DEFAULT_LIMIT);
  }

  /**
   * The index as a plain object for `JSON.stringify`, stamped with
   * `fingerprint` (or the one given to the constructor: `JSON.stringify`
   * passes `''`, which means "the index's own").
   */
  toJSON(fingerprint?: string): SerializedIndex {
    const vocabulary = [...new Set([...this.termsOf.values()].flat())];
    const position = new Map(vocabulary.map((term, i) => [term, i]));
    return {
      format: INDEX_FORMAT,
      version: INDEX_FORMAT_VERSION,
      fingerprint: fingerprint || this.fingerprint,
      data: {
        engine: this.engine.toJSON(),
        vocabulary,
        documents: [...this.termsOf].map(([id, terms]) => [id, terms.map((t) => position.get(t)!)]),
      },
    };
  }

  /**
   * Rebuilds an index from {@link ArticleIndex.toJSON} output, or returns
   * `null` — meaning "rebuild from the articles" — when it is from another
   * format version, carries another fingerprint than `expectedFingerprint`
   * (when given), or is damaged.
   */
  static load(serialized: unknown, expectedFingerprint?: string): ArticleIndex | null {
    const stored = readSerializedIndex(serialized, expectedFingerprint);
    if (!stored) return null;
    const index = new ArticleIndex({ fingerprint: stored.fingerprint });
    try {
      index.engine = MiniSearch.loadJS(stored.data.engine as Parameters<typeof MiniSearch.loadJS>[0], engineOptions());
    } catch {
      return null;
    }
    const { vocabulary, documents } = stored.data;
    for (const [id, positions] of documents) {
      if (index.termsOf.has(id) || !index.engine.has(id)) return null;
      const terms = positions.map((p) => vocabulary[p]!);
      index.termsOf.set(id, terms);
      index.vocabulary.add(terms);
    }
    return index.engine.documentCount === index.termsOf.size ? index : null;
  }
}

function fieldText(doc: SearchDocument, field: keyof typeof FIELD_BOOST): string {
  return field === 'tags' ? doc.tags.join(' ') : (doc[field] ?? '');
}

function checkDocument(doc: SearchDocument): void {
  if (typeof doc?.id !== 'string' || !doc.id) throw new DossierError('invalid_input', 'a search document needs an id');
}

/** A minisearch filter for the options' tags, outlet and dates, or `undefined` when none is set. */
function filterFor(options: SearchOptions): ((result: SearchResult) => boolean) | undefined {
  const tags = (options.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean);
  const outlet = options.outlet ? comparableName(options.outlet) : undefined;
  const { from, to } = options;
  if (!tags.length && !outlet && !from && !to) return undefined;
  return (result) => {
    const stored = result as unknown as StoredFields;
    const own = (stored.tags ?? []).map((t) => t.toLowerCase());
    if (!tags.every((wanted) => own.some((t) => t === wanted || t.startsWith(`${wanted}/`)))) return false;
    if (outlet && (!stored.outlet || comparableName(stored.outlet) !== outlet)) return false;
    if ((from || to) && !stored.publishedAt) return false;
    if (from && stored.publishedAt! < from) return false;
    if (to && stored.publishedAt! >= to) return false;
    return true;
  };
}

function comparableName(name: string): string {
  return name.split(/\s+/u).map(normalizeTerm).filter(Boolean).join(' ');
}
