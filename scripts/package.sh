#!/usr/bin/env bash
# Assembles one npm package in pkg/ from the three wasm-pack targets:
#   node/     CommonJS for require(), with an ESM wrapper for import; its
#             WebAssembly inline, so server bundles need no file beside it
#   web/      ES module for <script type=module>; index.js initializes it
#             with top-level await, so a plain import just works
#   bundler/  for bundlers with WebAssembly ESM integration
#   inline/   the web build with its WebAssembly inline: `image-policy/inline`
#             and the `browser` field (Parcel)
# `exports` routes "image-policy" to the right one. Then `npm pack`.
#
# --clouds aliyun,tencent packs only those clouds (their Cargo features;
# default: all): the bytes of one cloud for a console of one cloud. Its
# `Provider` type then names only them.
set -euo pipefail
cd "$(dirname "$0")/.."
CLOUDS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --clouds) CLOUDS="${2:?--clouds needs a comma list, e.g. --clouds aliyun}"; shift 2 ;;
    --clouds=*) CLOUDS="${1#--clouds=}"; shift ;;
    *) echo "usage: bash scripts/package.sh [--clouds aliyun,jdcloud,tencent]" >&2; exit 2 ;;
  esac
done
KNOWN=$(sed -n 's/^default = \[\(.*\)\]/\1/p' core/Cargo.toml | tr -d ' "')
for cloud in ${CLOUDS//,/ }; do
  case ",$KNOWN," in
    *",$cloud,"*) ;;
    *) echo "unknown cloud \"$cloud\": expected a comma list of $KNOWN" >&2; exit 2 ;;
  esac
done
rm -rf pkg && mkdir -p pkg
for target in nodejs web bundler; do
  dir=$([ "$target" = nodejs ] && echo node || echo "$target")
  bash scripts/build-release.sh "$target" "pkg/$dir" "$CLOUDS" >/dev/null
  rm -f "pkg/$dir/package.json" "pkg/$dir/.gitignore" "pkg/$dir/README.md" "pkg/$dir/LICENSE"
done
node scripts/engine-guard.mjs pkg/node pkg/web pkg/bundler >/dev/null
cp packaging/node-index.mjs pkg/node/index.mjs
# The Node build is CommonJS inside a "type": "module" package.
echo '{ "type": "commonjs" }' > pkg/node/package.json
cp packaging/web-index.js pkg/web/index.js
cp packaging/web-index.d.ts pkg/web/index.d.ts
node scripts/web-guard.mjs pkg/web >/dev/null
node scripts/inline-entry.mjs pkg >/dev/null
node scripts/web-guard.mjs pkg/inline >/dev/null
node scripts/node-inline.mjs pkg/node >/dev/null
# jsdom (Jest's browser environment) has no TextDecoder or TextEncoder; the
# Node build takes them from node:util, as Node has them since 11.
sed -i '1i const { TextDecoder, TextEncoder } = require("node:util");' pkg/node/image_policy.js
# The generated Engine declares [Symbol.dispose], which only type-checks with
# lib esnext.disposable; the method stays at runtime, the declaration goes, so
# a browser app's strict tsconfig needs nothing extra.
for types in pkg/*/image_policy.d.ts; do sed -i '/\[Symbol.dispose\](): void;/d' "$types"; done
# A build of some clouds: its Provider type names those alone.
if [ -n "$CLOUDS" ]; then
  UNION=$(echo "$CLOUDS" | sed 's/\([a-z0-9]*\)/"\1"/g; s/,/ | /g')
  for types in pkg/*/image_policy.d.ts; do
    sed -i "s/^export type Provider = .*;/export type Provider = $UNION;/" "$types"
  done
fi
cp pkg/node/image_policy.d.ts pkg/image_policy.d.ts
cp README.md LICENSE pkg/
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
sed "s/@VERSION@/$VERSION/" packaging/package.json > pkg/package.json
(cd pkg && npm pack --silent --pack-destination ..) >/dev/null
echo "pkg/ assembled; ../image-policy-$VERSION.tgz packed"
