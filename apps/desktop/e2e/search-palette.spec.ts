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

test('shows its spinner only for a search still under way after a moment, never as a flash per keystroke', async ({
  page,
}) => {
  // The page's timers run only as the test moves its clock, so the delay is checked whatever the machine's load.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  // Every appearance of the spinner is counted, however brief; search answers wait until the test lets them go.
  await page.evaluate(() => {
    const w = window as unknown as {
      spinnerSeen: number;
      holdSearches: boolean;
      releaseSearches: () => void;
      __dossierInvoke: (method: string, input: unknown) => Promise<unknown>;
    };
    w.spinnerSeen = 0;
    new MutationObserver(() => {
      if (document.querySelector('[aria-label="Searching"]')) w.spinnerSeen++;
    }).observe(document.body, { childList: true, subtree: true });
    const invoke = w.__dossierInvoke;
    const held: (() => void)[] = [];
    w.holdSearches = false;
    w.releaseSearches = () => held.splice(0).forEach((release) => release());
    w.__dossierInvoke = async (method, input) => {
      const answer = await invoke(method, input);
      if (method === 'search.query' && w.holdSearches) await new Promise<void>((resolve) => held.push(resolve));
      return answer;
    };
  });
  const spinnerSeen = () => page.evaluate(() => (window as unknown as { spinnerSeen: number }).spinnerSeen);
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search the notebook' });
  const results = page.getByRole('listbox', { name: 'Results' });
  await input.pressSequentially(WORD);
  await expect(results).toHaveAttribute('data-answered', WORD);
  await expect(results.getByRole('option')).toHaveCount(8);
  expect(await spinnerSeen()).toBe(0);

  // An answer still on its way after SPINNER_DELAY_MS (300 ms) shows the spinner until it comes.
  await page.evaluate(() => ((window as unknown as { holdSearches: boolean }).holdSearches = true));
  await input.fill(`${WORD} lakes`);
  await page.clock.runFor(250);
  expect(await spinnerSeen()).toBe(0);
  await page.clock.runFor(100);
  await expect(page.getByLabel('Searching')).toBeVisible();
  await page.evaluate(() => (window as unknown as { releaseSearches: () => void }).releaseSearches());
  await expect(results).toHaveAttribute('data-answered', `${WORD} lakes`);
  await expect(page.getByLabel('Searching')).toHaveCount(0);
});

test('answers a space typed between words with the results shown, asking the notebook nothing', async ({
  page,
  pageCalls,
}) => {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Search the notebook' });
  const results = page.getByRole('listbox', { name: 'Results' });
  await input.pressSequentially(WORD);
  await expect(results).toHaveAttribute('data-answered', WORD);
  const searches = pageCalls().get('search.query');

  await input.press(' ');
  await expect(results).toHaveAttribute('data-answered', `${WORD} `);
  await expect(results.getByRole('option')).toHaveCount(8);
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();
  expect(pageCalls().get('search.query')).toBe(searches);

  // The next word is a new question.
  await input.pressSequentially('lakes');
  await expect(results).toHaveAttribute('data-answered', `${WORD} lakes`);
  expect(pageCalls().get('search.query')).toBeGreaterThan(searches!);
});
