// The library of a notebook larger than one page (library-pages.ts asks for
// 200 rows at a time, articles.rows): every row can be reached by scrolling and by the
// keyboard, sorting works across pages, the outlet filter counts every
// article, and the whole article list is never sent to the page.
import type { DossierClient } from '@dossier/core';
import { expect, test } from './harness/index.js';

const EXTRA = 445; // with the 5 sample articles: 450 rows, three pages
const OUTLET = 'Grain Corridor Weekly';

async function importReports(notebook: DossierClient): Promise<void> {
  const files = Array.from({ length: EXTRA }, (_, i) => ({
    name: `report-${String(i).padStart(3, '0')}.txt`,
    dataBase64: Buffer.from(
      `Corridor report ${String(i).padStart(3, '0')}\n\nShips left the port on day ${i}, the harbour master said.`,
    ).toString('base64'),
  }));
  const results = await notebook.call('articles.import', { files });
  // Every seventh report carries the outlet, so its count in the sidebar spans pages.
  for (const [i, result] of results.entries()) {
    if (i % 7 === 0) await notebook.call('articles.update', { id: result.articleId!, outlet: OUTLET });
  }
}

test('a library of three pages: scrolled to its end, sorted, filtered, and never sent whole', async ({
  page,
  notebook,
  pageCalls,
}) => {
  await importReports(notebook);
  await page.reload();
  const grid = page.getByRole('grid', { name: 'Articles' });
  const body = grid.locator('.table-body');
  await expect(page.getByText('450 articles')).toBeVisible();
  await expect(grid).toHaveAttribute('aria-rowcount', '450');

  // Imported order: the last report is the last row, reached by scrolling to the bottom.
  await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(grid.getByText('Corridor report 444', { exact: true })).toBeVisible();

  // And by the keyboard: Home, then End, with the active row the last one.
  await body.focus();
  await page.keyboard.press('Home');
  await expect(grid.locator('[role="row"][aria-rowindex="1"]')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  const last = grid.locator('[role="row"][aria-rowindex="450"]');
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toContainText('Corridor report 444');

  // Sorted by title, descending: the order the notebook gives across every page.
  const titleHeader = page.getByRole('columnheader', { name: 'Title' });
  await titleHeader.click();
  await titleHeader.click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  const byTitle = (await notebook.call('articles.list', { sort: 'title' })).map((a) => a.title).reverse();
  await body.evaluate((el) => (el.scrollTop = 0));
  await expect(grid.locator('[role="row"][aria-rowindex="1"] .row-title')).toHaveText(byTitle[0]!);
  await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(grid.locator('[role="row"][aria-rowindex="450"] .row-title')).toHaveText(byTitle[449]!);

  // The sidebar counts the outlet's articles on every page; its filter shows just them.
  const outletButton = page.getByRole('region', { name: 'Outlets' }).getByRole('button', { name: OUTLET });
  await expect(outletButton).toContainText(String(Math.ceil(EXTRA / 7)));
  await outletButton.click();
  await expect(page.getByText(`${Math.ceil(EXTRA / 7)} articles`)).toBeVisible();
  await expect(grid.locator('[role="row"][aria-rowindex="1"] .td.col-outlet')).toHaveText(OUTLET);

  expect(pageCalls().get('articles.list') ?? 0, 'the page never asks for the whole article list').toBe(0);
  expect(pageCalls().get('articles.rows')).toBeGreaterThan(2);
});

test('rows drawn while the list scrolls are each the row at their place, however far or little it moved', async ({
  page,
  notebook,
}) => {
  await importReports(notebook);
  await page.reload();
  const grid = page.getByRole('grid', { name: 'Articles' });
  const body = grid.locator('.table-body');
  await expect(grid).toHaveAttribute('aria-rowcount', '450');
  const order = (await notebook.call('articles.list', {})).map((a) => a.title);
  // Row elements are reused as rows scroll in and out: small steps, a page's worth and a jump back.
  for (const top of [0, 52 * 3, 52 * 17, 52 * 230, 52 * 229, 52 * 400, 52 * 5]) {
    await body.evaluate((el, to) => (el.scrollTop = to), top);
    await expect
      .poll(async () => {
        // Read in one go in the page; a read that meets the list mid-change counts as not yet drawn.
        const drawn = await grid
          .locator('.tr:not(.is-pending)')
          .evaluateAll((rows) =>
            rows.map((row) => [
              Number(row.getAttribute('aria-rowindex')),
              row.querySelector('.row-title')?.textContent,
            ]),
          )
          .catch(() => []);
        const wrong = drawn.filter(([index, title]) => order[(index as number) - 1] !== title);
        return { drawn: drawn.length > 5, wrong };
      })
      .toEqual({ drawn: true, wrong: [] });
  }
});
