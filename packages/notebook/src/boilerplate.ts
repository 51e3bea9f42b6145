// Lines that recur across the notebook's own articles are outlet boilerplate
// ("Share this post:", a newsletter footer), whatever they say. An outlet
// repeats its furniture in every article it publishes, so within one outlet
// (by the article's outlet, or its address's host) two articles are enough;
// across outlets a line must recur more often, since two re-reports of one
// story may share a short quote.
import { normalizeBoilerplateLine } from './import/index.js';
import type { NotebookState } from './notebook.js';

/** A line must recur in this many articles before it counts as boilerplate. */
export const BOILERPLATE_MIN_ARTICLES = 3;
/** …or in this many articles of one outlet. */
export const BOILERPLATE_MIN_OUTLET_ARTICLES = 2;
/**
 * Furniture is a label, a heading, a short call ("Listen to our podcast"):
 * not a sentence of more than a few words, which one outlet may well repeat
 * in two reports of one story.
 */
function isFurnitureLike(text: string): boolean {
  return text.length <= 100 && (!/[.!?…]["”»)]?$/u.test(text.trim()) || text.split(/\s+/u).length <= 5);
}
/** Above this many articles the scan would slow every import; later work can keep counts incrementally. */
const MAX_ARTICLES_SCANNED = 2000;

/** Each article's short lines, normalised, kept per notebook so a batch does not re-read what it saw. */
interface ArticleLines {
  updatedAt: string;
  /** Short lines, normalised. */
  lines: string[];
  /** Those of them that look like furniture rather than sentences. */
  furniture: Set<string>;
}
const linesCache = new WeakMap<NotebookState, Map<string, ArticleLines>>();

async function shortLinesOf(state: NotebookState, id: string, updatedAt: string): Promise<ArticleLines> {
  let cache = linesCache.get(state);
  if (!cache) linesCache.set(state, (cache = new Map()));
  const cached = cache.get(id);
  if (cached?.updatedAt === updatedAt) return cached;
  const article = await state.article(id);
  // Long lines are sentences; two re-reports of one story may share them verbatim.
  const short = article.blocks.filter((b) => b.text.length <= 160);
  const lines = [...new Set(short.map((b) => normalizeBoilerplateLine(b.text)).filter(Boolean))];
  const furniture = new Set(short.filter((b) => isFurnitureLike(b.text)).map((b) => normalizeBoilerplateLine(b.text)));
  const entry = { updatedAt, lines, furniture };
  cache.set(id, entry);
  return entry;
}

/**
 * Who published an article, as far as the notebook knows: its outlet, else the
 * host of its address; undefined when neither is known.
 *
 * @example
 * outletOf({ url: 'https://www.euronews.com/2020/07/26/x' }) // => 'euronews.com'
 */
export function outletOf(entry: { outlet?: string; url?: string }): string | undefined {
  if (entry.outlet?.trim()) return entry.outlet.trim().toLowerCase();
  if (!entry.url) return undefined;
  try {
    return new URL(entry.url).hostname.replace(/^www\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

export async function collectBoilerplate(state: NotebookState): Promise<Set<string>> {
  const seen = new Map<string, number>();
  const seenInOutlet = new Map<string, number>();
  for (const entry of state.data.articles.slice(-MAX_ARTICLES_SCANNED)) {
    let lines, furniture;
    try {
      ({ lines, furniture } = await shortLinesOf(state, entry.id, entry.updatedAt));
    } catch {
      continue;
    }
    const outlet = outletOf(entry);
    for (const line of lines) {
      seen.set(line, (seen.get(line) ?? 0) + 1);
      if (outlet && furniture.has(line)) {
        const key = `${outlet}\n${line}`;
        seenInOutlet.set(key, (seenInOutlet.get(key) ?? 0) + 1);
      }
    }
  }
  const found = new Set([...seen].filter(([, n]) => n >= BOILERPLATE_MIN_ARTICLES).map(([line]) => line));
  for (const [key, n] of seenInOutlet) if (n >= BOILERPLATE_MIN_OUTLET_ARTICLES) found.add(key.split('\n')[1]!);
  return found;
}
