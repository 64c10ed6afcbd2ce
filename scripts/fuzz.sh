#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer, via cargo-fuzz) of input decoding and
# applyCommand. Usage: bash scripts/fuzz.sh [MINUTES]   (default 10)
# cargo-fuzz needs nightly flags; RUSTC_BOOTSTRAP=1 lets the stable
# toolchain (the only one this machine has) accept them.
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES="${1:-10}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
mkdir -p fuzz/corpus/decode_and_apply
cd fuzz
RUSTC_BOOTSTRAP=1 cargo fuzz run decode_and_apply corpus/decode_and_apply seeds/decode_and_apply -- \
  -dict=json.dict -max_total_time=$((MINUTES * 60)) -max_len=4096 -print_final_stats=1
