#!/usr/bin/env bash
# The README's first command: install, build, then show what SECMP0044 changes in the SEC Section G
# outcomes of the example parties, as a table here and as an HTML report in out/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh
scripts/build.sh

args=(diff policies/sec/section_g.policy --amend policies/sec/SECMP0044.policy --data Party=examples/sec/parties.csv)
echo
echo "\$ build/redline ${args[*]}"
build/redline "${args[@]}"

mkdir -p out
build/redline "${args[@]}" --format html -o out/secmp0044.html
echo
echo "HTML report: $(pwd)/out/secmp0044.html"
