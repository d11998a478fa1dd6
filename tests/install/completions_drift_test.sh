#!/usr/bin/env bash
# check_completions.sh must notice drift: on copies of the completions and the man page, with
# `diff --timings` removed from each and an option that does not exist added to some, it must
# fail and name each file and option. (One run over all the changes: the check is what takes the
# time.)
# Usage: completions_drift_test.sh REDLINE SOURCE_DIR
set -euo pipefail
redline=$1
src=$2
here=$(dirname "${BASH_SOURCE[0]}")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/redline-drift.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/cli" "$tmp/src/docs"
cp -r "$src/cli/completions" "$tmp/src/cli/"
cp -r "$src/docs/man" "$tmp/src/docs/"

change() {  # FILE SED_SCRIPT
  cp "$tmp/src/$1" "$tmp/before"
  sed -i "$2" "$tmp/src/$1"
  cmp -s "$tmp/before" "$tmp/src/$1" && { echo "completions_drift_test: '$2' changes nothing in $1" >&2; exit 1; }
  return 0
}
change cli/completions/redline.bash '/^ *diff) opts=/s/ --timings//'
change cli/completions/redline.bash '/^ *run) opts=/s/--amend /--amend --frobnicate /'
change cli/completions/_redline "/'--timings\\[/d"
change cli/completions/redline.fish '/from diff. -l timings/d'
change cli/completions/redline.fish 's/from graph. -l format/from graph'"'"' -l formats/'
change docs/man/redline.1 '/^\.B \\-\\-timings$/d'

if "$here/check_completions.sh" "$redline" "$tmp/src" 2>"$tmp/err"; then
  echo "completions_drift_test: check_completions.sh accepts the changed files" >&2
  exit 1
fi
status=0
for expected in "redline.bash: 'diff' lacks --timings" "redline.bash: 'run' has --frobnicate" \
                "_redline: 'diff' lacks --timings" "redline.fish: 'diff' lacks --timings" \
                "redline.fish: 'graph' lacks --format" "redline.fish: 'graph' has --formats" \
                "redline.1: 'diff' lacks --timings"; do
  grep -qF "$expected" "$tmp/err" || { echo "completions_drift_test: no \"$expected\"" >&2; status=1; }
done
[[ $status -eq 0 ]] || cat "$tmp/err" >&2
[[ $status -eq 0 ]] && echo "completions_drift_test: ok"
exit $status
