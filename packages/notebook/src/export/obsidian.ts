// An Obsidian vault folder: one Markdown file per article, named after its
// title, with YAML front matter (the metadata and the highlights' tags), each
// highlight as a quote with a block ID (`^h-…`) so it can be linked to, its note,
// its tags as #tags, and the article's links as [[wikilinks]] (to the article,
// or to the highlight's block). Below a marker line the file is the user's: a
// re-export rewrites what is above it and keeps the rest (see obsidian-vault.ts).
import { blockquote, canonicalText, escapeInline, excerpt, yamlString, anchor, type Article } from '@dossier/core';
import type { ExportData } from './selection.js';

/** The line below which a file belongs to the user. */
export const USER_MARKER =
  '%% dossier-export: everything above this line is rewritten by each export; write your own notes below it %%';

export interface VaultPlan {
  /** Article id → file name an earlier export used (kept, so the file is updated in place). */
  existing: Record<string, string>;
  /** File names in the folder that are not Dossier's. */
  reserved: string[];
}

/** A title as a file name Obsidian accepts and links to: no `\ / : * ? " < > |`, no `# ^ [ ]`. */
export function fileNameFor(title: string): string {
  const base = title
    .replace(/[\\/:*?"<>|#^[\]]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/u, '')
    .slice(0, 100)
    .trim();
  return base || 'Untitled';
}

/** A tag as Obsidian reads one: letters, digits, `_`, `-` and `/` nesting; never digits alone. */
export function obsidianTag(tag: string): string {
  const cleaned = tag
    .split('/')
    .map((part) =>
      part
        .trim()
        .replace(/[^\p{L}\p{N}_-]+/gu, '-')
        .replace(/^-+|-+$/gu, ''),
    )
    .filter(Boolean)
    .join('/');
  return /^\d+$/u.test(cleaned) ? `_${cleaned}` : cleaned || 'untagged';
}

/** Assigns every article a unique file: its earlier one, else its title, numbered when taken. */
export function planFiles(articles: readonly Article[], plan: VaultPlan): Map<string, string> {
  const taken = new Set(plan.reserved.map((n) => n.toLowerCase()));
  const files = new Map<string, string>();
  for (const article of articles) {
    const earlier = plan.existing[article.id];
    if (earlier) {
      files.set(article.id, earlier);
      taken.add(earlier.toLowerCase());
    }
  }
  for (const article of articles) {
    if (files.has(article.id)) continue;
    const base = fileNameFor(article.title);
    let name = `${base}.md`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
    taken.add(name.toLowerCase());
    files.set(article.id, name);
  }
  return files;
}

export function renderObsidian(data: ExportData, plan: VaultPlan): { path: string; content: string }[] {
  const files = planFiles(data.articles, plan);
  const byArticle = new Map<string, ExportData['annotations']>();
  for (const a of data.annotations) byArticle.set(a.articleId, [...(byArticle.get(a.articleId) ?? []), a]);
  const quotes = new Map<string, string>();
  const titles = new Map(data.articles.map((a) => [a.id, a.title]));
  return data.articles.map((article) => {
    const annotations = byArticle.get(article.id) ?? [];
    const text = canonicalText(article.blocks);
    const lines: string[] = [frontMatter(article, annotations), '', `# ${escapeInline(article.title)}`];
    if (article.note.trim()) lines.push('', '## Note', '', article.note.trim());
    if (annotations.length) lines.push('', '## Highlights');
    for (const a of annotations) {
      const place = a.orphan ? null : anchor(text, a.target);
      const quote = place ? text.slice(place.start, place.end) : a.target.quote.exact;
      quotes.set(a.id, quote);
      lines.push('', blockquote(quote), '', `^${a.id}`);
      if (!place) lines.push('', '*This highlight no longer matches the article’s text.*');
      if (a.note.trim()) lines.push('', a.note.trim());
      if (a.tags.length) lines.push('', a.tags.map((t) => `#${obsidianTag(t)}`).join(' '));
    }
    const links = data.links.filter((l) => l.from.articleId === article.id);
    if (links.length) {
      lines.push('', '## Links', '');
      for (const link of links) {
        const target = files.get(link.to.articleId)!.replace(/\.md$/u, '');
        const title = linkLabel(titles.get(link.to.articleId) ?? target);
        const block = link.to.annotationId ? `#^${link.to.annotationId}` : '';
        const label =
          link.to.annotationId && quotes.has(link.to.annotationId)
            ? `${title}: “${linkLabel(excerpt(quotes.get(link.to.annotationId)!, 60))}”`
            : title;
        const from = link.from.annotationId ? ` (from [[#^${link.from.annotationId}]])` : '';
        const note = link.note.trim() ? ` — ${escapeInline(link.note)}` : '';
        lines.push(`- ${link.kind}: [[${target}${block}|${label}]]${from}${note}`);
      }
    }
    lines.push('', USER_MARKER, '');
    return { path: files.get(article.id)!, content: lines.join('\n') };
  });
}

/** Text inside a wikilink's label: no `]`, `[` or `|`, which would end it. */
function linkLabel(text: string): string {
  return text
    .replace(/[[\]|]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function frontMatter(article: Article, annotations: ExportData['annotations']): string {
  const lines = ['---', `title: ${yamlString(article.title)}`];
  const fields: [string, string | undefined][] = [
    ['outlet', article.outlet],
    ['author', article.author],
    ['published', article.publishedAt],
    ['url', article.url],
    ['language', article.language],
    ['source', article.source.fileName],
    ['imported', article.importedAt],
    ['dossier-id', article.id],
  ];
  for (const [key, value] of fields) if (value?.trim()) lines.push(`${key}: ${yamlString(value)}`);
  const tags = [...new Set(annotations.flatMap((a) => a.tags.map(obsidianTag)))].sort();
  lines.push(tags.length ? 'tags:' : 'tags: []', ...tags.map((t) => `  - ${yamlString(t)}`), '---');
  return lines.join('\n');
}
