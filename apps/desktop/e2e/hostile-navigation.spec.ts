// Hostile navigations, all refused: links of every dangerous scheme (and
// remote pages) written into highlight notes as Markdown and clicked in the
// side panel and the brief preview, hostile source URLs opened with the
// reader's "Open ↗", and links dropped onto the window. The window never
// leaves the app, no request leaves (the harness fails the test otherwise), no
// popup opens, nothing runs, and only a plain http(s) link ever reaches the
// question "Open … in your browser?" (answered Cancel here). The main process's
// own guard (will-navigate, window.open, redirects) is tried against a table of
// 37 URLs in src/main/navigation-guard.test.ts.
import type { Page } from '@playwright/test';
import { expect, test } from './harness/index.js';

const TITLE_004 = 'Ukraine and Russia in talks to safeguard energy sites';

/** One highlight note each: [what is shown, the Markdown]. */
const MARKDOWN_LINKS: [string, string][] = [
  ['run me', '[run me](javascript:alert(1))'],
  ['run me too', '[run me too](JaVaScRiPt:alert(2))'],
  ['passwords', '[passwords](file:///etc/passwd)'],
  ['html page', '[html page](data:text/html,<script>alert(3)</script>)'],
  ['vb', '[vb](vbscript:msgbox(4))'],
  ['evil site', '[evil site](https://evil.example/phish)'],
  ['plain http', '[plain http](http://203.0.113.7/x)'],
  ['https://evil.example/autolink', '<https://evil.example/autolink>'],
  ['https://evil.example/bare', 'see https://evil.example/bare'],
  ['by reference', '[by reference][r]\n\n[r]: javascript:alert(5)'],
  ['[image: pixel]', '![pixel](https://evil.example/pixel.png)'],
  ['relative to the scheme', '[relative to the scheme](//evil.example/x)'],
];

/** Source URLs given to an article, then opened with "Open ↗"; only the last is plain http(s). */
const SOURCE_URLS = [
  'javascript:alert(document.domain)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://www.ft.com@evil.example/',
  'https://evil.example/story',
];

const DROPPED = ['https://evil.example/dropped', 'javascript:alert(6)', 'file:///etc/passwd', 'data:text/html,hi'];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const ran: string[] = [];
    Object.defineProperty(window, '__ran', { value: ran });
    for (const name of ['alert', 'confirm', 'prompt', 'open'] as const) {
      Object.defineProperty(window, name, { value: (...args: unknown[]) => void ran.push(`${name}(${args.join()})`) });
    }
  });
  await page.reload();
});

const ran = (page: Page) => page.evaluate(() => (window as unknown as { __ran: string[] }).__ran);

/** Links the page could follow: any href but an in-page one (the brief's footnote marks). */
const followable = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll('#root [href]:not(a[href^="#"]), #root [src], #root [action], #root [formaction]'),
    ].map((el) => el.outerHTML),
  );

test(`${MARKDOWN_LINKS.length * 4} clicks on hostile links in notes (side panel and brief preview, plain and Ctrl/middle): the window stays`, async ({
  page,
  notebook,
  dialogs,
}) => {
  const article = (await notebook.call('articles.list', {})).find((a) => a.title === TITLE_004)!;
  const { blocks } = await notebook.call('articles.get', { id: article.id });
  const sentences = blocks.filter((b) => !b.clutter).map((b) => b.text);
  for (const [k, [, markdown]] of MARKDOWN_LINKS.entries()) {
    await notebook.call('annotations.create', {
      articleId: article.id,
      quote: sentences[k]!,
      note: markdown,
      tags: ['navigation'],
    });
  }
  const appUrl = page.url();
  const popups: string[] = [];
  page.context().on('page', (popup) => popups.push(popup.url()));

  const clickEach = async (where: ReturnType<Page['locator']>, surface: string) => {
    for (const [shown] of MARKDOWN_LINKS) {
      const link = where.getByText(shown, { exact: true }).first();
      await expect(link, `${surface}: ${shown}`).toBeVisible();
      await link.click();
      await link.click({ modifiers: ['ControlOrMeta'] });
      await link.click({ button: 'middle' });
      expect(page.url(), `${surface}: ${shown}`).toBe(appUrl);
    }
  };

  await page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_004).click();
  const highlights = page.getByRole('complementary', { name: 'Article details' }).getByRole('region', {
    name: 'Highlights',
  });
  await expect(highlights.locator('.highlight-note')).toHaveCount(MARKDOWN_LINKS.length);
  expect(await followable(page)).toEqual([]);
  await clickEach(highlights, 'side panel');

  await page.keyboard.press('Escape');
  await page
    .getByRole('navigation', { name: 'Notebook' })
    .getByRole('button', { name: /^Brief/ })
    .click();
  const composer = page.getByRole('region', { name: 'Brief composer' });
  await composer.getByRole('checkbox', { name: /^navigation\b/ }).check();
  const preview = composer.getByLabel('Brief preview');
  await expect(preview.locator('blockquote')).toHaveCount(MARKDOWN_LINKS.length);
  expect(await followable(page)).toEqual([]);
  await clickEach(preview, 'brief preview');

  await page.waitForTimeout(300);
  expect(page.url()).toBe(appUrl);
  expect(popups).toEqual([]);
  expect(await ran(page)).toEqual([]);
  // Inert text, not links: nothing was even offered to the system browser.
  expect(await dialogs.externalLinks()).toEqual({ asked: [], opened: [] });
});

test(`${SOURCE_URLS.length} hostile source URLs opened with "Open ↗": only the plain https one is asked about, none is opened`, async ({
  page,
  notebook,
  dialogs,
}) => {
  const article = (await notebook.call('articles.list', {})).find((a) => a.title === TITLE_004)!;
  const appUrl = page.url();
  await page.getByRole('grid', { name: 'Articles' }).getByText(TITLE_004).click();
  const reader = page.getByRole('article', { name: 'Article' });
  for (const url of SOURCE_URLS) {
    await notebook.call('articles.update', { id: article.id, url });
    await expect(reader.getByRole('button', { name: `URL: ${url} (click to edit)` })).toBeVisible();
    await reader.getByRole('button', { name: 'Open ↗' }).click();
    await expect(page.getByText('The link was not opened').last()).toBeVisible();
    expect(page.url(), url).toBe(appUrl);
  }
  expect(await dialogs.externalLinks()).toEqual({ asked: ['Open evil.example in your browser?'], opened: [] });
  expect(await ran(page)).toEqual([]);
});

test(`${DROPPED.length} links dropped onto the window are refused with a word, and the window stays`, async ({
  page,
  dialogs,
}) => {
  const appUrl = page.url();
  const cdp = await page.context().newCDPSession(page);
  // A real (trusted) drag from outside the page, as from another application: Chromium itself
  // would navigate to a dropped link that the page does not take.
  const drop = async (url: string, x: number, y: number) => {
    const data = {
      items: [
        { mimeType: 'text/uri-list', data: url },
        { mimeType: 'text/plain', data: url },
      ],
      dragOperationsMask: 1 | 2 | 16,
    };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
    }
  };
  const grid = page.getByRole('grid', { name: 'Articles' });
  const box = (await grid.boundingBox())!;
  for (const url of DROPPED) {
    await drop(url, box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByText('Only files can be imported').last()).toBeVisible();
    expect(page.url(), url).toBe(appUrl);
  }
  // Dropped into a text field, a link is text like any other: it goes in, and nothing opens.
  await grid.getByText(TITLE_004).click();
  const note = page.getByRole('textbox', { name: 'Note' });
  // The side panel may hold more than the window shows: drop where the field is seen.
  await note.scrollIntoViewIfNeeded();
  const field = (await note.boundingBox())!;
  await drop(DROPPED[0]!, field.x + field.width / 2, field.y + field.height / 2);
  await expect(note).toHaveValue(DROPPED[0]!);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(appUrl);
  expect(await dialogs.externalLinks()).toEqual({ asked: [], opened: [] });
  expect(await ran(page)).toEqual([]);
});
