#!/bin/sh
# Installs the page's npm packages (esbuild, CodeMirror, playwright-core for the browser test) into
# studio/web/node_modules exactly as package-lock.json records them (scripts/npm-ci.sh: `npm ci`,
# once per lockfile). esbuild's install script is not needed (its binary comes as the
# @esbuild/<platform> package), and playwright-core's download of a browser is not wanted: the
# test drives Debian's chromium.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/../../scripts/npm-ci.sh" "$here"
