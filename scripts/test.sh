#!/usr/bin/env bash
# The whole test suite, as the README's test command. Gets what the machine lacks first.
# Stages: type check, lint + format check, unit tests, Electron security audit, build,
# end-to-end tests in Chromium. Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."

eval "$(bash scripts/ensure-test-tools.sh)"
export KARTOTEKA_CHROMIUM

stage() { printf '\n=== %s\n' "$*"; }

if [ ! -d node_modules ]; then
  stage "npm ci"
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

stage "type check"
npx tsc -b
stage "lint and format"
npm run --silent lint
stage "unit tests"
npx vitest run
stage "Electron security audit (electronegativity)"
npm run --silent electronegativity
stage "build"
npm run --silent build
stage "end-to-end tests (Chromium: $KARTOTEKA_CHROMIUM)"
npx playwright test
