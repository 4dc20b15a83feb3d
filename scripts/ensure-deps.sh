#!/usr/bin/env bash
# Installs the npm packages when node_modules is missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.installed-lock
if [ -d node_modules ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
echo "Installing npm packages (npm ci)…"
npm ci --no-audit --no-fund
cp package-lock.json "$stamp"
