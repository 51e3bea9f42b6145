// Lines that recur across the notebook's own articles are outlet boilerplate
// ("Share this post:", a newsletter footer), whatever they say. An outlet
// repeats its furniture in every article it publishes, so within one outlet
// (by the article's outlet, or its address's host) two articles are enough;
// across outlets a line must recur more often, since two re-reports of one
// story may share a short quote.
import type { Block } from '@dossier/core';
import { normalizeBoilerplateLine, REPEATED_REASON } from './import/index.js';
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

/** The short lines of an article's blocks, normalised, and those of them that look like furniture. */
export function shortLinesOf(blocks: readonly Block[]): { lines: string[]; furniture: Set<string> } {
  // Long lines are sentences; two re-reports of one story may share them verbatim.
  const short = blocks.filter((b) => b.text.length <= 160);
  const lines = [...new Set(short.map((b) => normalizeBoilerplateLine(b.text)).filter(Boolean))];
  const furniture = new Set(short.filter((b) => isFurnitureLike(b.text)).map((b) => normalizeBoilerplateLine(b.text)));
  return { lines, furniture };
}

/**
 * Remembers the short lines of an article just stored, as they were counted
 * where it was read (`shortLinesOf` of its blocks, which reads only their
 * text): the next batch's count finds them here instead of reading the
 * article back and normalising its lines again, while the import threads wait.
 */
export function rememberLines(
  state: NotebookState,
  article: { id: string; updatedAt: string },
  counted: { lines: string[]; furniture: Set<string> },
): void {
  let cache = linesCache.get(state);
  if (!cache) linesCache.set(state, (cache = new Map()));
  cache.set(article.id, { updatedAt: article.updatedAt, ...counted });
}

async function storedLinesOf(state: NotebookState, id: string, updatedAt: string): Promise<ArticleLines> {
  let cache = linesCache.get(state);
  if (!cache) linesCache.set(state, (cache = new Map()));
  const cached = cache.get(id);
  if (cached?.updatedAt === updatedAt) return cached;
  const entry = { updatedAt, ...shortLinesOf((await state.article(id)).blocks) };
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

/** How many articles hold each short line, across the notebook and within each outlet. */
export class LineCounts {
  private readonly seen = new Map<string, number>();
  private readonly seenInOutlet = new Map<string, number>();

  /**
   * Counts one article. With `onlyFurniture`, its sentences are left out: an
   * import batch often holds several re-reports of one wire story, which share
   * short sentences that are body, not furniture.
   */
  add(article: { lines: string[]; furniture: ReadonlySet<string> }, outlet?: string, onlyFurniture = false): void {
    for (const line of article.lines) {
      const isFurniture = article.furniture.has(line);
      if (onlyFurniture && !isFurniture) continue;
      this.seen.set(line, (this.seen.get(line) ?? 0) + 1);
      if (outlet && isFurniture) {
        const key = `${outlet}\n${line}`;
        this.seenInOutlet.set(key, (this.seenInOutlet.get(key) ?? 0) + 1);
      }
    }
  }

  /** The lines that recur often enough to be boilerplate. */
  boilerplate(): Set<string> {
    const found = new Set([...this.seen].filter(([, n]) => n >= BOILERPLATE_MIN_ARTICLES).map(([line]) => line));
    for (const [key, n] of this.seenInOutlet) {
      if (n >= BOILERPLATE_MIN_OUTLET_ARTICLES) found.add(key.slice(key.indexOf('\n') + 1));
    }
    return found;
  }
}

/** The short lines of the notebook's (most recent) articles, counted. */
export async function countNotebookLines(state: NotebookState): Promise<LineCounts> {
  const counts = new LineCounts();
  for (const entry of state.data.articles.slice(-MAX_ARTICLES_SCANNED)) {
    try {
      counts.add(await storedLinesOf(state, entry.id, entry.updatedAt), outletOf(entry));
    } catch {
      continue;
    }
  }
  return counts;
}

/**
 * Marks the blocks no rule has marked yet whose line is boilerplate, as
 * `detectClutter` does with the boilerplate it is given; for lines that became
 * boilerplate only once the rest of an import batch was read.
 */
export function markRepeated(blocks: readonly Block[], boilerplate: ReadonlySet<string>): Block[] {
  return blocks.map((block) =>
    !block.clutter && boilerplate.has(normalizeBoilerplateLine(block.text))
      ? { ...block, clutter: { reason: REPEATED_REASON } }
      : block,
  );
}
