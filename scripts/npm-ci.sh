#!/bin/sh
# Installs a folder's npm packages into its node_modules exactly as its package-lock.json records
# them (`npm ci`, no install scripts: none of the packages this project uses needs one). A no-op
# when node_modules already holds what the lockfile says: the lockfile's hash is kept in
# node_modules/.redline-lock.sha256 after a successful install. The folders' own install.sh call it.
# Usage: scripts/npm-ci.sh FOLDER
set -eu
[ $# -eq 1 ] || { echo "usage: scripts/npm-ci.sh FOLDER" >&2; exit 2; }
cd "$1"
stamp=node_modules/.redline-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "$1: npm ci (from package-lock.json)"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
