// The sidebar's head names the notebook and says when it is read-only: a long
// folder name is shortened with an ellipsis and never pushes the badge out of sight.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSampleNotebook } from '@dossier/notebook';
import { expect, test, SEEDS_DIR } from './harness/index.js';

const LONG_NAME = 'Energy strikes and the talks about pausing them — every outlet, winter 2025';
const notebookDir = join(mkdtempSync(join(tmpdir(), 'dossier-sidebar-')), LONG_NAME);

test.beforeAll(async () => {
  await (await openSampleNotebook(notebookDir, SEEDS_DIR)).close();
});

test.use({ existingNotebook: notebookDir });

test('a read-only notebook with a long name keeps its read-only badge whole', async ({
  page,
  runtime,
  saveScreenshot,
}) => {
  test.skip(runtime === 'electron', 'the harness opens an existing notebook read-only in the Chromium runtime only');
  const head = page.getByRole('navigation', { name: 'Notebook' }).locator('.notebook-name');
  const badge = head.getByText('read-only', { exact: true });
  await expect(badge).toBeVisible();
  const [headBox, badgeBox] = [(await head.boundingBox())!, (await badge.boundingBox())!];
  expect(badgeBox.x + badgeBox.width, 'the badge ends inside the sidebar head').toBeLessThanOrEqual(
    headBox.x + headBox.width,
  );
  const clipped = await badge.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(clipped, 'the badge text is not cut').toBe(false);
  const title = head.locator('.notebook-title');
  await expect(title).toHaveText(LONG_NAME);
  const titleShortened = await title.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(titleShortened, 'the long name gives way instead').toBe(true);
  await saveScreenshot('sidebar-read-only');
});

test('a read-only notebook offers no Import or Paste, and says why', async ({ page, runtime }) => {
  test.skip(runtime === 'electron', 'the harness opens an existing notebook read-only in the Chromium runtime only');
  const sidebar = page.getByRole('navigation', { name: 'Notebook' });
  await expect(sidebar.getByText('read-only', { exact: true })).toBeVisible();
  for (const name of ['Import…', 'Paste…']) {
    const button = sidebar.getByRole('button', { name });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('title', /open read-only .*nothing can be imported or pasted/u);
  }
  // Pasting outside a text field opens no capture dialog either.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Negotiators met again in Doha on Tuesday.');
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(page.getByRole('dialog', { name: 'New article from pasted text' })).toHaveCount(0);
});
