// A researcher's session on the sample notebook, end to end in the real
// renderer against the real notebook: search, read, highlight with a new tag
// and a note, link two reports of one story, compose a brief, reload.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/index.js';

const TITLE_004 = 'Ukraine and Russia in talks to safeguard energy sites';
const TITLE_002_START = 'The Kremlin on Wednesday dismissed';
const SENTENCE = 'Ukraine relies mainly on nuclear power plants and energy imports from Europe.';
const TAG = 'energy/nuclear-imports';
const NOTE = 'Why winter matters: **dependence** on imports.';

/** Selects `text` inside the reader the way a drag would leave it: a DOM Range over the block's text node. */
async function selectInReader(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const blocks = [...document.querySelectorAll('.article-body [data-start]')];
    const block = blocks.find((b) => b.textContent?.includes(wanted));
    if (!block) throw new Error(`no block in the reader contains: ${wanted}`);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error('the text spans several nodes');
  }, text);
}

test('search, highlight with a new tag and note, link, brief, and everything survives a reload', async ({
  page,
  notebook,
  dialogs,
  saveScreenshot,
}) => {
  test.setTimeout(90_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await expect(page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_004)).toBeVisible();
  await saveScreenshot('library');

  // Search: every spelling of the name finds all five articles.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox', { name: 'Search the notebook' }).fill('Zelensky');
  await expect(palette.locator('.hit')).toHaveCount(5);
  await expect(palette.locator('.hit mark').first()).toBeVisible();
  await saveScreenshot('search-palette');
  await palette.locator('.hit', { hasText: TITLE_004 }).click();

  // The reader opens 004 at the first match, flashed.
  const reader = page.getByRole('article', { name: 'Article' });
  await expect(reader.getByRole('button', { name: /^Title: Ukraine and Russia in talks/ })).toBeVisible();
  await expect(reader.locator('mark[data-match]').first()).toBeInViewport();
  await expect(reader.locator('mark[data-match]').first()).toHaveText(/zelensk/i);

  // Select a real sentence and highlight it with a tag that does not exist yet, and a note.
  await selectInReader(page, SENTENCE);
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: /^Tag…/ }).click();
  const editor = page.getByRole('dialog', { name: 'New highlight' });
  await expect(editor.locator('.popover-quote')).toHaveText(SENTENCE);
  await editor.getByRole('combobox', { name: 'Add a tag' }).fill(TAG);
  await expect(editor.getByRole('option', { name: `Create tag ${TAG}` })).toBeVisible();
  await editor.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
  await expect(editor.locator('.chip', { hasText: TAG })).toBeVisible();
  await editor.getByLabel(/^Note/).fill(NOTE);
  await editor.getByRole('button', { name: 'Save highlight' }).click();

  const mark = reader.locator('mark.hl');
  await expect(mark).toHaveText(SENTENCE);
  const [stored] = await notebook.call('annotations.list', { tag: TAG });
  expect(stored?.target.quote.exact).toBe(SENTENCE);
  expect(stored?.note).toBe(NOTE);
  const panel = page.getByRole('complementary', { name: 'Article details' });
  await expect(panel.locator('.highlight-quote')).toHaveText(SENTENCE);
  await expect(panel.getByRole('button', { name: TAG })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Notebook' }).getByRole('button', { name: /nuclear-imports/ }),
  ).toBeVisible();
  await saveScreenshot('reader-with-highlight');

  // The note is text, shown back when the highlight is clicked.
  await mark.click();
  const popover = page.getByRole('dialog', { name: 'Highlight' });
  await expect(popover.getByLabel(/^Note/)).toHaveValue(NOTE);
  await popover.getByRole('button', { name: 'Cancel' }).click();

  // Link 004 to 002 as the same story; the backlink shows on 002.
  await page.keyboard.press('l');
  const linkDialog = page.getByRole('dialog', { name: 'Link to another article' });
  await linkDialog.getByRole('textbox', { name: 'Find the article to link to' }).fill('Kremlin');
  await linkDialog.getByRole('button', { name: new RegExp(TITLE_002_START) }).click();
  await linkDialog.getByText('same-story', { exact: true }).click();
  await linkDialog.getByLabel(/^Note/).fill('Moscow denies what 004 reports');
  await saveScreenshot('link-dialog');
  await linkDialog.getByRole('button', { name: 'Create link' }).click();
  await expect(linkDialog).toBeHidden();
  await expect(panel.locator('.link-item', { hasText: TITLE_002_START })).toContainText('same-story');
  await panel.getByRole('button', { name: new RegExp(`^${TITLE_002_START}`) }).click();
  await expect(reader.getByRole('button', { name: new RegExp(`^Title: ${TITLE_002_START}`) })).toBeVisible();
  const backlink = panel.locator('.link-item', { hasText: TITLE_004 });
  await expect(panel.getByText('Linked from')).toBeVisible();
  await expect(backlink).toContainText('same-story');
  await expect(backlink).toContainText('Moscow denies what 004 reports');

  // Brief for the tag: the quote verbatim, cited with 004's title.
  await page
    .getByRole('navigation', { name: 'Notebook' })
    .getByRole('button', { name: /^Brief/ })
    .click();
  const composer = page.getByRole('region', { name: 'Brief composer' });
  await composer.getByLabel('Title', { exact: true }).fill('Energy truce talks');
  await composer.getByRole('checkbox', { name: new RegExp(TAG) }).check();
  await expect(composer.locator('.brief-stats')).toHaveText('1 quote from 1 article');
  const preview = composer.getByLabel('Brief preview');
  await expect(preview.locator('blockquote')).toContainText(SENTENCE);
  await expect(preview.locator('.footnotes li')).toContainText(TITLE_004);
  await saveScreenshot('brief-composer');
  await composer.getByRole('button', { name: 'Markdown' }).click();
  const markdown = (await preview.locator('pre').textContent()) ?? '';
  expect(markdown).toContain(`> ${SENTENCE} [^1]`);
  expect(markdown).toMatch(new RegExp(`^\\[\\^1\\]: ${TITLE_004}`, 'mu'));

  await composer.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Brief copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  await composer.getByRole('button', { name: 'Save…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved to / })).toBeVisible();
  const [savedPath] = await dialogs.saved();
  expect(savedPath).toMatch(/Energy-truce-talks\.md$/u);
  expect(await readFile(savedPath!, 'utf8')).toContain(`> ${SENTENCE}`);

  // Reload: the highlight, its tag and note, and the link are all still there.
  await page.reload();
  await page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_004).click();
  await expect(reader.locator('mark.hl')).toHaveText(SENTENCE);
  await expect(panel.getByRole('button', { name: TAG })).toBeVisible();
  // The note is Markdown, drawn as elements: the emphasis is bold, the asterisks gone.
  await expect(panel.locator('.highlight-note')).toHaveText(NOTE.replaceAll('**', ''));
  await expect(panel.locator('.highlight-note strong')).toHaveText('dependence');
  await expect(panel.locator('.link-item', { hasText: TITLE_002_START })).toContainText('same-story');
  await expect(
    page.getByRole('navigation', { name: 'Notebook' }).getByRole('button', { name: /nuclear-imports/ }),
  ).toBeVisible();
});
