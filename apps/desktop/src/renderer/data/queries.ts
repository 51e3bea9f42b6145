// One small hook per thing a view shows, each saying which changes make it stale.
import type { Annotation, Article, ArticleSummary, LinkView, MethodParams } from '@dossier/core';
import { useNotebookQuery, type QueryState } from './notebook-query.js';

export type ArticleFilter = MethodParams<'articles.list'>;

export function useArticles(filter: ArticleFilter = {}): QueryState<ArticleSummary[]> {
  return useNotebookQuery(`articles:${JSON.stringify(filter)}`, (client) => client.call('articles.list', filter), [
    'articles',
    'annotations',
    'tags',
  ]);
}

export function useArticle(id: string): QueryState<Article> {
  return useNotebookQuery(`article:${id}`, (client) => client.call('articles.get', { id }), ['articles'], id);
}

export function useAnnotations(articleId: string): QueryState<Annotation[]> {
  // Every change to an article's highlights names the article: others' changes leave these as they are.
  return useNotebookQuery(
    `annotations:${articleId}`,
    (client) => client.call('annotations.list', { articleId }),
    ['annotations', 'tags', 'articles'],
    articleId,
  );
}

export function useOrphans(): QueryState<Annotation[]> {
  return useNotebookQuery('orphans', (client) => client.call('annotations.list', { orphans: true }), [
    'annotations',
    'articles',
  ]);
}

export function useTags(): QueryState<{ path: string; count: number }[]> {
  return useNotebookQuery('tags', (client) => client.call('tags.list'), ['tags', 'annotations']);
}

export function useLinks(articleId: string): QueryState<{ outgoing: LinkView[]; incoming: LinkView[] }> {
  return useNotebookQuery(`links:${articleId}`, (client) => client.call('links.list', { articleId }), [
    'links',
    'articles',
    'annotations',
  ]);
}

export function useNotebookInfo() {
  return useNotebookQuery('info', (client) => client.call('notebook.info'), ['articles', 'annotations', 'notebook']);
}

/** Each outlet with its article count, most first: the outlet filters, without the whole article list. */
export function useOutlets(): QueryState<{ outlet: string; count: number }[]> {
  return useNotebookQuery('outlets', (client) => client.call('articles.outlets'), ['articles']);
}
