// Run as a child process by the benchmark, so "cold" means a fresh Node:
// opens the notebook at argv[2], lists the library and answers the search in
// argv[3], then prints timings and memory as one JSON line. With argv[4] ===
// 'index-only' it loads only the saved search index, to tell the index's share
// of the memory.
import { dispatch } from '@dossier/core';
import { openNotebook, readSavedIndex } from '@dossier/notebook';

export interface ColdOpenFigures {
  /** openNotebook resolved. */
  openMs: number;
  /** …then articles.list answered (the library is usable). */
  libraryMs: number;
  /** …then a first search answered (search is usable). */
  searchMs: number;
  heapUsedMB: number;
  rssMB: number;
  articleCount: number;
}

export interface IndexMemoryFigures {
  indexHeapMB: number;
  loadMs: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function heapMB(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

async function coldOpen(dir: string, query: string): Promise<ColdOpenFigures> {
  const start = performance.now();
  const notebook = await openNotebook(dir);
  const openMs = performance.now() - start;
  const list = await dispatch(notebook.service, 'articles.list', {});
  if (!list.ok) throw new Error(list.error.message);
  const libraryMs = performance.now() - start;
  const hits = await dispatch(notebook.service, 'search.query', { q: query, limit: 20 });
  if (!hits.ok) throw new Error(hits.error.message);
  const searchMs = performance.now() - start;
  const figures = {
    openMs,
    libraryMs,
    searchMs,
    heapUsedMB: heapMB(),
    rssMB: process.memoryUsage().rss / 1e6,
    articleCount: (list.value as unknown[]).length,
  };
  await notebook.close();
  return figures;
}

async function indexOnly(dir: string): Promise<IndexMemoryFigures> {
  const before = heapMB();
  const start = performance.now();
  const index = await readSavedIndex(dir);
  const loadMs = performance.now() - start;
  if (!index) throw new Error(`no current search index saved in ${dir}`);
  const indexHeapMB = heapMB() - before;
  // Keeps the index reachable until it has been weighed.
  if (index.size < 0) console.log(index.size);
  return { indexHeapMB, loadMs };
}

const [dir, query, mode] = process.argv.slice(2);
if (!dir) {
  console.error('usage: cold-open <notebook dir> <query> [index-only]');
  process.exit(1);
}
const figures = mode === 'index-only' ? await indexOnly(dir) : await coldOpen(dir, query ?? 'jury');
console.log(JSON.stringify(figures));
