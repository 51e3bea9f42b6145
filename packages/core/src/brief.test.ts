import { describe as group, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { seedArticles } from '../test/seed-articles.js';
import { describe } from './anchoring.js';
import { renderBrief, type BriefInput } from './brief.js';
import type { Annotation, Article, BriefSelection, Link } from './model.js';
import { canonicalText } from './text.js';

const HOSTILE = ']]: # "x\n---';

function articles(): Article[] {
  const [a0, a1, a2, a3, a4] = seedArticles() as [Article, Article, Article, Article, Article];
  return [
    { ...a0, outlet: 'Kyiv Post', publishedAt: '2024-10-13', url: 'https://example.org/us-support' },
    // 001 and 002 have no headline: give them the kind of title a user would type.
    {
      ...a1,
      title: 'Zelensky: Russia launched a “massive” attack',
      outlet: 'Anadolu Agency',
      publishedAt: '2025-03-07',
    },
    {
      ...a2,
      title: 'Kremlin dismisses FT report',
      outlet: 'The Moscow Times',
      url: 'https://example.org/kremlin dismisses',
    },
    { ...a3, note: 'Re-reports the **FT** story; check the Qatar angle.' },
    a4,
  ];
}

let nextId = 0;
function highlight(article: Article, passage: string, tags: string[], note = ''): Annotation {
  const text = canonicalText(article.blocks);
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in ${article.id}: ${passage}`);
  return {
    id: `ann-${nextId++}`,
    articleId: article.id,
    target: describe(text, start, start + passage.length),
    tags,
    note,
    color: 'yellow',
    createdAt: '2024-10-16T10:00:00.000Z',
    updatedAt: '2024-10-16T10:00:00.000Z',
    orphan: false,
  };
}

function selection(overrides: Partial<BriefSelection> = {}): BriefSelection {
  return {
    title: 'Energy truce talks',
    tags: [],
    articleIds: [],
    groupBy: 'tag',
    citations: 'footnotes',
    ...overrides,
  };
}

/** A corpus of highlights over the seeds: single sentences, a multi-paragraph passage, shared and missing tags. */
function notebook(): { articles: Article[]; annotations: Annotation[]; links: Link[] } {
  nextId = 0;
  const as = articles();
  const [a0, a1, a2, a3, a4] = as as [Article, Article, Article, Article, Article];
  const text1 = canonicalText(a1.blocks);
  const span = text1.indexOf('“All of this was directed');
  const multi = text1.slice(span, text1.indexOf('Throughout the conflict', span) + 'Throughout the conflict'.length);
  const annotations = [
    highlight(
      a0,
      'American intelligence services are said to have assisted Kyiv',
      ['us-role'],
      'Key claim, *sourced* to FT.',
    ),
    highlight(a1, multi, ['strikes', 'zelensky']),
    highlight(a1, 'weaponizing winter', ['strikes']),
    highlight(a2, '“There’s a lot of fake news nowadays, and it has nothing to do with reality,”', ['kremlin']),
    highlight(a3, 'this dialogue is being mediated by Qatar', ['qatar', 'talks/mediation']),
    highlight(a4, 'Ukraine controls 232 square miles', []),
    highlight(a4, 'mediated by Qatar', ['qatar']),
  ];
  const links: Link[] = [
    link(a3.id, a4.id, 'same-story', 'Both re-report the FT piece.'),
    link(a2.id, a3.id, 'contradicts', '', { from: annotations[3]!.id, to: annotations[4]!.id }),
  ];
  return { articles: as, annotations, links };
}

function link(
  from: string,
  to: string,
  kind: Link['kind'],
  note: string,
  ids: { from?: string; to?: string } = {},
): Link {
  return {
    id: `link-${from}-${to}`,
    from: { articleId: from, ...(ids.from ? { annotationId: ids.from } : {}) },
    to: { articleId: to, ...(ids.to ? { annotationId: ids.to } : {}) },
    kind,
    note,
    origin: 'manual',
    createdAt: '2024-10-16T10:00:00.000Z',
  };
}

function render(overrides: Partial<BriefInput> = {}, sel: Partial<BriefSelection> = {}) {
  return renderBrief({
    ...notebook(),
    selection: selection(sel),
    generatedAt: '2024-10-17T08:30:00.000Z',
    ...overrides,
  });
}

/** Blockquotes read back from the Markdown: their text (prefixes removed) and the footnote after them. */
function quotesIn(markdown: string): { text: string; footnote: number }[] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (line === '>' || line.startsWith('> ')) (current ??= []).push(line.slice(2));
    else if (current) {
      blocks.push(current);
      current = null;
    }
  }
  return blocks.map((lines) => {
    const m = /^([\s\S]*) \[\^(\d+)\]$/u.exec(lines.join('\n'));
    expect(m, `blockquote without a footnote: ${lines.join('\n')}`).not.toBeNull();
    return { text: m![1]!, footnote: Number(m![2]) };
  });
}

function footnotesIn(markdown: string): Map<number, string> {
  const defs = [...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gmu)];
  return new Map(defs.map((m) => [Number(m[1]), m[2]!]));
}

function frontMatterOf(markdown: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/u.exec(markdown);
  expect(m, 'front matter').not.toBeNull();
  return parseYaml(m![1]!) as Record<string, unknown>;
}

/** The Markdown escapes of a title, undone, to compare with the original. */
const unescape = (s: string) => s.replace(/\\(.)/gu, '$1');

group('renderBrief', () => {
  it('quotes every highlight verbatim and cites the article it comes from', () => {
    const { articles: as, annotations } = notebook();
    for (const groupBy of ['tag', 'article'] as const) {
      const { markdown, quoteCount, articleCount } = render({}, { groupBy });
      const quotes = quotesIn(markdown);
      const footnotes = footnotesIn(markdown);
      expect(quoteCount).toBe(annotations.length);
      expect(articleCount).toBe(as.length);
      expect(footnotes.size).toBe(as.length);
      for (const q of quotes) {
        const definition = footnotes.get(q.footnote)!;
        const cited = as.find(
          (a) => unescape(definition).startsWith(`${a.title} — `) || unescape(definition).startsWith(`${a.title}.`),
        );
        expect(cited, `footnote ${q.footnote} names an article`).toBeDefined();
        expect(canonicalText(cited!.blocks)).toContain(q.text);
      }
      for (const a of annotations) {
        const article = as.find((x) => x.id === a.articleId)!;
        const quote = canonicalText(article.blocks).slice(a.target.position.start, a.target.position.end);
        expect(quotes.map((q) => q.text)).toContain(quote);
      }
    }
  });

  it('keeps a quote spanning paragraphs as one blockquote with its blank line', () => {
    const { markdown } = render();
    expect(markdown).toMatch(
      /\n\n> “All of this was directed[^\n]*\n>\n> According[^\n]*\n>\n> Throughout the conflict \[\^\d+\]\n\n/u,
    );
  });

  it('writes front matter that parses as YAML, listing the cited sources in footnote order', () => {
    const { markdown } = render({}, { tags: [] });
    const fm = frontMatterOf(markdown);
    expect(fm.title).toBe('Energy truce talks');
    expect(fm.date).toBe('2024-10-17');
    expect(fm.tags).toEqual(['kremlin', 'qatar', 'strikes', 'talks/mediation', 'us-role', 'zelensky']);
    const sources = fm.sources as Record<string, string>[];
    const footnotes = footnotesIn(markdown);
    expect(sources.map((s) => s.title)).toEqual(
      [...footnotes.keys()]
        .sort((a, b) => a - b)
        .map((n) => unescape(footnotes.get(n)!).split(' — ')[0]!.replace(/\.$/u, '')),
    );
    expect(sources.find((s) => s.outlet === 'Kyiv Post')).toEqual({
      title: articles()[0]!.title,
      outlet: 'Kyiv Post',
      date: '2024-10-13',
      url: 'https://example.org/us-support',
    });
    expect(sources.find((s) => s.outlet === 'The Moscow Times')).not.toHaveProperty('date');
  });

  it('gives each cited article one footnote, reused by all its quotes, leaving out unknown details', () => {
    const { markdown } = render({}, { groupBy: 'article' });
    const quotes = quotesIn(markdown);
    const seed1 = quotes.filter((q) => q.text === 'weaponizing winter' || q.text.startsWith('“All of this'));
    expect(new Set(seed1.map((q) => q.footnote)).size).toBe(1);
    const defs = [...footnotesIn(markdown).values()];
    expect(defs).toContain(`${articles()[0]!.title} — Kyiv Post, 2024-10-13. <https://example.org/us-support>`);
    expect(defs).toContain(`${articles()[1]!.title} — Anadolu Agency, 2025-03-07.`);
    expect(defs).toContain(`${articles()[2]!.title} — The Moscow Times. <https://example.org/kremlin%20dismisses>`);
    expect(defs).toContain(`${articles()[4]!.title}.`);
  });

  it('groups by tag: a highlight under each of its tags, untagged ones last', () => {
    const { markdown } = render();
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## kremlin',
      '## qatar',
      '## strikes',
      '## talks/mediation',
      '## us-role',
      '## zelensky',
      '## Untagged',
      '## Links',
    ]);
    const section = (name: string) => markdown.split(`## ${name}\n`)[1]!.split('\n## ')[0]!;
    expect(section('strikes')).toContain('> “All of this');
    expect(section('zelensky')).toContain('> “All of this');
    expect(section('qatar')).toContain('> this dialogue is being mediated by Qatar');
    expect(section('qatar')).toContain('> mediated by Qatar');
    expect(section('Untagged')).toContain('> Ukraine controls 232 square miles');
    expect(section('us-role')).toContain('Key claim, *sourced* to FT.');
  });

  it('puts the selected tags first, in the order chosen, and only those', () => {
    const { annotations, ...rest } = notebook();
    const chosen = annotations.filter((a) =>
      a.tags.some((t) => t === 'talks' || t.startsWith('talks/') || t === 'strikes'),
    );
    const { markdown } = render({ ...rest, annotations: chosen }, { tags: ['talks', 'strikes'] });
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## talks/mediation', '## strikes']);
    expect(frontMatterOf(markdown).tags).toEqual(['talks', 'strikes']);
  });

  it('groups by article: one section per article in the given order, with the article note', () => {
    const { markdown } = render({}, { groupBy: 'article' });
    const headings = markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.slice(0, 5).map((h) => unescape(h.slice(3)))).toEqual(articles().map((a) => a.title));
    const section3 = markdown.split(`## ${articles()[3]!.title}\n`)[1]!.split('\n## ')[0]!;
    expect(section3).toContain('Re-reports the **FT** story; check the Qatar angle.');
    expect(quotesIn(section3).map((q) => q.text)).toEqual(['this dialogue is being mediated by Qatar']);
  });

  it('orders highlights within a section by position, whatever order they arrive in', () => {
    const { annotations, ...rest } = notebook();
    const shuffled = [...annotations].reverse();
    expect(render({ ...rest, annotations: shuffled }).markdown).toBe(render().markdown);
    const section1 = render({}, { groupBy: 'article' }).markdown.split(`## ${articles()[1]!.title}\n`)[1]!;
    const texts = quotesIn(section1.split('\n## ')[0]!).map((q) => q.text);
    expect(texts[0]).toMatch(/^“All of this/u);
    expect(texts[1]).toBe('weaponizing winter');
  });

  it('lists links whose both ends are cited, with the kind and note', () => {
    const { annotations, links, articles: as } = notebook();
    const withStray = [...links, link(as[0]!.id, 'not-selected', 'related', 'stray')];
    const { markdown } = render({ links: withStray });
    const section = markdown.split('## Links\n\n')[1]!.split('\n\n')[0]!;
    expect(section.split('\n')).toEqual([
      `- ${as[2]!.title}: “${annotations[3]!.target.quote.exact}” → *contradicts* → ${as[3]!.title}: “${annotations[4]!.target.quote.exact}”`,
      `- ${as[3]!.title} → *same-story* → ${as[4]!.title} — Both re-report the FT piece.`,
    ]);
  });

  it('leaves out orphans and highlights that no longer anchor, and lists them as unplaced', () => {
    const { articles: as, annotations, links } = notebook();
    const orphan = { ...annotations[0]!, orphan: true };
    const edited = as.map((a, i) =>
      i === 4 ? { ...a, blocks: a.blocks.filter((b) => !b.text.includes('232 square miles')) } : a,
    );
    const { markdown, quoteCount, articleCount } = render({
      articles: edited,
      annotations: [orphan, ...annotations.slice(1)],
      links,
    });
    expect(quoteCount).toBe(annotations.length - 2);
    expect(articleCount).toBe(4);
    expect(quotesIn(markdown).map((q) => q.text)).not.toContain('Ukraine controls 232 square miles');
    const unplaced = markdown.split('## Unplaced highlights\n\n')[1]!;
    expect(unplaced).toContain(`- ${as[0]!.title}: “American intelligence services are said to have assisted Kyiv”`);
    expect(unplaced).toContain(`- ${as[4]!.title}: “Ukraine controls 232 square miles”`);
    expect(frontMatterOf(markdown).sources).toHaveLength(4);
  });

  it('survives a hostile title in front matter, headings, footnotes and links', () => {
    const { articles: as, annotations, links } = notebook();
    const hostile = as.map((a, i) => (i === 3 ? { ...a, title: HOSTILE, outlet: '[^1]: #fake' } : a));
    const { markdown } = render({ articles: hostile, annotations, links }, { title: HOSTILE, groupBy: 'article' });
    const fm = frontMatterOf(markdown);
    expect(fm.title).toBe(HOSTILE);
    expect((fm.sources as { title: string }[]).map((s) => s.title)).toContain(HOSTILE);
    const lines = markdown.split('\n');
    expect(lines.filter((l) => l === '---')).toHaveLength(2);
    expect(lines.filter((l) => /^#\s/u.test(l))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('[^'))).toHaveLength(as.length);
    expect(footnotesIn(markdown).size).toBe(as.length);
    // Every quote still points at a footnote that names its article.
    const footnotes = footnotesIn(markdown);
    for (const q of quotesIn(markdown)) expect(footnotes.get(q.footnote)).toBeDefined();
  });

  it('never alters quote text that looks like Markdown', () => {
    const article: Article = {
      ...articles()[0]!,
      id: 'md',
      blocks: [
        { kind: 'paragraph', text: '# not a heading' },
        { kind: 'paragraph', text: '> already quoted [^9]: fake *stars* and `ticks`' },
        { kind: 'paragraph', text: '---' },
      ],
    };
    const text = canonicalText(article.blocks);
    const annotation: Annotation = { ...highlight(article, text, ['md']) };
    const { markdown } = render({ articles: [article], annotations: [annotation], links: [] });
    expect(quotesIn(markdown).map((q) => q.text)).toEqual([text]);
    expect(markdown).toContain(
      '> # not a heading\n>\n> > already quoted [^9]: fake *stars* and `ticks`\n>\n> --- [^1]',
    );
  });

  it('says so when nothing is selected', () => {
    const { markdown, quoteCount, articleCount } = render({ annotations: [] });
    expect([quoteCount, articleCount]).toEqual([0, 0]);
    expect(markdown).toContain('*No highlights were selected.*');
    expect(frontMatterOf(markdown)).toMatchObject({ sources: [], tags: [] });
  });
});
