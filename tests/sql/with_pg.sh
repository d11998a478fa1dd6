#!/usr/bin/env bash
# Runs COMMAND with a throwaway PostgreSQL server (tests/sql/pg.sh): PGHOST, PGUSER and
# PGDATABASE name it; it is stopped and removed when COMMAND ends.
# Usage: with_pg.sh COMMAND [ARGS...]
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/pg.sh"
pg_start || exit 1
"$@"
