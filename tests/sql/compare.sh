#!/usr/bin/env bash
# For golden tests: prints what sqlite3 prints running `redline sql POLICY --dialect sqlite
# --as-of DATE`, each ENTITY=CSV imported with `.import --csv`, then "same" when that is byte for
# byte what `redline run POLICY --format csv --no-csv-safe --as-of DATE` prints, else the
# difference (and exits 1). Extra arguments after the data go to both (e.g. --select r).
# With --dialect postgres, psql on the server PGHOST names (tests/sql/with_pg.sh), the data
# loaded by COPY (tests/sql/run_script.sh); with --dialect duckdb, DuckDB from npm
# (tests/sql/duckdb/run.mjs), the data read by read_csv.
# Usage: compare.sh [--dialect sqlite|postgres|duckdb] POLICY DATE ENTITY=CSV... [-- ARGS...]
set -uo pipefail
dialect=sqlite
if [[ $1 == --dialect ]]; then dialect=$2; shift 2; fi
policy=$1
as_of=$2
shift 2
data=() extra=()
while [[ $# -gt 0 ]]; do
  if [[ $1 == -- ]]; then shift; extra=("$@"); break; fi
  data+=("$1")
  shift
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run_args=()
for d in "${data[@]}"; do run_args+=(--data "$d"); done
redline run "$policy" "${run_args[@]}" --format csv --no-csv-safe --as-of "$as_of" "${extra[@]}" >"$tmp/run.csv" 2>"$tmp/run.err"
run_status=$?
redline sql "$policy" --dialect "$dialect" --as-of "$as_of" "${extra[@]}" -o "$tmp/script.sql" || exit 1
"$(dirname "${BASH_SOURCE[0]}")/run_script.sh" "$dialect" "$tmp/script.sql" "${data[@]}" >"$tmp/sql.csv" 2>"$tmp/sql.err"
sql_status=$?
cat "$tmp/sql.csv"
if [[ $sql_status -ne 0 ]]; then
  if [[ $dialect == sqlite ]]; then
    echo "sqlite3: exit $sql_status"
    sed 's/^Error: near line [0-9]*: /Error: /' "$tmp/sql.err"
  elif [[ $dialect == duckdb ]]; then
    echo "duckdb: exit $sql_status"
    cat "$tmp/sql.err"
  else
    echo "psql: exit $sql_status"
    sed 's/^psql:[^:]*:[0-9]*: //' "$tmp/sql.err"
  fi
fi
if [[ $run_status -ne 0 ]]; then
  echo "redline run: exit $run_status"
  cat "$tmp/run.err"
fi
if [[ $run_status -eq 0 && $sql_status -eq 0 ]] && cmp -s "$tmp/run.csv" "$tmp/sql.csv"; then
  echo same
elif [[ $run_status -ne 0 && $sql_status -ne 0 ]]; then
  echo "both stop with an error"
else
  echo DIFFERENT
  diff -u "$tmp/run.csv" "$tmp/sql.csv"
  exit 1
fi
