#!/bin/bash
# Side-by-side render benchmark: floodctl render vs QGIS 3.22 (sequential and parallel job) on the
# same stress GeoPackage, same extent, 1920x1080 and 3840x2160 (issue 4, "Speed").
#
#   tests/bench/run_render_bench.sh /path/to/floodctl [WORKDIR] [N]
#
# Builds nothing. Generates WORKDIR/stress.gpkg (make_stress_gpkg.py) if missing. Needs
# python3-gdal, qgis + python3-qgis, and GNU time (/usr/bin/time). N rounds (default 5); in each
# round, per size, one floodctl process and one QGIS process run back to back (alternating), each
# doing one warm-up render and one timed render (QGIS: seq and par alternately in one process).
# Like for like: QGIS's job reads (and reprojects) the data while it renders, so ours is timed from
# opening the file to the finished image: load (read + transform into memory) + render. Reports
# medians, ours/QGIS ratios, peak RSS (max over the rounds) as markdown tables on stdout, and
# compares the pictures: the pixels each tool inked (differs from the white background) must agree
# (with 1 px of tolerance for anti-aliasing) or the script exits 3, so a faster render that draws
# less cannot pass. Raw logs stay in WORKDIR/logs.
set -euo pipefail

FLOODCTL=${1:?usage: run_render_bench.sh FLOODCTL [WORKDIR] [N]}
WORK=${2:-/tmp/fc-render-bench}
N=${3:-5}
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3 # Debian's python: osgeo and qgis live there, not in a pyenv/venv python
EXTENT=121.40,31.15,121.60,31.30
SIZES=(1920x1080 3840x2160)
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$WORK/xdg}

[ -x "$FLOODCTL" ] || { echo "not executable: $FLOODCTL" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 2; }
mkdir -p "$WORK/logs" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
GPKG=$WORK/stress.gpkg
if [ ! -f "$GPKG" ]; then
    $PY "$HERE/make_stress_gpkg.py" "$GPKG" >&2
fi
rm -f "$WORK"/logs/*.log

# run NAME CMD...: stdout+stderr to logs/NAME.log, GNU time -v report to logs/NAME.time
run() {
    local name=$1; shift
    /usr/bin/time -v -o "$WORK/logs/$name.time" "$@" >"$WORK/logs/$name.log" 2>&1 \
        || { echo "failed: $* (see $WORK/logs/$name.log)" >&2; exit 1; }
}

echo "# $(date -u +%FT%TZ) $(nproc) cores; floodctl=$FLOODCTL; $(dpkg-query -W -f='qgis ${Version}' qgis 2>/dev/null)" >&2
for ((r = 1; r <= N; r++)); do
    for size in "${SIZES[@]}"; do
        echo "# round $r/$N $size" >&2
        # Alternate which tool goes first, so neither always runs on the warmer machine.
        if ((r % 2)); then
            run "ours-$size-$r" "$FLOODCTL" render "$GPKG" "$WORK/ours-$size.png" --size "$size" --extent "$EXTENT" --repeat 2
            run "qgis-$size-$r" $PY "$HERE/qgis_render.py" "$GPKG" --extent "$EXTENT" --size "$size" --repeat 1 --warmup 1 --out "$WORK/qgis"
        else
            run "qgis-$size-$r" $PY "$HERE/qgis_render.py" "$GPKG" --extent "$EXTENT" --size "$size" --repeat 1 --warmup 1 --out "$WORK/qgis"
            run "ours-$size-$r" "$FLOODCTL" render "$GPKG" "$WORK/ours-$size.png" --size "$size" --extent "$EXTENT" --repeat 2
        fi
    done
done

$PY - "$WORK/logs" "$N" "${SIZES[@]}" <<'EOF'
import re, statistics, sys, glob, os
logs, n, sizes = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def med(v): return statistics.median(v) if v else float("nan")
def rss_mb(path):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(path).read())
    return int(m.group(1)) / 1024 if m else float("nan")
rows, extra = [], []
for size in sizes:
    ours, seq, par, lo, lq, ro, rq, first_o, first_s, first_p = ([] for _ in range(10))
    for r in range(1, n + 1):
        o = open(f"{logs}/ours-{size}-{r}.log").read()
        q = open(f"{logs}/qgis-{size}-{r}.log").read()
        renders = [int(x) for x in re.findall(r"render \d+: (\d+) ms", o)]
        first_o.append(renders[0]); ours.append(renders[-1])
        lo.append(int(re.search(r"load: (\d+) ms", o).group(1)))
        seq += [float(x) for x in re.findall(r"render seq \S+ \d+: ([\d.]+) ms", q)]
        par += [float(x) for x in re.findall(r"render par \S+ \d+: ([\d.]+) ms", q)]
        first_s += [float(x) for x in re.findall(r"first seq \S+: ([\d.]+) ms", q)]
        first_p += [float(x) for x in re.findall(r"first par \S+: ([\d.]+) ms", q)]
        lq.append(float(re.search(r"load: ([\d.]+) ms", q).group(1)))
        ro.append(rss_mb(f"{logs}/ours-{size}-{r}.time")); rq.append(rss_mb(f"{logs}/qgis-{size}-{r}.time"))
    total = [o + l for o, l in zip(ours, lo)]  # open the file .. finished image
    mo, ms, mp, mt = med(ours), med(seq), med(par), med(total)
    rows.append(f"| {size} | {mt:.0f} | {med(lo):.0f} | {mo:.0f} | {ms:.0f} | {mp:.0f} | {mt/ms:.3f} | {mt/mp:.3f} | {max(ro):.0f} | {max(rq):.0f} | {max(ro)/max(rq):.2f} |")
    extra.append(f"| {size} | {med(first_o):.0f} | {med(first_s):.0f} | {med(first_p):.0f} | {med(lo):.0f} | {med(lq):.0f} | {max(ro):.0f} | {max(rq):.0f} |")
print(f"Open file to finished image, median of {n} (one warm-up render per process discarded), ms; peak RSS MB:\n")
print("| size | ours read+render | (ours read) | (ours render) | QGIS seq job | QGIS par job | ours/QGIS seq | ours/QGIS par | ours RSS | QGIS RSS | RSS ratio |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
print("\n".join(rows))
print(f"\nFirst (warm-up) render, load time (median) and peak RSS (max of {n} processes):\n")
print("| size | ours first ms | QGIS seq first ms | QGIS par first ms | ours load ms | QGIS init+open ms | ours peak RSS MB | QGIS peak RSS MB |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
print("\n".join(extra))
EOF

# Same picture? Ink masks of ours and QGIS's parallel job, per size.
$PY - "$WORK" "${SIZES[@]}" <<'EOF'
import sys
import numpy as np
from osgeo import gdal
work, sizes = sys.argv[1], sys.argv[2:]
def ink(path):
    a = gdal.Open(path).ReadAsArray().astype(np.int16)[:3]  # bands, rows, cols
    return (np.abs(a - 255) > 24).any(axis=0)
def grow(m):  # 1 px tolerance
    g = m.copy()
    g[1:, :] |= m[:-1, :]; g[:-1, :] |= m[1:, :]; g[:, 1:] |= m[:, :-1]; g[:, :-1] |= m[:, 1:]
    return g
bad = False
print("\nSame pixels inked (ours vs QGIS parallel job; 1 px tolerance):\n")
print("| size | ours ink % | QGIS ink % | QGIS ink covered by ours | ours ink covered by QGIS | IoU (exact) |")
print("|---|---:|---:|---:|---:|---:|")
for size in sizes:
    o, q = ink(f"{work}/ours-{size}.png"), ink(f"{work}/qgis-par-{size}.png")
    qc = (q & grow(o)).sum() / max(1, q.sum())
    oc = (o & grow(q)).sum() / max(1, o.sum())
    iou = (o & q).sum() / max(1, (o | q).sum())
    print(f"| {size} | {100*o.mean():.1f} | {100*q.mean():.1f} | {100*qc:.1f} % | {100*oc:.1f} % | {iou:.3f} |")
    bad |= qc < 0.95 or oc < 0.95
sys.exit(3 if bad else 0)
EOF
