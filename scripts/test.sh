#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Installs what is missing, then
# checks the data, lints, type-checks, runs unit tests, builds the production
# app and runs the browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
bash scripts/ensure-java.sh
bash scripts/ensure-nginx.sh

step() { printf '\n== %s\n' "$1"; }
step "audit";         node scripts/audit.mjs
step "data checks";   npm run -s check:data
step "lint";          npx eslint . --max-warnings 0
step "unit tests";    npx vitest run
step "build";         npm run -s build
step "type check";    npm run -s typecheck
step "browser tests"; npx playwright test
