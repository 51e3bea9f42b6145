// Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
// JSON-LD in the standard context. Each annotation targets its article's text
// with both a TextPositionSelector and a TextQuoteSelector (what Dossier stores);
// the note is a TextualBody that comments, each tag a TextualBody that tags.
// The article is named by the sha256 of the file it was imported from (so the
// same file in another notebook is found again), with its URL as a fallback;
// colour and orphan state, which the model has no term for, use a `dossier:`
// prefix declared in the context. Everything Dossier knows survives a round trip.
import type { Annotation, Article } from '@dossier/core';
import type { ExportData } from './selection.js';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const DOSSIER_VOCAB = 'urn:dossier:vocab:';
export const ANNOTATION_URN = 'urn:dossier:annotation:';

export interface W3cSelector {
  type: 'TextPositionSelector' | 'TextQuoteSelector';
  start?: number;
  end?: number;
  exact?: string;
  prefix?: string;
  suffix?: string;
}

export interface W3cAnnotation {
  '@context'?: unknown;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'tagging';
  created: string;
  modified: string;
  body?: { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging'; format?: string }[];
  target: {
    source: string;
    /** Where the same article can be found on the web, when known. */
    'dossier:url'?: string;
    'dossier:title'?: string;
    selector: W3cSelector[];
  };
  'dossier:color': string;
  'dossier:orphan': boolean;
}

/** The article's identity across notebooks: the sha256 of the imported bytes. */
export function articleSource(article: Pick<Article, 'source'>): string {
  return `urn:sha256:${article.source.hash}`;
}

export function toW3cAnnotation(annotation: Annotation, article: Article): W3cAnnotation {
  const { position, quote } = annotation.target;
  const body: NonNullable<W3cAnnotation['body']> = [];
  if (annotation.note)
    body.push({ type: 'TextualBody', value: annotation.note, purpose: 'commenting', format: 'text/markdown' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: `${ANNOTATION_URN}${annotation.id}`,
    type: 'Annotation',
    motivation: annotation.note ? 'commenting' : 'highlighting',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(body.length ? { body } : {}),
    target: {
      source: articleSource(article),
      ...(article.url ? { 'dossier:url': article.url } : {}),
      'dossier:title': article.title,
      selector: [
        { type: 'TextPositionSelector', start: position.start, end: position.end },
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      ],
    },
    'dossier:color': annotation.color,
    'dossier:orphan': annotation.orphan,
  };
}

/** An AnnotationCollection with every selected annotation on its one page. */
export function renderW3c(data: ExportData, label = 'Dossier highlights'): string {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const items = data.annotations.flatMap((a) => {
    const article = articles.get(a.articleId);
    return article ? [toW3cAnnotation(a, article)] : [];
  });
  const collection = {
    '@context': [W3C_CONTEXT, { dossier: DOSSIER_VOCAB }],
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
