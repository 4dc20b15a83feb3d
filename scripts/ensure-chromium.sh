#!/usr/bin/env bash
# Makes sure a Chromium exists for the browser tests: Debian's package when we
# are root on Debian/Ubuntu (Playwright's download is blocked on some networks),
# Playwright's own build elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Installing Playwright's Chromium for the browser tests…"
npx playwright install chromium
