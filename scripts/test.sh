#!/usr/bin/env bash
# Runs every test suite: type check, lint, unit tests (Vitest), end-to-end tests (Playwright in Debian's chromium).
# Installs what it needs on a fresh Debian machine with Node 20, then prints one line `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
ensure_node_modules
ensure_chromium
ensure_torch

OUT=.test-output
rm -rf "$OUT" && mkdir -p "$OUT"

echo "== type check (svelte-check)"
if npm run -s check > "$OUT/check.log" 2>&1; then echo "ok" > "$OUT/check.status"; else echo "fail" > "$OUT/check.status"; fi
tail -n 5 "$OUT/check.log"

echo "== lint (eslint, prettier --check)"
if npm run -s lint > "$OUT/lint.log" 2>&1; then echo "ok" > "$OUT/lint.status"; else echo "fail" > "$OUT/lint.status"; fi
tail -n 15 "$OUT/lint.log"

echo "== unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$OUT/vitest.json" 2>&1 | tee "$OUT/vitest.log" | grep -vE '^\s+✓' | tail -n 40

echo "== build"
if npm run -s build > "$OUT/build.log" 2>&1; then echo "ok" > "$OUT/build.status"; else echo "fail" > "$OUT/build.status"; tail -n 30 "$OUT/build.log"; fi

echo "== end-to-end tests (playwright, Debian chromium)"
if [ "$(cat "$OUT/build.status")" = ok ]; then
	PW_JSON="$OUT/playwright.json" npx playwright test 2>&1 | tee "$OUT/playwright.log" | tail -n 60
fi

node scripts/summarize-tests.mjs "$OUT"
