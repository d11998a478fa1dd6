#!/usr/bin/env bash
# Installs the Debian 12 packages redline needs to build and test.
# Repeat runs are fast: if every package is already installed, apt is not touched at all.
# Usage: scripts/install-deps.sh [--grammar]   (--grammar also installs antlr4 + Java, needed only
#        to regenerate grammar/generated with -DREDLINE_REGENERATE_GRAMMAR=ON)
set -euo pipefail

packages=(build-essential cmake ninja-build libantlr4-runtime-dev libfmt-dev libcli11-dev
          nlohmann-json3-dev doctest-dev libsqlite3-dev sqlite3 libpq-dev libutf8proc-dev libz3-dev patch pkg-config
          pybind11-dev python3-dev python3-pandas python3-pytest zsh fish
          libcpp-httplib-dev chromium postgresql)
if [[ "${1:-}" == "--grammar" ]]; then
  packages+=(antlr4 default-jre)
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--grammar]" >&2
  exit 2
fi
# The VS Code extension (editors/vscode) is tested and packaged with Node.js and npm. A Node.js
# installed some other way (NodeSource's nodejs carries its own npm) is used as it is.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  # "install ok installed" is the only state in which the package is fully usable.
  if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
# sudo resets the environment, so DEBIAN_FRONTEND goes through env(1) on the command line.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
