// The reader and the views around it: clutter shown on request with reasons,
// metadata edited in place, changes from another client shown live, keyboard
// navigation and help, tags renamed and merged, and the dark theme.
import { expect, test } from './harness/index.js';

const TITLE_003 = 'Ukraine and Russia discuss ending attacks on energy facilities';
const TITLE_004 = 'Ukraine and Russia in talks to safeguard energy sites';

test('removed clutter is hidden until asked for, then shown dimmed with its reason', async ({
  page,
  saveScreenshot,
}) => {
  await page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_003).click();
  const reader = page.getByRole('article', { name: 'Article' });
  await expect(reader).toContainText('According to the Financial Times');
  await expect(reader).not.toContainText('Share this post:');
  const toggle = page.getByRole('button', { name: /^Show removed clutter \(\d+\)$/ });
  const count = Number((await toggle.textContent())!.match(/\((\d+)\)/)![1]);
  expect(count).toBeGreaterThanOrEqual(5);
  await toggle.click();
  const removed = reader.locator('.clutter');
  await expect(removed).toHaveCount(count);
  const share = removed.filter({ hasText: 'Share this post:' });
  await expect(share.locator('.clutter-reason')).toHaveText(/^Removed: .+/);
  await share.scrollIntoViewIfNeeded();
  await saveScreenshot('reader-clutter-shown');
  await page.keyboard.press('c');
  await expect(removed).toHaveCount(0);
});

test('metadata is edited in place: Enter saves, Esc cancels, and the outlet joins the sidebar', async ({
  page,
  notebook,
}) => {
  await page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_004).click();
  const reader = page.getByRole('article', { name: 'Article' });
  await reader.getByRole('button', { name: /^Outlet: not set/ }).click();
  await reader.getByRole('textbox', { name: 'Outlet' }).fill('Kyiv Post');
  await reader.getByRole('textbox', { name: 'Outlet' }).press('Enter');
  await expect(reader.getByRole('button', { name: 'Outlet: Kyiv Post (click to edit)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Outlets' }).getByRole('button', { name: /Kyiv Post/ })).toBeVisible();

  await reader.getByRole('button', { name: /^Date: not set/ }).click();
  await reader.getByRole('textbox', { name: 'Date' }).fill('2024-10-16');
  await reader.getByRole('textbox', { name: 'Date' }).press('Escape');
  await expect(reader.getByRole('button', { name: /^Date: not set/ })).toBeVisible();
  // Esc cancelled the field only; the reader is still open.
  await expect(reader).toBeVisible();

  const stored = (await notebook.call('articles.list', {})).find((a) => a.title === TITLE_004);
  expect([stored?.outlet, stored?.publishedAt]).toEqual(['Kyiv Post', undefined]);
});

test('a highlight and a note made by another client appear in the open reader without a refresh', async ({
  page,
  notebook,
}) => {
  await page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_004).click();
  const reader = page.getByRole('article', { name: 'Article' });
  await expect(reader.locator('mark.hl')).toHaveCount(0);
  const article = (await notebook.call('articles.list', {})).find((a) => a.title === TITLE_004)!;
  const quote = 'Kyiv has limited leverage beyond long-range attacks';
  await notebook.call('annotations.create', { articleId: article.id, quote, tags: ['leverage'] });
  await notebook.call('articles.update', { id: article.id, note: 'Compare with the FT original.' });
  await expect(reader.locator('mark.hl')).toHaveText(quote);
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('Compare with the FT original.');
  await expect(page.getByRole('region', { name: 'Tag tree' }).getByRole('button', { name: /leverage/ })).toBeVisible();
});

test('the keyboard moves through the library, opens an article, goes back, and ? lists every shortcut', async ({
  page,
  saveScreenshot,
}) => {
  const grid = page.getByRole('grid', { name: 'Articles' });
  await grid.locator('.table-body').focus();
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('row', { selected: true })).toHaveCount(1);
  const title = (await grid.getByRole('row', { selected: true }).locator('.row-title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('article', { name: 'Article' }).getByRole('button', { name: `Title: ${title} (click to edit)` }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(grid).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const action of [
    'Search the notebook',
    'Import files',
    'Highlight the selected text',
    'Link this article (or the selection) to another',
  ]) {
    await expect(help.getByText(action)).toBeVisible();
  }
  await saveScreenshot('help-overlay');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('2');
  await expect(
    page.getByRole('region', { name: 'Tags' }).getByRole('heading', { level: 1, name: 'Tags' }),
  ).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByRole('heading', { name: 'Every highlight has its place' })).toBeVisible();
});

test('tags are renamed and merged after a confirmation, and every highlight follows', async ({
  page,
  notebook,
  saveScreenshot,
}) => {
  const articles = await notebook.call('articles.list', {});
  const byTitle = (t: string) => articles.find((a) => a.title === t)!.id;
  await notebook.call('annotations.create', {
    articleId: byTitle(TITLE_004),
    quote: 'mediated by Qatar',
    tags: ['diplomacy/qatar'],
  });
  await notebook.call('annotations.create', {
    articleId: byTitle(TITLE_003),
    quote: 'Financial Times',
    tags: ['sources/ft'],
  });
  await notebook.call('annotations.create', {
    articleId: byTitle(TITLE_004),
    quote: 'Financial Times',
    tags: ['press/financial-times'],
  });

  await page.getByRole('navigation', { name: 'Notebook' }).getByRole('button', { name: /^Tags/ }).click();
  const view = page.getByRole('region', { name: 'Tags' });
  const table = page.locator('.tags-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await saveScreenshot('tags-view');

  const row = table.locator('tr', { hasText: 'diplomacy/qatar' });
  await row.getByRole('button', { name: 'Rename…' }).click();
  await row.getByRole('textbox', { name: 'New name for diplomacy/qatar' }).fill('mediators/qatar');
  await row.getByRole('button', { name: 'Rename' }).click();
  await expect(row.getByRole('alertdialog')).toContainText('Rename diplomacy/qatar to mediators/qatar on 1 highlight?');
  await row.getByRole('button', { name: 'Confirm' }).click();
  await expect(table.locator('tr', { hasText: 'mediators/qatar' })).toBeVisible();

  const ft = table.locator('tr', { hasText: 'press/financial-times' });
  await ft.getByRole('button', { name: 'Merge into…' }).click();
  await ft.getByRole('combobox', { name: 'Merge press/financial-times into' }).selectOption('sources/ft');
  await ft.getByRole('button', { name: 'Merge' }).click();
  await ft.getByRole('button', { name: 'Confirm' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tr', { hasText: 'sources/ft' }).locator('td.num')).toHaveText('2');
  await expect(view).toBeVisible();
  expect((await notebook.call('annotations.list', { tag: 'sources/ft' })).length).toBe(2);
});

test('the dark theme follows the system', async ({ page, notebook, saveScreenshot }) => {
  const article = (await notebook.call('articles.list', {})).find((a) => a.title === TITLE_004)!;
  await notebook.call('annotations.create', {
    articleId: article.id,
    quote: 'mediated by Qatar',
    tags: ['diplomacy/qatar'],
    note: 'Doha as broker',
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(24, 25, 28)');
  await saveScreenshot('dark-library');
  await page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_004).click();
  await expect(page.locator('mark.hl')).toHaveText('mediated by Qatar');
  await saveScreenshot('dark-reader');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 250, 247)');
});

test('a selection across two paragraphs becomes one highlight drawn in both, quoted exactly', async ({
  page,
  notebook,
}) => {
  await page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_004).click();
  const reader = page.getByRole('article', { name: 'Article' });
  await expect(reader).toContainText('have emerged.');
  // From "have emerged." at the end of one paragraph to the first words of the heading after it.
  await page.evaluate(() => {
    const blocks = [...document.querySelectorAll('.article-body [data-start]')];
    const first = blocks.find((b) => b.textContent!.endsWith('have emerged.'))!;
    const next = blocks[blocks.indexOf(first) + 1]!;
    const range = document.createRange();
    const firstText = first.firstChild!;
    range.setStart(firstText, firstText.textContent!.indexOf('have emerged.'));
    range.setEnd(next.firstChild!, '"The result'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page
    .getByRole('toolbar', { name: 'Selection' })
    .getByRole('button', { name: /^Highlight/ })
    .click();
  await expect(reader.locator('mark.hl')).toHaveText(['have emerged.', '"The result']);
  const [made] = await notebook.call('annotations.list', {});
  expect(made?.target.quote.exact).toBe('have emerged.\n\n"The result');
});
