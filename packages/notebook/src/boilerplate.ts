// Lines that recur across many of the notebook's own articles are outlet
// boilerplate ("Share this post:", a newsletter footer), whatever they say.
import { normalizeBoilerplateLine } from './import/index.js';
import type { NotebookState } from './notebook.js';

/** A line must recur in this many articles before it counts as boilerplate. */
export const BOILERPLATE_MIN_ARTICLES = 3;
/** Above this many articles the scan would slow every import; later work can keep counts incrementally. */
const MAX_ARTICLES_SCANNED = 2000;

/** Each article's short lines, normalised, kept per notebook so a batch does not re-read what it saw. */
const linesCache = new WeakMap<NotebookState, Map<string, { updatedAt: string; lines: string[] }>>();

async function shortLinesOf(state: NotebookState, id: string, updatedAt: string): Promise<string[]> {
  let cache = linesCache.get(state);
  if (!cache) linesCache.set(state, (cache = new Map()));
  const cached = cache.get(id);
  if (cached?.updatedAt === updatedAt) return cached.lines;
  const article = await state.article(id);
  // Long lines are sentences; two re-reports of one story may share them verbatim.
  const short = article.blocks.filter((b) => b.text.length <= 160);
  const lines = [...new Set(short.map((b) => normalizeBoilerplateLine(b.text)).filter(Boolean))];
  cache.set(id, { updatedAt, lines });
  return lines;
}

export async function collectBoilerplate(state: NotebookState): Promise<Set<string>> {
  const seen = new Map<string, number>();
  for (const entry of state.data.articles.slice(-MAX_ARTICLES_SCANNED)) {
    let lines;
    try {
      lines = await shortLinesOf(state, entry.id, entry.updatedAt);
    } catch {
      continue;
    }
    for (const line of lines) seen.set(line, (seen.get(line) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= BOILERPLATE_MIN_ARTICLES).map(([line]) => line));
}
