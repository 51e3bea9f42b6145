// Articles' metadata as BibTeX/BibLaTeX entries for Zotero, JabRef and Pandoc
// (`--bibliography dossier.bib`). Keys are the articles' citation keys; every
// value is braced and escaped, so a title with `{`, `%` or `&` stays one field.
import { citekeys, creatorsOf, type Article } from '@dossier/core';
import type { ExportData } from './selection.js';

const SPECIAL = /[\\{}%&$#_^~]/gu;
const REPLACEMENTS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** A field value safe inside braces: TeX specials escaped, whitespace collapsed. */
export function bibtexValue(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(SPECIAL, (c) => REPLACEMENTS[c] ?? `\\${c}`);
}

export function toBibtexEntry(article: Article, key: string): string {
  const authors = creatorsOf(article);
  const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(article.publishedAt ?? '');
  const fields: [string, string | undefined][] = [
    // Double braces keep the title's capitals as written.
    ['title', `{${bibtexValue(article.title)}}`],
    [
      'author',
      authors.length
        ? authors
            .map((a) =>
              'literal' in a
                ? `{${bibtexValue(a.literal)}}`
                : bibtexValue(a.given ? `${a.family}, ${a.given}` : a.family),
            )
            .join(' and ')
        : undefined,
    ],
    ['journal', article.outlet && bibtexValue(article.outlet)],
    ['date', date?.[0]],
    ['year', date?.[1]],
    ['month', date?.[2] ? String(Number(date[2])) : undefined],
    ['url', article.url && article.url.replace(/[{}\s]/gu, encodeURIComponent)],
    ['urldate', article.importedAt.slice(0, 10)],
    ['langid', article.language && bibtexValue(article.language)],
  ];
  const type = article.outlet && !article.source.fileName.toLowerCase().endsWith('.pdf') ? 'article' : 'online';
  const body = fields.filter(([, v]) => v).map(([name, v]) => `  ${name} = {${v}}`);
  return `@${type}{${key},\n${body.join(',\n')}\n}`;
}

export function renderBibtex(data: ExportData): string {
  const keys = citekeys(data.catalog);
  return `${data.articles.map((a) => toBibtexEntry(a, keys.get(a.id) ?? a.id)).join('\n\n')}\n`;
}
