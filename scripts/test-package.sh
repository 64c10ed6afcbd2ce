#!/usr/bin/env bash
# The npm package as frontends get it: packs it, installs the tarball into
# tests/package, then imports it from Node ESM and CJS, runs a Jest test
# (CommonJS, default configuration) and a Vitest test (no configuration),
# checks image-policy/web before and after init(), compiles a TypeScript usage
# example with tsc --strict (with lines that must fail) under a Node config
# and a browser config, and bundles it with esbuild for a page run in
# headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/package.sh
TARBALL="$PWD/$(ls -t image-policy-*.tgz | head -1)"
cd tests/package
npm install --no-audit --no-fund --silent
npm install --no-audit --no-fund --silent --no-save "$TARBALL"

node esm.mjs
node cjs.cjs
node matrix.mjs
node hostile.mjs
node proxies.mjs
node console.mjs
node providers.mjs
node quickstart.mjs
node web-init.mjs
npx --no-install jest jest/ 2>&1
NO_COLOR=1 npx --no-install vitest run vitest/ 2>&1
npx --no-install tsc -p tsconfig.json
npx --no-install tsc -p tsconfig.browser.json
echo "typescript --strict: ok"

rm -rf browser/dist
npx --no-install esbuild browser/entry.js --bundle --format=esm --platform=browser --outdir=browser/dist --log-level=warning
cp node_modules/image-policy/web/image_policy_bg.wasm browser/dist/
PORT=$((20000 + RANDOM % 20000))
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory browser >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
sleep 1
DOM=$(timeout 60 chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$(mktemp -d)" --virtual-time-budget=5000 --dump-dom "http://127.0.0.1:$PORT/" 2>/dev/null)
echo "$DOM" | grep -q "bundled: false DEL-1" || { echo "bundle smoke test failed: $DOM"; exit 1; }
echo "esbuild bundle in chromium: ok"
