#!/usr/bin/env bash
# The providers' official Node SDKs (tests/sdk, pinned in its lockfile)
# against a local server that replays their published responses, with the
# packed package installed as an app installs it. Needs the tarball of
# scripts/package.sh (scripts/test-package.sh makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
TARBALL="$PWD/image-policy-$VERSION.tgz"
[ -f "$TARBALL" ] || bash scripts/package.sh
cd tests/sdk
npm ci --no-audit --no-fund --silent
npm install --no-audit --no-fund --silent --no-save "$TARBALL"
node --test
