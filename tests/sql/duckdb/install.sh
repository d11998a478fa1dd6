#!/bin/sh
# Installs DuckDB for the tests of `redline sql --dialect duckdb` (run.mjs): @duckdb/node-api and
# its prebuilt native binding for this platform (@duckdb/node-bindings-<platform>, a package of
# its own, so no install script runs and nothing is compiled), into tests/sql/duckdb/node_modules
# exactly as package-lock.json records them (scripts/npm-ci.sh: `npm ci`, once per lockfile).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../../../scripts/npm-ci.sh" "$here"
