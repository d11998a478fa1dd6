#!/usr/bin/env bash
# The golden tests' policies as a corpus for `redline sql`: every `// RUN: run %s --data ...` line
# (and every `// RUN: diff ... --data ...` line, against `redline sql --diff`) of the given golden
# files is run twice, by `redline run --format csv --no-csv-safe` and by sqlite3, psql or DuckDB
# over `redline sql --dialect DIALECT` (tests/sql/run_script.sh; for postgres, under
# tests/sql/with_pg.sh; for duckdb, after tests/sql/duckdb/install.sh, best under
# tests/sql/with_duckdb.sh), and the outputs must be the same bytes; when the interpreter stops
# with an error, so must the script. A policy the translation refuses (a compile
# error naming the construct) is listed, not failed: that is the translation's contract.
# Usage: corpus.sh REDLINE SOURCE_DIR sqlite|postgres|duckdb GOLDEN_FILE...
set -uo pipefail
redline=$1
src=$2
dialect=$3
shift 3
run_script=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run_script.sh
if [[ $dialect == sqlite ]]; then
  command -v sqlite3 >/dev/null || { echo "corpus: sqlite3 is not installed (scripts/install-deps.sh)" >&2; exit 1; }
elif [[ $dialect == duckdb ]]; then
  [[ -d $(dirname "$run_script")/duckdb/node_modules/@duckdb/node-api ]] || { echo "corpus: DuckDB is not installed (tests/sql/duckdb/install.sh)" >&2; exit 1; }
else
  [[ -n ${PGHOST:-} ]] || { echo "corpus: no PostgreSQL server (run under tests/sql/with_pg.sh)" >&2; exit 1; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src" || exit 1
same=0 refused=0 both_fail=0 failed=0
# One case, after the interpreter's csv is in $tmp/run.csv and its exit status in $run_status:
# `redline sql --dialect DIALECT SQL_ARGS...` run over the case's data (the array
# `data`) must print the same bytes, or both must fail. Usage: judge LABEL WHAT SQL_ARGS...
judge() {
  local label=$1 what=$2
  shift 2
  if ! "$redline" sql "$@" --dialect "$dialect" "${sel[@]}" "${as_of[@]}" -o "$tmp/script.sql" 2>"$tmp/sql.err"; then
    if grep -q "sql-untranslatable\|not translated" "$tmp/sql.err"; then
      echo "refused: $label: $(grep -m1 error "$tmp/sql.err")"
      refused=$((refused + 1))
    elif [[ $run_status -ne 0 ]]; then
      both_fail=$((both_fail + 1))
      echo "both fail: $label"
    else
      echo "FAIL: $label: redline sql failed:"; cat "$tmp/sql.err"
      failed=$((failed + 1))
    fi
    return
  fi
  "$run_script" "$dialect" "$tmp/script.sql" "${data[@]}" >"$tmp/sql.csv" 2>"$tmp/sqlite.err"
  local sql_status=$?
  if [[ $run_status -ne 0 && $sql_status -ne 0 ]]; then
    both_fail=$((both_fail + 1))
    echo "both fail: $label: $(grep -m1 -o 'redline: .*\|[a-z]* out of range.*\|integer overflow\|division by zero\|ERROR: .*\|Error: .*' "$tmp/sqlite.err" | head -c 200)"
  elif [[ $run_status -eq 0 && $sql_status -eq 0 ]] && cmp -s "$tmp/run.csv" "$tmp/sql.csv"; then
    same=$((same + 1))
  else
    echo "FAIL: $label: $what exit $run_status, $dialect exit $sql_status"
    diff -u "$tmp/run.csv" "$tmp/sql.csv" | head -20
    head -c 600 "$tmp/run.err" "$tmp/sqlite.err"
    failed=$((failed + 1))
  fi
}

for file in "$@"; do
  file=${file#"$src"/}
  dir=$(dirname "$file")
  while IFS= read -r line; do
    args=${line#*// RUN: run %s }
    args=${args//%dir/$dir}
    # --param has no counterpart in `redline sql`; standard input none either.
    [[ $args == *--param* || $args == *=-* ]] && continue
    read -ra words <<<"$args"
    data=() sel=() as_of=(--as-of 2026-01-01)
    for ((i = 0; i < ${#words[@]}; i++)); do
      case ${words[i]} in
        --data) data+=("${words[i + 1]}"); ((i++)) ;;
        --select) sel=(--select "${words[i + 1]}"); ((i++)) ;;
        --as-of) as_of=(--as-of "${words[i + 1]}"); ((i++)) ;;
        --format | -o) ((i++)) ;;
      esac
    done
    [[ ${#data[@]} -gt 0 ]] || continue
    run_args=()
    for d in "${data[@]}"; do run_args+=(--data "$d"); done
    label="$file ${sel[*]} ${as_of[*]}"
    "$redline" run "$file" "${run_args[@]}" "${sel[@]}" "${as_of[@]}" --format csv --no-csv-safe >"$tmp/run.csv" 2>"$tmp/run.err"
    run_status=$?
    judge "$label" "redline run" "$file"
  done < <(grep -E '^ *// RUN: run %s ' "$file")
done
# The same for `// RUN: diff POLICY --amend MOD ... --data ...` lines: redline diff's csv against
# `redline sql --diff`.
for file in "$@"; do
  file=${file#"$src"/}
  dir=$(dirname "$file")
  while IFS= read -r line; do
    args=${line#*// RUN: diff }
    args=${args//%s/$file}
    args=${args//%dir/$dir}
    [[ $args == *--param* || $args == *=-* || $args == *%t* ]] && continue
    read -ra words <<<"$args"
    policy=${words[0]}
    data=() sel=() as_of=(--as-of 2026-01-01) amend=()
    for ((i = 1; i < ${#words[@]}; i++)); do
      case ${words[i]} in
        --data) data+=("${words[i + 1]}"); ((i++)) ;;
        --select) sel=(--select "${words[i + 1]}"); ((i++)) ;;
        --as-of) as_of=(--as-of "${words[i + 1]}"); ((i++)) ;;
        --amend | --base-amend) amend+=("${words[i]}" "${words[i + 1]}"); ((i++)) ;;
        --format | -o) ((i++)) ;;
      esac
    done
    [[ ${#data[@]} -gt 0 ]] || continue
    run_args=()
    for d in "${data[@]}"; do run_args+=(--data "$d"); done
    label="diff $policy ${amend[*]} ${sel[*]} ${as_of[*]}"
    "$redline" diff "$policy" "${amend[@]}" "${run_args[@]}" "${sel[@]}" "${as_of[@]}" --format csv --no-csv-safe >"$tmp/run.csv" 2>"$tmp/run.err"
    run_status=$?
    judge "$label" "redline diff" "$policy" "${amend[@]}" --diff
  done < <(grep -E '^ *// RUN: diff ' "$file")
done
echo "corpus: $same same, $both_fail failing on both, $refused refused by the translation, $failed failed"
[[ $failed -eq 0 ]]
