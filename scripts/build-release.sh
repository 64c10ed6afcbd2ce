#!/usr/bin/env bash
# A release package: wasm-pack build for TARGET into OUT, then wasm-opt -Oz
# (binaryen from npm: Debian's is too old for current Rust output, and
# wasm-pack's own wasm-opt step downloads binaryen, which cannot work here).
# Usage: bash scripts/build-release.sh TARGET OUT [CLOUDS]
# CLOUDS, a comma list (aliyun,tencent), builds only those clouds' features;
# without it, every cloud.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="$1" OUT="$2" CLOUDS="${3:-}"
FEATURES=()
[ -n "$CLOUDS" ] && FEATURES=(-- --no-default-features --features "$CLOUDS")
wasm-pack build --release --target "$TARGET" --out-dir "$OUT" "${FEATURES[@]}"
if [ ! -x bench/node_modules/.bin/wasm-opt ]; then
  (cd bench && npm install --no-audit --no-fund --silent)
fi
WASM="$OUT/image_policy_bg.wasm"
bench/node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$WASM" -o "$WASM.opt"
mv "$WASM.opt" "$WASM"
