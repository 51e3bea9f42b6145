// The UI benchmark: the e2e harness in Chromium, run on demand, never by the tests.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.js';
import type { HarnessOptions } from './e2e/harness/index.js';

export default defineConfig<HarnessOptions>({
  ...base,
  testDir: './perf',
  testMatch: '*.perf.ts',
  outputDir: './test-results/perf-artifacts',
  // Tracing snapshots the DOM on every action: it would be measured with the app.
  use: { ...base.use, trace: 'off', screenshot: 'off' },
  projects: base.projects?.filter((project) => project.name === 'chromium'),
});
