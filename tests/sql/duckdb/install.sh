#!/bin/sh
# Installs DuckDB for the tests of `redline sql --dialect duckdb` (run.mjs): @duckdb/node-api and
# its prebuilt native binding for this platform (@duckdb/node-bindings-<platform>, a package of
# its own, so no install script runs and nothing is compiled), into tests/sql/duckdb/node_modules
# exactly as package-lock.json records them (`npm ci`). A no-op when node_modules already holds
# what the lockfile says: the lockfile's hash is kept in node_modules/.redline-lock.sha256 after a
# successful install.
set -eu
cd "$(dirname "$0")"
stamp=node_modules/.redline-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "tests/sql/duckdb: npm ci (from package-lock.json)"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
