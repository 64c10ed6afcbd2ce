#!/usr/bin/env bash
# Every test: native (core rules, contract, doc examples) and headless
# Chromium (the exported JavaScript API). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh

echo "== native tests (cargo test)"
cargo test --workspace

echo "== browser tests (wasm-pack test --headless --chrome)"
# Debian's chromedriver, never a downloaded one; webdriver.json names the binary.
export CHROMEDRIVER=/usr/bin/chromedriver
wasm-pack test --headless --chrome
