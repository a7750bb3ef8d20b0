#!/usr/bin/env bash
# Readings ingest on both backends in one run: bench_ingest's GeoPackage comparison (against the sqlite3 CLI
# .import) and then, on a throwaway PostgreSQL 15 + PostGIS server (tests/pg/pgserver.sh; as root the server runs
# as the postgres user through runuser), our ingest into a PostgreSQL store against `psql \copy` of the same CSV
# into a plain table on the same server.
#   tests/bench/run_ingest_server.sh [BUILD_DIR] [bench_ingest options, e.g. --intervals 20000]
set -euo pipefail
BUILD=${1:-build}
shift || true
HERE=$(cd "$(dirname "$0")" && pwd)
PGPORT=${PGPORT:-55441}
PGDIR=$(mktemp -d /tmp/fc-bench-pg.XXXXXX)
DATA=${FC_BENCH_DIR:-/tmp/fc-bench-ingest}
cleanup() { "$HERE/../pg/pgserver.sh" stop "$PGDIR" >/dev/null 2>&1 || true; }
trap cleanup EXIT
"$HERE/../pg/pgserver.sh" start "$PGDIR" "$PGPORT"
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PSQL=(as_pg psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -c "CREATE DATABASE fc_ingest_store" -c "CREATE DATABASE fc_ingest_plain"
mkdir -p "$DATA"
chmod 755 "$DATA"
# The CSV must be readable by psql (run here as this user) only: \copy reads it on the client side.
"$BUILD/tests/bench_ingest" --dir "$DATA" "$@" \
  --server "postgresql://postgres@127.0.0.1:$PGPORT/fc_ingest_store" \
  --plain "postgresql://postgres@127.0.0.1:$PGPORT/fc_ingest_plain"
