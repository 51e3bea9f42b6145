// Imported content is data, never code. Over 800 XSS payloads (the Big List of
// Naughty Strings and vectors composed from every common sink, breakout and
// obfuscation; see fixtures/xss/SOURCES.md) go into the real notebook as article
// text, titles and other metadata, article and highlight notes, link notes and
// tags, and are shown in the library, the reader, the side panel and the brief
// preview. No payload may run (traps on alert, confirm, prompt, print,
// window.open and console), make a request or break the CSP (the harness fails
// any test whose page did), or reach the DOM as markup (no element or
// attribute a payload could bring).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { composedVectors } from './fixtures/xss/vectors.js';
import { expect, test } from './harness/index.js';

const FIXTURES = join(__dirname, 'fixtures', 'xss');
const load = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as string[];
const PAYLOADS = [...load('blns.json'), ...composedVectors()].filter((p) => p.trim().length > 0);
const PER_ARTICLE = 70;
const TAG = 'hostile';
/** The contract's limits on article metadata (packages/core/src/model.ts): longer values are refused. */
const LIMITS = { title: 1000, outlet: 500, author: 1000, url: 4000 } as const;

/** Elements the app never renders itself; from a payload they would be markup. */
const FOREIGN =
  'script:not([data-app]), iframe, frame, frameset, object, embed, img, image, svg, math, video, audio, source, form, input[type=image], base, meta, link, style, template, marquee, isindex, xml, bgsound, applet';
/** Attributes that load, navigate or run something; the app only ever sets `href="#…"` on in-page links. */
const LOADING_ATTRIBUTES =
  /^(href|src|srcdoc|srcset|action|formaction|xlink:href|data|poster|background|dynsrc|lowsrc)$/iu;

async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ selector, loading }) => {
      const loads = new RegExp(loading, 'iu');
      const root = document.getElementById('root')!;
      const found = [...root.querySelectorAll(selector)].map((el) => `<${el.tagName.toLowerCase()}>`);
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          const value = el.getAttribute(attr) ?? '';
          const inPageLink = el.tagName === 'A' && attr === 'href' && value.startsWith('#');
          if (/^on/iu.test(attr) || (loads.test(attr) && !inPageLink) || /^\s*(javascript|vbscript):/iu.test(value))
            found.push(`${attr}="${value}"`);
        }
      }
      return found;
    },
    { selector: FOREIGN, loading: LOADING_ATTRIBUTES.source },
  );
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const ran: string[] = [];
    Object.defineProperty(window, '__ran', { value: ran });
    const record =
      (name: string) =>
      (...args: unknown[]) => {
        ran.push(`${name}(${args.map(String).join(',')})`);
      };
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'open'] as const) {
      Object.defineProperty(window, name, { value: record(name) });
    }
    // The app never logs; a payload's `console.log(…)` (or a crash React reports) would show here.
    for (const name of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      Object.defineProperty(console, name, { value: record(`console.${name}`) });
    }
  });
  // The harness opened the app before this script existed: load it again under the traps.
  await page.reload();
});

const ran = (page: Page) => page.evaluate(() => (window as unknown as { __ran: string[] }).__ran);

test(`${PAYLOADS.length} XSS payloads as text, titles, metadata, notes, links and tags: nothing runs, nothing is injected`, async ({
  page,
  notebook,
}) => {
  // About a minute on an idle 2-core machine; the margin is for a loaded one (over 2 min seen).
  test.setTimeout(300_000);
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(700);
  const articleIds: string[] = [];
  /** Per article, one payload full of markup that the reader must show as plain text. */
  const shownAsText: (string | undefined)[] = [];
  // Stored first with the app closed (it would redraw after each of ~900 changes), then shown.
  const appUrl = page.url();
  await page.goto('about:blank');
  for (let at = 0, n = 0; at < PAYLOADS.length; at += PER_ARTICLE, n++) {
    const batch = PAYLOADS.slice(at, at + PER_ARTICLE);
    // Each payload on its own line: one paragraph each. A numbered headline keeps the title ours to set.
    const text = [`Hostile article ${n}`, ...batch.map((p) => p.replace(/\r?\n/gu, ' '))].join('\n');
    const [result] = await notebook.call('articles.import', {
      files: [{ name: `hostile-${n}.txt`, dataBase64: Buffer.from(text).toString('base64') }],
    });
    expect(result!.status, result!.message).toBe('imported');
    const id = result!.articleId!;
    articleIds.push(id);
    shownAsText.push(batch.find((p) => /^<[a-z][^\n]*>$/iu.test(p) && !/\s\s|\p{Cc}/u.test(p)));
    const meta = (k: number, field: keyof typeof LIMITS) =>
      batch[k % batch.length]!.slice(0, LIMITS[field]).trim() || 'x';
    await notebook.call('articles.update', {
      id,
      title: meta(0, 'title'),
      outlet: meta(1, 'outlet'),
      author: meta(2, 'author'),
      url: meta(3, 'url'),
      note: batch.join('\n\n'),
    });
    const article = await notebook.call('articles.get', { id });
    // Sent together: the notebook applies them one by one, but the calls need not wait for each other.
    // Every payload of the batch becomes one highlight's note and tag, the highlights spread over
    // the article's paragraphs (some payloads are blank once cleaned, so paragraphs are fewer). A
    // paragraph the cleaner set aside (payloads that read as script code are) is still the article's text.
    const paragraphs = article.blocks.filter((b) => b.text.trim());
    expect(paragraphs.length).toBeGreaterThan(0);
    await Promise.all(
      batch.map((payload, k) => {
        // A tag holds no "#" or line break and cannot start with "/".
        const tag = payload
          .replace(/[#\n\r]/gu, '')
          .replace(/^[\s/]+/u, '')
          .slice(0, 150);
        return notebook.call('annotations.create', {
          articleId: id,
          quote: paragraphs[k % paragraphs.length]!.text,
          note: payload,
          tags: tag.trim() ? [TAG, `${TAG}/${tag}`] : [TAG],
        });
      }),
    );
    if (n > 0) {
      await notebook.call('links.create', {
        from: { articleId: articleIds[n - 1]! },
        to: { articleId: id },
        kind: 'related',
        note: batch.slice(0, 10).join(' '),
      });
    }
  }

  expect(shownAsText.filter(Boolean).length).toBeGreaterThanOrEqual(articleIds.length - 2);
  // Tall enough that every row of the (virtualised) library is on screen.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.goto(appUrl);
  const grid = page.getByRole('grid', { name: 'Articles' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(5 + articleIds.length));
  expect(await injectedMarkup(page), 'the library').toEqual([]);

  for (const [n] of articleIds.entries()) {
    await grid.getByText(`hostile-${n}.txt`, { exact: true }).click();
    const reader = page.getByRole('article', { name: 'Article' });
    await expect(reader).toBeVisible();
    // Payloads the cleaner set aside as clutter (script code) are drawn too, so they are checked too.
    const showRemoved = page.getByRole('button', { name: /^Show removed clutter/u });
    if (await showRemoved.count()) await showRemoved.click();
    await expect(reader.locator('mark.hl').first()).toBeVisible();
    if (shownAsText[n]) await expect(reader).toContainText(shownAsText[n]!);
    const panel = page.getByRole('complementary', { name: 'Article details' });
    await expect(panel.getByRole('region', { name: 'Highlights' }).locator('.highlight-note').first()).toBeVisible();
    expect(await injectedMarkup(page), `hostile-${n}.txt in the reader and side panel`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(grid).toBeVisible();
  }

  await page
    .getByRole('navigation', { name: 'Notebook' })
    .getByRole('button', { name: /^Brief/ })
    .click();
  const composer = page.getByRole('region', { name: 'Brief composer' });
  await composer
    .getByRole('checkbox', { name: new RegExp(`^${TAG}\\b`) })
    .first()
    .check();
  const preview = composer.getByLabel('Brief preview');
  await expect(preview.locator('blockquote').first()).toBeVisible();
  // Grouped by tag, every highlight is quoted at least once (under each of its tags).
  const tagged = await notebook.call('annotations.list', { tag: TAG });
  expect(tagged.length).toBe(PAYLOADS.length);
  expect(await preview.locator('blockquote').count()).toBeGreaterThanOrEqual(tagged.length);
  expect(await injectedMarkup(page), 'the brief preview').toEqual([]);

  // Let any deferred handler (a timer, an error event of a late load) fire before the verdict.
  await page.waitForTimeout(500);
  expect(await ran(page)).toEqual([]);
});

test.describe('the check itself', () => {
  // The probe below injects one inline handler on purpose. Two policies block it — the one the
  // server sends and the page's own <meta> copy (for file:// loads) — so it is reported twice,
  // and the harness must see exactly those two reports.
  test.use({ expectedCspViolations: ['Executing inline event handler', 'Executing inline event handler'] });

  test('sees markup, a script that runs, and the policy blocking an inline handler', async ({ page }) => {
    // Without this, a check that never finds anything would pass the test above.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<img alt="x" src="data:," onerror="alert(1)"><svg></svg><a href="javascript:alert(2)">x</a>';
      document.getElementById('root')!.append(probe);
      window.alert('probe');
      console.log('probe');
    });
    await expect
      .poll(() => injectedMarkup(page))
      .toEqual(
        expect.arrayContaining(['<img>', '<svg>', 'onerror="alert(1)"', 'src="data:,"', 'href="javascript:alert(2)"']),
      );
    // The policy blocked the handler (else alert(1) would be here too); the traps saw the direct calls.
    await page.waitForTimeout(300);
    expect(await ran(page)).toEqual(['alert(probe)', 'console.log(probe)']);
  });
});
