#!/usr/bin/env bash
# Every test: native (rules, contract, properties, differential, doc
# examples), headless Chromium (the JavaScript API, boundary fuzzing, the
# demo page end to end) and the npm package (imports every way, TypeScript
# types).
# Installs what is missing first.
#
#   bash scripts/test.sh           the standard run (CI)
#   bash scripts/test.sh --long    20,000 property/differential cases, 5,000
#                                  boundary-fuzz rounds, then cargo fuzz for
#                                  FUZZ_MINUTES (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
LONG=0
[ "${1:-}" = "--long" ] && LONG=1
bash scripts/ensure-tools.sh

if [ "$LONG" = 1 ]; then
  export PROPTEST_CASES="${PROPTEST_CASES:-20000}" FUZZ_ROUNDS="${FUZZ_ROUNDS:-5000}"
fi

echo "== native tests (cargo test)"
cargo test --workspace

echo "== browser tests (wasm-pack test --headless --chrome)"
# Debian's chromedriver, never a downloaded one; webdriver.json names the binary.
export CHROMEDRIVER=/usr/bin/chromedriver
wasm-pack test --headless --chrome

echo "== demo page end to end (playwright-core in Debian's Chromium)"
bash scripts/test-demo.sh

echo "== npm package: pack, Node ESM and CJS, tsc --strict, esbuild bundle in Chromium"
bash scripts/test-package.sh

if [ "$LONG" = 1 ]; then
  echo "== cargo fuzz (${FUZZ_MINUTES:-10} minutes)"
  bash scripts/fuzz.sh "${FUZZ_MINUTES:-10}"
fi
