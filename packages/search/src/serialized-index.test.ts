import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedArticles } from '../test/seed-corpus.js';
import { ArticleIndex, type SearchDocument } from './article-index.js';
import { INDEX_FORMAT_VERSION } from './serialized-index.js';

const queries = ['Zelensky', 'Zelen', 'Kremlinn', 'Qatar energy talks', 'talks OR strikes -Trump', '"energy sites"'];

/** Through JSON text, as a notebook stores it. */
const stored = (index: ArticleIndex, fingerprint?: string): unknown =>
  JSON.parse(JSON.stringify(fingerprint === undefined ? index : index.toJSON(fingerprint)));

const seedIndex = (fingerprint = 'seeds#1') => {
  const index = new ArticleIndex({ fingerprint });
  for (const seed of seedArticles()) index.add(seed.document);
  return index;
};

describe('ArticleIndex serialisation', () => {
  it('is a plain object naming its format, version and fingerprint', () => {
    const json = seedIndex().toJSON();
    expect(json).toMatchObject({ format: 'dossier-search', version: INDEX_FORMAT_VERSION, fingerprint: 'seeds#1' });
    expect(stored(seedIndex())).toEqual(json);
  });

  it('does not store article bodies', () => {
    const text = JSON.stringify(seedIndex());
    expect(text).not.toContain('Qatar-mediated');
    expect(text).not.toContain('reduced the frequency of attacks');
  });

  it('loads back an index that answers every query the same way', () => {
    const index = seedIndex();
    const loaded = ArticleIndex.load(stored(index), 'seeds#1')!;
    expect(loaded.size).toBe(index.size);
    for (const query of queries) expect(loaded.search(query), query).toEqual(index.search(query));
  });

  it('keeps working after load: removing, replacing and adding update results and variants', () => {
    const loaded = ArticleIndex.load(stored(seedIndex()))!;
    loaded.remove('002_f2127c0ecd18b88d.txt');
    expect(loaded.search('Zelensky').flatMap((h) => h.terms)).not.toContain('zleneksy');
    loaded.add({ id: 'new', title: 'Zelenskyy in Doha', body: 'A visit.', notes: '', tags: [] });
    expect(loaded.search('Zelensky').map((h) => h.id)).toContain('new');
  });

  it('stamps the fingerprint given to toJSON, else its own', () => {
    expect(seedIndex().toJSON('rev-9').fingerprint).toBe('rev-9');
    expect((stored(seedIndex('rev-3')) as { fingerprint: string }).fingerprint).toBe('rev-3');
  });

  it('refuses (null) another fingerprint, another version, another format', () => {
    const good = stored(seedIndex()) as Record<string, unknown>;
    expect(ArticleIndex.load(good, 'seeds#2')).toBeNull();
    expect(ArticleIndex.load({ ...good, version: INDEX_FORMAT_VERSION + 1 })).toBeNull();
    expect(ArticleIndex.load({ ...good, format: 'minisearch' })).toBeNull();
    expect(ArticleIndex.load(good, 'seeds#1')).not.toBeNull();
  });

  it('refuses (null) garbage and damaged data instead of throwing', () => {
    const good = stored(seedIndex()) as { data: Record<string, unknown> } & Record<string, unknown>;
    const damaged = (data: Record<string, unknown>) => ({ ...good, data: { ...good.data, ...data } });
    for (const garbage of [null, undefined, 42, 'index', [], {}, { format: 'dossier-search' }]) {
      expect(ArticleIndex.load(garbage)).toBeNull();
    }
    expect(ArticleIndex.load(damaged({ engine: { nonsense: true } }))).toBeNull();
    expect(ArticleIndex.load(damaged({ engine: 'x' }))).toBeNull();
    expect(ArticleIndex.load(damaged({ vocabulary: [1, 2] }))).toBeNull();
    expect(ArticleIndex.load(damaged({ documents: [['unknown-id', []]] }))).toBeNull();
    expect(ArticleIndex.load(damaged({ documents: [['000_8e00d78a7fda13e9.txt', [99999]]] }))).toBeNull();
  });

  it('round-trips search results for any small corpus', () => {
    const word = fc.constantFrom(
      'energy',
      'Kyiv',
      'Zelensky',
      'Zelenskyy',
      'Zleneksy',
      'talks',
      'Qatar',
      'Київ',
      'the',
    );
    const text = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));
    const document = fc.record({
      title: text,
      body: text,
      notes: text,
      tags: fc.subarray(['energy', 'energy/refineries', 'war']),
      outlet: fc.option(fc.constantFrom('Kyiv Post', 'The Moscow Times'), { nil: undefined }),
      publishedAt: fc.option(fc.constantFrom('2024-10-16', '2025-03-07'), { nil: undefined }),
    });
    const query = fc.constantFrom(
      'energy',
      'Zelensky',
      'zelen',
      'talks OR Qatar',
      'energy -Kyiv',
      'tag:energy',
      'київ after:2025-01-01',
      'the',
    );
    fc.assert(
      fc.property(fc.array(document, { maxLength: 8 }), fc.array(query, { minLength: 1, maxLength: 4 }), (docs, qs) => {
        const index = new ArticleIndex({ fingerprint: 'p' });
        docs.forEach((d, i) => index.add({ id: `doc-${i}`, ...d } as SearchDocument));
        if (docs.length > 1) index.remove('doc-0');
        const loaded = ArticleIndex.load(stored(index), 'p');
        expect(loaded).not.toBeNull();
        for (const q of qs) expect(loaded!.search(q)).toEqual(index.search(q));
      }),
      { numRuns: 60 },
    );
  });
});
