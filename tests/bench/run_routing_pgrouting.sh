#!/usr/bin/env bash
# Routing on the same 1M-edge grid: RoadGraph (Boost CSR) and plain BGL (bench_routing) against pgRouting's
# pgr_dijkstra in a throwaway PostgreSQL (started here, removed at the end). Same graph, same queries, one run.
#   tests/bench/run_routing_pgrouting.sh [BUILD_DIR]
# pgr_dijkstra reads its edges with an SQL query on every call (its normal use); both sides are timed per query,
# medians over 5 district routes and 5 recommendations (20 teams to one incident: pgRouting many-to-one).
set -euo pipefail
BUILD=${1:-build}
PGBIN=/usr/lib/postgresql/15/bin
PGPORT=${PGPORT:-55439}
WORK=$(mktemp -d)
PGROOT=$(mktemp -d)
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_pg $PGBIN/pg_ctl -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK" "$PGROOT"
}
trap cleanup EXIT
chmod 755 "$WORK"
[[ $(id -u) -eq 0 ]] && chown postgres:postgres "$PGROOT"

echo "== RoadGraph and plain BGL (bench_routing)"
"$BUILD/tests/bench_routing" --runs 7 --export "$WORK" 2>/dev/null | tee "$WORK/ours.txt"
chmod 644 "$WORK"/*.csv
ours_route=$(sed -n 's/.*route median \([0-9.]*\) ms.*/\1/p' "$WORK/ours.txt")
ours_rec=$(sed -n 's/.*recommend median \([0-9.]*\) ms.*/\1/p' "$WORK/ours.txt")

echo "== pgRouting"
as_pg $PGBIN/initdb -D "$PGROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg $PGBIN/pg_ctl -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
  -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1" start >/dev/null
PSQL=(as_pg $PGBIN/psql -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -c "CREATE DATABASE fcroute"
"${PSQL[@]}" -d fcroute <<SQL 2>&1 | sed -n 's/.*NOTICE:  //p' > "$WORK/pg.txt"
CREATE EXTENSION pgrouting CASCADE;
CREATE TABLE edges (id bigint PRIMARY KEY, source bigint, target bigint, cost float8);
\copy edges FROM '$WORK/edges.csv' CSV
CREATE TABLE q (kind text, target bigint, sources text);
\copy q FROM '$WORK/queries.csv' CSV
ANALYZE edges;
DO \$\$
DECLARE r record; t0 timestamptz; n bigint;
BEGIN
  PERFORM count(*) FROM pgr_dijkstra('SELECT id, source, target, cost FROM edges', 1, 2, true); -- warm-up
  FOR r IN SELECT * FROM q LOOP
    t0 := clock_timestamp();
    IF r.kind = 'route' THEN
      SELECT count(*) INTO n FROM pgr_dijkstra('SELECT id, source, target, cost FROM edges', r.sources::bigint, r.target, true);
    ELSE
      SELECT count(*) INTO n FROM pgr_dijkstra('SELECT id, source, target, cost FROM edges',
                                              string_to_array(r.sources, ' ')::bigint[], r.target, true);
    END IF;
    RAISE NOTICE 'PGR % % rows %', r.kind, extract(epoch FROM clock_timestamp() - t0) * 1000, n;
  END LOOP;
END \$\$;
SQL
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
pg_route=$(awk '$2=="route" {print $3}' "$WORK/pg.txt" | median)
pg_rec=$(awk '$2=="recommend" {print $3}' "$WORK/pg.txt" | median)
cat "$WORK/pg.txt"
echo "== medians on the same 1M-edge graph and queries"
printf "route:      RoadGraph %8.3f ms   pgr_dijkstra %10.1f ms   ratio %.5f\n" "$ours_route" "$pg_route" \
  "$(awk -v a="$ours_route" -v b="$pg_route" 'BEGIN {print a / b}')"
printf "recommend:  RoadGraph %8.3f ms   pgr_dijkstra %10.1f ms   ratio %.5f\n" "$ours_rec" "$pg_rec" \
  "$(awk -v a="$ours_rec" -v b="$pg_rec" 'BEGIN {print a / b}')"
