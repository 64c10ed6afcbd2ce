#!/usr/bin/env bash
# A one-cloud package (scripts/package.sh --clouds tencent), installed from
# its tarball into a scratch directory and tested from Node
# (tests/one-cloud). The full package and pkg/ are put back afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
TARBALL="image-policy-$VERSION.tgz"
SAVED=$(mktemp -d)
trap 'rm -rf "$SAVED"' EXIT
[ -f "$TARBALL" ] && cp "$TARBALL" "$SAVED/"
[ -d pkg ] && cp -r pkg "$SAVED/pkg"
bash scripts/package.sh --clouds tencent >/dev/null
SCRATCH="$SAVED/one-cloud"
mkdir -p "$SCRATCH"
cp tests/one-cloud/package.json tests/one-cloud/one-cloud.test.mjs "$SCRATCH/"
(cd "$SCRATCH" && npm install --no-audit --no-fund --silent "$OLDPWD/$TARBALL" && node --test one-cloud.test.mjs)
rm -rf pkg "$TARBALL"
[ -f "$SAVED/$TARBALL" ] && cp "$SAVED/$TARBALL" .
[ -d "$SAVED/pkg" ] && cp -r "$SAVED/pkg" pkg
true
