#!/usr/bin/env bash
# Sets everything up and opens Dossier on the sample notebook: the desktop app
# where an Electron binary is installed, otherwise the same UI in a browser
# (served on 127.0.0.1 against a real notebook) plus the `dossier` CLI.
set -eu
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. scripts/ensure-toolchain.sh
pnpm install --frozen-lockfile
pnpm build
exec pnpm start
