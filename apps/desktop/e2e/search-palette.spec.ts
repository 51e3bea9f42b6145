// The search palette answers each keystroke with the first page of results
// (what it shows without scrolling) and brings the rest when the user asks for
// them: by scrolling, by moving down to them, or with "Show more results".
import { expect, test } from './harness/index.js';

const WORD = 'quillwort';
const ARTICLES = 12;

test.beforeEach(async ({ notebook }) => {
  const files = Array.from({ length: ARTICLES }, (_, i) => ({
    name: `botany-${i}.txt`,
    dataBase64: Buffer.from(
      `Field notes ${i}\n\nThe ${WORD} grows in shallow lakes; survey ${i} counted ${i + 3} stands of ${WORD}.`,
    ).toString('base64'),
  }));
  await notebook.call('articles.import', { files });
});

test('shows the first page at once and the rest on request, by button or by keyboard', async ({ page }) => {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search the notebook' });
  const results = page.getByRole('listbox', { name: 'Results' });
  await input.fill(WORD);
  await expect(results.getByRole('option')).toHaveCount(8);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results.getByRole('option')).toHaveCount(ARTICLES);
  await expect(page.getByRole('button', { name: 'Show more results' })).toHaveCount(0);

  // A new search starts with its first page again; moving down past it brings the rest.
  await input.fill(`${WORD} lakes`);
  await expect(results).toHaveAttribute('data-answered', `${WORD} lakes`);
  await expect(results.getByRole('option')).toHaveCount(8);
  for (let i = 0; i < 7; i++) await input.press('ArrowDown');
  await expect(results.getByRole('option')).toHaveCount(ARTICLES);
  await expect(results.getByRole('option', { selected: true })).toHaveAttribute('id', 'hit-7');
  await input.press('ArrowDown');
  await expect(results.getByRole('option', { selected: true })).toHaveAttribute('id', 'hit-8');
});
