// Adds up the vitest and Playwright JSON reports into the one line CI reads:
// `N passed, N failed`. A missing report counts as a failure: a runner that
// crashed before reporting must not look like a pass.
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, playwrightPath, failedSteps = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

function read(path, label) {
  if (!path || !existsSync(path)) {
    failed++;
    notes.push(`${label}: no report (the runner did not finish)`);
    return null;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read(vitestPath, 'unit tests');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0);
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  notes.push(`unit tests: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
}

const playwright = read(playwrightPath, 'end-to-end');
if (playwright) {
  const s = playwright.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  notes.push(`end-to-end: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped`);
  const reasons = new Set();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === 'skipped')
          for (const r of t.results ?? [])
            for (const a of r.annotations ?? t.annotations ?? [])
              if (a.description) reasons.add(`${t.projectName}: ${a.description}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of playwright.suites ?? []) walk(suite);
  for (const reason of reasons) notes.push(`  skipped — ${reason}`);
}

// Build, typecheck, lint and format steps that failed count as failures too.
if (Number(failedSteps) > 0) {
  failed += Number(failedSteps);
  notes.push(`${failedSteps} check step(s) failed (build, typecheck, lint or format): see above`);
}

for (const note of notes) console.log(note);
if (skipped) console.log(`${skipped} skipped (reasons above)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
