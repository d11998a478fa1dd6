#!/usr/bin/env bash
# Issue 18's acceptance: the SQL that `redline sql --dialect DIALECT --diff` writes for the SEC
# policy and SECMP0044, run over the example register (by sqlite3 after `.import --csv`, or by
# psql after COPY: tests/sql/run_script.sh), prints byte for byte what `redline diff --format csv
# --no-csv-safe` prints. Also the same for `redline sql` without --diff against `redline run
# --format csv --no-csv-safe`, on both sides. postgres needs a server: run under
# tests/sql/with_pg.sh.
# Usage: sec_diff.sh REDLINE SOURCE_DIR [sqlite|postgres|duckdb]
set -euo pipefail
redline=$1
src=$2
dialect=${3:-sqlite}
run_script=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run_script.sh
if [[ $dialect == sqlite ]]; then
  command -v sqlite3 >/dev/null || { echo "sec_diff: sqlite3 is not installed (scripts/install-deps.sh)" >&2; exit 1; }
elif [[ $dialect == duckdb ]]; then
  [[ -d $(dirname "${BASH_SOURCE[0]}")/duckdb/node_modules/@duckdb/node-api ]] || { echo "sec_diff: DuckDB is not installed (tests/sql/duckdb/install.sh)" >&2; exit 1; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
policy=$src/policies/sec/section_g.policy
mod=$src/policies/sec/SECMP0044.policy
parties=$src/examples/sec/parties.csv
status=0

# The database over SCRIPT with the register loaded as the table Party.
run_sql() {
  "$run_script" "$dialect" "$1" "Party=$parties"
}
same() {
  if ! cmp -s "$1" "$2"; then
    echo "sec_diff: $3: the SQL's output differs from redline's" >&2
    diff -u "$1" "$2" >&2 || true
    status=1
  fi
}

for as_of in 2018-06-28 2026-01-01; do
  "$redline" diff "$policy" --amend "$mod" --data "Party=$parties" --format csv --no-csv-safe --as-of $as_of > "$tmp/diff.csv"
  "$redline" sql "$policy" --amend "$mod" --dialect "$dialect" --diff --as-of $as_of -o "$tmp/diff.sql"
  run_sql "$tmp/diff.sql" > "$tmp/sql_diff.csv"
  same "$tmp/diff.csv" "$tmp/sql_diff.csv" "diff as of $as_of"
  for amend in "" "--amend $mod"; do
    # shellcheck disable=SC2086
    "$redline" run "$policy" $amend --data "Party=$parties" --format csv --no-csv-safe --as-of $as_of > "$tmp/run.csv"
    # shellcheck disable=SC2086
    "$redline" sql "$policy" $amend --dialect "$dialect" --as-of $as_of -o "$tmp/run.sql"
    run_sql "$tmp/run.sql" > "$tmp/sql_run.csv"
    same "$tmp/run.csv" "$tmp/sql_run.csv" "run ${amend:-(baseline)} as of $as_of"
  done
done
# --param overrides a parameter in the script as in the evaluator: on both sides of a diff, and in
# a run; a threshold that moves parties between small and large changes the outputs.
for param in large_threshold=100000 large_threshold=6000000; do
  "$redline" diff "$policy" --amend "$mod" --data "Party=$parties" --format csv --no-csv-safe --as-of 2026-01-01 \
    --param $param > "$tmp/diff_param.csv"
  "$redline" sql "$policy" --amend "$mod" --dialect "$dialect" --diff --as-of 2026-01-01 --param $param -o "$tmp/diff_param.sql"
  run_sql "$tmp/diff_param.sql" > "$tmp/sql_diff_param.csv"
  same "$tmp/diff_param.csv" "$tmp/sql_diff_param.csv" "diff --param $param"
  cmp -s "$tmp/diff_param.csv" "$tmp/diff.csv" && { echo "sec_diff: --param $param changed nothing" >&2; status=1; }
  "$redline" run "$policy" --data "Party=$parties" --format csv --no-csv-safe --as-of 2026-01-01 --param $param > "$tmp/run_param.csv"
  "$redline" sql "$policy" --dialect "$dialect" --as-of 2026-01-01 --param $param -o "$tmp/run_param.sql"
  run_sql "$tmp/run_param.sql" > "$tmp/sql_run_param.csv"
  same "$tmp/run_param.csv" "$tmp/sql_run_param.csv" "run --param $param"
done
if "$redline" sql "$policy" --dialect "$dialect" --param nope=1 > /dev/null 2> "$tmp/err"; then
  echo "sec_diff: sql --param with an unknown parameter succeeded" >&2; status=1
fi
grep -q -- "--param names an unknown parameter 'nope'" "$tmp/err" || { echo "sec_diff: unexpected message: $(cat "$tmp/err")" >&2; status=1; }
# The diff has changes to compare (the test would pass vacuously on an empty diff).
[[ $(wc -l < "$tmp/diff.csv") -gt 1 ]] || { echo "sec_diff: the diff is empty" >&2; status=1; }
# The SQL matches --no-csv-safe; on this register the guarded CSV is the same text.
"$redline" diff "$policy" --amend "$mod" --data "Party=$parties" --format csv --as-of 2026-01-01 > "$tmp/safe.csv"
same "$tmp/safe.csv" "$tmp/sql_diff.csv" "diff (csv-safe) as of 2026-01-01"
exit $status
