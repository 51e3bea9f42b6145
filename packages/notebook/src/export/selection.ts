// What an export covers, read from the notebook: the chosen annotations, their
// articles (or the chosen articles), and the links among those articles.
import type { Annotation, Article, Link, MethodInput } from '@dossier/core';
import type { NotebookState } from '../notebook.js';

export interface ExportData {
  /** In notebook order. */
  articles: Article[];
  annotations: Annotation[];
  links: Link[];
  /** Every article of the notebook (without bodies), for citation keys that do not depend on the selection. */
  catalog: NotebookState['data']['articles'];
}

/**
 * Annotations: those named, else those with a selected tag (or below it), else
 * all of the selected articles. Articles: those named, else — when annotations
 * or tags were chosen — the articles of the chosen annotations, else all.
 */
export async function selectForExport(
  state: NotebookState,
  input: Pick<MethodInput<'export.render'>, 'articleIds' | 'annotationIds' | 'tags'>,
): Promise<ExportData> {
  const catalog = state.data.articles;
  let annotations = state.data.annotations;
  if (input.annotationIds.length) {
    const ids = new Set(input.annotationIds);
    annotations = annotations.filter((a) => ids.has(a.id));
  }
  if (input.tags.length) {
    annotations = annotations.filter((a) =>
      a.tags.some((t) => input.tags.some((wanted) => t === wanted || t.startsWith(`${wanted}/`))),
    );
  }
  let articleIds: Set<string>;
  if (input.articleIds.length) {
    for (const id of input.articleIds) state.entry(id);
    articleIds = new Set(input.articleIds);
    annotations = annotations.filter((a) => articleIds.has(a.articleId));
  } else if (input.annotationIds.length || input.tags.length) {
    articleIds = new Set(annotations.map((a) => a.articleId));
  } else {
    articleIds = new Set(catalog.map((a) => a.id));
  }
  const articles: Article[] = [];
  for (const entry of catalog) if (articleIds.has(entry.id)) articles.push(await state.article(entry.id));
  const order = new Map(catalog.map((a, i) => [a.id, i]));
  annotations = [...annotations].sort(
    (a, b) =>
      (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) ||
      a.target.position.start - b.target.position.start ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const links = state.data.links.filter((l) => articleIds.has(l.from.articleId) && articleIds.has(l.to.articleId));
  return { articles, annotations, links, catalog };
}
