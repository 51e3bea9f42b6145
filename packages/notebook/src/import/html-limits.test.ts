// A hostile or broken page is refused with its reason, and never hangs or
// takes down the importing thread: extraction runs in a worker with a time
// limit, a heap cap and limits on the page's size and shape.
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalText } from '@dossier/core';
import { Extractor } from './extractor.js';
import { HTML_LIMITS } from './html-extract.js';
import { buildRichArticleBody } from './rich-import.js';

const encode = (html: string) => new TextEncoder().encode(html);
const ARTICLE = '<p>The ministry confirmed the talks on Tuesday, according to two officials briefed on them.</p>';

let extractor: Extractor;
afterEach(() => extractor?.close());

describe('reading an untrusted page', () => {
  it('never runs the page’s scripts or event handlers', async () => {
    extractor = new Extractor();
    const page = `<html><body><article>${ARTICLE}
      <script>document.body.innerHTML = '<p>INJECTED BY SCRIPT</p>';</script>
      <img src="x" onerror="document.body.innerHTML='INJECTED BY HANDLER'"></article></body></html>`;
    const body = await buildRichArticleBody(extractor, 'html', encode(page), 'page.html');
    const text = canonicalText(body.blocks);
    expect(text).toContain('The ministry confirmed the talks on Tuesday');
    expect(text).not.toContain('INJECTED');
  });

  it('refuses a page nested deeper than the limit, naming the reason', async () => {
    extractor = new Extractor();
    const depth = HTML_LIMITS.maxDepth + 10;
    const page = `<html><body>${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}</body></html>`;
    await expect(buildRichArticleBody(extractor, 'html', encode(page), 'deep.html')).rejects.toThrow(
      `deep.html: the page nests elements deeper than ${HTML_LIMITS.maxDepth} levels`,
    );
  });

  it('refuses a page with more elements than the limit', async () => {
    extractor = new Extractor({ limits: { maxElements: 5_000 } });
    const page = `<html><body>${'<span></span>'.repeat(5_000)}${ARTICLE}</body></html>`;
    await expect(buildRichArticleBody(extractor, 'html', encode(page), 'wide.html')).rejects.toThrow(
      'wide.html: the page has more than 5000 elements',
    );
  });

  it('stops a page that takes longer than the time limit, and reads the next file with a fresh worker', async () => {
    extractor = new Extractor({ timeoutMs: 200 });
    const huge = `<html><body>${`<section><p>${'Many words of a long report. '.repeat(40)}</p></section>`.repeat(5_000)}</body></html>`;
    await expect(buildRichArticleBody(extractor, 'html', encode(huge), 'slow.html')).rejects.toThrow(
      'slow.html: reading it took longer than 200 ms, so it was stopped',
    );
    const patient = new Extractor();
    try {
      const next = await buildRichArticleBody(
        patient,
        'html',
        encode(`<html><body>${ARTICLE}</body></html>`),
        'a.html',
      );
      expect(canonicalText(next.blocks)).toContain('The ministry confirmed');
    } finally {
      await patient.close();
    }
  });

  it('refuses a file that holds no markup at all', async () => {
    extractor = new Extractor();
    await expect(buildRichArticleBody(extractor, 'html', encode('just some words'), 'plain.html')).rejects.toThrow(
      'plain.html: this is not an HTML page (no markup found)',
    );
  });

  it('reads HTML pasted from the clipboard, a fragment without <html> or <head>', async () => {
    extractor = new Extractor();
    const fragment = `<h2>Talks resume</h2>${ARTICLE}<blockquote>We are close to a deal.</blockquote><ul><li>first point</li><li>second point</li></ul>`;
    const body = await buildRichArticleBody(extractor, 'html', encode(fragment), 'clipboard.html');
    expect(body.blocks.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'heading', text: 'Talks resume' },
      {
        kind: 'paragraph',
        text: 'The ministry confirmed the talks on Tuesday, according to two officials briefed on them.',
      },
      { kind: 'quote', text: 'We are close to a deal.' },
      { kind: 'listItem', text: 'first point' },
      { kind: 'listItem', text: 'second point' },
    ]);
  });

  it('decodes a page in the charset it declares', async () => {
    extractor = new Extractor();
    const page = `<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title></head><body><p>Le caf\xe9 \x96 a long paragraph about the negotiations and what they mean.</p></body></html>`;
    const bytes = Uint8Array.from(page, (c) => c.charCodeAt(0));
    const body = await buildRichArticleBody(extractor, 'html', bytes, 'cafe.html');
    expect(body.title).toBe('Café talks');
    expect(body.encoding).toBe('windows-1252');
    expect(canonicalText(body.blocks)).toContain('Le café – a long paragraph');
  });
});
