# A throwaway PostgreSQL server for the tests of `redline sql --dialect postgres`: sourced, it
# defines pg_start (a new cluster in a temporary directory, listening only on a Unix socket in it,
# stopped and removed when the sourcing script exits) and pg_run (a script run by psql in one
# session, after each entity's CSV is loaded into a temporary table of text columns named after
# it, created and filled by COPY ... CSV HEADER in one transaction). Needs Debian's postgresql (scripts/install-deps.sh).
# PostgreSQL refuses to run as root: as root the server runs as the user postgres.

pg_bin=""
pg_dir=""

pg_start() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)
  if [[ -z $initdb ]]; then
    echo "pg: PostgreSQL's server is not installed (apt-get install postgresql; scripts/install-deps.sh does)" >&2
    return 1
  fi
  command -v psql >/dev/null || { echo "pg: psql is not installed" >&2; return 1; }
  pg_bin=$(dirname "$initdb")
  pg_dir=$(mktemp -d /tmp/redline-pg.XXXXXX)
  local as=()
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$pg_dir"
    # From the server's folder: the user postgres may not enter the current one (a clone in a
    # private temporary folder), and pg_ctl says so on standard error.
    as=(env -C "$pg_dir" runuser -u postgres --)
  fi
  trap pg_stop EXIT
  "${as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U redline --locale=C -E UTF8 --no-sync >"$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log" >&2; return 1; }
  # No TCP at all: the socket in the temporary directory is the only way in.
  "${as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories=$pg_dir -c fsync=off -c full_page_writes=off" start >/dev/null ||
    { cat "$pg_dir/server.log" >&2; return 1; }
  export PGHOST=$pg_dir PGUSER=redline PGDATABASE=postgres
}

pg_stop() {
  [[ -n $pg_dir ]] || return 0
  local as=()
  [[ $(id -u) -eq 0 ]] && as=(env -C "$pg_dir" runuser -u postgres --)
  "${as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pg_dir"
  pg_dir=""
}

# pg_run SCRIPT ENTITY=CSV...: the script's output on stdout, psql's errors on stderr, psql's status.
pg_run() {
  local script=$1
  shift
  {
    echo '\set ON_ERROR_STOP on'
    echo '\set QUIET on'
    # Created and filled in one transaction: PostgreSQL then appends the rows in the file's order
    # (it skips the free space map for a table new in the transaction), so that the physical
    # order the script reads as input order is the file's (docs/sql.md, "Running it").
    echo 'BEGIN;'
    local d
    for d in "$@"; do
      local entity=${d%%=*} path=${d#*=} header columns="" field="" quoted=0 i c q="'"
      IFS= read -r header <"$path" || true
      header=${header%$'\r'}
      # The header's names, RFC 4180 quoting undone (a name may hold a comma or a quote).
      for ((i = 0; i <= ${#header}; i++)); do
        c=${header:i:1}
        if ((quoted)); then
          if [[ $c == '"' && ${header:i+1:1} == '"' ]]; then field+='"'; ((i++))
          elif [[ $c == '"' ]]; then quoted=0
          else field+=$c; fi
        elif [[ $c == '"' ]]; then quoted=1
        elif [[ $c == , || $i -eq ${#header} ]]; then
          columns+="${columns:+, }\"${field//\"/\"\"}\" text"
          field=""
        else field+=$c; fi
      done
      printf 'CREATE TEMP TABLE "%s" (%s);\n' "${entity//\"/\"\"}" "$columns"
      printf "\\copy \"%s\" FROM '%s' WITH (FORMAT csv, HEADER true)\n" "${entity//\"/\"\"}" "${path//$q/$q$q}"
    done
    echo 'COMMIT;'
    printf '\\i %s\n' "$script"
  } | psql -X -q -v ON_ERROR_STOP=1 -f -
}
