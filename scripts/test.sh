#!/usr/bin/env bash
# Every test: native (rules, contract, properties, differential, doc
# examples), headless Chromium (the JavaScript API, boundary fuzzing, hostile
# input, the demo page end to end), the npm package (imports every way, Jest,
# Vitest, TypeScript types), the providers' official SDKs (tests/sdk) and the
# toolchain clients (tests/clients).
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

# Each stage's output is kept to tally the tests at the end.
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
stage() { "$@" 2>&1 | tee -a "$LOG"; }

if [ "$LONG" = 1 ]; then
  export PROPTEST_CASES="${PROPTEST_CASES:-20000}" FUZZ_ROUNDS="${FUZZ_ROUNDS:-5000}"
fi

echo "== native tests (cargo test)"
stage cargo test --workspace

echo "== documents: every link resolves inside the repository"
stage node --test tests/docs.test.mjs

echo "== browser tests (wasm-pack test --headless --chrome)"
# Debian's chromedriver, never a downloaded one; webdriver.json names the binary.
export CHROMEDRIVER=/usr/bin/chromedriver
# The hostile-input suite makes 100,000 calls in a debug build (about 25 s).
export WASM_BINDGEN_TEST_TIMEOUT=300
stage wasm-pack test --headless --chrome

echo "== demo page end to end (playwright-core in Debian's Chromium)"
stage bash scripts/test-demo.sh

echo "== npm package: pack, Node ESM and CJS, Jest, Vitest, tsc --strict, esbuild bundle in Chromium"
stage bash scripts/test-package.sh

echo "== the providers' SDKs: listings, requests and errors through aliyun, tencent and jdcloud's official Node SDKs against a local replay"
stage bash scripts/test-sdk.sh

echo "== a one-cloud package (scripts/package.sh --clouds tencent) from its tarball"
stage bash scripts/test-one-cloud.sh

echo "== toolchain clients: Vite (current and 5), webpack 5, esbuild, Rollup, Jest with jsdom, React on Vite, Next.js, Angular, Parcel (each build and dev server), Deno"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
stage env TARBALL="$PWD/image-policy-$VERSION.tgz" bash tests/clients/run.sh

if [ "$LONG" = 1 ]; then
  echo "== cargo fuzz (${FUZZ_MINUTES:-10} minutes)"
  bash scripts/fuzz.sh "${FUZZ_MINUTES:-10}"
fi

# Rust runners print "test result: ok. N passed; M failed", node's test
# runner "# pass N" / "# fail M", Jest and Vitest "Tests: N passed" /
# "Tests  N passed"; each other package check prints one ": ok" line.
passed=$(( $(grep -oE 'test result: [a-zA-Z]+\. [0-9]+ passed' "$LOG" | awk '{s+=$4} END {print s+0}') \
  + $(grep -E '^# pass [0-9]+' "$LOG" | awk '{s+=$3} END {print s+0}') \
  + $(grep -oE '^ *Tests:? +[0-9]+ passed' "$LOG" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}') \
  + $(grep -cE '^(node esm|node cjs|action matrix|hostile input|proxies at every position|console ergonomics|provider data|readme quick start|web before and after init|typescript --strict|esbuild bundle in chromium|client .*): ok$' "$LOG") ))
failed=$(( $(grep -oE '[0-9]+ failed' "$LOG" | awk '{s+=$1} END {print s+0}') \
  + $(grep -E '^# fail [0-9]+' "$LOG" | awk '{s+=$3} END {print s+0}') ))
echo "tests: ${passed} passed, ${failed} failed"
[ "$failed" = 0 ]
