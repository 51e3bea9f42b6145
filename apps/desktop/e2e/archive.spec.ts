// The whole notebook as one archive, from the Export screen: the zip the app
// saves restores (as File → Open Archive… and `dossier restore` do) into a
// folder holding the same articles, highlights and search.
import { join } from 'node:path';
import { dispatch, openNotebook, restoreArchive, type Notebook } from '@dossier/notebook';
import { expect, test } from './harness/index.js';

async function ask(notebook: Notebook, method: 'articles.list' | 'annotations.list' | 'search.query', input: object) {
  const result = await dispatch(notebook.service, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { title?: string; target?: { quote: { exact: string } } }[];
}

test('Save archive… on the Export screen writes one zip that restores the notebook elsewhere', async ({
  page,
  dialogs,
  notebook,
}, testInfo) => {
  const articles = await notebook.call('articles.list', {});
  const a004 = articles.find((a) => a.source.fileName.startsWith('004_'))!;
  await notebook.call('annotations.create', {
    articleId: a004.id,
    quote: 'both sides have reduced the frequency of attacks',
    tags: ['energy/strikes'],
  });
  await page.keyboard.press('7');
  const view = page.getByRole('region', { name: 'Export' });
  await view.getByRole('button', { name: 'Save archive…' }).click();
  await expect(page.getByText(/The whole notebook \(\d+ files\) was saved as .*notebook\.zip/u)).toBeVisible();
  expect(await dialogs.saved()).toEqual([join(dialogs.saveDir, 'notebook.zip')]);

  const restoredDir = testInfo.outputPath('restored');
  await restoreArchive(join(dialogs.saveDir, 'notebook.zip'), restoredDir);
  const restored = await openNotebook(restoredDir, { readOnly: true });
  try {
    const titles = (await ask(restored, 'articles.list', {})).map((a) => a.title).sort();
    expect(titles).toEqual(articles.map((a) => a.title).sort());
    const highlights = await ask(restored, 'annotations.list', {});
    expect(highlights.map((h) => h.target!.quote.exact)).toEqual(['both sides have reduced the frequency of attacks']);
    const hits = await ask(restored, 'search.query', { q: 'Zelensky' });
    expect(hits).toHaveLength(5);
  } finally {
    await restored.close();
  }
});
