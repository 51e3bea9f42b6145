// End-to-end specs run twice: in Debian's Chromium against the built renderer
// (with the real notebook behind a test bridge), and in the real Electron app
// where a binary exists — elsewhere that project reports its tests as skipped.
import { defineConfig } from '@playwright/test';
import type { HarnessOptions } from './e2e/harness/index.js';

export default defineConfig<HarnessOptions>({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  // Screenshots go to test-results/screenshots, which this folder does not contain,
  // so Playwright's clean-up at start does not remove the previous run's set mid-run.
  outputDir: './test-results/artifacts',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        runtime: 'chromium',
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    { name: 'electron', use: { runtime: 'electron' } },
  ],
});
