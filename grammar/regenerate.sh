#!/usr/bin/env bash
# Regenerates grammar/generated/ from Redline.g4 with the ANTLR tool (Debian: antlr4 4.7.2, needs
# Java), stamps each file with a banner (tool version, grammar hash) and records the hash in
# generated/GRAMMAR_SHA256, which the test 'grammar_hash' compares with Redline.g4.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
antlr=${ANTLR4:-antlr4}
command -v "$antlr" >/dev/null || { echo "regenerate.sh: '$antlr' not found (apt-get install antlr4)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && "$antlr" -Dlanguage=Cpp -no-listener -no-visitor -package redline_generated -o "$tmp" Redline.g4)
version=$("$antlr" 2>&1 | head -n 1 | sed 's/^ANTLR Parser Generator *//')
hash=$(sha256sum "$here/Redline.g4" | cut -d' ' -f1)
rm -rf "$here/generated"
mkdir -p "$here/generated"
for f in "$tmp"/*.h "$tmp"/*.cpp; do
  {
    echo "// GENERATED FILE: do not edit. Produced from grammar/Redline.g4 by grammar/regenerate.sh"
    echo "// ANTLR tool version: $version"
    echo "// Redline.g4 sha256: $hash"
    cat "$f"
  } > "$here/generated/$(basename "$f")"
done
echo "$hash" > "$here/generated/GRAMMAR_SHA256"
echo "regenerated grammar/generated (sha256 $hash)"
