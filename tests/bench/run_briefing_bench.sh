#!/bin/sh
# Briefing benchmark (not CTest): the demo district's A4 situation report with the 300 dpi map and its charts,
# written as PDF, HTML and ODT; prints wall time and sizes, and page images (pdftoppm) for a look.
# usage: tests/bench/run_briefing_bench.sh BUILD_DIR [OUT_DIR]
set -eu
build=${1:?build dir}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
ctl="$build/app/floodctl"
db="$out/bench.gpkg"
rm -f "$db"
"$ctl" init "$db" --demo >/dev/null
"$ctl" replay-scenario "$db" >/dev/null
# Illustrative readings for the 24 hours before now (rain at the eight gauges, the tide gauge), so the report of
# now has its rain and tide charts as well as the map, the incidents and the task charts.
python3 - "$out/now.csv" <<'PY'
import sys, math, datetime
now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
now -= datetime.timedelta(minutes=now.minute % 5)
with open(sys.argv[1], "w") as f:
    f.write("sensor,time,value\n")
    for k in range(288, 0, -1):
        t = now - datetime.timedelta(minutes=5 * k)
        ts = t.isoformat().replace("+00:00", "Z")
        for g in range(1, 9):
            h = k / 12.0
            mm = max(0.0, 0.9 * math.sin((24 - h) / 24 * math.pi) * (1 + 0.1 * g))
            f.write(f"S-RAIN-0{g},{ts},{mm:.1f}\n")
        f.write(f"S-TIDE-01,{ts},{3.0 + 1.4 * math.sin(2 * math.pi * (k / 12.0) / 12.42):.2f}\n")
PY
"$ctl" ingest "$db" "$out/now.csv" >/dev/null
"$ctl" incident "$db" --kind waterlogging --at 121.470,31.205 --priority urgent --depth-cm 35 --text "建国中路积水" >/dev/null
"$ctl" incident "$db" --kind fallen_tree --at 121.480,31.215 --priority high --text "倒树压车" >/dev/null
"$ctl" incident "$db" --kind facade --at 121.490,31.225 --text "外墙脱落" >/dev/null
"$ctl" incident "$db" --kind underground_inflow --at 121.475,31.230 --priority urgent --text "地下车库进水" >/dev/null
for at in now 2024-09-16T06:00; do
  for fmt in pdf html odt; do
    f="$out/briefing-$at.$fmt"
    opt=""
    [ "$at" = now ] || opt="--at $at"
    start=$(date +%s.%N)
    "$ctl" briefing "$db" "$f" $opt --overwrite --no-record --next-steps "继续做好积水点巡查，加强一线海塘防汛墙值守。" >/dev/null
    end=$(date +%s.%N)
    echo "$at $fmt: $(echo "$end - $start" | bc) s, $(stat -c %s "$f") bytes, $(pdfinfo "$f" 2>/dev/null | awk '/^Pages/{print $2}') pages"
  done
  pdftoppm -r 60 -png "$out/briefing-$at.pdf" "$out/page-$at"
done
echo "files in $out"
