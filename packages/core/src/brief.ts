// The Markdown brief: a pure function of the selected notebook state. Its one
// promise is that every quote is the article's text verbatim, and cited: each
// quote is sliced from the canonical text where its highlight anchors now, and
// a highlight that no longer anchors is listed as unplaced, never quoted.
import { anchor } from './anchoring.js';
import { blockquote, escapeInline, excerpt, linkTarget } from './markdown-escape.js';
import type { Annotation, Article, BriefSelection, Link, LinkEnd } from './model.js';
import { citekeys } from './citekey.js';
import { blockRanges, canonicalText } from './text.js';
import { yamlString } from './yaml-scalar.js';

export interface BriefInput {
  selection: BriefSelection;
  /** The articles of the selected highlights, in the order the brief should follow. */
  articles: Article[];
  /** Highlights already filtered to the selection; orphans are listed as unplaced. */
  annotations: Annotation[];
  /** Links among the selected articles; only those whose both ends are cited are listed. */
  links: Link[];
  /** ISO date-time the brief was made. */
  generatedAt: string;
  /** Article id → citation key, for `citations: 'pandoc'` (see citekey.ts); missing keys are computed from `articles`. */
  citekeys?: ReadonlyMap<string, string>;
}

export interface RenderedBrief {
  markdown: string;
  /** Highlights quoted (each once, however many sections it appears in). */
  quoteCount: number;
  /** Articles cited by at least one quote. */
  articleCount: number;
}

interface Placed {
  annotation: Annotation;
  article: Article;
  order: number;
  start: number;
  quote: string;
  /** The PDF page the quote starts on, when the article came from a PDF. */
  page?: number;
}

interface Section {
  heading: string;
  note?: string;
  highlights: Placed[];
}

const UNTAGGED = 'Untagged';

export function renderBrief(input: BriefInput): RenderedBrief {
  const { placed, unplaced } = placeHighlights(input);
  const sections = input.selection.groupBy === 'article' ? sectionsByArticle(placed) : sectionsByTag(placed, input);

  const footnotes = new Map<string, number>();
  const pandoc = input.selection.citations === 'pandoc';
  const keys = pandoc ? (input.citekeys ?? citekeys(input.articles)) : new Map<string, string>();
  const cite = (h: Placed) => {
    let n = footnotes.get(h.article.id);
    if (n === undefined) footnotes.set(h.article.id, (n = footnotes.size + 1));
    const page = h.page === undefined ? '' : `, p. ${h.page}`;
    if (pandoc) return `[@${keys.get(h.article.id) ?? h.article.id}${page}]`;
    return page ? `[^${n}] (p. ${h.page})` : `[^${n}]`;
  };

  const title = input.selection.title?.trim() || 'Brief';
  const body: string[] = [`# ${escapeInline(title)}`];
  if (!sections.length) body.push('*No highlights were selected.*');
  for (const section of sections) {
    body.push(`## ${escapeInline(section.heading)}`);
    if (section.note?.trim()) body.push(section.note.trim());
    for (const h of section.highlights) {
      body.push(`${blockquote(h.quote)} ${cite(h)}`);
      if (h.annotation.note.trim()) body.push(h.annotation.note.trim());
    }
  }

  const cited = input.articles
    .filter((a) => footnotes.has(a.id))
    .sort((a, b) => footnotes.get(a.id)! - footnotes.get(b.id)!);
  const links = linksSection(input, placed);
  if (links) body.push(links);
  if (unplaced.length) body.push(unplacedSection(unplaced, input.articles));
  if (!pandoc) for (const article of cited) body.push(`[^${footnotes.get(article.id)}]: ${citation(article)}`);

  const markdown = `${frontMatter(title, input, placed, cited)}\n\n${body.join('\n\n')}\n`;
  return { markdown, quoteCount: new Set(placed.map((p) => p.annotation.id)).size, articleCount: cited.length };
}

/** Each highlight's quote as the text reads now, in article order then position. */
function placeHighlights(input: BriefInput): { placed: Placed[]; unplaced: Annotation[] } {
  const articles = new Map(input.articles.map((article, order) => [article.id, { article, order, text: '' }]));
  const placed: Placed[] = [];
  const unplaced: Annotation[] = [];
  const seen = new Set<string>();
  for (const annotation of input.annotations) {
    if (seen.has(annotation.id)) continue;
    seen.add(annotation.id);
    const entry = articles.get(annotation.articleId);
    if (annotation.orphan || !entry) {
      unplaced.push(annotation);
      continue;
    }
    entry.text ||= canonicalText(entry.article.blocks);
    const place = anchor(entry.text, annotation.target);
    if (!place) {
      unplaced.push(annotation);
      continue;
    }
    const quote = entry.text.slice(place.start, place.end);
    const page = pageAt(entry.article, place.start);
    placed.push({
      annotation,
      article: entry.article,
      order: entry.order,
      start: place.start,
      quote,
      ...(page === undefined ? {} : { page }),
    });
  }
  placed.sort((a, b) => a.order - b.order || a.start - b.start || compare(a.annotation.id, b.annotation.id));
  return { placed, unplaced };
}

/** The page of the block an offset falls in (PDF imports number their blocks' pages). */
function pageAt(article: Article, offset: number): number | undefined {
  if (!article.blocks.some((b) => b.page !== undefined)) return undefined;
  const ranges = blockRanges(article.blocks);
  const at = ranges.findIndex((r) => offset <= r.end);
  return article.blocks[at === -1 ? article.blocks.length - 1 : at]?.page;
}

function sectionsByArticle(placed: readonly Placed[]): Section[] {
  const sections = new Map<string, Section>();
  for (const h of placed) {
    let section = sections.get(h.article.id);
    if (!section) {
      section = { heading: h.article.title, note: h.article.note, highlights: [] };
      sections.set(h.article.id, section);
    }
    section.highlights.push(h);
  }
  return [...sections.values()];
}

/**
 * A highlight appears under each of its tags. When the selection names tags,
 * only the tags it selects (or their sub-tags) head sections, in the
 * selection's order; a highlight chosen by other criteria keeps its own tags.
 */
function sectionsByTag(placed: readonly Placed[], input: BriefInput): Section[] {
  const wanted = input.selection.tags;
  const selectedBy = (tag: string) => wanted.findIndex((w) => tag === w || tag.startsWith(`${w}/`));
  const sections = new Map<string, Section>();
  for (const h of placed) {
    const chosen = h.annotation.tags.filter((t) => selectedBy(t) !== -1);
    const tags = chosen.length ? chosen : h.annotation.tags.length ? h.annotation.tags : [UNTAGGED];
    for (const tag of new Set(tags)) {
      let section = sections.get(tag);
      if (!section) sections.set(tag, (section = { heading: tag, highlights: [] }));
      section.highlights.push(h);
    }
  }
  const rank = (tag: string) =>
    tag === UNTAGGED ? Infinity : selectedBy(tag) === -1 ? wanted.length : selectedBy(tag);
  return [...sections.values()].sort((a, b) => rank(a.heading) - rank(b.heading) || compare(a.heading, b.heading));
}

function linksSection(input: BriefInput, placed: readonly Placed[]): string | null {
  const articles = new Map(input.articles.map((a, i) => [a.id, { article: a, order: i }]));
  const quoted = new Map(placed.map((p) => [p.annotation.id, p]));
  const citedArticles = new Set(placed.map((p) => p.article.id));
  const isCited = (end: LinkEnd) =>
    citedArticles.has(end.articleId) && (end.annotationId === undefined || quoted.has(end.annotationId));
  const label = (end: LinkEnd) => {
    const title = escapeInline(articles.get(end.articleId)!.article.title);
    const highlight = end.annotationId === undefined ? undefined : quoted.get(end.annotationId);
    return highlight ? `${title}: “${escapeInline(excerpt(highlight.quote))}”` : title;
  };
  const orderOf = (end: LinkEnd) => articles.get(end.articleId)!.order;
  const lines = input.links
    .filter((l) => isCited(l.from) && isCited(l.to))
    .sort((a, b) => orderOf(a.from) - orderOf(b.from) || orderOf(a.to) - orderOf(b.to) || compare(a.id, b.id))
    .map((l) => {
      const note = l.note.trim() ? ` — ${escapeInline(l.note)}` : '';
      return `- ${label(l.from)} → *${l.kind}* → ${label(l.to)}${note}`;
    });
  return lines.length ? `## Links\n\n${lines.join('\n')}` : null;
}

function unplacedSection(unplaced: readonly Annotation[], articles: readonly Article[]): string {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const lines = unplaced.map(
    (a) =>
      `- ${escapeInline(titles.get(a.articleId) ?? a.articleId)}: “${escapeInline(excerpt(a.target.quote.exact))}”`,
  );
  return [
    '## Unplaced highlights',
    'These highlights no longer match their article’s text, so they are not quoted above:',
    lines.join('\n'),
  ].join('\n\n');
}

/** `Title — Outlet, date. <url>`, leaving out what is unknown. */
function citation(article: Article): string {
  const details = [article.outlet, article.publishedAt].map((s) => s?.trim()).filter(Boolean);
  let line = escapeInline(article.title);
  if (details.length) line += ` — ${details.map((d) => escapeInline(d!)).join(', ')}`;
  if (!/[.!?…]$/u.test(line)) line += '.';
  if (article.url?.trim()) line += ` ${linkTarget(article.url)}`;
  return line;
}

function frontMatter(title: string, input: BriefInput, placed: readonly Placed[], cited: readonly Article[]): string {
  const tags = input.selection.tags.length
    ? input.selection.tags
    : [...new Set(placed.flatMap((p) => p.annotation.tags))].sort(compare);
  const date = /^\d{4}-\d{2}-\d{2}/u.exec(input.generatedAt)?.[0] ?? input.generatedAt;
  const lines = ['---', `title: ${yamlString(title)}`, `date: ${yamlString(date)}`];
  lines.push(tags.length ? 'tags:' : 'tags: []', ...tags.map((t) => `  - ${yamlString(t)}`));
  lines.push(cited.length ? 'sources:' : 'sources: []');
  for (const article of cited) {
    const fields: [string, string | undefined][] = [
      ['title', article.title],
      ['outlet', article.outlet],
      ['date', article.publishedAt],
      ['url', article.url],
    ];
    const present = fields.filter(([, v]) => v?.trim());
    present.forEach(([key, value], i) => lines.push(`${i === 0 ? '  - ' : '    '}${key}: ${yamlString(value!)}`));
  }
  lines.push('---');
  return lines.join('\n');
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
