// Markdown articles: structure becomes blocks, inline syntax becomes the plain
// text a reader sees (highlights and search work on that text).
import { describe, expect, it } from 'vitest';
import { buildArticleBody } from './index.js';

const body = (markdown: string) => buildArticleBody(new TextEncoder().encode(markdown), 'note.md');

describe('importing Markdown', () => {
  it('keeps headings, quotes and list items as blocks, and a whole-line bold line as a heading', () => {
    const article = body(
      [
        '# Energy truce talks',
        '',
        '## Background',
        '',
        'Talks began in **Doha** in *March*.',
        '',
        '**What the sides said**',
        '',
        '> We are close to a deal, said the mediator.',
        '',
        '- first point',
        '+ second point',
        '1. third point',
      ].join('\n'),
    );
    expect(article.title).toBe('Energy truce talks');
    expect(article.blocks.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'heading', text: 'Background' },
      { kind: 'paragraph', text: 'Talks began in Doha in March.' },
      { kind: 'heading', text: 'What the sides said' },
      { kind: 'quote', text: 'We are close to a deal, said the mediator.' },
      { kind: 'listItem', text: 'first point' },
      { kind: 'listItem', text: 'second point' },
      { kind: 'listItem', text: 'third point' },
    ]);
  });

  it('reads emphasis, links, code and escapes as their text', () => {
    const article = body(
      '# T\n\nSee [the *FT* report](https://ft.com/x_(y)) and ![a chart](c.png); `moratorium_v2` is ***final***, ~~draft~~, 3 \\* 4, snake_case_name stays.',
    );
    expect(article.blocks[0]!.text).toBe(
      'See the FT report and a chart; moratorium_v2 is final, draft, 3 * 4, snake_case_name stays.',
    );
  });

  it('leaves a paragraph that only starts with bold as a paragraph', () => {
    const article = body('# T\n\n**Doha:** talks resumed on Monday after a pause.');
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'Doha: talks resumed on Monday after a pause.' }]);
  });
});
