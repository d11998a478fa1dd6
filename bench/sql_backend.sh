#!/usr/bin/env bash
# Benchmark of `redline sql`: the SEC baseline vs SECMP0044 diff (the outputs premises_counted
# and assessment, as bench/run.sh) computed inside a database by the script redline writes, on
# SQLite (sqlite3), PostgreSQL (a throwaway server, tests/sql/with_pg.sh) and DuckDB (2 threads,
# @duckdb/node-api from npm: tests/sql/duckdb/install.sh), against `redline diff --format csv
# --no-csv-safe` itself; every output checked to be the same bytes.
#
#   bench/sql_backend.sh [--sizes 10000,100000] [--redline build/redline] [--build-dir build] [--seed 20180629]
#
# Times are wall clock of one run each, loading the CSV included (sqlite3's .import; psql's COPY
# into a temporary table of text columns; DuckDB's read_csv, and Node.js loading DuckDB's
# library, half a second), since that is what a user runs. See bench/README.md.
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$bench_dir/.." && pwd)"
sizes=10000,100000 redline="$repo_dir/build/redline" build_dir="$repo_dir/build" seed=20180629
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --redline) redline="$(realpath "$2")"; shift 2 ;;
    --build-dir) build_dir="$(realpath "$2")"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) sed -n '7p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
  esac
done
gen="$build_dir/bench/redline-gen"
[[ -x $gen ]] || { echo "sql_backend.sh: $gen not built (cmake --build build --target redline-gen)" >&2; exit 2; }
policy="$repo_dir/policies/sec/section_g.policy" amendment="$repo_dir/policies/sec/SECMP0044.policy"
run_script="$repo_dir/tests/sql/run_script.sh"
"$repo_dir/tests/sql/duckdb/install.sh"
export REDLINE_DUCKDB_THREADS=2
unset REDLINE_DUCKDB_PIPE
work=$(mktemp -d)
source "$repo_dir/tests/sql/pg.sh"
pg_start
trap 'pg_stop; [[ ${KEEP:-} ]] || rm -rf "$work"' EXIT
seconds() { local s=$EPOCHREALTIME; "$@"; awk -v a="$s" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }' >&2; }
status=0
printf '%-9s %-10s %10s %10s %10s %10s %9s %9s %9s %s\n' parties diff_rows redline_s sqlite_s postgres_s duckdb_s sqlite/rl pg/rl duck/rl agree
IFS=',' read -r -a size_list <<< "$sizes"
for n in "${size_list[@]}"; do
  data="$work/parties-$n.csv"
  "$gen" --parties "$n" --seed "$seed" -o "$data"
  args=("$policy" --amend "$amendment" --select premises_counted,assessment --as-of 2026-01-01)
  t_rl=$( { seconds "$redline" diff "${args[@]}" --data "Party=$data" --format csv --no-csv-safe -o "$work/rl.csv"; } 2>&1 )
  "$redline" sql "${args[@]}" --diff --dialect sqlite -o "$work/lite.sql"
  "$redline" sql "${args[@]}" --diff --dialect postgres -o "$work/pg.sql"
  "$redline" sql "${args[@]}" --diff --dialect duckdb -o "$work/duck.sql"
  t_lite=$( { seconds "$run_script" sqlite "$work/lite.sql" "Party=$data" > "$work/lite.csv"; } 2>&1 )
  t_pg=$( { seconds "$run_script" postgres "$work/pg.sql" "Party=$data" > "$work/pg.csv"; } 2>&1 )
  t_duck=$( { seconds "$run_script" duckdb "$work/duck.sql" "Party=$data" > "$work/duck.csv"; } 2>&1 )
  agree=yes
  cmp -s "$work/rl.csv" "$work/lite.csv" || agree=NO
  cmp -s "$work/rl.csv" "$work/pg.csv" || agree=NO
  cmp -s "$work/rl.csv" "$work/duck.csv" || agree=NO
  [[ $agree == yes ]] || status=1
  ratio() { awk -v a="$1" -v b="$t_rl" 'BEGIN { printf "%.0f", a / b }'; }
  printf '%-9s %-10s %10s %10s %10s %10s %9s %9s %9s %s\n' "$n" "$(($(wc -l < "$work/rl.csv") - 1))" "$t_rl" "$t_lite" "$t_pg" "$t_duck" \
    "$(ratio "$t_lite")" "$(ratio "$t_pg")" "$(ratio "$t_duck")" "$agree"
done
exit $status
