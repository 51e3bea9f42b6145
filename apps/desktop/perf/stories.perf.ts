// UI benchmark (not a test): the Stories view of a large notebook in the real
// renderer in Chromium. The notebook is the one `pnpm bench:stories` keeps
// (DOSSIER_UI_STORIES_NOTEBOOK, default the temp folder's
// dossier-bench-stories-10000: run `DOSSIER_BENCH_SIZE=10000 pnpm bench:stories`
// first), opened read-only through the test bridge. Measures: key 5 to the
// first story card painted (the first time in the process, which reads the
// saved story state, then after reloads of the page), the elements the view
// holds, and the renderer's JS heap.
// Run: pnpm --filter @dossier/desktop bench:ui:stories
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '../e2e/harness/index.js';

const NOTEBOOK = process.env.DOSSIER_UI_STORIES_NOTEBOOK ?? join(tmpdir(), 'dossier-bench-stories-10000');

test.describe('stories at scale', () => {
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  test.use({ existingNotebook: async ({}, use) => use(NOTEBOOK) });

  test('stories of a large notebook: key 5 to the first card, elements, heap', async ({ page }) => {
    test.setTimeout(15 * 60_000);
    const rows: [string, string][] = [];
    const untilFirstCard = async () => {
      await page.getByRole('navigation', { name: 'Notebook' }).waitFor();
      const start = Date.now();
      await page.keyboard.press('5');
      await page
        .locator('.story-card')
        .first()
        .waitFor({ timeout: 10 * 60_000 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(undefined))));
      return Date.now() - start;
    };
    rows.push(['key 5 → first card, first in the process (ms)', String(await untilFirstCard())]);
    for (let run = 1; run <= 3; run++) {
      await page.reload();
      rows.push([`key 5 → first card, after reload ${run} (ms)`, String(await untilFirstCard())]);
    }
    const counts = await page.evaluate(() => {
      const view = document.querySelector('[aria-label="Stories"]')!;
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return {
        elements: view.querySelectorAll('*').length,
        cards: view.querySelectorAll('.story-card').length,
        heap: memory ? (memory.usedJSHeapSize / 2 ** 20).toFixed(1) : 'n/a',
      };
    });
    rows.push(['elements in the view', String(counts.elements)]);
    rows.push(['story cards drawn', String(counts.cards)]);
    rows.push(['renderer JS heap (MB)', counts.heap]);
    console.log(`\nStories view, ${NOTEBOOK}; load ${loadavg()[0]!.toFixed(2)}`);
    console.log('| measure | value |\n| --- | ---: |');
    for (const [label, value] of rows) console.log(`| ${label} | ${value} |`);
  });
});
