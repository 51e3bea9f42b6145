// Sources for Zotero and Pandoc: CSL-JSON and BibTeX of the articles, with the
// same stable keys a Pandoc-style brief cites.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierService } from '@dossier/core';
import type { Notebook } from '../open.js';
import { call, emptyNotebook } from '../../test/research-notebook.js';
import type { CslItem } from './csl.js';

const FIXTURES = join(import.meta.dirname, '../../test-fixtures/html');
const PAGES = ['nytimes-1.html', 'lemonde-1.html', 'folha.html', 'theverge.html'];

let made: { dir: string; notebook: Notebook };
let s: DossierService;

beforeAll(async () => {
  made = await emptyNotebook('dossier-citations-');
  s = made.notebook.service;
  const files = await Promise.all(
    PAGES.map(async (name) => ({ name, dataBase64: (await readFile(join(FIXTURES, name))).toString('base64') })),
  );
  await call(s, 'articles.import', { files });
  // Another article by the same author in the same year with the same first word: keys must still differ.
  await call(s, 'articles.capture', {
    title: 'United States to lift further sanctions',
    author: 'Jeffrey Gettleman',
    publishedAt: '2017-06-01',
    outlet: 'The New York Times',
    text: 'A follow-up on the sanctions.',
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
    expect(items.find((i) => i.title === 'United States to Lift Sudan Sanctions')).toEqual({
      id: 'gettleman2017uniteda',
      type: 'article-newspaper',
      title: 'United States to Lift Sudan Sanctions',
      'container-title': 'nytimes.com',
      author: [{ family: 'Gettleman', given: 'Jeffrey' }],
      issued: { 'date-parts': [[2017, 1, 13]] },
      accessed: expect.objectContaining({ 'date-parts': [expect.any(Array)] }),
      URL: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html',
      language: 'en',
    });
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('writes BibTeX whose braces balance, with the same keys as the CSL-JSON', async () => {
    const entries = parseBibtex(await exported('bibtex'));
    const items = JSON.parse(await exported('csl')) as CslItem[];
    expect(entries.map((e) => e.key)).toEqual(items.map((i) => i.id));
    const folha = entries.find((e) => e.fields.title?.includes('Tite'))!;
    expect(folha).toMatchObject({
      type: 'article',
      fields: {
        title: '{Tite diz que errou ao levar taça da Libertadores a Lula em 2012}',
        author: 'Rodrigues, Bruno',
        journal: 'Folha de S.Paulo',
        year: '2018',
        month: '12',
        langid: 'pt-BR',
      },
    });
  });

  it('keeps an article’s key whatever else is selected', async () => {
    const all = JSON.parse(await exported('csl')) as CslItem[];
    const list = await s['articles.list']({});
    const nyt = list.find((a) => a.source.fileName === 'nytimes-1.html')!;
    const alone = JSON.parse(await exported('csl', [nyt.id])) as CslItem[];
    expect(alone.map((i) => i.id)).toEqual([all.find((i) => i.URL === nyt.url)!.id]);
  });

  it('lets a brief cite with those keys for Pandoc', async () => {
    const nyt = (await s['articles.list']({})).find((a) => a.source.fileName === 'nytimes-1.html')!;
    await call(s, 'annotations.create', { articleId: nyt.id, quote: 'After nearly 20 years of hostile relations' });
    const { markdown } = await call(s, 'brief.render', { articleIds: [nyt.id], citations: 'pandoc' });
    expect(markdown).toContain('> After nearly 20 years of hostile relations [@gettleman2017uniteda]');
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
