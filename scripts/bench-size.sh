#!/usr/bin/env bash
# Release size per cloud set, as issue 29's budgets measure it: the web
# build's wasm plus its JS glue, gzip -9. Every cloud, then each alone
# (scripts/package.sh --clouds). Prints one table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh >/dev/null
CLOUDS_ALL=$(sed -n 's/^default = \[\(.*\)\]/\1/p' core/Cargo.toml | tr -d ' "')
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
printf '| clouds | wasm | wasm gz -9 | glue gz -9 | wasm + glue gz -9 |\n|---|---|---|---|---|\n'
for clouds in "" ${CLOUDS_ALL//,/ }; do
  dir="$OUT/${clouds:-all}"
  bash scripts/build-release.sh web "$dir" "$clouds" >/dev/null 2>&1
  wasm=$(stat -c %s "$dir/image_policy_bg.wasm")
  wasm_gz=$(gzip -9 -c "$dir/image_policy_bg.wasm" | wc -c)
  glue_gz=$(gzip -9 -c "$dir/image_policy.js" | wc -c)
  kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1000 }'; }
  printf '| %s | %s | %s | %s | %s |\n' "${clouds:-all ($CLOUDS_ALL)}" "$(kb "$wasm")" \
    "$(kb "$wasm_gz")" "$(kb "$glue_gz")" "$(kb $((wasm_gz + glue_gz)))"
done
