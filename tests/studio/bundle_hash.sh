#!/usr/bin/env bash
# Fails when studio/web/dist/ (the page that `redline studio` embeds, checked in so that the C++
# build needs no npm) was not rebuilt after a change to its sources, or lacks one of its files.
# The sources' hash is studio/web/build.mjs's (see its head): sha256sum of each file of
# studio/web/src/**, studio/web/build.mjs and studio/web/package-lock.json, sorted by path from the
# repository's root, then sha256sum of those lines. Coreutils only, no node.
#   tests/studio/bundle_hash.sh [REPO_ROOT]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"
dist=studio/web/dist
rebuild='run `npm --prefix studio/web ci && npm --prefix studio/web run build` and commit studio/web/dist'

status=0
for f in index.html app.js app.css SOURCES.sha256; do
  if [ ! -s "$dist/$f" ]; then
    echo "studio/web/dist is incomplete: $dist/$f is missing or empty: $rebuild" >&2
    status=1
  fi
done
# The C++ build embeds exactly index.html, app.js and app.css: anything else is a sign of a build
# that is not build.mjs's.
for f in "$dist"/* "$dist"/.[!.]*; do
  [ -e "$f" ] || continue
  case "${f##*/}" in
    index.html|app.js|app.css|SOURCES.sha256) ;;
    *) echo "studio/web/dist holds $f, which build.mjs does not write: $rebuild" >&2; status=1 ;;
  esac
done
[ "$status" = 0 ] || exit 1

actual=$({ find studio/web/src -type f -print0; printf '%s\0' studio/web/build.mjs studio/web/package-lock.json; } |
  LC_ALL=C sort -z | xargs -0 sha256sum -- | sha256sum | cut -d' ' -f1)
recorded=$(tr -d '[:space:]' < "$dist/SOURCES.sha256")
if [ "$actual" != "$recorded" ]; then
  echo "studio/web/dist is stale: run \`npm --prefix studio/web run build\`" >&2
  echo "  (the sources' sha256 is $actual, the bundle was built from $recorded)" >&2
  exit 1
fi
size=$(cat "$dist/index.html" "$dist/app.js" "$dist/app.css" | wc -c)
if [ "$size" -gt 1048576 ]; then
  echo "studio/web/dist is $size bytes, over 1 MiB: the binary embeds it" >&2
  exit 1
fi
echo "studio bundle matches its sources: $actual ($size bytes)"
