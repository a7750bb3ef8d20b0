#!/bin/sh
# Flood model benchmark (not part of ctest): the demo district at 10 m and 5 m cells, a 6 h storm, timed; then the
# same DEM, a uniform 6 h rain and the same cell size in GRASS GIS r.sim.water (Debian package grass-core), if
# installed. Prints wall-clock and CPU seconds and the ratios.
#   tests/bench/run_flood_bench.sh BUILD_DIR [WORK_DIR]
set -eu
BUILD=${1:?usage: run_flood_bench.sh BUILD_DIR [WORK_DIR]}
WORK=${2:-$(mktemp -d)}
HERE=$(cd "$(dirname "$0")" && pwd)
CTL="$BUILD/app/floodctl"
mkdir -p "$WORK"
cd "$WORK"
[ -f demo.gpkg ] || "$CTL" init demo.gpkg --demo >/dev/null
timed() { # label, command...: prints "label wall_s cpu_s"
  label=$1; shift
  /usr/bin/time -f "%e %U %S" -o time.txt "$@" > out.txt 2> err.txt || { cat err.txt; exit 1; }
  set -- $(tail -1 time.txt)
  echo "$label wall $1 s, cpu $(echo "$2 + $3" | bc) s"
}
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for cell in 10 5; do
  timed "whatif design storm 6 h (120 mm, peak 80 mm/h), ${cell} m:" \
    "$CTL" whatif demo.gpkg --profile "$HERE/storm_6h.csv" --until 6 --cell $cell --max --out max$cell.tif \
    --write-dem dem$cell.tif --overwrite --json
  grep -o '"cells":[0-9]*\|"steps":[0-9]*\|"seconds":[0-9.]*\|"residual_of_rain":[-0-9.e]*' out.txt | tr '\n' ' '; echo
  timed "whatif uniform 20 mm/h for 6 h, no drainage, ${cell} m:" \
    "$CTL" whatif demo.gpkg --rain 120 --hours 6 --until 6 --drain 0 --cell $cell --max --out uni$cell.tif --overwrite --json
  grep -o '"cells":[0-9]*\|"steps":[0-9]*\|"seconds":[0-9.]*' out.txt | tr '\n' ' '; echo
done
if command -v grass >/dev/null; then
  for cell in 10 5; do
    # r.sim.water: the same DEM (walls at crest), rain excess 20 mm/h, n = 0.03, 360 minutes, default sampling.
    cat > sim.sh <<EOS
r.in.gdal input=dem$cell.tif output=dem --quiet
g.region raster=dem
r.slope.aspect elevation=dem dx=dx dy=dy --quiet
r.sim.water elevation=dem dx=dx dy=dy rain_value=20 man_value=0.03 niterations=360 output_step=360 depth=depth --quiet
r.out.gdal input=depth output=grass$cell.tif --quiet --overwrite
EOS
    timed "GRASS r.sim.water uniform 20 mm/h for 6 h, ${cell} m:" grass --tmp-location dem$cell.tif --exec sh sim.sh
  done
fi
echo "outputs in $WORK"
