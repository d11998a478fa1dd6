#!/usr/bin/env bash
# The README's second command: install, build, run every test. Exits with ctest's exit code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
scripts/build.sh
exec ctest --test-dir build --output-on-failure -j2
