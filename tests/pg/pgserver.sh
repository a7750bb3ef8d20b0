#!/usr/bin/env bash
# A throw-away PostgreSQL 15 + PostGIS cluster for the server tests (CTest fixture), in a temporary folder.
#   pgserver.sh start DIR PORT | stop DIR | restart DIR
# Fails loudly when the server packages are missing: the server tests never skip silently.
set -euo pipefail
cmd=$1
dir=$2
PGBIN=/usr/lib/postgresql/15/bin
if [[ ! -x $PGBIN/initdb ]]; then
  echo "pgserver: PostgreSQL 15 is not installed ($PGBIN/initdb missing); run packaging/install-deps.sh" >&2
  exit 1
fi
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
  start)
    port=$3
    if [[ -f $dir/data/postmaster.pid ]]; then as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
    as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    echo "port=$port" >"$dir/port"
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >/dev/null
    echo "pgserver: PostgreSQL $(as_pg "$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
    ;;
  restart)
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >/dev/null
    ;;
  stop)
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pgserver.sh start DIR PORT | stop DIR | restart DIR" >&2
    exit 2
    ;;
esac
