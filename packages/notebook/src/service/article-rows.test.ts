// The library's rows as its list draws them (articles.rows): the rows of
// articles.page, in its order and slices, with only the columns shown.
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type ArticleSummary, type LibraryRow } from '@dossier/core';
import type { Notebook } from '../open.js';
import { call, TempNotebooks } from '../../test/fixture.js';

const notebooks = new TempNotebooks();
afterEach(() => notebooks.cleanUp());

/** The seeds and 12 short articles, every other one with an outlet and a published date. */
async function library(): Promise<Notebook> {
  const { notebook } = await notebooks.seeded('article-rows');
  const files = Array.from({ length: 12 }, (_, i) => ({
    name: `row-${String(i).padStart(2, '0')}.txt`,
    dataBase64: Buffer.from(`Harbour report ${(i * 5) % 12}\n\nThe ferry left on day ${i}.`).toString('base64'),
  }));
  const imported = await call(notebook.service, 'articles.import', { files });
  for (const [i, result] of imported.entries()) {
    if (i % 2) continue;
    await call(notebook.service, 'articles.update', {
      id: result.articleId!,
      outlet: 'Harbour Post',
      publishedAt: `2024-03-${String(i + 1).padStart(2, '0')}`,
    });
  }
  const first = imported[0]!.articleId!;
  await call(notebook.service, 'annotations.create', { articleId: first, start: 0, end: 7 });
  await call(notebook.service, 'annotations.create', { articleId: first, start: 9, end: 15 });
  return notebook;
}

/** What the library list shows of an article. */
function shown(a: ArticleSummary): LibraryRow {
  return {
    id: a.id,
    title: a.title,
    ...(a.outlet !== undefined && { outlet: a.outlet }),
    ...(a.publishedAt !== undefined && { publishedAt: a.publishedAt }),
    importedAt: a.importedAt,
    fileName: a.source.fileName,
    highlightCount: a.highlightCount,
  };
}

describe('articles.rows', () => {
  it('gives the rows of articles.page, slice for slice and for every order, with the columns the list shows', async () => {
    const notebook = await library();
    for (const sort of ['title', 'outlet', 'publishedAt', 'importedAt', 'highlights'] as const) {
      for (const desc of [false, true]) {
        for (const offset of [0, 4, 15]) {
          const input = { sort, desc, offset, limit: 4 };
          const page = await call(notebook.service, 'articles.page', input);
          const rows = await call(notebook.service, 'articles.rows', input);
          expect(rows).toEqual({ total: 17, offset, rows: page.items.map(shown) });
        }
      }
    }
  });

  it('counts highlights and leaves out an outlet or date the article does not have', async () => {
    const notebook = await library();
    const { rows } = await call(notebook.service, 'articles.rows', { sort: 'highlights', offset: 0, limit: 17 });
    expect(rows[0]!.highlightCount).toBe(2);
    const withOutlet = rows.filter((r) => r.outlet === 'Harbour Post');
    expect(withOutlet).toHaveLength(6);
    expect(withOutlet.every((r) => /^2024-03-\d\d$/u.test(r.publishedAt ?? ''))).toBe(true);
    const without = rows.filter((r) => r.outlet === undefined);
    expect(without.length).toBeGreaterThan(0);
    expect(without.every((r) => !('outlet' in r))).toBe(true);
  });

  it('filters by outlet, and answers an offset past the end with no rows and the total', async () => {
    const notebook = await library();
    const filtered = await call(notebook.service, 'articles.rows', { outlet: 'harbour post', offset: 0, limit: 100 });
    expect(filtered.total).toBe(6);
    expect(filtered.rows.every((r) => r.outlet === 'Harbour Post')).toBe(true);
    expect(await call(notebook.service, 'articles.rows', { offset: 99, limit: 10 })).toEqual({
      total: 17,
      offset: 17,
      rows: [],
    });
  });

  it('hands out rows of its own, and refuses a page of more than 1,000 rows with a clear error', async () => {
    const notebook = await library();
    const result = await dispatch(notebook.service, 'articles.rows', { offset: 0, limit: 3 });
    if (!result.ok) throw new Error(result.error.message);
    const titles = (result.value as { rows: LibraryRow[] }).rows.map((r) => r.title);
    for (const row of (result.value as { rows: LibraryRow[] }).rows) row.title = 'changed by the caller';
    const again = await call(notebook.service, 'articles.rows', { offset: 0, limit: 3 });
    expect(again.rows.map((r) => r.title)).toEqual(titles);

    const refused = await dispatch(notebook.service, 'articles.rows', { offset: 0, limit: 1001 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/^articles\.rows: limit/u);
  });
});
