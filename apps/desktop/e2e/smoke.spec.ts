import { expect, test } from './harness/index.js';

test('the app opens on the sample notebook and lists its five articles', async ({ page, saveScreenshot }) => {
  await expect(page.getByText('Ukraine and Russia in talks to safeguard energy sites').first()).toBeVisible();
  const info = await page.evaluate(() => window.dossier!.invoke('articles.list', {}));
  expect(info.ok && (info.value as unknown[]).length).toBe(5);
  await saveScreenshot('smoke-library');
});
