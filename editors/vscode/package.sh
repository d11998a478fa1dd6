#!/bin/sh
# Builds redline-<version>.vsix, the VS Code extension, with the @vscode/vsce pinned in
# package.json: into this folder, or into DIR with `package.sh -o DIR`. Installs the npm packages
# first when they are missing (install.sh). Install the result with
#   code --install-extension redline-<version>.vsix
set -eu
cd "$(dirname "$0")"
out_dir=.
if [ $# -gt 0 ]; then
  if [ "$1" = "-o" ] && [ $# -eq 2 ]; then
    out_dir=$2
  else
    echo "usage: $0 [-o DIR]" >&2
    exit 2
  fi
fi
sh ./install.sh
node syntaxes/generate.js --check
mkdir -p "$out_dir"
version=$(node -p "require('./package.json').version")
# The project states no license (--skip-license) and the extension is not published to the
# Marketplace (--allow-missing-repository); the README's links stay relative to the repository.
node node_modules/@vscode/vsce/vsce package --skip-license --allow-missing-repository \
  --no-rewrite-relative-links --out "$out_dir/redline-$version.vsix"
