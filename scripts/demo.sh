#!/usr/bin/env bash
# Builds the package for the browser into www/pkg and serves www/ on
# localhost. PORT overrides the port (default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
wasm-pack build --release --target web --out-dir www/pkg
node scripts/engine-guard.mjs www/pkg
PORT="${PORT:-8080}"
echo "Demo: http://127.0.0.1:${PORT}/"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www
