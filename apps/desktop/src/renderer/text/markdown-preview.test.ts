import { renderBrief, type Annotation, type Article } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { previewBlocks } from './markdown-preview.js';

describe('previewBlocks', () => {
  it('classifies headings, quotes, items, rules, footnotes and paragraphs', () => {
    const blocks = previewBlocks(
      [
        '# Brief',
        '',
        '## energy',
        '',
        '> A quoted line',
        '> and its second line [^1]',
        'A note.',
        '',
        '- item',
        '',
        '***',
        '',
        '[^1]: Title.',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Brief' },
      { kind: 'heading', level: 2, text: 'energy' },
      { kind: 'quote', text: 'A quoted line\nand its second line [^1]' },
      { kind: 'paragraph', text: 'A note.' },
      { kind: 'item', text: 'item' },
      { kind: 'rule' },
      { kind: 'footnote', label: '1', text: 'Title.' },
    ]);
  });

  it('shows front matter as metadata lines', () => {
    expect(previewBlocks('---\ntitle: "B"\ntags: [a]\n---\n\n# B')).toEqual([
      { kind: 'meta', text: 'title: "B"' },
      { kind: 'meta', text: 'tags: [a]' },
      { kind: 'heading', level: 1, text: 'B' },
    ]);
  });

  it('keeps a real brief quote verbatim, markup characters and all, with its citation', () => {
    const quote = 'Strikes on <refineries> *stopped* — for now & "maybe" [sic]';
    const article: Article = {
      id: 'a1',
      title: 'Talks on energy sites',
      titleDerived: false,
      importedAt: '2024-10-16T00:00:00Z',
      updatedAt: '2024-10-16T00:00:00Z',
      source: { fileName: 'a.txt', hash: 'h', encoding: 'UTF-8', byteLength: 1 },
      blocks: [{ kind: 'paragraph', text: `Before. ${quote} After.` }],
      note: '',
    };
    const annotation: Annotation = {
      id: 'h1',
      articleId: 'a1',
      target: {
        position: { start: 8, end: 8 + quote.length },
        quote: { exact: quote, prefix: 'Before. ', suffix: ' After.' },
      },
      tags: ['energy'],
      note: '',
      color: 'yellow',
      createdAt: '',
      updatedAt: '',
      orphan: false,
    };
    const { markdown } = renderBrief({
      selection: { tags: ['energy'], articleIds: [], groupBy: 'tag' },
      articles: [article],
      annotations: [annotation],
      links: [],
      generatedAt: '2024-10-16T00:00:00Z',
    });
    const blocks = previewBlocks(markdown);
    const quoted = blocks.find((b) => b.kind === 'quote');
    expect(quoted && 'text' in quoted && quoted.text.startsWith(quote)).toBe(true);
    expect(blocks).toContainEqual(
      expect.objectContaining({ kind: 'footnote', text: expect.stringContaining('Talks on energy sites') }),
    );
  });
});
