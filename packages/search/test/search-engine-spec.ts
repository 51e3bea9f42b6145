// The behaviour every search engine of a notebook shows, whatever it is built
// on: run against minisearch's ArticleIndex here and against the notebook's
// SQLite FTS5 index in @dossier/notebook, so the two cannot drift apart.
import { DossierError } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, type IndexHit, type SearchDocument } from '../src/article-index.js';
import type { SearchOptions } from '../src/query.js';

/** What the specification needs of an engine. */
export interface SearchEngine {
  readonly size: number;
  has(id: string): boolean;
  add(doc: SearchDocument): void;
  replace(doc: SearchDocument): void;
  remove(id: string): void;
  search(query: string, options?: SearchOptions): IndexHit[];
}

export function describeSearchEngine(name: string, create: () => SearchEngine): void {
  const doc = (id: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
    id,
    title: '',
    body,
    notes: '',
    tags: [],
    ...extra,
  });

  const indexOf = (...docs: SearchDocument[]) => {
    const index = create();
    for (const d of docs) index.add(d);
    return index;
  };

  const ids = (index: SearchEngine, query: string, options?: SearchOptions) =>
    index
      .search(query, options)
      .map((h) => h.id)
      .sort();

  describe(`${name}: keeping articles`, () => {
    it('counts, finds and forgets articles', () => {
      const index = indexOf(doc('a', 'Qatar mediates'), doc('b', 'Qatar hosts'));
      expect(index.size).toBe(2);
      expect(index.has('a')).toBe(true);
      index.remove('a');
      expect(index.has('a')).toBe(false);
      expect(index.size).toBe(1);
      expect(ids(index, 'Qatar')).toEqual(['b']);
    });

    it('replaces an article’s text, so old words no longer find it and new ones do', () => {
      const index = indexOf(doc('a', 'Refineries burn'));
      index.replace(doc('a', 'Pipelines burn'));
      expect(ids(index, 'refineries')).toEqual([]);
      expect(ids(index, 'pipelines')).toEqual(['a']);
      expect(index.size).toBe(1);
    });

    it('forgets the spelling variants of a removed article', () => {
      const index = indexOf(doc('a', 'Zelenskyy spoke'), doc('b', 'Zelensky spoke'));
      index.remove('a');
      expect(index.search('Zelensky').flatMap((h) => h.terms)).toEqual(['zelensky']);
    });

    it('refuses a duplicate id, and removing or replacing an unknown one, with typed errors', () => {
      const index = indexOf(doc('a', 'text'));
      expect(() => index.add(doc('a', 'again'))).toThrow(expect.objectContaining({ code: 'conflict' }));
      expect(() => index.remove('zz')).toThrow(expect.objectContaining({ code: 'not_found' }));
      expect(() => index.replace(doc('zz', 'x'))).toThrow(DossierError);
      expect(() => index.add(doc('', 'x'))).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    });
  });

  describe(`${name}: matching words`, () => {
    const index = indexOf(
      doc('qatar', 'Qatar mediates talks on energy sites.', { title: 'Energy truce' }),
      doc('kremlin', 'The Kremlin denied any negotiations about energy.'),
      doc('kyiv', 'Удар по енергетиці Києва. Kyiv’s grid held.'),
      doc('notes', 'A plain body.', { notes: 'Follow up with the diplomat', tags: ['war/refineries'] }),
    );

    it('needs every word (AND)', () => {
      expect(ids(index, 'energy talks')).toEqual(['qatar']);
      expect(ids(index, 'energy')).toEqual(['kremlin', 'qatar']);
    });

    it('ranks a title match above a body match', () => {
      const both = indexOf(doc('in-body', 'A truce on energy.'), doc('in-title', 'Nothing here.', { title: 'Truce' }));
      expect(both.search('truce')[0]!.id).toBe('in-title');
    });

    it('matches words of 3+ letters as prefixes, and reports the completed word', () => {
      const [hit] = index.search('Kreml');
      expect(hit).toMatchObject({ id: 'kremlin', terms: ['kremlin'], queryTerms: ['kreml'] });
      expect(ids(index, 'ener')).toEqual(['kremlin', 'qatar']);
    });

    it('completes a short last word as a prefix, but not a short word before it', () => {
      expect(ids(index, 'energy ta')).toEqual(['qatar']);
      expect(ids(index, 'ta energy')).toEqual([]);
    });

    it('completes a last word of one or two letters to its most common words only', () => {
      // 60 rare words starting with "q", each in one article, and "quarter" in ten.
      const rare = Array.from({ length: 60 }, (_, i) =>
        doc(`rare-${i}`, `q${String.fromCharCode(97 + (i % 26))}x${i}rare`),
      );
      const common = Array.from({ length: 10 }, (_, i) => doc(`common-${i}`, `The first quarter, report ${i}.`));
      const many = indexOf(...rare, ...common);
      const found = ids(many, 'q');
      for (const d of common) expect(found).toContain(d.id);
      expect(found.length).toBeLessThan(rare.length + common.length);
      const quarter = many.search('qu').find((h) => h.id === 'common-0');
      expect(quarter).toMatchObject({ terms: ['quarter'], queryTerms: ['qu'] });
      // From three letters on, every completion counts.
      expect(ids(many, 'qax0')).toEqual(['rare-0']);
    });

    it('forgives a misspelling of a word of five letters or more', () => {
      expect(ids(index, 'Kremlinn')).toEqual(['kremlin']);
      expect(ids(index, 'negotations')).toEqual(['kremlin']);
      expect(ids(index, 'medaites')).toEqual(['qatar']);
    });

    it('does not stretch short words into other words', () => {
      expect(ids(index, 'site')).toEqual(['qatar']);
      expect(ids(index, 'bite')).toEqual([]);
    });

    it('searches Cyrillic text, accents and case aside', () => {
      expect(ids(index, 'енергетиці')).toEqual(['kyiv']);
      expect(ids(index, 'КИЄВА')).toEqual(['kyiv']);
      expect(ids(index, "Kyiv's")).toEqual(['kyiv']);
    });

    it('searches notes and tags as well as the body', () => {
      expect(ids(index, 'diplomat')).toEqual(['notes']);
      expect(ids(index, 'refineries')).toEqual(['notes']);
    });

    it('returns nothing for an empty query or stop words only', () => {
      expect(index.search('')).toEqual([]);
      expect(index.search('the of and')).toEqual([]);
    });

    it('accepts alternatives with OR', () => {
      expect(ids(index, 'talks OR negotiations')).toEqual(['kremlin', 'qatar']);
      expect(ids(index, 'energy denied OR mediates')).toEqual(['kremlin', 'qatar']);
    });

    it('leaves out articles matching a -word', () => {
      expect(ids(index, 'energy -Kremlin')).toEqual(['qatar']);
      expect(ids(index, '-Kremlin')).toEqual(['kyiv', 'notes', 'qatar']);
    });

    it('needs every word of a quoted phrase, exactly as written', () => {
      expect(ids(index, '"energy sites"')).toEqual(['qatar']);
      expect(ids(index, '"Kreml"')).toEqual([]);
    });
  });

  describe(`${name}: name variants`, () => {
    const spellings = ['Zelensky', 'Zelenskyy', 'Zelenskyi', 'Zelenskiy', 'Zleneksy', 'Zelenský'];
    const index = indexOf(
      ...spellings.map((name, i) => doc(`z${i}`, `President ${name} spoke.`)),
      doc('other', 'Zealous selectors spoke to Zelenograd.'),
    );

    it('finds every spelling of a name from any one of them', () => {
      for (const query of ['Zelensky', 'Zelenskyy', 'zelenskiy']) {
        expect(ids(index, query), query).toEqual(['z0', 'z1', 'z2', 'z3', 'z4', 'z5']);
      }
    });

    it('ranks the spelling as typed above its variants', () => {
      const [first, second] = index.search('Zelenskyi');
      expect(first!.id).toBe('z2');
      expect(first!.score).toBeGreaterThan(second!.score);
    });

    it('reports the matched spellings as terms and the typed word as the query term', () => {
      const hit = index.search('Zelensky').find((h) => h.id === 'z4')!;
      expect(hit.terms).toEqual(['zleneksy']);
      expect(hit.queryTerms).toEqual(['zelensky']);
    });
  });

  describe(`${name}: filters`, () => {
    const index = indexOf(
      doc('a', 'energy', { tags: ['energy/refineries'], outlet: 'Kyiv Post', publishedAt: '2024-10-16' }),
      doc('b', 'energy', { tags: ['Energy'], outlet: 'The Moscow Times', publishedAt: '2025-03-07T10:00:00Z' }),
      doc('c', 'energy', { tags: ['war'] }),
    );

    it('filters by tag, taking in child tags, case aside', () => {
      expect(ids(index, 'energy', { tags: ['energy'] })).toEqual(['a', 'b']);
      expect(ids(index, 'energy tag:energy/refineries')).toEqual(['a']);
      expect(ids(index, 'energy tag:ENERGY')).toEqual(['a', 'b']);
      expect(ids(index, 'energy tag:ener')).toEqual([]);
    });

    it('needs every tag asked for', () => {
      expect(ids(index, 'energy tag:energy tag:war')).toEqual([]);
    });

    it('filters by outlet, case and accents aside', () => {
      expect(ids(index, 'energy outlet:"kyiv post"')).toEqual(['a']);
      expect(ids(index, 'energy', { outlet: 'The Moscow Tímes' })).toEqual(['b']);
    });

    it('filters by date: after is inclusive, before exclusive, undated articles left out', () => {
      expect(ids(index, 'energy after:2024-10-16')).toEqual(['a', 'b']);
      expect(ids(index, 'energy after:2024-10-17')).toEqual(['b']);
      expect(ids(index, 'energy before:2025-01-01')).toEqual(['a']);
      expect(ids(index, 'energy', { from: '2025-03-07', to: '2025-03-08' })).toEqual(['b']);
    });

    it('lists every article passing the filters when the query has no words', () => {
      expect(ids(index, 'tag:energy')).toEqual(['a', 'b']);
      expect(ids(index, '', { outlet: 'Kyiv Post' })).toEqual(['a']);
    });

    it('returns at most `limit` hits, 50 by default', () => {
      const many = indexOf(...Array.from({ length: 60 }, (_, i) => doc(`d${i}`, 'energy')));
      expect(many.search('energy')).toHaveLength(DEFAULT_LIMIT);
      expect(many.search('energy', { limit: 3 })).toHaveLength(3);
    });
  });
}
