#!/bin/bash
# City-scale benchmark: what an operation store with 300,000 road segments costs the road graph and the window,
# against the renderer alone on the same stores, in the same run.
#
#   tests/bench/run_scale_bench.sh BUILD_DIR [WORKDIR] [ROADS] [BASELINE_BIN_DIR]
#
# BASELINE_BIN_DIR (optional): a directory with the floodctl and floodcommand of an earlier build; their route and
# window on S are run in the same session and compared (before/after ratios).
# Builds nothing (needs floodctl, floodcommand and bench_roadgraph in BUILD_DIR). Generates once in WORKDIR:
# roads.gpkg (make_stress_gpkg.py: ROADS random LineStrings, 2-8 vertices, default 300,000), D.gpkg (the demo
# district: floodctl init --demo) and S.gpkg (the demo district + those roads: floodctl import --layer roads).
# Then, each process timed with GNU time (wall clock, peak RSS):
#   render   floodctl render of D and S (1920x1080, the whole store)          -> the renderer alone
#   route    floodctl route on D and S (one query: reads roads, builds the graph, routes)
#   window   floodcommand --db D/S --screenshot (exits after the first complete map frame), 1920x1080
#   bench_roadgraph S.gpkg: the graph's phases in one process (read roads, RoadGraph::build, one query)
# Prints a markdown table and the ratios; logs stay in WORKDIR/logs.
set -euo pipefail

BUILD=$(cd "${1:?usage: run_scale_bench.sh BUILD_DIR [WORKDIR] [ROADS] [BASELINE_BIN_DIR]}" && pwd)
WORK=${2:-/tmp/fc-scale-bench}
ROADS=${3:-300000}
BASE=${4:+$(cd "$4" && pwd)}
HERE=$(cd "$(dirname "$0")" && pwd)
FLOODCTL=$BUILD/app/floodctl
WINDOW=$BUILD/app/floodcommand
BENCH=$BUILD/tests/bench/bench_roadgraph
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$WORK/xdg}
for x in "$FLOODCTL" "$WINDOW" "$BENCH"; do [ -x "$x" ] || { echo "not executable: $x" >&2; exit 2; }; done
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 2; }
mkdir -p "$WORK/logs" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$WORK"

if [ ! -f roads.gpkg ]; then
    /usr/bin/python3 "$HERE/make_stress_gpkg.py" roads.gpkg --roads "$ROADS" --buildings 0 --points 0
fi
if [ ! -f D.gpkg ]; then
    "$FLOODCTL" init D.gpkg --demo >/dev/null
fi
if [ ! -f S.gpkg ]; then
    "$FLOODCTL" init S.gpkg.tmp --demo >/dev/null
    "$FLOODCTL" import S.gpkg.tmp roads.gpkg --layer roads --src-layer roads >/dev/null
    mv S.gpkg.tmp S.gpkg
fi

# run NAME CMD...: GNU time of one process; sets SEC (wall clock), CPU (user + system) and MB (peak RSS).
run() {
    local name=$1; shift
    /usr/bin/time -v -o "logs/$name.time" "$@" >"logs/$name.out" 2>&1 || true
    SEC=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "logs/$name.time")
    CPU=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "logs/$name.time")
    MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "logs/$name.time")
}

declare -A T M C
for db in D S; do
    run "render-$db" "$FLOODCTL" render "$db.gpkg" "logs/render-$db.png" --size 1920x1080 --overwrite
    T[render-$db]=$SEC; M[render-$db]=$MB; C[render-$db]=$CPU
    run "route-$db" "$FLOODCTL" route "$db.gpkg" --from 121.47,31.21 --to 121.49,31.23
    T[route-$db]=$SEC; M[route-$db]=$MB; C[route-$db]=$CPU
    run "window-$db" "$WINDOW" --db "$db.gpkg" --screenshot "logs/window-$db.png" --size 1920x1080
    T[window-$db]=$SEC; M[window-$db]=$MB; C[window-$db]=$CPU
done
"$BENCH" S.gpkg --runs 3 >logs/bench_roadgraph.out 2>&1
if [ -n "$BASE" ]; then
    run "route-S-base" "$BASE/floodctl" route S.gpkg --from 121.47,31.21 --to 121.49,31.23
    T[route-S-base]=$SEC; M[route-S-base]=$MB; C[route-S-base]=$CPU
    run "window-S-base" "$BASE/floodcommand" --db S.gpkg --screenshot logs/window-S-base.png --size 1920x1080
    T[window-S-base]=$SEC; M[window-S-base]=$MB; C[window-S-base]=$CPU
fi

echo "| process | demo store D: s (CPU s) | D: MB | D + $ROADS roads S: s (CPU s) | S: MB | added by the roads: s (CPU s) | MB |"
echo "|---|---|---|---|---|---|---|"
for k in render route window; do
    awk -v k="$k" -v td="${T[$k-D]}" -v md="${M[$k-D]}" -v ts="${T[$k-S]}" -v ms="${M[$k-S]}" \
        -v cd="${C[$k-D]}" -v cs="${C[$k-S]}" \
        'BEGIN { printf "| %s | %.2f (%.2f) | %d | %.2f (%.2f) | %d | %.2f (%.2f) | %d |\n", k, td, cd, md, ts, cs, ms, ts - td, cs - cd, ms - md }'
done
echo
awk -v rt="${T[route-S]}" -v rr="${T[render-S]}" -v wt="${T[window-S]}" -v wd="${T[window-D]}" \
    -v wm="${M[window-S]}" -v wmd="${M[window-D]}" -v rm="${M[render-S]}" -v rmd="${M[render-D]}" \
    'BEGIN {
        printf "route on S / render of S (wall time): %.2f\n", rt / rr
        printf "window on S / render of S (wall time): %.2f\n", wt / rr
        printf "memory the roads add: window %d MB / renderer %d MB = %.2f\n", wm - wmd, rm - rmd, (wm - wmd) / (rm - rmd > 0 ? rm - rmd : 1)
    }'
if [ -n "$BASE" ]; then
    for k in route window; do
        awk -v k="$k" -v tb="${T[$k-S-base]}" -v mb="${M[$k-S-base]}" -v ta="${T[$k-S]}" -v ma="${M[$k-S]}" \
            -v cb="${C[$k-S-base]}" -v ca="${C[$k-S]}" \
            'BEGIN { printf "%s on S: baseline %.2f s (CPU %.2f s) %d MB -> this build %.2f s (CPU %.2f s) %d MB: wall x%.2f, CPU x%.2f, memory x%.2f\n", k, tb, cb, mb, ta, ca, ma, ta / tb, ca / cb, ma / mb }'
    done
fi
echo
cat logs/bench_roadgraph.out | grep -v XDG_RUNTIME
