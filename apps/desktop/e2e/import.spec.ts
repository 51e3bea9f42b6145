// Importing by dropping files on the window: a new article goes in, a binary
// file is refused with its reason shown, and a re-drop is recognised.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/index.js';

const NEW_ARTICLE = [
  'Qatar hosts a second round of energy talks',
  '',
  'Negotiators from Kyiv and Moscow met again in Doha on Thursday, according to two people familiar with the talks.',
  '',
  'Share this post:',
].join('\n');

// The first bytes of a real PNG file: signature, then the IHDR chunk header.
const PNG_BYTES = [
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
];

/** Drops files on the window as the OS would: dragenter, dragover, then drop with a DataTransfer holding them. */
async function dropFiles(page: Page, files: { name: string; text?: string; bytes?: number[] }[]) {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const body = f.bytes ? new Uint8Array(f.bytes) : (f.text ?? '');
      transfer.items.add(new File([body], f.name, { type: f.bytes ? 'image/png' : 'text/plain' }));
    }
    const fire = (type: string) =>
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    fire('dragenter');
    fire('dragover');
    fire('drop');
  }, files);
}

test('dropping a text file imports it, a PNG is refused with its reason, and a second drop is a duplicate', async ({
  page,
  notebook,
  saveScreenshot,
}) => {
  const grid = page.getByRole('grid', { name: 'Articles' });
  await expect(grid.getByRole('row')).toHaveCount(6); // header + five seeds

  await dropFiles(page, [
    { name: 'doha-talks.txt', text: NEW_ARTICLE },
    { name: 'chart.png', bytes: PNG_BYTES },
  ]);
  const panel = page.getByRole('complementary', { name: 'Import' });
  await expect(panel.getByText('Import finished')).toBeVisible();
  const imported = panel.locator('.import-result.status-imported');
  await expect(imported).toContainText('Qatar hosts a second round of energy talks');
  const refused = panel.locator('.import-result.status-refused');
  await expect(refused).toContainText('chart.png');
  await expect(refused.locator('.import-message')).toHaveText(/chart\.png: looks like a PNG image, not text/i);
  await saveScreenshot('import-results');

  // The library shows the new article without a refresh; the notebook holds it.
  await expect(grid.getByText('Qatar hosts a second round of energy talks')).toBeVisible();
  expect((await notebook.call('articles.list', {})).map((a) => a.title)).toContain(
    'Qatar hosts a second round of energy talks',
  );

  await dropFiles(page, [{ name: 'doha-talks-copy.txt', text: NEW_ARTICLE }]);
  await expect(panel.locator('.import-result.status-duplicate')).toContainText('Already imported');
  await panel.getByRole('button', { name: 'Close import results' }).click();
  await expect(panel).toBeHidden();

  // The imported article opens from the library, its clutter line removed.
  await grid.getByText('Qatar hosts a second round of energy talks').click();
  await expect(page.getByRole('article', { name: 'Article' })).toContainText('met again in Doha');
  await expect(page.getByRole('article', { name: 'Article' })).not.toContainText('Share this post:');
});

test('File → Import (Ctrl+O) through the dialog lists the result of every file', async ({ page, dialogs }) => {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-import-'));
  const paths = await Promise.all(
    ['alpha', 'beta', 'gamma'].map(async (name) => {
      const path = join(dir, `${name}.md`);
      await writeFile(path, `# Report ${name}\n\nA paragraph about the ${name} energy site and its repair.\n`);
      return path;
    }),
  );
  await dialogs.chooseForImport(paths);
  await page.keyboard.press('Control+o');
  const panel = page.getByRole('complementary', { name: 'Import' });
  await expect(panel.locator('.import-result.status-imported')).toHaveCount(3);
  await expect(panel.locator('.import-summary')).toHaveText('3 imported');
  await expect(page.getByRole('grid', { name: 'Articles' }).getByText('Report gamma')).toBeVisible();
});

test('many dropped files go in batches with progress, and the library keeps only visible rows in the DOM', async ({
  page,
}) => {
  const files = Array.from({ length: 120 }, (_, i) => ({
    name: `wire-${String(i).padStart(3, '0')}.txt`,
    text: `Wire report ${i}: repair crews at site ${i}\n\nCrews restored power at substation number ${i} after overnight strikes on the grid.`,
  }));
  await dropFiles(page, files);
  const panel = page.getByRole('complementary', { name: 'Import' });
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await expect(panel.locator('.import-summary')).toHaveText('120 imported', { timeout: 20_000 });
  const grid = page.getByRole('grid', { name: 'Articles' });
  await expect(grid).toHaveAttribute('aria-rowcount', '125');
  const rendered = await grid.locator('.tr').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  // Scrolling to the end brings the last rows in.
  await grid.locator('.table-body').focus();
  await page.keyboard.press('End');
  await expect(grid.getByText(/^Wire report 119: repair crews/)).toBeVisible();
});

test('a long import can be cancelled: what was imported stays, the rest is left out and said so', async ({ page }) => {
  const files = Array.from({ length: 400 }, (_, i) => ({
    name: `bulletin-${String(i).padStart(3, '0')}.txt`,
    text: `Bulletin ${i}: grid status\n\nOperators reported the state of line ${i} after the overnight repairs.`,
  }));
  await dropFiles(page, files);
  const panel = page.getByRole('complementary', { name: 'Import' });
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByText('Import cancelled')).toBeVisible();
  const imported = await panel.locator('.import-result.status-imported').count();
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(files.length);
  await expect(panel.locator('.import-summary')).toHaveText(
    `${imported} imported · ${files.length - imported} not imported (cancelled)`,
  );
  await expect(page.getByRole('grid', { name: 'Articles' })).toHaveAttribute('aria-rowcount', String(5 + imported));
});

test('search answers while a long import is still under way', async ({ page }) => {
  const files = Array.from({ length: 1000 }, (_, i) => ({
    name: `dispatch-${String(i).padStart(3, '0')}.txt`,
    text: `Dispatch ${i}: night shift at the depot\n\nThe depot's night shift logged convoy ${i} leaving for the front at dawn.`,
  }));
  await dropFiles(page, files);
  const panel = page.getByRole('complementary', { name: 'Import' });
  const progress = panel.getByRole('progressbar');
  await expect(progress).toBeVisible();

  // The sample articles are searchable at once, the import still running.
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search the notebook' });
  const results = page.getByRole('listbox', { name: 'Results' });
  await input.fill('Zelensky');
  await expect(results).toHaveAttribute('data-answered', 'Zelensky');
  await expect(results.getByRole('option').first()).toBeVisible();
  await expect(progress, 'the answer came before the import ended').toBeVisible();

  await expect(panel.locator('.import-summary')).toHaveText('1,000 imported', { timeout: 90_000 });
  await input.fill('convoy');
  await expect(results).toHaveAttribute('data-answered', 'convoy');
  await expect(results.getByRole('option')).toHaveCount(8);
});
