// What search sees of an article. Pure (no index, no folder), so the import
// threads can work out the terms of the articles they read (fts-columns.ts).
import { cleanText, type Annotation, type Article } from '@dossier/core';
import type { SearchDocument } from '@dossier/search';

/** What search sees of an article: clean text (no clutter), notes and tags (`own`: its highlights). */
export function documentOf(article: Article, own: readonly Annotation[]): SearchDocument {
  return {
    id: article.id,
    title: article.title,
    body: cleanText(article.blocks),
    notes: [article.note, ...own.map((a) => a.note)].filter(Boolean).join('\n'),
    tags: [...new Set(own.flatMap((a) => a.tags))],
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
  };
}
