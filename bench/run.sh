#!/usr/bin/env bash
# Benchmark: diff of the SEC Section G baseline vs SECMP0044 over a Party CSV, writing the CSV of
# changes, done four ways: redline, the hand-written C++ program (bench/handwritten_diff.cpp),
# SQLite (bench/sqlite_diff.sql) and DuckDB (bench/duckdb_diff.sql, 2 threads, through
# @duckdb/node-api from npm: tests/sql/duckdb/install.sh); then redline diff in every output
# format at the largest size (bench/formats.sh). See bench/README.md.
#
#   bench/run.sh [--sizes 10000,100000,1000000] [--redline build/redline] [--build-dir build]
#                [--seed 20180629] [--runs 3] [--keep]
#
# For each size: generate the data (redline-gen, fixed seed) in a temp dir, time each
# implementation (wall clock, one warm-up run then best of --runs), measure its peak RSS in one
# more run, check that all outputs are byte-identical, and print a table. Exit status 1 if any
# outputs disagree (or redline fails), 2 on a usage or setup error.
# --redline and --build-dir are taken relative to the current directory; their defaults and the
# policies are found relative to the repository root (the parent of this script's folder).
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$bench_dir/.." && pwd)"

sizes="10000,100000,1000000"
redline=""    # default: <repo>/build/redline
build_dir=""  # default: <repo>/build
seed=20180629
runs=3
keep=0
usage() { sed -n '6,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,3\}//'; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --redline) redline="$2"; shift 2 ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs must be a positive integer" >&2; exit 2; }
[[ "$sizes" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "run.sh: --sizes must be like 10000,100000" >&2; exit 2; }

abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }
if [[ -n "$redline" ]]; then redline="$(abspath "$redline")"; else redline="$repo_dir/build/redline"; fi
if [[ -n "$build_dir" ]]; then build_dir="$(abspath "$build_dir")"; else build_dir="$repo_dir/build"; fi

# The bench tools: <build>/bench/ in the project build, <build>/ when bench/ is built alone.
find_tool() {
  local t
  for t in "$build_dir/bench/$1" "$build_dir/$1"; do
    [[ -x "$t" ]] && { printf '%s\n' "$t"; return 0; }
  done
  return 1
}
if ! gen="$(find_tool redline-gen)" || ! handwritten="$(find_tool redline-handwritten)"; then
  if [[ -f "$build_dir/CMakeCache.txt" ]]; then
    echo "building redline-gen and redline-handwritten in $build_dir"
    cmake --build "$build_dir" --target redline-gen redline-handwritten
  fi
  gen="$(find_tool redline-gen)" && handwritten="$(find_tool redline-handwritten)" || {
    echo "run.sh: redline-gen / redline-handwritten not found under $build_dir;" \
         "build them first: cmake -S . -B build -G Ninja && cmake --build build --target redline-gen redline-handwritten" >&2
    exit 2
  }
fi
command -v sqlite3 >/dev/null || { echo "run.sh: sqlite3 not found (Debian package sqlite3)" >&2; exit 2; }
# DuckDB from npm: measured when it installs (npm reaches its registry), else left out.
have_duckdb=0
duck_run="$repo_dir/tests/sql/duckdb/run.mjs"
if command -v node >/dev/null && "$repo_dir/tests/sql/duckdb/install.sh" >&2; then have_duckdb=1; fi
export REDLINE_DUCKDB_THREADS=2

policy="$repo_dir/policies/sec/section_g.policy"
amendment="$repo_dir/policies/sec/SECMP0044.policy"
have_redline=0
if [[ -x "$redline" ]] && "$redline" diff --help >/dev/null 2>&1 && [[ -f "$policy" && -f "$amendment" ]]; then
  have_redline=1
fi

have_time=0
[[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1 && have_time=1

work="$(mktemp -d "${TMPDIR:-/tmp}/redline-bench.XXXXXX")"
if [[ $keep == 1 ]]; then echo "keeping data and outputs in $work"; else trap 'rm -rf "$work"' EXIT; fi

now() { date +%s.%N; }
# best_of CMD...: runs CMD once untimed (warm-up), then $runs times, prints the fastest
# wall-clock time in seconds. Fails if CMD fails.
best_of() {
  local best="" i t0 t1 dt
  "$@" > /dev/null || { echo "run.sh: command failed: $*" >&2; return 1; }
  for ((i = 0; i < runs; i++)); do
    t0=$(now)
    "$@" > /dev/null || { echo "run.sh: command failed: $*" >&2; return 1; }
    t1=$(now)
    dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
    if [[ -z "$best" ]] || awk -v a="$dt" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$dt; fi
  done
  printf '%s\n' "$best"
}
# peak_rss CMD...: peak resident set size of one run of CMD, in MiB ("-" without GNU time).
peak_rss() {
  if [[ $have_time == 0 ]]; then echo "-"; return 0; fi
  local f="$work/rss"
  /usr/bin/time -f %M -o "$f" "$@" > /dev/null || { echo "run.sh: command failed: $*" >&2; return 1; }
  awk '{ printf "%.1f", $1 / 1024 }' "$f"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }

echo "redline bench: baseline vs SECMP0044 diff; seed $seed; best of $runs; $(nproc) CPUs; sqlite $(sqlite3 --version | awk '{ print $1 }')"
[[ $have_redline == 1 ]] || echo "redline: skipped ($redline missing, without 'diff', or policies/sec/*.policy missing)"
[[ $have_time == 1 ]] || echo "peak RSS: skipped (GNU time not found at /usr/bin/time; Debian package 'time')"

status=0
rows=()
IFS=',' read -r -a size_list <<< "$sizes"
for n in "${size_list[@]}"; do
  data="$work/parties-$n.csv"
  "$gen" --parties "$n" --seed "$seed" -o "$data"
  sync "$data" 2>/dev/null || sync  # no write-back of the fresh file during the timed runs
  out1="$work/redline-$n.csv" out2="$work/handwritten-$n.csv" out3="$work/sqlite-$n.csv" out4="$work/duckdb-$n.csv"

  # The three commands. sqlite3 writes its result with .output so that every command runs as is
  # (no shell redirection) under the timer and under /usr/bin/time.
  cmd_redline=("$redline" diff "$policy" --amend "$amendment" --data "Party=$data"
               --select premises_counted,assessment --format csv -o "$out1")
  cmd_handwritten=("$handwritten" "$data" -o "$out2")
  cmd_sqlite=(sqlite3 -bail :memory: ".import --csv \"$data\" party" ".output \"$out3\""
              ".read \"$bench_dir/sqlite_diff.sql\"")
  cmd_sqlite_import=(sqlite3 -bail :memory: ".import --csv \"$data\" party")
  # DuckDB prints to standard output (best_of discards it; one more run writes $out4). Its start
  # alone (Node.js loading DuckDB's library, an empty database, no data) is timed apart.
  cmd_duckdb=(node "$duck_run" "$bench_dir/duckdb_diff.sql" "party=$data")
  printf 'SELECT 1 AS line;\n' > "$work/start.sql"
  cmd_duckdb_start=(node "$duck_run" "$work/start.sql")

  agree="yes"
  t1="-" m1="-"
  if [[ $have_redline == 1 ]]; then
    if t1=$(best_of "${cmd_redline[@]}"); then m1=$(peak_rss "${cmd_redline[@]}"); else t1="FAIL"; status=1; fi
  fi
  t2=$(best_of "${cmd_handwritten[@]}")
  m2=$(peak_rss "${cmd_handwritten[@]}")
  t3=$(best_of "${cmd_sqlite[@]}")
  m3=$(peak_rss "${cmd_sqlite[@]}")
  ti=$(best_of "${cmd_sqlite_import[@]}")
  t4="-" m4="-" ts="-"
  if [[ $have_duckdb == 1 ]]; then
    t4=$(best_of "${cmd_duckdb[@]}")
    m4=$(peak_rss "${cmd_duckdb[@]}")
    ts=$(best_of "${cmd_duckdb_start[@]}")
    "${cmd_duckdb[@]}" > "$out4"
    if ! cmp -s "$out2" "$out4"; then
      agree="NO"; status=1
      echo "size $n: handwritten and duckdb outputs differ:" >&2
      cmp "$out2" "$out4" >&2 || true
    fi
  fi

  if ! cmp -s "$out2" "$out3"; then
    agree="NO"; status=1
    echo "size $n: handwritten and sqlite outputs differ:" >&2
    cmp "$out2" "$out3" >&2 || true
  fi
  if [[ $have_redline == 1 && $t1 != FAIL ]] && ! cmp -s "$out1" "$out2"; then
    agree="NO"; status=1
    echo "size $n: redline and handwritten outputs differ:" >&2
    cmp "$out1" "$out2" >&2 || true
  fi
  diff_rows=$(($(wc -l < "$out2") - 1))
  if [[ $t1 == FAIL ]]; then t1="-"; agree="FAIL"; fi
  rows+=("$(printf '%s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s %s' "$n" "$diff_rows" "$t1" "$t2" "$t3" "$ti" \
    "$(ratio "$t1" "$t2")" "$(ratio "$t3" "$t1")" "$(ratio "$t3" "$t2")" "$m1" "$m2" "$m3" "$agree" "$t4" "$ts" "$(ratio "$t1" "$t4")" "$m4")")
done

echo
fmt='%10s %10s %9s %9s %9s %9s %10s %9s %9s %8s %8s %8s %6s\n'
printf "$fmt" parties diff_rows redline_s hand_s sqlite_s sql_imp_s rl/hand sql/rl sql/hand rl_MiB hand_MiB sql_MiB agree
for r in "${rows[@]}"; do
  read -r -a f <<< "$r"
  printf "$fmt" "${f[@]:0:13}"
done
echo "(times: wall clock seconds, best of $runs after a warm-up run; sql_imp_s: the sqlite run's .import alone, included in sqlite_s;"
echo " MiB: peak RSS of one run)"
if [[ $have_duckdb == 1 ]]; then
  echo
  dfmt='%10s %9s %10s %12s %9s %9s\n'
  printf "$dfmt" parties redline_s duckdb_s duck_start_s rl/duck duck_MiB
  for r in "${rows[@]}"; do
    read -r -a f <<< "$r"
    printf "$dfmt" "${f[0]}" "${f[2]}" "${f[13]}" "${f[14]}" "${f[15]}" "${f[16]}"
  done
  echo "(DuckDB $(node "$duck_run" "$work/start.sql" > /dev/null && echo "SELECT version() AS line;" > "$work/v.sql" && node "$duck_run" "$work/v.sql"), 2 threads,"
  echo " through @duckdb/node-api; duck_start_s: Node.js loading DuckDB's library and an empty database, included in duckdb_s)"
else
  echo "DuckDB: skipped (node, or npm's install of tests/sql/duckdb, missing)"
fi

# diff's output formats (bench/formats.sh) at the largest size: time and peak memory of each.
if [[ $have_redline == 1 && $have_time == 1 ]]; then
  echo
  "$bench_dir/formats.sh" --sizes "${size_list[-1]}" --redline "$redline" --build-dir "$build_dir" || status=1
fi

# redline sql's scripts on SQLite, PostgreSQL and DuckDB (bench/sql_backend.sh), at the sizes up to
# 100,000 (a script takes seconds where redline takes a tenth): when PostgreSQL's server is there.
if [[ $have_redline == 1 ]] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  sql_sizes=$(tr ',' '\n' <<< "$sizes" | awk '$1 <= 100000' | paste -sd, -)
  if [[ -n $sql_sizes ]]; then
    echo
    "$bench_dir/sql_backend.sh" --sizes "$sql_sizes" --redline "$redline" --build-dir "$build_dir" --seed "$seed" || status=1
  fi
fi

# Compile time: the SEC policy, and a generated policy of 10,000 rules (target: under 150 ms,
# and `redline check` of it under 250 ms).
compile_ms="-" check_ms="-"
if compile_bench="$(find_tool redline-bench-compile)"; then
  echo
  generated="$work/generated-10000.policy"
  if compile_out=$("$compile_bench" "$policy" --rules 10000 --runs 5 --generated "$generated"); then
    echo "$compile_out"
    compile_ms=$(awk '/generated policy of/ { print $(NF-1) }' <<< "$compile_out")
    # The whole command a drafter runs on it: start, compile, static analysis, exit.
    if [[ $have_redline == 1 ]]; then
      if check_s=$(best_of "$redline" check "$generated"); then
        check_ms=$(awk -v s="$check_s" 'BEGIN { printf "%.2f", s * 1000 }')
        printf 'redline check of the generated policy (whole command) %8.2f ms\n' "$check_ms"
      else
        status=1
      fi
    fi
  else
    status=1
  fi
else
  echo "compile time: skipped (redline-bench-compile not built)"
fi

# The issue's targets, judged on the largest size of this run.
if [[ ${#rows[@]} -gt 0 ]]; then
  read -r n _ _ _ _ _ rl_hand sql_rl _ rl_mib _ _ _ _ _ rl_duck _ <<< "${rows[-1]}"
  verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
    if (v == "-" || v == "") { print "not measured"; exit }
    ok = (op == "<=" ? v + 0 <= t + 0 : op == ">=" ? v + 0 >= t + 0 : v + 0 < t + 0)
    print (ok ? "met" : "NOT met") }'; }
  echo
  echo "targets (at $n parties):"
  printf '  %-46s %10s  %s\n' "sqlite / redline >= 5" "$sql_rl" "$(verdict "$sql_rl" ">=" 5)"
  printf '  %-46s %10s  %s\n' "redline / hand-written <= 0.5" "$rl_hand" "$(verdict "$rl_hand" "<=" 0.5)"
  printf '  %-46s %10s  %s\n' "redline / duckdb <= 0.25" "$rl_duck" "$(verdict "$rl_duck" "<=" 0.25)"
  printf '  %-46s %10s  %s\n' "redline peak memory < 300 MB (MiB)" "$rl_mib" "$(verdict "$rl_mib" "<" 286.1)"
  printf '  %-46s %10s  %s\n' "10,000-rule policy compiled in < 150 ms (ms)" "$compile_ms" "$(verdict "$compile_ms" "<" 150)"
  printf '  %-46s %10s  %s\n' "redline check of it < 250 ms (ms)" "$check_ms" "$(verdict "$check_ms" "<" 250)"
fi
if [[ $status != 0 ]]; then echo "FAILED: outputs disagree or redline failed" >&2; fi
exit $status
