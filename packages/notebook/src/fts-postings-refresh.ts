// Writing a closed notebook's postings file for the pruned ranking right away
// instead of when the open app is next idle: for the benchmark, which times
// search on a notebook it has just imported.
import { join } from 'node:path';
import { FtsArticleIndex } from './fts-article-index.js';
import { INDEX_FILE } from './search-sync.js';

/**
 * Writes the postings file of the notebook at `dir` (not open elsewhere) if it
 * is missing, stale or far behind its search index; resolves to whether
 * searches will rank over it.
 *
 * @example
 * await refreshSearchPostings('/notebooks/research') // => true
 */
export async function refreshSearchPostings(dir: string): Promise<boolean> {
  const index = FtsArticleIndex.open(join(dir, INDEX_FILE));
  try {
    return await index.refreshPostings();
  } finally {
    index.close();
  }
}
