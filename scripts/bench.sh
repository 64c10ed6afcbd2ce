#!/usr/bin/env bash
# Benchmarks, printed: per-decision cost against CASL and Cedar, cost by
# state size, replay throughput, release size. Builds the release package for
# Node (with wasm-opt) and installs the peers with npm first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
bash scripts/build-release.sh nodejs pkg-node
(cd bench && npm install --no-audit --no-fund --silent)
PKG="$PWD/pkg-node" node bench/bench.mjs
