// What the UI benchmarks measure in the page: frame times while a list
// scrolls, and percentiles of the samples taken.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Where `traced` writes Chromium's performance traces; unset, nothing is traced. */
const TRACE_DIR = process.env.DOSSIER_UI_TRACE;

/**
 * Runs `measure`, recording a Chromium performance trace of it into
 * $DOSSIER_UI_TRACE/<name>.json when that variable names a folder (open it in
 * chrome://tracing or Perfetto, or summarise it with perf/trace-summary.mts).
 * Tracing slows the page: figures taken with it are for finding where the time
 * goes, not for the table.
 *
 * @example DOSSIER_UI_TRACE=/tmp/traces pnpm --filter @dossier/desktop bench:ui:library
 */
export async function traced<T>(page: Page, name: string, measure: () => Promise<T>): Promise<T> {
  const browser = page.context().browser();
  if (!TRACE_DIR || !browser) return measure();
  await mkdir(TRACE_DIR, { recursive: true });
  await browser.startTracing(page, {
    path: join(TRACE_DIR, `${name}.json`),
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8', 'toplevel'],
  });
  try {
    return await measure();
  } finally {
    await browser.stopTracing();
  }
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export interface ScrollFrames {
  /** Time between consecutive frames while scrolling (ms). */
  frames: number[];
  fps: number;
  /** Tasks of 50 ms or more on the page's main thread while scrolling (ms each). */
  longTasks: number[];
  /** How far the list got (px), to show it scrolled through the rows and not against its end. */
  scrolledPx: number;
  /**
   * The page's main-thread work per frame while scrolling (ms, Chromium's own counters): style, layout,
   * script, and the processor time of the thread. Less at the mercy of the machine's load than the
   * frame rate, which on a busy machine mostly measures the waits for a core.
   */
  perFrame: { style: number; layout: number; script: number; cpu: number };
}

/** Chromium's counters of the page's main-thread work (seconds, counted from `Performance.enable`). */
async function mainThreadCounters(page: Page): Promise<() => Promise<Record<string, number>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
  const start = await read();
  return async () => {
    const now = await read();
    await cdp.detach();
    return Object.fromEntries(Object.entries(now).map(([name, value]) => [name, value - (start[name] ?? 0)]));
  };
}

/**
 * Scrolls the element at `selector` by `screensPerFrame` of its own height on
 * every frame for `ms` milliseconds, as a fast flick or a held Page Down does,
 * and records each frame's time.
 */
export async function scrollFrames(
  page: Page,
  selector: string,
  ms = 3000,
  screensPerFrame = 1,
): Promise<ScrollFrames> {
  const counted = await mainThreadCounters(page);
  const measured = await page.evaluate(
    async ([sel, duration, screens]) => {
      const body = document.querySelector(sel)!;
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      const deltas: number[] = [];
      const startTop = body.scrollTop;
      let last = performance.now();
      const end = last + duration;
      await new Promise<void>((resolve) => {
        const step = (now: number) => {
          deltas.push(now - last);
          last = now;
          body.scrollTop += body.clientHeight * screens;
          if (now < end) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      observer.disconnect();
      return { frames: deltas.slice(1), longTasks, scrolledPx: body.scrollTop - startTop };
    },
    [selector, ms, screensPerFrame] as const,
  );
  const work = await counted();
  const perFrame = (name: string) => ((work[name] ?? NaN) * 1000) / (measured.frames.length + 1);
  const total = measured.frames.reduce((a, b) => a + b, 0);
  return {
    ...measured,
    fps: measured.frames.length / (total / 1000),
    perFrame: {
      style: perFrame('RecalcStyleDuration'),
      layout: perFrame('LayoutDuration'),
      script: perFrame('ScriptDuration'),
      cpu: perFrame('ThreadTime'),
    },
  };
}
