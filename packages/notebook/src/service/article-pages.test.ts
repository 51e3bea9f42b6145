// The library a page at a time (articles.page) and its outlets
// (articles.outlets), as the desktop library and sidebar ask for them.
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@dossier/core';
import type { Notebook } from '../open.js';
import { call, TempNotebooks } from '../../test/fixture.js';

const notebooks = new TempNotebooks();
afterEach(() => notebooks.cleanUp());

const OUTLETS = ['Harbour Post', 'The Ledger', 'Wire Daily'];

/** The seeds and 22 short articles, every third one without an outlet, the rest spread over three outlets. */
async function library(): Promise<Notebook> {
  const { notebook } = await notebooks.seeded('article-pages');
  const files = Array.from({ length: 22 }, (_, i) => ({
    name: `page-${String(i).padStart(2, '0')}.txt`,
    dataBase64: Buffer.from(
      `Report number ${(i * 7) % 22} on the grain corridor\n\nShips left the port on day ${i}, the ministry said.`,
    ).toString('base64'),
  }));
  const imported = await call(notebook.service, 'articles.import', { files });
  for (const [i, result] of imported.entries()) {
    if (i % 3 === 0) continue;
    await call(notebook.service, 'articles.update', {
      id: result.articleId!,
      outlet: OUTLETS[Math.floor(i / 3) % OUTLETS.length]!,
    });
  }
  return notebook;
}

async function everyPage(notebook: Notebook, input: Record<string, unknown>, limit: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += limit) {
    const page = await call(notebook.service, 'articles.page', { ...input, offset, limit });
    totals.add(page.total);
    expect(page.offset).toBe(offset);
    ids.push(...page.items.map((a) => a.id));
    if (page.items.length < limit) break;
  }
  return { ids, totals: [...totals] };
}

describe('articles.page', () => {
  it('gives, page after page, the rows of articles.list in its order, for every sort, and reversed with desc', async () => {
    const notebook = await library();
    for (const sort of ['title', 'outlet', 'publishedAt', 'importedAt', 'highlights'] as const) {
      const list = (await call(notebook.service, 'articles.list', { sort })).map((a) => a.id);
      expect(list).toHaveLength(27);
      expect(await everyPage(notebook, { sort }, 5)).toEqual({ ids: list, totals: [27] });
      expect((await everyPage(notebook, { sort, desc: true }, 4)).ids).toEqual([...list].reverse());
    }
  });

  it('filters by outlet as articles.list does', async () => {
    const notebook = await library();
    const list = (await call(notebook.service, 'articles.list', { outlet: 'the ledger', sort: 'title' })).map(
      (a) => a.id,
    );
    expect(list.length).toBeGreaterThan(3);
    expect(await everyPage(notebook, { outlet: 'the ledger', sort: 'title' }, 3)).toEqual({
      ids: list,
      totals: [list.length],
    });
  });

  it('answers an offset past the end with no rows and the total', async () => {
    const notebook = await library();
    expect(await call(notebook.service, 'articles.page', { offset: 500, limit: 10 })).toEqual({
      total: 27,
      offset: 27,
      items: [],
    });
  });

  it('shows a change in the next page asked for: a new title takes its place in the order, an import adds a row', async () => {
    const notebook = await library();
    const before = await call(notebook.service, 'articles.page', { sort: 'title', offset: 0, limit: 3 });
    const last = await call(notebook.service, 'articles.page', { sort: 'title', desc: true, offset: 0, limit: 1 });
    await call(notebook.service, 'articles.update', { id: last.items[0]!.id, title: 'AAA first of all' });
    const after = await call(notebook.service, 'articles.page', { sort: 'title', offset: 0, limit: 3 });
    expect(after.items[0]).toMatchObject({ id: last.items[0]!.id, title: 'AAA first of all' });
    expect(after.items.slice(1).map((a) => a.id)).toEqual(before.items.slice(0, 2).map((a) => a.id));

    await call(notebook.service, 'articles.import', {
      files: [{ name: 'late.txt', dataBase64: Buffer.from('A late report\n\nIt came in last.').toString('base64') }],
    });
    const newest = await call(notebook.service, 'articles.page', { desc: true, offset: 0, limit: 1 });
    expect(newest.total).toBe(28);
    expect(newest.items[0]!.title).toBe('A late report');
  });

  it('hands out rows of its own: what a caller does to them never reaches the next page', async () => {
    const notebook = await library();
    const result = await dispatch(notebook.service, 'articles.page', { sort: 'title', offset: 0, limit: 5 });
    if (!result.ok) throw new Error(result.error.message);
    const page = result.value as { items: { title: string; source: { fileName: string } }[] };
    const titles = page.items.map((a) => a.title);
    for (const row of page.items) {
      row.title = 'changed by the caller';
      row.source.fileName = 'changed.txt';
    }
    const again = await call(notebook.service, 'articles.page', { sort: 'title', offset: 0, limit: 5 });
    expect(again.items.map((a) => a.title)).toEqual(titles);
    expect(again.items.every((a) => a.source.fileName !== 'changed.txt')).toBe(true);
  });

  it('refuses a page of no rows or of more than 1,000, and a negative offset, with a clear error', async () => {
    const notebook = await library();
    for (const input of [
      { offset: 0, limit: 0 },
      { offset: 0, limit: 1001 },
      { offset: -1, limit: 10 },
    ]) {
      const result = await dispatch(notebook.service, 'articles.page', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
  });
});

describe('articles.outlets', () => {
  it('counts the articles of each outlet, most first, and leaves out articles without one', async () => {
    const notebook = await library();
    const list = await call(notebook.service, 'articles.list', {});
    const outlets = await call(notebook.service, 'articles.outlets', {});
    const expected = new Map<string, number>();
    for (const a of list) if (a.outlet) expected.set(a.outlet, (expected.get(a.outlet) ?? 0) + 1);
    expect(new Map(outlets.map((o) => [o.outlet, o.count]))).toEqual(expected);
    expect(outlets.length).toBeGreaterThanOrEqual(3);
    const counts = outlets.map((o) => o.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
