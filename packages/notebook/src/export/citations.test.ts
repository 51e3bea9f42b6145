// Sources for Zotero and Pandoc: CSL-JSON and BibTeX of the articles, with the
// same stable keys a Pandoc-style brief cites.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierService } from '@dossier/core';
import type { Notebook } from '../open.js';
import { newsPageFile, type NewsPage } from '../../test/news-pages.js';
import { call, emptyNotebook } from '../../test/research-notebook.js';
import type { CslItem } from './csl.js';

const PAGES: NewsPage[] = ['business-insider', 'le-figaro', 'time', 'politico'];

let made: { dir: string; notebook: Notebook };
let s: DossierService;

beforeAll(async () => {
  made = await emptyNotebook('dossier-citations-');
  s = made.notebook.service;
  const files = await Promise.all(PAGES.map((page) => newsPageFile(page)));
  await call(s, 'articles.import', { files });
  // Another article by the same author in the same year with the same first word: keys must still differ.
  await call(s, 'articles.capture', {
    title: 'Untold stories of Google, continued',
    author: 'Nicholas Carlson',
    publishedAt: '2014-06-01',
    outlet: 'Business Insider',
    text: 'A follow-up on Larry Page.',
  });
});
afterAll(async () => {
  await made.notebook.close();
  await rm(made.dir, { recursive: true, force: true });
});

async function exported(format: 'csl' | 'bibtex', articleIds: string[] = []): Promise<string> {
  return (await call(s, 'export.render', { format, articleIds })).files[0]!.content;
}

/** `@type{key,\n  field = {value},…}` entries, checking that braces balance. */
function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string> }[] {
  const entries = text.trim().split(/\n\n(?=@)/u);
  return entries.map((entry) => {
    const head = /^@(\w+)\{([^,\s]+),\n/u.exec(entry);
    expect(head, entry).not.toBeNull();
    let depth = 0;
    for (const [i, c] of [...entry].entries()) {
      if (c === '{' && entry[i - 1] !== '\\') depth++;
      if (c === '}' && entry[i - 1] !== '\\') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const fields = Object.fromEntries([...entry.matchAll(/^ {2}(\w+) = \{(.*)\},?$/gmu)].map((m) => [m[1]!, m[2]!]));
    return { type: head![1]!, key: head![2]!, fields };
  });
}

describe('CSL-JSON and BibTeX of the articles', () => {
  it('gives every article its metadata as a CSL item', async () => {
    const items = JSON.parse(await exported('csl')) as CslItem[];
    expect(items).toHaveLength(5);
    expect(items.find((i) => i.title === "The Untold Story Of Larry Page's Incredible Comeback")).toEqual({
      id: 'carlson2014untolda',
      type: 'article-newspaper',
      title: "The Untold Story Of Larry Page's Incredible Comeback",
      'container-title': 'Business Insider',
      author: [{ family: 'Carlson', given: 'Nicholas' }],
      issued: { 'date-parts': [[2014, 4, 24]] },
      accessed: expect.objectContaining({ 'date-parts': [expect.any(Array)] }),
      URL: 'http://www.businessinsider.com/larry-page-the-untold-story-2014-4',
      language: 'en',
    });
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('writes BibTeX whose braces balance, with the same keys as the CSL-JSON', async () => {
    const entries = parseBibtex(await exported('bibtex'));
    const items = JSON.parse(await exported('csl')) as CslItem[];
    expect(entries.map((e) => e.key)).toEqual(items.map((i) => i.id));
    const time = entries.find((e) => e.fields.title?.includes('Oil from Spill'))!;
    expect(time).toMatchObject({
      type: 'article',
      fields: {
        title: '{Oil from Spill Could Still Pose Major Threat}',
        author: 'Walsh, Bryan',
        journal: 'TIME.com',
        year: '2010',
        month: '8',
      },
    });
    const figaro = entries.find((e) => e.fields.title?.includes('Montebourg'))!;
    expect(figaro.fields).toMatchObject({ journal: 'Le Figaro', year: '2013', month: '4' });
    expect(figaro.fields.author).toBeUndefined();
  });

  it('keeps an article’s key whatever else is selected', async () => {
    const all = JSON.parse(await exported('csl')) as CslItem[];
    const list = await s['articles.list']({});
    const bi = list.find((a) => a.source.fileName === 'business-insider.html')!;
    const alone = JSON.parse(await exported('csl', [bi.id])) as CslItem[];
    expect(alone.map((i) => i.id)).toEqual([all.find((i) => i.URL === bi.url)!.id]);
  });

  it('lets a brief cite with those keys for Pandoc', async () => {
    const bi = (await s['articles.list']({})).find((a) => a.source.fileName === 'business-insider.html')!;
    await call(s, 'annotations.create', {
      articleId: bi.id,
      quote: 'Larry Page decided to fire Google’s project managers',
    });
    const { markdown } = await call(s, 'brief.render', { articleIds: [bi.id], citations: 'pandoc' });
    expect(markdown).toContain('> Larry Page decided to fire Google’s project managers [@carlson2014untolda]');
  });

  it('escapes TeX specials so a hostile title stays one field', async () => {
    const result = await call(s, 'articles.capture', {
      title: 'Profits up 50% & {braces} #1 $5 at_last \\end',
      text: 'Body text of the article.',
    });
    const entry = parseBibtex(await exported('bibtex', [result.articleId!]))[0]!;
    expect(entry.fields.title).toBe('{Profits up 50\\% \\& \\{braces\\} \\#1 \\$5 at\\_last \\textbackslash{}end}');
  });
});
