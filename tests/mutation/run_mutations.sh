#!/usr/bin/env bash
# Mutation testing of the shipped SEC Section G test suite (policies/sec/*.tests).
#
#   tests/mutation/run_mutations.sh build/redline [MUTATIONS]
#
# MUTATIONS (default: mutations.txt beside this script) has one mutation a line,
# `FILE|SED-EXPRESSION`: FILE is a file of policies/sec, the expression is applied with `sed -e`
# to a fresh copy of the folder, and `redline test` runs on the copy. Blank lines and lines
# starting with '#' are ignored. One line is printed per mutation, in the order of the list:
#
#   killed     the suite fails on the mutated copy, as it should; in brackets the file of tests
#              that caught it, how many of its tests fail, and how many of those because the
#              policy no longer compiles
#   SURVIVED   the suite still passes: no test notices the change
#   UNCHANGED  the sed expression did not change the file (a stale mutation)
#   ERROR      sed failed, or redline crashed (an exit code other than 0 and 1)
#
# The unmutated copy is run first and must pass. To save time the suite runs on a mutated copy one
# file of tests at a time (those that amend FILE first, then the rest in name order) and stops at
# the first that fails: the verdict is that of the whole suite, as a mutation the whole suite
# catches fails at least one of its files. Mutations run in parallel (REDLINE_MUTATION_JOBS,
# default: the number of CPUs). The exit code is 0 when the unmutated suite passes and every
# mutation is killed, 1 otherwise, 2 for bad usage.
set -u

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 REDLINE [MUTATIONS]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ ! -f "$1" ] || [ ! -x "$1" ]; then echo "$0: '$1' is not an executable" >&2; exit 2; fi
redline=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
list=${2:-$here/mutations.txt}
if [ ! -f "$list" ]; then echo "$0: '$list' does not exist" >&2; exit 2; fi
jobs=${REDLINE_MUTATION_JOBS:-$(nproc 2>/dev/null || echo 4)}

work=$(mktemp -d "${TMPDIR:-/tmp}/redline-mutation.XXXXXX")
trap 'rm -rf "$work"' EXIT

# A private copy of the binary, so that a rebuild during the run does not disturb it.
cp "$redline" "$work/redline" || exit 2
redline=$work/redline
cp -r "$root/policies/sec" "$work/clean"
"$redline" test "$work/clean" > "$work/clean.out" 2>&1
rc=$?
if [ $rc -ne 0 ] || ! tail -n 1 "$work/clean.out" | grep -Eq '^[1-9][0-9]* passed, 0 failed$'; then
  echo "FAIL: the unmutated suite does not pass (exit $rc):"
  cat "$work/clean.out"
  exit 1
fi
echo "unmutated: $(tail -n 1 "$work/clean.out")"

# Runs mutation number $1 (the list line $2) in its own folder; writes one result line to $work/$1.res.
run_one() {
  local n=$1 line=$2 file expr dir rc failing broken
  file=${line%%|*}
  expr=${line#*|}
  dir=$work/$n
  cp -r "$root/policies/sec" "$dir"
  if [ ! -f "$dir/$file" ]; then
    echo "ERROR      $line  (no file '$file' in policies/sec)" > "$work/$n.res"
  elif ! sed -i -e "$expr" "$dir/$file" 2> "$dir.sed"; then
    echo "ERROR      $line  (sed: $(head -n 1 "$dir.sed"))" > "$work/$n.res"
  elif cmp -s "$dir/$file" "$work/clean/$file"; then
    echo "UNCHANGED  $line" > "$work/$n.res"
  else
    local t rc=0 order
    mapfile -t order < <(grep -l "^ *amend \"$file\";" "$dir"/*.tests; grep -L "^ *amend \"$file\";" "$dir"/*.tests)
    for t in "${order[@]}"; do
      "$redline" test "$t" > "$dir.out" 2>&1
      rc=$?
      [ $rc -eq 0 ] || break
    done
    case $rc in
      0) echo "SURVIVED   $line" > "$work/$n.res" ;;
      1)
        failing=$(tail -n 1 "$dir.out" | sed -n 's/^[0-9]* passed, \([0-9]*\) failed$/\1/p')
        broken=$(grep -c '^the policy does not compile' "$dir.out")
        how="$(basename "$t"): $failing failing"
        if [ "$broken" -ne 0 ]; then
          if [ "$broken" = "$failing" ]; then how="$how, all because it does not compile"
          else how="$how, $broken because it does not compile"; fi
        fi
        echo "killed     $line  ($how)" > "$work/$n.res"
        ;;
      *) echo "ERROR      $line  (redline exit $rc)" > "$work/$n.res" ;;
    esac
  fi
  rm -rf "$dir" "$dir.out" "$dir.sed"
}

total=0
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in '' | '#'*) continue ;; esac
  total=$((total + 1))
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  run_one "$total" "$line" &
done < "$list"
wait

killed=0 bad=0
for ((n = 1; n <= total; n++)); do
  cat "$work/$n.res"
  case $(cat "$work/$n.res") in killed*) killed=$((killed + 1)) ;; *) bad=$((bad + 1)) ;; esac
done
echo "$killed of $total mutations killed"
[ $bad -eq 0 ] || exit 1
exit 0
