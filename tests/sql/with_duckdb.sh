#!/usr/bin/env bash
# Runs COMMAND with a DuckDB server for tests/sql/run_script.sh (tests/sql/duckdb/run.mjs
# --serve, reading requests from a named pipe in a temporary folder): REDLINE_DUCKDB_PIPE names
# it, REDLINE_DUCKDB_PID the server's process; it is stopped when COMMAND ends. DuckDB's native
# library is then loaded once rather than once per script.
# Usage: with_duckdb.sh COMMAND [ARGS...]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ -d $here/duckdb/node_modules/@duckdb/node-api ]] || { echo "with_duckdb: DuckDB is not installed (tests/sql/duckdb/install.sh)" >&2; exit 1; }
dir=$(mktemp -d)
mkfifo "$dir/requests"
node "$here/duckdb/run.mjs" --serve "$dir/requests" > "$dir/ready" 2> "$dir/server.err" &
server=$!
stop() {
  kill -9 "$server" 2>/dev/null
  wait "$server" 2>/dev/null
  rm -rf "$dir"
}
trap stop EXIT
for _ in $(seq 1 200); do
  [[ -s $dir/ready ]] && break
  kill -0 "$server" 2>/dev/null || { echo "with_duckdb: the server stopped:" >&2; cat "$dir/server.err" >&2; exit 1; }
  sleep 0.05
done
[[ -s $dir/ready ]] || { echo "with_duckdb: the server did not start in 10 s" >&2; exit 1; }
export REDLINE_DUCKDB_PIPE=$dir/requests REDLINE_DUCKDB_PID=$server
"$@"
