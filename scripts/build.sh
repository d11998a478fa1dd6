#!/usr/bin/env bash
# Configures (once) and builds redline in build/ with every core. Safe to re-run: an existing
# build tree keeps the generator it was created with. Extra arguments go to the configure step.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

generator=()
if [[ ! -f build/CMakeCache.txt ]]; then
  # CMake refuses to switch generators in an existing tree, so only choose one on first configure.
  if command -v ninja >/dev/null; then generator=(-G Ninja); else generator=(-G "Unix Makefiles"); fi
fi
# The Python module is on so that the test suite (and CI, which runs it) tests it; -DREDLINE_PYTHON=OFF
# as an argument builds without it (and without pybind11, pandas and pytest).
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DREDLINE_PYTHON=ON "$@"
cmake --build build -j "$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
