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
