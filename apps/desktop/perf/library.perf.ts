// UI benchmark (not a test): the library of a large notebook in the real
// renderer in Chromium — 100,000 articles by default (DOSSIER_UI_LIBRARY_SIZE).
// The notebook is built once through the notebook's API by the bench package
// (packages/bench/src/ui-notebook.ts, cached under ~/.cache/dossier-bench) and
// opened read-only through the test bridge. Measures: opening the app to the
// first rows painted, frame times while the list scrolls, a jump to the end,
// and a change of sort order. Prints a table; writes test-results/perf/library.json.
// Run: pnpm --filter @dossier/desktop bench:ui:library
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test } from '../e2e/harness/index.js';
import { percentile, scrollFrames, traced } from './frames.js';

const SIZE = Number(process.env.DOSSIER_UI_LIBRARY_SIZE ?? 100_000);
const OUT_DIR = join(__dirname, '..', 'test-results', 'perf');
const BUILDER = resolve(__dirname, '../../../packages/bench/dist/ui-notebook.js');

function largeNotebook(): string {
  const out = execFileSync(process.execPath, [BUILDER, '--size', String(SIZE)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return out.trim().split('\n').pop()!;
}

/** Milliseconds from now until the grid shows rows whose first title differs from `before`. */
async function untilRowsChange(page: Page, before: string | null, act: () => Promise<void>): Promise<number> {
  const start = Date.now();
  await act();
  await page.waitForFunction(
    (prev) => {
      const title = document.querySelector('[aria-label="Articles"] [role="row"].tr .row-title');
      return title !== null && title.textContent !== prev;
    },
    before,
    { polling: 'raf', timeout: 120_000 },
  );
  return Date.now() - start;
}

const firstTitle = (page: Page) =>
  page.evaluate(() => document.querySelector('[aria-label="Articles"] .tr .row-title')?.textContent ?? null);

test.describe('library at scale', () => {
  // Built (or found in the cache) when the test starts, not when Playwright lists the tests.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  test.use({ existingNotebook: async ({}, use) => use(largeNotebook()) });

  test('library of a large notebook: open, scroll, jump, sort', async ({ page, pageCalls, saveScreenshot }) => {
    test.setTimeout(20 * 60_000);
    const loadAtStart = loadavg()[0]!;
    const grid = page.getByRole('grid', { name: 'Articles' });

    const openRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      openRuns.push(await untilRowsChange(page, null, async () => void (await page.reload())));
    }
    await grid.waitFor();
    const callsAfterOpen = pageCalls();

    const body = '[aria-label="Articles"] .table-body';
    await scrollFrames(page, body, 500); // warm-up: the first frames pay for compiling the row code
    await page.evaluate((sel) => (document.querySelector(sel)!.scrollTop = 0), body);
    const callsBeforeScrolling = pageCalls();
    const flick = await traced(page, 'library-flick', () => scrollFrames(page, body, 3000, 1));
    const callsFlick = pageCalls();
    const fast = await traced(page, 'library-fast', () => scrollFrames(page, body, 3000, 20));
    const callsFast = pageCalls();
    // The pages the list asked for while it scrolled: each answer is decoded on the page's main thread.
    const asked = (from: ReadonlyMap<string, number>, to: ReadonlyMap<string, number>) =>
      [...to]
        .map(([method, n]) => [method, n - (from.get(method) ?? 0)] as const)
        .filter(([, n]) => n > 0)
        .map(([method, n]) => `${method} ${n}`)
        .join(', ') || 'none';

    await page.focus(body);
    const before = await firstTitle(page);
    const jump = await untilRowsChange(page, before, () => page.keyboard.press('End'));
    // What a person sees after the scrolling and the jump: the last rows, every one drawn.
    await saveScreenshot(`library-${SIZE}-end`);

    const sortRuns: number[] = [];
    // Title ascending, then descending, then import order, then title again: each shows another first row.
    for (const column of ['Title', 'Title', 'Imported', 'Title']) {
      const shown = await firstTitle(page);
      sortRuns.push(await untilRowsChange(page, shown, () => page.getByRole('columnheader', { name: column }).click()));
    }

    const rows = [
      {
        figure: `open the app to the first rows painted, ${SIZE} articles (ms, 3 reloads)`,
        value: openRuns.map((ms) => ms.toFixed(0)).join(' · '),
      },
      {
        figure: 'scrolling, one screen a frame (frame ms)',
        value: `${flick.fps.toFixed(1)} fps · p50 ${percentile(flick.frames, 50).toFixed(1)} · p95 ${percentile(flick.frames, 95).toFixed(1)} · ${flick.longTasks.length} long tasks`,
        target: '60 fps',
        met: flick.fps >= 55,
      },
      {
        figure: 'scrolling, twenty screens a frame (frame ms)',
        value: `${fast.fps.toFixed(1)} fps · p50 ${percentile(fast.frames, 50).toFixed(1)} · p95 ${percentile(fast.frames, 95).toFixed(1)} · ${fast.longTasks.length} long tasks`,
        target: '60 fps',
        met: fast.fps >= 55,
      },
      {
        figure:
          'main thread per frame while scrolling: style · layout · script · its processor time (ms; one screen a frame; twenty)',
        value: [flick, fast]
          .map(
            ({ perFrame: w }) =>
              `${w.style.toFixed(1)} · ${w.layout.toFixed(1)} · ${w.script.toFixed(1)} · ${w.cpu.toFixed(1)}`,
          )
          .join('; '),
      },
      {
        figure: 'calls the page made while scrolling (one screen a frame; twenty)',
        value: `${asked(callsBeforeScrolling, callsFlick)}; ${asked(callsFlick, callsFast)}`,
      },
      { figure: 'End: jump to the last row, painted (ms)', value: jump.toFixed(0) },
      {
        figure: 'change of sort order to rows painted (ms)',
        value: `${sortRuns.map((ms) => ms.toFixed(0)).join(' · ')}`,
      },
      {
        figure: 'calls the page made to open (3 reloads)',
        value: [...callsAfterOpen].map(([method, n]) => `${method} ${n}`).join(', '),
      },
    ];
    console.log(
      [
        `UI library benchmark, ${new Date().toISOString()}, load ${loadAtStart.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`,
        '| figure | measured | target | met |',
        '|---|---|---|---|',
        ...rows.map(
          (r) =>
            `| ${r.figure} | ${r.value} | ${'target' in r ? r.target : ''} | ${'met' in r ? (r.met ? 'yes' : 'NO') : ''} |`,
        ),
      ].join('\n'),
    );
    await mkdir(OUT_DIR, { recursive: true });
    await writeFile(
      join(OUT_DIR, 'library.json'),
      JSON.stringify(
        { size: SIZE, load: [loadAtStart, loadavg()[0]], openRuns, flick, fast, jump, sortRuns, rows },
        null,
        1,
      ),
    );
  });
});
