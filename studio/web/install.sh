#!/bin/sh
# Installs the page's npm packages (esbuild, CodeMirror, playwright-core for the browser test) into
# studio/web/node_modules exactly as package-lock.json records them (`npm ci`). A no-op when
# node_modules already holds what the lockfile says: the lockfile's hash is kept in
# node_modules/.redline-lock.sha256 after a successful install. esbuild's install script is not
# needed (its binary comes as the @esbuild/<platform> package), and playwright-core's download of
# a browser is not wanted: the test drives Debian's chromium.
set -eu
cd "$(dirname "$0")"
stamp=node_modules/.redline-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "studio/web: npm ci (from package-lock.json)"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
