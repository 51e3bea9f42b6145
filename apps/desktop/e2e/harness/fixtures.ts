// Playwright fixtures shared by every spec. A spec gets `page` showing the app
// on a fresh sample notebook — in Chromium through the test bridge, or in the
// real Electron app — plus dialog stubs, a client on the same notebook, a
// screenshot helper, and an offline check that fails any test whose page asked
// for a non-local URL.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { createClient, type AppEvent, type DossierBridge, type DossierClient } from '@dossier/core';
import { openNotebook, openSampleNotebook, setExtractionWorkerFile } from '@dossier/notebook';
import { routeInvoke } from '../../src/main/invoke-route.js';
import { installBrowserBridge } from './browser-bridge.js';
import { electronBinary, launchApp, stubElectronDialogs } from './electron-app.js';
import { recordNetwork, type NetworkLog } from './network-log.js';
import { serveRenderer } from './static-server.js';
import { createTestShell, type TestDialogs } from './test-shell.js';

const appDir = resolve(__dirname, '../..');
export const SEEDS_DIR = resolve(appDir, '../../seeds');
export const SCREENSHOTS_DIR = join(appDir, 'test-results', 'screenshots');

// Playwright loads the notebook as CommonJS, where it cannot find its worker by itself: the built one is named here.
setExtractionWorkerFile(resolve(appDir, '../../packages/notebook/dist/import/extract-worker.js'));

export interface HarnessOptions {
  runtime: 'chromium' | 'electron';
}

export interface HarnessTestOptions {
  /**
   * Content-Security-Policy violations a test causes on purpose, one entry (a
   * substring of the browser's report) per violation, in order. The test then
   * fails unless exactly these were reported. Default: none at all.
   * Example: `test.use({ expectedCspViolations: ['Executing inline event handler'] })`.
   */
  expectedCspViolations: string[];
  /**
   * The state the sample notebook is in when the app opens it: `'fresh'`, or
   * `'damaged-catalog'` (seeded and closed, then notebook.json overwritten with
   * garbage, as a failing disk leaves it; a backup of it exists).
   * Example: `test.use({ notebookState: 'damaged-catalog' })`.
   */
  notebookState: 'fresh' | 'damaged-catalog';
  /**
   * An existing notebook folder the page opens read-only instead of a fresh
   * sample one (Chromium runtime only), e.g. the UI benchmark's 100k-article
   * notebook, too large to import through the bridge in a test. Default: none.
   * Example: `test.use({ existingNotebook: '/root/.cache/dossier-bench/ui-notebook-100000' })`.
   */
  existingNotebook: string | undefined;
}

export interface HarnessFixtures {
  /** This test's fresh sample notebook folder (seeded from seeds/). */
  notebookDir: string;
  /** Arrange what the native open/save dialogs answer. */
  dialogs: TestDialogs;
  /**
   * A second client on the same notebook, as the CLI would be: changes made
   * through it reach the page as change events.
   */
  notebook: DossierClient;
  /** Every request the page made; the test fails afterwards if any was non-local (or the CSP was violated). */
  network: NetworkLog;
  /** Saves a PNG of the page as test-results/screenshots/<project>-<name>.png and returns its path. */
  saveScreenshot(name: string): Promise<string>;
  /**
   * How many calls of each method the page has made through its bridge, e.g.
   * `pageCalls().get('articles.list')`. Chromium runtime only (the Electron
   * runtime's calls cross real IPC, which the harness does not watch).
   */
  pageCalls(): ReadonlyMap<string, number>;
  /**
   * How long the notebook took to answer each of the page's calls of `method`,
   * in order (ms), e.g. `pageCallTimes('search.query')`. Chromium runtime only.
   */
  pageCallTimes(method: string): number[];
}

interface Internal {
  workDir: string;
  session: {
    page: Page;
    dialogs: TestDialogs;
    notebook: DossierClient;
    network: NetworkLog;
    calls?: ReadonlyMap<string, number>;
    handlerMs?: ReadonlyMap<string, number[]>;
  };
}

let electronSkipAnnounced = false;

interface WorkerFixtures {
  rendererUrl: string;
  /** Chromium for the chromium runtime; never launched for Electron. */
  chromium: Browser | undefined;
}

export const test = base.extend<HarnessFixtures & HarnessTestOptions & Internal, HarnessOptions & WorkerFixtures>({
  runtime: ['chromium', { option: true, scope: 'worker' }],
  expectedCspViolations: [[], { option: true }],
  notebookState: ['fresh', { option: true }],
  existingNotebook: [undefined, { option: true }],

  // Launched here rather than through Playwright's own `page`, which `page` below
  // replaces: in the Electron runtime no browser must start at all.
  chromium: [
    async ({ playwright, runtime, launchOptions, headless }, use) => {
      if (runtime !== 'chromium') return use(undefined);
      const browser = await playwright.chromium.launch({ ...launchOptions, headless });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await serveRenderer(join(appDir, 'out', 'renderer'));
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  workDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  notebookDir: async ({ workDir }, use) => use(join(workDir, 'Sample Notebook')),

  session: async (
    { runtime, chromium, rendererUrl, workDir, notebookDir, notebookState, existingNotebook },
    use,
    testInfo,
  ) => {
    const saveDir = join(workDir, 'saved');
    await mkdir(saveDir, { recursive: true });
    if (notebookState === 'damaged-catalog') {
      await (await openSampleNotebook(notebookDir, SEEDS_DIR)).close();
      await writeFile(join(notebookDir, 'notebook.json'), '{"schemaVersion": 1, "articles": [');
    }

    if (runtime === 'electron') {
      const binary = electronBinary();
      if ('missing' in binary) {
        const reason = `Electron binary not installed here: ${binary.missing}`;
        if (!electronSkipAnnounced) console.warn(`electron project: every test skipped — ${reason}`);
        electronSkipAnnounced = true;
        testInfo.skip(true, reason);
        return;
      }
      const app = await launchApp({
        binary: binary.path,
        mainScript: join(appDir, 'out', 'main', 'index.js'),
        notebookDir,
        userDataDir: join(workDir, 'profile'),
      });
      const appWindow = await app.firstWindow();
      const network = await recordNetwork(appWindow.context());
      const dialogs = await stubElectronDialogs(app, saveDir);
      // Through the app's own preload, so the call crosses the real IPC boundary.
      const bridge: DossierBridge = {
        invoke: (method, input) =>
          appWindow.evaluate(([m, i]) => window.dossier!.invoke(m, i), [method, input] as const),
        onEvent: () => () => undefined,
      };
      await use({ page: appWindow, dialogs, notebook: createClient(bridge), network });
      await app.close();
      return;
    }

    if (!chromium) throw new Error('the chromium runtime has no browser');
    const context = await chromium.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const notebook = existingNotebook
      ? await openNotebook(existingNotebook, { readOnly: true })
      : await openSampleNotebook(notebookDir, SEEDS_DIR);
    const network = await recordNetwork(context);
    // The bridge needs the shell and the shell needs the bridge's emit: tie the knot late.
    let emit: (event: AppEvent) => void = () => undefined;
    const { shell, dialogs } = createTestShell({ notebook, saveDir, emit: (event) => emit(event) });
    const bridge = await installBrowserBridge(page, notebook, shell, new URL(rendererUrl).origin);
    emit = (event) => void bridge.emit(event);
    const client = createClient({
      invoke: (method, input) =>
        routeInvoke({ service: () => notebook.service, readOnly: () => notebook.readOnly, shell }, method, input),
      onEvent: (listener) => notebook.onChange(listener),
    });
    await page.goto(rendererUrl);
    await use({ page, dialogs, notebook: client, network, calls: bridge.calls, handlerMs: bridge.handlerMs });
    bridge.detach();
    await context.close();
    await notebook.close();
  },

  page: async ({ session }, use) => use(session.page),
  dialogs: async ({ session }, use) => use(session.dialogs),
  notebook: async ({ session }, use) => use(session.notebook),
  pageCalls: async ({ session }, use) =>
    use(() => {
      if (!session.calls) throw new Error("pageCalls: the Electron runtime's calls are not counted");
      return new Map(session.calls);
    }),
  pageCallTimes: async ({ session }, use) =>
    use((method) => {
      if (!session.handlerMs) throw new Error("pageCallTimes: the Electron runtime's calls are not timed");
      return [...(session.handlerMs.get(method) ?? [])];
    }),

  network: [
    async ({ session, expectedCspViolations }, use) => {
      // A policy violation in the browser would break the same code in Electron: fail on it here.
      const violations: string[] = [];
      session.page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/u.test(message.text()))
          violations.push(message.text());
      });
      await use(session.network);
      expect(session.network.foreign(), 'requests to non-local URLs (the app must work offline)').toEqual([]);
      expect(violations, 'Content-Security-Policy violations (only those the test expects, one each)').toEqual(
        expectedCspViolations.map((text) => expect.stringContaining(text)),
      );
    },
    { auto: true },
  ],

  saveScreenshot: async ({ session }, use, testInfo) => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    await use(async (name: string) => {
      const path = join(SCREENSHOTS_DIR, `${testInfo.project.name}-${name.replace(/[^\w.-]+/gu, '-')}.png`);
      await session.page.screenshot({ path });
      return path;
    });
  },
});

export { expect };
