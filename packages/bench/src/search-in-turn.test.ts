import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { readBrownCorpus } from './brown.js';
import { buildFts5, SEARCH_SQL } from './fts5.js';
import { generateArticle } from './generate.js';
import { benchQueries, type BenchQuery } from './queries.js';
import { fts5Search, searchInTurn } from './search-in-turn.js';

describe('the search figure, fair to both engines', () => {
  const samples = readBrownCorpus();
  const articles = Array.from({ length: 40 }, (_, i) => generateArticle(samples, i, 40));
  const queries = benchQueries(articles, 30);
  const db = new DatabaseSync(':memory:');
  buildFts5(db, articles);

  it('asks every query of both engines once untimed, then of FTS5 and right after of Dossier, one query at a time', async () => {
    const asked: string[] = [];
    const baseline = fts5Search(db);
    const figures = await searchInTurn(
      queries,
      (q) => {
        asked.push(`fts5 ${q.text}`);
        return baseline(q);
      },
      (q) => {
        asked.push(`dossier ${q.text}`);
        return 1;
      },
    );
    const oneRound = queries.flatMap((q) => [`fts5 ${q.text}`, `dossier ${q.text}`]);
    expect(asked).toEqual([...oneRound, ...oneRound]);
    expect(figures.fts5.count).toBe(queries.length);
    expect(figures.dossier.count).toBe(queries.length);
    expect(Object.values(figures.dossierByKind).reduce((n, p) => n + p.count, 0)).toBe(queries.length);
  });

  it('counts the queries each engine found nothing for, FTS5 by its own answers', async () => {
    const findsNothing = (q: BenchQuery) => db.prepare(SEARCH_SQL).all(q.fts).length === 0;
    const figures = await searchInTurn(queries, fts5Search(db), (q) => (q.kind === 'misspelled' ? 0 : 3));
    expect(figures.fts5Empty).toBe(queries.filter(findsNothing).length);
    expect(figures.dossierEmpty).toBe(queries.filter((q) => q.kind === 'misspelled').length);
    expect(figures.fts5Empty).toBeGreaterThan(0);
  });

  it('keeps the fastest of several askings of each query when asked to repeat', async () => {
    let call = 0;
    // Each query's first timed asking is slow, the second fast: the fastest is what counts.
    const slowThenFast = () => {
      call++;
      if (call > queries.length && (call - queries.length) % 2 === 1) {
        const until = performance.now() + 40;
        while (performance.now() < until);
      }
      return 1;
    };
    const figures = await searchInTurn(queries, fts5Search(db), slowThenFast, 2);
    expect(figures.repeat).toBe(2);
    expect(figures.dossier.p99).toBeLessThan(40);
  });
});
