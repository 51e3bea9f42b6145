// Dossier's own figures, measured through its public API only — open a
// notebook, call methods through `dispatch` as every transport does — so the
// benchmark measures whatever storage and search the notebook package has.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch, type Method, type MethodParams, type MethodOutput } from '@dossier/core';
import { openNotebook, refreshSearchPostings, type Notebook } from '@dossier/notebook';
import { BRIEF_TAG, type BenchArticle } from './generate.js';
import type { BenchQuery } from './queries.js';
import { searchInTurn, type SearchEngineCall } from './search-in-turn.js';
import { now, percentiles, timeEach, type Percentiles } from './stats.js';

export interface DossierFigures {
  importArticlesPerSecond: number;
  importMs: number;
  /** Highlights stored when the saves below were timed (fewer than wanted when seeding ran out of time). */
  highlightsStored: number;
  highlightsWanted: number;
  /** annotations.create, each acknowledged after its durable save, with `highlightsStored` already there. */
  save: Percentiles;
  /** Seeding: W3C Web Annotation files of `seedingBatch` highlights each, through annotations.importW3c. */
  seeding: { ms: number; calls: number; batch: number; perCall: Percentiles };
  seedingStoppedEarly: boolean;
  /** search.query, top 20 with snippets, the whole query mix, each query right after FTS5 was asked it. */
  search: Percentiles;
  searchByKind: Record<string, Percentiles>;
  emptyQueries: number;
  /** The baseline's answers to the same queries, asked in turn with Dossier's. */
  fts5Search: Percentiles;
  fts5EmptyQueries: number;
  brief: Percentiles;
  briefQuotes: number;
  /** Writing the pruned ranking's postings file before search is timed (what the app does when idle). */
  postings: { ready: boolean; ms: number };
}

export interface DossierOptions {
  /** Stop seeding highlights after this long; the rest of the run still measures at the count reached. */
  seedingBudgetMs: number;
  /** Articles per articles.import call. */
  importBatch?: number;
  /** Highlights per annotations.importW3c call while seeding. */
  seedingBatch?: number;
  /** Saves timed once seeding is done. */
  timedSaves?: number;
  onProgress?: (line: string) => void;
  /** The FTS5 baseline's search, asked each query right before Dossier is. */
  fts5Search: SearchEngineCall;
}

async function call<M extends Method>(notebook: Notebook, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(notebook.service, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/** Builds the notebook at `dir` by importing `articles`, then measures saves, search and the brief there. */
export async function measureDossier(
  articles: readonly BenchArticle[],
  queries: readonly BenchQuery[],
  dir: string,
  options: DossierOptions,
): Promise<DossierFigures> {
  const progress = options.onProgress ?? (() => {});
  rmSync(dir, { recursive: true, force: true });
  const ids: string[] = [];
  const batch = options.importBatch ?? 1000;
  let notebook = await openNotebook(dir, { create: true });
  let start = now();
  for (let at = 0; at < articles.length; at += batch) {
    const files = articles.slice(at, at + batch).map((a) => ({
      name: a.fileName,
      dataBase64: Buffer.from(a.text, 'utf8').toString('base64'),
    }));
    const results = await call(notebook, 'articles.import', { files });
    for (const r of results) {
      if (r.status !== 'imported' || !r.articleId)
        throw new Error(`import of ${r.name}: ${r.status} ${r.message ?? ''}`);
      ids.push(r.articleId);
    }
    if ((at / batch) % 10 === 9) progress(`imported ${ids.length} articles`);
  }
  // Persisting the index is part of the import: it is what the next open reads.
  await notebook.close();
  const importMs = now() - start;
  progress(`imported ${ids.length} articles in ${(importMs / 1000).toFixed(1)} s`);

  notebook = await openNotebook(dir);
  const timedSaves = Math.min(options.timedSaves ?? 200, articles.length);
  // The brief's highlights first, so the brief has its 1,000 quotes even if seeding stops early.
  const order = articles.map((_, i) => i);
  order.sort(
    (a, b) =>
      Number(articles[b]!.highlight.tags.includes(BRIEF_TAG)) - Number(articles[a]!.highlight.tags.includes(BRIEF_TAG)),
  );
  const createFor = (i: number) => {
    const { quote, tags } = articles[i]!.highlight;
    return call(notebook, 'annotations.create', { articleId: ids[i]!, quote, tags, note: '' });
  };
  // Seeded as a user with many highlights gets them into a notebook: Web Annotation files made by
  // another tool (or an earlier Dossier), each one call, one journal entry and one fsync.
  const hashes = new Map((await call(notebook, 'articles.list', {})).map((a) => [a.id, a.source.hash]));
  const w3cFile = (slice: readonly number[]) =>
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      items: slice.map((i) => ({
        type: 'Annotation',
        body: articles[i]!.highlight.tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
        target: {
          source: `urn:sha256:${hashes.get(ids[i]!)}`,
          selector: [{ type: 'TextQuoteSelector', exact: articles[i]!.highlight.quote }],
        },
      })),
    });
  const seedingBatch = options.seedingBatch ?? 5000;
  const perCall: number[] = [];
  const seedUntil = order.length - timedSaves;
  start = now();
  let stored = 0;
  let stoppedEarly = false;
  while (stored < seedUntil) {
    if (now() - start > options.seedingBudgetMs) {
      stoppedEarly = true;
      break;
    }
    const slice = order.slice(stored, Math.min(seedUntil, stored + seedingBatch));
    const t = now();
    const results = await call(notebook, 'annotations.importW3c', { json: w3cFile(slice) });
    perCall.push(now() - t);
    const refused = results.find((r) => r.status !== 'imported');
    if (refused) throw new Error(`seeding highlight ${refused.id}: ${refused.status} ${refused.message ?? ''}`);
    stored += slice.length;
    progress(`seeded ${stored} highlights`);
  }
  const seedingMs = now() - start;
  const timed = order.slice(stored, stored + timedSaves);
  const highlightsStored = stored;
  const save = await timeEach(timed, createFor);
  progress(`timed ${save.length} saves with ${highlightsStored} highlights stored`);

  // The app writes the pruned ranking's postings file once the notebook has been idle for 2 s; a
  // notebook searched this soon after seeding 100k highlights would be timed on FTS5 alone, which
  // no notebook in use for a while is. So the file is written now, as idle time would, and timed.
  await notebook.close();
  start = now();
  const postingsReady = await refreshSearchPostings(dir);
  const postingsMs = now() - start;
  progress(`postings file ${postingsReady ? 'written' : 'not written'} in ${(postingsMs / 1000).toFixed(1)} s`);
  notebook = await openNotebook(dir);

  // Each query asked of FTS5 and then of Dossier, so both meet the same load and file cache.
  const search = await searchInTurn(queries, options.fts5Search, async (q) => {
    const hits = await call(notebook, 'search.query', { q: q.text, tags: [], limit: 20 });
    return hits.length;
  });

  let briefQuotes = 0;
  const brief = await timeEach([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], async () => {
    const out = await call(notebook, 'brief.render', { tags: [BRIEF_TAG], articleIds: [], groupBy: 'tag' });
    briefQuotes = out.quoteCount;
  });
  await notebook.close();

  return {
    importArticlesPerSecond: articles.length / (importMs / 1000),
    importMs,
    highlightsStored,
    highlightsWanted: articles.length,
    save: percentiles(save),
    seeding: { ms: seedingMs, calls: perCall.length, batch: seedingBatch, perCall: percentiles(perCall) },
    seedingStoppedEarly: stoppedEarly,
    search: search.dossier,
    searchByKind: search.dossierByKind,
    emptyQueries: search.dossierEmpty,
    fts5Search: search.fts5,
    fts5EmptyQueries: search.fts5Empty,
    brief: percentiles(brief),
    briefQuotes,
    postings: { ready: postingsReady, ms: postingsMs },
  };
}

export function notebookDir(workDir: string): string {
  return join(workDir, 'notebook');
}
