// A notebook whose catalog (notebook.json) was damaged on disk opens from its
// newest backup plus the journal, and the window says what happened: nothing
// is lost silently, and the damaged file is kept beside it.
import { readdir } from 'node:fs/promises';
import { expect, test } from './harness/index.js';

test.use({ notebookState: 'damaged-catalog' });

test('a damaged notebook.json opens from its backup, says so once, and keeps the damaged copy', async ({
  page,
  notebookDir,
  saveScreenshot,
}) => {
  await expect(page.getByText('Ukraine and Russia in talks to safeguard energy sites').first()).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: 'had to work around damage' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('notebook.json');
  await expect(warning).toContainText('dossier check --repair');
  await saveScreenshot('damaged-notebook-warning');
  const kept = (await readdir(notebookDir)).filter((name) => name.startsWith('notebook.json.damaged-'));
  expect(kept).toHaveLength(1);

  await warning.getByRole('button', { name: 'Got it' }).click();
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('grid', { name: 'Articles' }).getByRole('row')).toHaveCount(6);
});

test.describe('without damage', () => {
  test.use({ notebookState: 'fresh' });
  test('the same notebook shows no warning', async ({ page }) => {
    await expect(page.getByText('Ukraine and Russia in talks to safeguard energy sites').first()).toBeVisible();
    await expect(page.getByText('had to work around damage')).toHaveCount(0);
  });
});
