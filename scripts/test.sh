#!/usr/bin/env bash
# The README's second command: install, build, run every test. Exits with ctest's exit code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
# The VS Code extension's npm packages, from its lockfile (nothing to do when they are installed),
# before the build configures: its tests are registered only when they are there.
editors/vscode/install.sh
# The studio's page: playwright-core for its browser test (the page itself is checked in, built).
studio/web/install.sh
# DuckDB from npm, for the tests that run `redline sql --dialect duckdb`'s scripts on it.
tests/sql/duckdb/install.sh
scripts/build.sh
exec ctest --test-dir build --output-on-failure -j2
