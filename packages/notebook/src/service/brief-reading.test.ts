// The brief reads every quoted article's file (several at a time) and checks
// each quote against the text it reads: order and honesty survive the
// parallel reads.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempNotebooks, call } from '../../test/fixture.js';
import { readArticles } from './read-articles.js';

const notebooks = new TempNotebooks();
afterEach(() => notebooks.cleanUp());

const COUNT = 40;
const quoteOf = (n: number) => `the council of district ${n} voted ${n * 7} to ${n + 3} on the harbour plan`;
const fileOf = (n: number) => ({
  name: `report-${String(n).padStart(2, '0')}.txt`,
  dataBase64: Buffer.from(
    `Harbour report ${n}\n\nAfter a long evening, ${quoteOf(n)}, and the mayor said nothing.\n\n` +
      `Residents of district ${n} gathered outside until late.`,
  ).toString('base64'),
});

async function notebookWithQuotes() {
  const { dir, notebook } = await notebooks.seeded('brief-reading');
  const imported = await call(notebook.service, 'articles.import', {
    files: Array.from({ length: COUNT }, (_, n) => fileOf(n)),
  });
  const ids = imported.map((r) => r.articleId!);
  // Highlighted in reverse, so the brief's order comes from the catalog and not from the highlights.
  for (let n = COUNT - 1; n >= 0; n--) {
    await call(notebook.service, 'annotations.create', { articleId: ids[n]!, quote: quoteOf(n), tags: ['harbour'] });
  }
  return { dir, ids, notebook: await notebooks.reopen(notebook, dir) };
}

describe('a brief of many quoted articles', () => {
  it('quotes every highlight verbatim, in the order the articles were imported', async () => {
    const { notebook } = await notebookWithQuotes();
    const brief = await call(notebook.service, 'brief.render', {
      tags: ['harbour'],
      articleIds: [],
      groupBy: 'article',
    });
    expect(brief.quoteCount).toBe(COUNT);
    const at = Array.from({ length: COUNT }, (_, n) => brief.markdown.indexOf(quoteOf(n)));
    expect(at.every((position) => position > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(brief.markdown).not.toContain('Unplaced highlights');
  });

  it('does not quote a highlight whose article file no longer holds its words', async () => {
    const { dir, ids, notebook } = await notebookWithQuotes();
    await notebook.close();
    const path = join(dir, 'articles', `${ids[17]}.json`);
    const changed = (await readFile(path, 'utf8')).replace(quoteOf(17), 'the council of district 17 adjourned');
    await writeFile(path, changed);
    const reopened = await notebooks.reopen(notebook, dir);
    const brief = await call(reopened.service, 'brief.render', {
      tags: ['harbour'],
      articleIds: [],
      groupBy: 'article',
    });
    expect(brief.quoteCount).toBe(COUNT - 1);
    const [quoted, unplaced] = brief.markdown.split('## Unplaced highlights');
    expect(quoted).not.toContain(quoteOf(17));
    expect(unplaced).toContain(quoteOf(17));
    expect(quoted).toContain(quoteOf(16));
    expect(quoted).toContain(quoteOf(18));
  });
});

describe('choosing the highlights of a brief by tag', () => {
  it('takes a tag and the tags under it, not a tag that only starts with the same letters', async () => {
    const { notebook } = await notebooks.seeded('brief-tags');
    const imported = await call(notebook.service, 'articles.import', { files: [0, 1, 2].map(fileOf) });
    const tagsOf = [['harbour'], ['harbour/night'], ['harbourside']];
    for (const [n, tags] of tagsOf.entries()) {
      await call(notebook.service, 'annotations.create', {
        articleId: imported[n]!.articleId!,
        quote: quoteOf(n),
        tags,
      });
    }
    const brief = await call(notebook.service, 'brief.render', {
      tags: ['harbour'],
      articleIds: [],
      groupBy: 'article',
    });
    expect(brief.quoteCount).toBe(2);
    expect(brief.markdown).toContain(quoteOf(0));
    expect(brief.markdown).toContain(quoteOf(1));
    expect(brief.markdown).not.toContain(quoteOf(2));
  });
});

describe('readArticles', () => {
  it('keeps the order of the ids while reads finish out of order, with at most the given number in flight', async () => {
    const { notebook } = await notebooks.seeded('read-articles');
    const listed = await call(notebook.service, 'articles.list', {});
    const ids = listed.map((a) => a.id);
    let inFlight = 0;
    let most = 0;
    const read = async (id: string) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // The first ids take longest, so they finish last.
      await new Promise((resolve) => setTimeout(resolve, (ids.length - ids.indexOf(id)) * 5));
      inFlight--;
      return call(notebook.service, 'articles.get', { id });
    };
    const articles = await readArticles(read, ids, 2);
    expect(articles.map((a) => a.id)).toEqual(ids);
    expect(most).toBe(2);
  });

  it('fails with the error of an article that cannot be read', async () => {
    const { notebook } = await notebooks.seeded('read-articles-missing');
    const [first] = await call(notebook.service, 'articles.list', {});
    const read = (id: string) => call(notebook.service, 'articles.get', { id });
    await expect(readArticles(read, [first!.id, 'a-missing-id'])).rejects.toThrow('a-missing-id');
  });
});
