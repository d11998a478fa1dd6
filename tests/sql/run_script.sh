#!/usr/bin/env bash
# Runs a script of `redline sql --dialect DIALECT` over the data, as a user would: sqlite3 with
# each ENTITY=CSV imported by `.import --csv`, or psql (the server PGHOST names, e.g. the one
# tests/sql/with_pg.sh starts) with each loaded into a temporary table of text columns by COPY,
# or DuckDB (tests/sql/duckdb/run.mjs, from npm: tests/sql/duckdb/install.sh; the server that
# tests/sql/with_duckdb.sh starts, when REDLINE_DUCKDB_PIPE names it) with each read by
# read_csv(CSV, header = true, all_varchar = true).
# The script's output on stdout, the tool's errors on stderr, the tool's exit status.
# Usage: run_script.sh sqlite|postgres|duckdb SCRIPT ENTITY=CSV...
set -uo pipefail
dialect=$1 script=$2
shift 2
case $dialect in
  sqlite)
    {
      for d in "$@"; do printf '.import --csv %s %s\n' "${d#*=}" "${d%%=*}"; done
      cat "$script"
    } | sqlite3 -batch :memory:
    ;;
  postgres)
    source "$(dirname "${BASH_SOURCE[0]}")/pg.sh"
    pg_run "$script" "$@"
    ;;
  duckdb)
    if [[ -n ${REDLINE_DUCKDB_PIPE:-} ]]; then
      # The server's protocol: tests/sql/duckdb/run.mjs.
      reply=$(mktemp -d)
      trap 'rm -rf "$reply"' EXIT
      mkfifo "$reply/status"
      exec 3<>"$reply/status"
      request=$reply$'\t'$(realpath "$script")
      for d in "$@"; do request+=$'\t'${d%%=*}=$(realpath "${d#*=}"); done
      [[ $request != *$'\n'* && ${#request} -lt 4000 ]] || { echo "run_script: a path too long or with a line break" >&2; exit 2; }
      # A server that has stopped would leave both the write and the read waiting forever.
      kill -0 "${REDLINE_DUCKDB_PID:-0}" 2>/dev/null || { echo "run_script: the DuckDB server is not running" >&2; exit 2; }
      printf '%s\n' "$request" > "$REDLINE_DUCKDB_PIPE"
      read -r -t 600 status <&3 || { echo "run_script: no answer from the DuckDB server in 600 s" >&2; exit 2; }
      cat "$reply/out"
      cat "$reply/err" >&2
      exit "$status"
    else
      node "$(dirname "${BASH_SOURCE[0]}")/duckdb/run.mjs" "$script" "$@"
    fi
    ;;
  *) echo "run_script: unknown dialect '$dialect'" >&2; exit 2 ;;
esac
