#!/usr/bin/env bash
# End-to-end test of the demo page: builds the web package into www/pkg,
# serves www/ on a free localhost port and drives it with playwright-core in
# Debian's Chromium. The screenshot lands in artifacts/demo.png.
set -euo pipefail
cd "$(dirname "$0")/.."
wasm-pack build --release --target web --out-dir www/pkg >/dev/null
node scripts/engine-guard.mjs www/pkg >/dev/null
(cd tests/e2e && npm install --no-audit --no-fund --silent)
mkdir -p artifacts
PORT=$((20000 + RANDOM % 20000))
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.1; done
DEMO_URL="http://127.0.0.1:$PORT/" SCREENSHOT="$PWD/artifacts/demo.png" node --test tests/e2e/demo.test.mjs
