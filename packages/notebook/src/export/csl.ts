// Articles' metadata as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
// what Zotero imports and Pandoc's citeproc reads (`--bibliography dossier.json`).
// Each item's id is the article's citation key, the same key a Pandoc brief cites.
import { citekeys, creatorsOf, type Article, type Creator } from '@dossier/core';
import type { ExportData } from './selection.js';

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage' | 'document';
  title: string;
  'container-title'?: string;
  author?: Creator[];
  issued?: { 'date-parts': number[][] } | { raw: string };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  language?: string;
  note?: string;
}

/** `2015-07-24T05:36:09+01:00` → [[2015, 7, 24]]; a date we cannot read is kept raw. */
export function dateParts(value: string): { 'date-parts': number[][] } | { raw: string } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value.trim());
  if (!match) return { raw: value };
  return { 'date-parts': [match.slice(1).filter(Boolean).map(Number)] };
}

export function toCslItem(article: Article, key: string): CslItem {
  const authors = creatorsOf(article);
  return {
    id: key,
    type: article.source.fileName.toLowerCase().endsWith('.pdf')
      ? 'document'
      : article.outlet
        ? 'article-newspaper'
        : 'webpage',
    title: article.title,
    ...(article.outlet ? { 'container-title': article.outlet } : {}),
    ...(authors.length ? { author: authors } : {}),
    ...(article.publishedAt ? { issued: dateParts(article.publishedAt) } : {}),
    accessed: dateParts(article.importedAt) as { 'date-parts': number[][] },
    ...(article.url ? { URL: article.url } : {}),
    ...(article.language ? { language: article.language } : {}),
  };
}

export function renderCsl(data: ExportData): string {
  const keys = citekeys(data.catalog);
  const items = data.articles.map((a) => toCslItem(a, keys.get(a.id) ?? a.id));
  return `${JSON.stringify(items, null, 2)}\n`;
}
