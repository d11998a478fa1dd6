#!/usr/bin/env bash
# Runs a script of `redline sql --dialect DIALECT` over the data, as a user would: sqlite3 with
# each ENTITY=CSV imported by `.import --csv`, or psql (the server PGHOST names, e.g. the one
# tests/sql/with_pg.sh starts) with each loaded into a temporary table of text columns by COPY.
# The script's output on stdout, the tool's errors on stderr, the tool's exit status.
# Usage: run_script.sh sqlite|postgres SCRIPT ENTITY=CSV...
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
  *) echo "run_script: unknown dialect '$dialect'" >&2; exit 2 ;;
esac
