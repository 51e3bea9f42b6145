#!/usr/bin/env bash
# The end-to-end specs drive Debian's Chromium (Playwright cannot download its own here).
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "setup: /usr/bin/chromium is missing; install Debian's chromium package (apt-get install chromium xvfb)" >&2
  exit 1
fi
echo "setup: installing chromium and xvfb from Debian"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq chromium xvfb >/dev/null
