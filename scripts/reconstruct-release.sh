#!/usr/bin/env bash
# Rebuilds data/releases/<version>.json for a release made before snapshots
# existed: extracts the commit's tree, loads its data with that commit's own
# loader and schema, and writes the snapshot. Usage: scripts/reconstruct-release.sh <commit>
set -euo pipefail
commit="${1:?usage: scripts/reconstruct-release.sh <commit>}"
root="$(git rev-parse --show-toplevel)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive "$commit" | tar -x -C "$tmp"
ln -s "$root/node_modules" "$tmp/node_modules"
mkdir -p "$tmp/lib/history"
cp "$root/lib/history/snapshot.ts" "$tmp/lib/history/snapshot.ts"
cp "$root/scripts/snapshot-data.ts" "$tmp/scripts/snapshot-data.ts"
(cd "$tmp" && NEXT_TELEMETRY_DISABLED=1 npx tsx scripts/snapshot-data.ts data >"$tmp/snapshot.json")
version="$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).version)' "$tmp/snapshot.json")"
mkdir -p "$root/data/releases"
cp "$tmp/snapshot.json" "$root/data/releases/$version.json"
echo "data/releases/$version.json reconstructed from $commit"
