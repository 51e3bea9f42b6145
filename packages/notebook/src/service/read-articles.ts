// Reading many articles' files at once, as the brief does for every quoted
// article: one read after another waits for each file's open, stat, read and
// close in turn on the file-system threads, so a brief of 1,000 quotes from
// 1,000 articles spent most of its first render waiting. A few reads in flight
// keep those threads busy without opening a thousand files at once.
import type { Article } from '@dossier/core';

/** Reads in flight at once: libuv's default pool has 4 threads, and a few more keep them fed. */
export const READ_CONCURRENCY = 16;

/**
 * The articles with `ids`, in the order of `ids`; the first failed read fails the whole.
 *
 * @example
 * await readArticles((id) => state.article(id), ['a1', 'a2']) // => [article a1, article a2]
 */
export async function readArticles(
  read: (id: string) => Promise<Article>,
  ids: readonly string[],
  concurrency = READ_CONCURRENCY,
): Promise<Article[]> {
  const articles = new Array<Article>(ids.length);
  let next = 0;
  const reader = async () => {
    while (next < ids.length) {
      const at = next++;
      articles[at] = await read(ids[at]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, reader));
  return articles;
}
