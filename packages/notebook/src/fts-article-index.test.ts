import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeSearchEngine } from '../../search/test/search-engine-spec.js';
import { FtsArticleIndex } from './fts-article-index.js';

// The same specification as minisearch's ArticleIndex.
describeSearchEngine('FtsArticleIndex', () => FtsArticleIndex.open(':memory:'));

describe('FtsArticleIndex: a word being typed', () => {
  it('finds by a prefix that one indexed term completes, and again once another term shares the prefix', () => {
    const index = FtsArticleIndex.open(':memory:');
    index.add({ id: 'a', title: '', body: 'However the talks went on.', notes: '', tags: [] });
    expect(index.search('howev').map((h) => [h.id, h.terms, h.queryTerms])).toEqual([['a', ['however'], ['howev']]]);
    index.add({ id: 'b', title: '', body: 'A howevering sort of reply.', notes: '', tags: [] });
    expect(
      index
        .search('howev')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['a', 'b']);
    index.remove('a');
    expect(index.search('howev').map((h) => [h.id, h.terms])).toEqual([['b', ['howevering']]]);
    index.close();
  });
});

describe('FtsArticleIndex: a name most articles hold, and rarer spellings of it', () => {
  it('ranks the articles holding it as typed first, every one with a score well above 0', () => {
    const index = FtsArticleIndex.open(':memory:');
    const body = (name: string) => `Talks on the energy sites went on, ${name} said after the call with Doha.`;
    index.add({ id: 'exact-1', title: '', body: body('Zelensky'), notes: '', tags: [] });
    index.add({ id: 'exact-2', title: '', body: body('Zelensky'), notes: '', tags: [] });
    index.add({ id: 'exact-3', title: '', body: body('Zelensky'), notes: '', tags: [] });
    index.add({ id: 'variant', title: '', body: body('Zleneksy'), notes: '', tags: [] });
    index.add({ id: 'other', title: '', body: 'Nothing about the talks here.', notes: '', tags: [] });
    // FTS5's bm25 alone gives "zelensky" (in 3 of 5) an idf of 1e-6: ~0, below the rare misspelling.
    const hits = index.search('Zelensky');
    expect(hits.map((h) => h.id)).toEqual(['exact-1', 'exact-2', 'exact-3', 'variant']);
    for (const hit of hits) expect(hit.score, hit.id).toBeGreaterThan(0.1);
    expect(hits[3]!.score).toBeLessThan(hits[2]!.score);
    index.close();
  });
});

describe('FtsArticleIndex: on disk', () => {
  const dirs: string[] = [];
  const fileIn = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-fts-'));
    dirs.push(dir);
    return join(dir, 'search.sqlite');
  };
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('reopens with its articles, vocabulary and fingerprint, answering as before', async () => {
    const path = await fileIn();
    const index = FtsArticleIndex.open(path);
    index.add({ id: 'a', title: 'Talks', body: 'President Zelenskyi spoke in Doha.', notes: '', tags: ['energy'] });
    index.add({ id: 'b', title: 'Strikes', body: 'Refineries burned near Kyiv.', notes: '', tags: [] });
    const before = index.search('Zelensky tag:energy');
    index.markCurrent('rev-2');
    index.close();

    const again = FtsArticleIndex.open(path, { readOnly: true });
    expect(again.size).toBe(2);
    expect(again.fingerprint).toBe('rev-2');
    expect(again.documentFrequency('zelenskyi')).toBe(1);
    expect(again.search('Zelensky tag:energy')).toEqual(before);
    expect(before.map((h) => h.terms)).toEqual([['zelenskyi']]);
    again.close();
  });

  it('forgets its fingerprint at the first change, so a crash before the next mark reads as stale', async () => {
    const path = await fileIn();
    const index = FtsArticleIndex.open(path);
    index.markCurrent('rev-1');
    index.add({ id: 'a', title: '', body: 'text', notes: '', tags: [] });
    // Not closed: as if the process died here.
    const reader = FtsArticleIndex.open(path, { readOnly: true });
    expect(reader.fingerprint).toBe('');
    reader.close();
    index.close();
  });

  it('keeps nothing of a batch that failed', async () => {
    const index = FtsArticleIndex.open(await fileIn());
    index.add({ id: 'a', title: '', body: 'kremlin', notes: '', tags: [] });
    expect(() =>
      index.batch(() => {
        index.add({ id: 'b', title: '', body: 'kremlin refineries', notes: '', tags: [] });
        index.add({ id: 'a', title: '', body: 'again', notes: '', tags: [] });
      }),
    ).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(index.size).toBe(1);
    expect(index.search('refineries')).toEqual([]);
    expect(index.documentFrequency('kremlin')).toBe(1);
    index.close();
  });
});
