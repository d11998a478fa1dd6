#!/usr/bin/env bash
# Every witness `redline compare --witnesses` writes for the shipped SEC modifications changes
# under `redline diff` exactly as compare predicted: for each region's data, the subject's
# change of that output is in diff's CSV.
# Usage: witnesses.sh REDLINE SOURCE_DIR
set -euo pipefail
redline=$1
src=$2
sec=$src/policies/sec
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
checked=0
run_case() {
  local name=$1
  shift
  local dir=$work/$name
  "$redline" compare "$sec/section_g.policy" --as-of 2024-10-01 --no-verify --witnesses "$dir" "$@" >/dev/null
  local amend=() base=()
  while [[ $# -gt 0 ]]; do
    case $1 in
      --amend) amend+=(--amend "$2"); shift 2 ;;
      --base-amend) base+=(--base-amend "$2"); shift 2 ;;
      *) shift ;;
    esac
  done
  while IFS=, read -r sub key output before after; do
    [[ $sub == dir ]] && continue
    local got
    got=$("$redline" diff "$sec/section_g.policy" "${base[@]}" "${amend[@]}" --as-of 2024-10-01 \
      --data "Party=$dir/$sub/Party.csv" --select "$output" --format csv)
    if ! grep -qxF "$key,$output,$before,$after" <<<"$got"; then
      echo "FAIL $name $sub: expected $key,$output,$before,$after in:" >&2
      echo "$got" >&2
      status=1
    fi
    checked=$((checked + 1))
  done <"$dir/predicted.csv"
}
run_case secmp0044 --amend "$sec/SECMP0044.policy"
run_case secmp0059 --base-amend "$sec/SECMP0044.policy" --amend "$sec/SECMP0059.policy"
run_case dp133 --amend "$sec/DP133.policy"
[[ $checked -ge 3 ]] || { echo "witnesses: only $checked witnesses" >&2; status=1; }
echo "witnesses: $checked witnesses checked"
exit $status
