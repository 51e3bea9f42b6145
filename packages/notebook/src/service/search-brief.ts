// Reading across the notebook: search with snippets, and the Markdown brief.
import {
  cleanTextMap,
  renderBrief,
  type Annotation,
  type MethodInput,
  type MethodOutput,
  type SearchHit,
} from '@dossier/core';
import { makeSnippet, parseQuery } from '@dossier/search';
import type { NotebookState } from '../notebook.js';
import { citekeysOf } from './brief-citekeys.js';
import { readArticles } from './read-articles.js';

export async function searchArticles(state: NotebookState, input: MethodInput<'search.query'>): Promise<SearchHit[]> {
  const parsed = parseQuery(input.q);
  const options = {
    tags: [...input.tags, ...(parsed.options.tags ?? [])],
    outlet: input.outlet ?? parsed.options.outlet,
    from: input.from ?? parsed.options.from,
    to: input.to ?? parsed.options.to,
    limit: input.limit,
  };
  await state.search.ready(state);
  const hits = state.search.engine.search(input.q, options);
  const results: SearchHit[] = [];
  const shown = hits.slice(0, input.limit);
  // Read side by side: one after the other, each read waited its turn on the
  // file-system threads, and on a busy machine twenty such waits cost more
  // than the search itself. An unreadable article is left out of the hits.
  const articles = await Promise.all(shown.map((hit) => state.article(hit.id).catch(() => null)));
  for (const [i, hit] of shown.entries()) {
    const article = articles[i];
    if (!article) continue;
    const clean = cleanTextMap(article.blocks);
    const snippet = makeSnippet(clean.text, hit.terms);
    results.push({
      articleId: article.id,
      title: article.title,
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      source: article.source.fileName,
      score: hit.score,
      snippet: snippet.snippet,
      marks: snippet.marks,
      matches: snippet.matches.map(([s, e]) => [clean.toCanonical(s), clean.toCanonical(e)] as [number, number]),
      terms: hit.terms,
    });
  }
  return results;
}

/** Selection criteria combine with AND; no criteria selects every highlight. */
export async function renderNotebookBrief(
  state: NotebookState,
  selection: MethodInput<'brief.render'>,
): Promise<MethodOutput<'brief.render'>> {
  let chosen: Annotation[] = state.data.annotations;
  if (selection.tags.length) {
    // A tag or any tag under it; the prefixes are made once, not once per highlight (100k at scale).
    const under = selection.tags.map((wanted) => `${wanted}/`);
    const wanted = new Set(selection.tags);
    chosen = chosen.filter((a) => a.tags.some((t) => wanted.has(t) || under.some((prefix) => t.startsWith(prefix))));
  }
  if (selection.articleIds.length) {
    const ids = new Set(selection.articleIds);
    chosen = chosen.filter((a) => ids.has(a.articleId));
  }
  if (selection.query?.trim()) {
    const hits = await searchArticles(state, { q: selection.query, tags: [], limit: 1000 });
    const ids = new Set(hits.map((h) => h.articleId));
    chosen = chosen.filter((a) => ids.has(a.articleId));
  }
  // Only the quoted articles are looked up, in catalog order; the catalog itself is never walked.
  const articleIds = [...new Set(chosen.map((a) => a.articleId))]
    .map((id) => ({ id, at: state.lookup.indexOf(id) }))
    .sort((a, b) => a.at - b.at)
    .map(({ id }) => id);
  const articles = await readArticles((id) => state.article(id), articleIds);
  const cited = new Set(articleIds);
  const links = state.data.links.filter((l) => cited.has(l.from.articleId) && cited.has(l.to.articleId));
  return renderBrief({
    selection,
    articles,
    annotations: chosen,
    links,
    generatedAt: new Date().toISOString(),
    // Keys as over the whole catalog, so they match the CSL-JSON/BibTeX export whatever the brief selects.
    ...(selection.citations === 'pandoc' ? { citekeys: citekeysOf(state.data.articles, cited) } : {}),
  });
}
