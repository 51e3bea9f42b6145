// Citation keys for a brief's cited articles. A key is unique over the whole
// catalog (see citekey.ts in core), so computing it looks at every article;
// but only articles that share a cited article's base key can change it, and
// an article's base key is remembered for as long as its catalog entry lives
// (the notebook replaces an entry to change it). So a brief of 1,000 quotes
// at 100,000 articles computes ~1,000 keys, not 100,000.
import { baseCitekey, citekeys, type CitableArticle } from '@dossier/core';

const baseKeys = new WeakMap<CitableArticle, string>();

function baseOf(article: CitableArticle): string {
  let key = baseKeys.get(article);
  if (key === undefined) baseKeys.set(article, (key = baseCitekey(article)));
  return key;
}

/** The keys of the articles `ids`, exactly as `citekeys(catalog)` gives them. */
export function citekeysOf(catalog: readonly CitableArticle[], ids: ReadonlySet<string>): Map<string, string> {
  const wanted = new Set<string>();
  for (const article of catalog) if (ids.has(article.id)) wanted.add(baseOf(article));
  const sharing = catalog.filter((article) => wanted.has(baseOf(article)));
  const keys = citekeys(sharing);
  for (const id of keys.keys()) if (!ids.has(id)) keys.delete(id);
  return keys;
}
