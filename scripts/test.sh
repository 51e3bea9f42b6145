#!/usr/bin/env bash
# The test command: typecheck, lint, format check, unit tests (vitest), then the
# end-to-end specs in Debian's Chromium (Playwright). Ends with `N passed, N failed`.
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. scripts/ensure-toolchain.sh || exit 1
bash scripts/ensure-chromium.sh || exit 1
reports="$root/.cache/reports"
rm -rf "$reports" && mkdir -p "$reports"
failures=0
step() { # name, command…
  local name="$1"; shift
  echo "== $name"
  if ! "$@"; then echo "!! $name failed"; failures=$((failures + 1)); fi
}

[ -d node_modules ] || step "install" pnpm install --frozen-lockfile
step "build" pnpm build
step "typecheck tests" pnpm typecheck:tests
step "lint" pnpm lint
step "format" pnpm format:check
echo "== unit tests"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"
echo "== end-to-end (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" pnpm --filter @dossier/desktop exec playwright test --reporter=list,json

echo "== summary"
exec node scripts/summarize-tests.mjs "$reports/vitest.json" "$reports/playwright.json" "$failures"
