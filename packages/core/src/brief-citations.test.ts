// How a brief cites: footnotes by default, Pandoc citations on request, and the
// page of a PDF article either way.
import { describe as group, expect, it } from 'vitest';
import { describe } from './anchoring.js';
import { renderBrief } from './brief.js';
import type { Annotation, Article, BriefSelection } from './model.js';
import { canonicalText } from './text.js';

const report: Article = {
  id: 'a-report',
  title: 'Energy infrastructure report',
  outlet: 'Institute of Studies',
  author: 'Olena Kovalenko',
  publishedAt: '2024-09-30',
  titleDerived: false,
  importedAt: '2024-10-16T09:00:00.000Z',
  updatedAt: '2024-10-16T09:00:00.000Z',
  source: { fileName: 'report.pdf', hash: 'f'.repeat(64), encoding: 'binary', byteLength: 1000 },
  blocks: [
    { kind: 'paragraph', text: 'Strikes on refineries fell by half in August.', page: 1 },
    { kind: 'paragraph', text: 'Both sides signalled readiness for a moratorium.', page: 3 },
  ],
  note: '',
};

function highlightOf(article: Article, passage: string, id: string): Annotation {
  const text = canonicalText(article.blocks);
  const start = text.indexOf(passage);
  return {
    id,
    articleId: article.id,
    target: describe(text, start, start + passage.length),
    tags: ['energy'],
    note: '',
    color: 'yellow',
    createdAt: '2024-10-16T10:00:00.000Z',
    updatedAt: '2024-10-16T10:00:00.000Z',
    orphan: false,
  };
}

const selection = (citations: BriefSelection['citations']): BriefSelection => ({
  title: 'Brief',
  tags: [],
  articleIds: [],
  groupBy: 'tag',
  citations,
});

const annotations = [
  highlightOf(report, 'Strikes on refineries fell by half', 'h-1'),
  highlightOf(report, 'readiness for a moratorium', 'h-2'),
];

group('citations in a brief', () => {
  it('cites the page a quote starts on when the article came from a PDF', () => {
    const { markdown } = renderBrief({
      selection: selection('footnotes'),
      articles: [report],
      annotations,
      links: [],
      generatedAt: '2024-10-17T08:00:00.000Z',
    });
    expect(markdown).toContain('> Strikes on refineries fell by half [^1] (p. 1)');
    expect(markdown).toContain('> readiness for a moratorium [^1] (p. 3)');
    expect(markdown).toContain('[^1]: Energy infrastructure report — Institute of Studies, 2024-09-30.');
  });

  it('writes Pandoc citations with the given keys, pages as locators, and no footnote list', () => {
    const { markdown } = renderBrief({
      selection: selection('pandoc'),
      articles: [report],
      annotations,
      links: [],
      generatedAt: '2024-10-17T08:00:00.000Z',
      citekeys: new Map([['a-report', 'kovalenko2024energy']]),
    });
    expect(markdown).toContain('> Strikes on refineries fell by half [@kovalenko2024energy, p. 1]');
    expect(markdown).toContain('> readiness for a moratorium [@kovalenko2024energy, p. 3]');
    expect(markdown).not.toContain('[^1]');
  });

  it('computes keys from the articles when none are given', () => {
    const { markdown } = renderBrief({
      selection: selection('pandoc'),
      articles: [{ ...report, blocks: report.blocks.map(({ page: _page, ...b }) => b) }],
      annotations,
      links: [],
      generatedAt: '2024-10-17T08:00:00.000Z',
    });
    expect(markdown).toContain('> Strikes on refineries fell by half [@kovalenko2024energy]');
  });
});
