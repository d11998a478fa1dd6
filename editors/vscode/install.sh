#!/bin/sh
# Installs the extension's npm packages into editors/vscode/node_modules exactly as
# package-lock.json records them (scripts/npm-ci.sh: `npm ci`, once per lockfile).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../../scripts/npm-ci.sh" "$here"
