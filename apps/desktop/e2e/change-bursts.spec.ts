// A burst of changes made beside the app (the CLI, an import of many
// highlights) is answered with a few refetches, not one per change per view:
// the views stay current without slowing the change down.
import type { DossierClient } from '@dossier/core';
import { expect, test } from './harness/index.js';

const TITLE_003 = 'Ukraine and Russia discuss ending attacks on energy facilities';
const TITLE_004 = 'Ukraine and Russia in talks to safeguard energy sites';
const BURST = 120;

async function articleId(notebook: DossierClient, title: string): Promise<string> {
  return (await notebook.call('articles.list', {})).find((a) => a.title === title)!.id;
}

/** `count` highlights on one article, all asked for at once, as a bulk tool would. */
async function highlightBurst(notebook: DossierClient, id: string, count: number): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      notebook.call('annotations.create', { articleId: id, start: i, end: i + 12 }),
    ),
  );
}

const callsOf = (calls: ReadonlyMap<string, number>, method: string) => calls.get(method) ?? 0;

test('the library follows a burst of highlights with a few refetches, and ends up current', async ({
  page,
  notebook,
  pageCalls,
}) => {
  const grid = page.getByRole('grid', { name: 'Articles' });
  await expect(grid.getByText(TITLE_003)).toBeVisible();
  const id = await articleId(notebook, TITLE_003);
  const before = pageCalls();

  await highlightBurst(notebook, id, BURST);
  await expect(page.locator(`#row-${id} .pill`)).toHaveText(String(BURST));

  const after = pageCalls();
  // What the library and the sidebar ask for (its pages in view, the outlets): refetched on each event,
  // that was 2 × BURST whole lists.
  const listing = ['articles.list', 'articles.page', 'articles.outlets', 'articles.rows'];
  const lists = listing.reduce((sum, method) => sum + callsOf(after, method) - callsOf(before, method), 0);
  expect(lists).toBeGreaterThan(0);
  expect(lists).toBeLessThan(BURST / 2);
  expect(callsOf(after, 'notebook.info') - callsOf(before, 'notebook.info')).toBeLessThan(BURST / 4);
});

test("an open article's highlights are not refetched for changes to another article", async ({
  page,
  notebook,
  pageCalls,
}) => {
  await page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_004).click();
  await expect(page.getByRole('article', { name: 'Article' })).toContainText('energy');
  const other = await articleId(notebook, TITLE_003);
  const before = callsOf(pageCalls(), 'annotations.list');

  await highlightBurst(notebook, other, 20);
  const mine = await articleId(notebook, TITLE_004);
  await notebook.call('annotations.create', { articleId: mine, start: 0, end: 10, note: 'made beside the app' });
  // The change to this article is shown: the reader lists its one highlight.
  await expect(page.locator('mark')).toHaveCount(1);
  expect(callsOf(pageCalls(), 'annotations.list') - before).toBeLessThanOrEqual(2);
});
