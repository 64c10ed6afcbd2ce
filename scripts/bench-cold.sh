#!/usr/bin/env bash
# The cold path, printed: a fresh headless Chromium per run loading the packed
# package's web build (module init, first render, next render) beside CASL
# answering the same questions in the same page, and a fresh Node process per
# run (first new Engine + actionMatrix against later ones). RUNS=7 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
bash scripts/package.sh >/dev/null
TARBALL="$PWD/$(ls -t image-policy-*.tgz | head -1)"
cd bench
npm install --no-audit --no-fund --silent
npm install --no-audit --no-fund --silent --no-save "$TARBALL"
rm -rf cold/dist
npx --no-install esbuild cold/page.mjs --bundle --splitting --format=esm --platform=browser --outdir=cold/dist --log-level=warning
cp node_modules/image-policy/web/image_policy_bg.wasm cold/dist/
node cold/run.mjs
