// The search figure, fair to both engines: every query is first asked of both
// untimed, so that each engine's files are as warm in the OS's cache as the
// other's (FTS5's database just built, or read cold from the cache folder, is
// not), and then, timed, of the FTS5 baseline and of Dossier one right after
// the other, so both meet the same load on a busy machine. The full benchmark
// and `pnpm bench:search` measure search this one way.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { BenchQuery, QueryKind } from './queries.js';
import { SEARCH_SQL } from './fts5.js';
import { now, percentiles, type Percentiles } from './stats.js';

/** Answers one query and says how many results it found. */
export type SearchEngineCall = (query: BenchQuery) => number | Promise<number>;

export interface InTurnFigures {
  dossier: Percentiles;
  dossierByKind: Record<string, Percentiles>;
  dossierEmpty: number;
  fts5: Percentiles;
  fts5Empty: number;
  /** Each query's fastest of this many askings of each engine (1: each asked once). */
  repeat: number;
}

/** The baseline's search over an FTS5 database: top 20 by bm25 with snippets, one cached statement. */
export function fts5Search(db: DatabaseSync): SearchEngineCall {
  const statement: StatementSync = db.prepare(SEARCH_SQL);
  return (query) => statement.all(query.fts).length;
}

/**
 * Times every query of `queries` on both engines in turn, FTS5 first, after one untimed round of them all.
 *
 * @example
 * await searchInTurn(queries, fts5Search(db), async (q) => (await search(q.text)).length, 1)
 * // => { dossier: { p50, p95, p99, count: 500 }, fts5: { … }, dossierEmpty: 1, fts5Empty: 27, … }
 */
export async function searchInTurn(
  queries: readonly BenchQuery[],
  fts5: SearchEngineCall,
  dossier: SearchEngineCall,
  repeat = 1,
): Promise<InTurnFigures> {
  const byKind = new Map<QueryKind, number[]>();
  const dossierSamples: number[] = [];
  const fts5Samples: number[] = [];
  let dossierEmpty = 0;
  let fts5Empty = 0;
  for (const query of queries) {
    await fts5(query);
    await dossier(query);
  }
  for (const query of queries) {
    let fastestFts5 = Infinity;
    let fastestDossier = Infinity;
    for (let round = 0; round < repeat; round++) {
      let start = now();
      const fts5Found = await fts5(query);
      fastestFts5 = Math.min(fastestFts5, now() - start);
      start = now();
      const dossierFound = await dossier(query);
      fastestDossier = Math.min(fastestDossier, now() - start);
      if (round === 0 && !fts5Found) fts5Empty++;
      if (round === 0 && !dossierFound) dossierEmpty++;
    }
    fts5Samples.push(fastestFts5);
    dossierSamples.push(fastestDossier);
    byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), fastestDossier]);
  }
  return {
    dossier: percentiles(dossierSamples),
    dossierByKind: Object.fromEntries([...byKind].map(([kind, samples]) => [kind, percentiles(samples)])),
    dossierEmpty,
    fts5: percentiles(fts5Samples),
    fts5Empty,
    repeat,
  };
}
