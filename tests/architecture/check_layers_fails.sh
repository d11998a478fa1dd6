#!/usr/bin/env bash
# check_layers.py must catch what it is for: a copy of the sources where the runtime includes a
# cli/ header, and the service a report/ header, fails with both named.
set -euo pipefail
src="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for d in compiler runtime service report cli grammar; do
  mkdir -p "$tmp/$d"
  (cd "$src" && find "$d" \( -name CMakeLists.txt -o -name '*.h' -o -name '*.cpp' \) -not -path '*/generated/*' -print0) |
    (cd "$src" && xargs -0 cp --parents -t "$tmp")
done
cp "$src/CMakeLists.txt" "$tmp/"
printf '#include "cli/common.h"\n' >> "$tmp/runtime/table.h"
printf '#include "report/report.h"\n' >> "$tmp/service/diff.cpp"
if out="$(python3 "$src/tests/architecture/check_layers.py" "$tmp")"; then
  echo "check_layers.py passed a tree that breaks the layers:"; echo "$out"; exit 1
fi
echo "$out"
grep -q 'runtime/table.h:.*includes "cli/common.h" of redline_cli' <<<"$out"
grep -q 'service/diff.cpp:.*includes "report/report.h" of redline_report' <<<"$out"
echo "check_layers_fails: both violations reported"
