import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the packages' sources, so they need no build step.
    alias: {
      '@dossier/core': src('./packages/core/src/index.ts'),
      '@dossier/search': src('./packages/search/src/index.ts'),
      '@dossier/notebook': src('./packages/notebook/src/index.ts'),
    },
  },
  test: {
    // Playwright's e2e/*.spec.ts are run by Playwright, not here.
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/desktop/dev/**/*.test.ts'],
    // Generous: on a loaded 2-core machine a seeds import in a setup hook took over the 10 s default.
    testTimeout: 40_000,
    hookTimeout: 30_000,
    // Every change's recorded operations are checked against a full comparison of the collections.
    env: { DOSSIER_VERIFY_CHANGES: '1' },
  },
});
