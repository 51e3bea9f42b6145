// What specs import: `test` (with the harness fixtures) and `expect`.
export { test, expect, SEEDS_DIR, SCREENSHOTS_DIR } from './fixtures.js';
export type { HarnessFixtures, HarnessOptions, HarnessTestOptions } from './fixtures.js';
export type { TestDialogs } from './test-shell.js';
export { isLocalUrl } from './network-log.js';
