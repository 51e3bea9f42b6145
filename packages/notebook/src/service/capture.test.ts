// Quick capture: pasted text or HTML with typed-in metadata becomes an article.
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notebook } from '../open.js';
import { call, emptyNotebook } from '../../test/research-notebook.js';

const opened: { dir: string; notebook: Notebook }[] = [];
afterEach(async () => {
  for (const { dir, notebook } of opened.splice(0)) {
    await notebook.close();
    await rm(dir, { recursive: true, force: true });
  }
});

async function service() {
  const made = await emptyNotebook('dossier-capture-');
  opened.push(made);
  return made.notebook.service;
}

describe('quick capture', () => {
  it('makes an article of pasted text with the given metadata, its first line kept as text', async () => {
    const s = await service();
    const result = await call(s, 'articles.capture', {
      title: 'Doha talks: notes from the briefing',
      outlet: 'Briefing notes',
      publishedAt: '2025-03-11',
      text: 'Short first line\n\nThe mediator said both sides had agreed to keep talking.',
    });
    expect(result).toMatchObject({ status: 'imported', title: 'Doha talks: notes from the briefing' });
    const article = await call(s, 'articles.get', { id: result.articleId! });
    expect(article).toMatchObject({ outlet: 'Briefing notes', publishedAt: '2025-03-11', titleDerived: false });
    expect(article.blocks.map((b) => b.text)).toEqual([
      'Short first line',
      'The mediator said both sides had agreed to keep talking.',
    ]);
    expect(article.source.fileName).toMatch(/^capture-\d{8}-\d{6}-doha-talks-notes-from-the-briefing\.txt$/u);
  });

  it('reads HTML copied from a browser as a web page, as text', async () => {
    const s = await service();
    const result = await call(s, 'articles.capture', {
      title: 'Copied section',
      html: '<h2>Strikes</h2><p>Refinery strikes fell by half, officials said.</p><script>alert(1)</script>',
    });
    const article = await call(s, 'articles.get', { id: result.articleId! });
    expect(article.blocks.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'heading', text: 'Strikes' },
      { kind: 'paragraph', text: 'Refinery strikes fell by half, officials said.' },
    ]);
  });

  it('reports the same paste twice as already imported, and refuses an empty one', async () => {
    const s = await service();
    const paste = { title: 'Same', text: 'The same pasted paragraph, word for word.' };
    await call(s, 'articles.capture', paste);
    // A second later the file name differs; the bytes, and so the article, are the same.
    expect(await call(s, 'articles.capture', paste)).toMatchObject({ status: 'duplicate' });
    await expect(call(s, 'articles.capture', { title: 'Empty', text: '  ' })).rejects.toThrow(
      'give the text (or HTML) to capture',
    );
  });
});
