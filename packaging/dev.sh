#!/usr/bin/env bash
# One-command developer entry points (see README):
#   packaging/dev.sh run [floodcommand options]   install what is missing, build, start on the demo district
#   packaging/dev.sh test                         install what is missing, build, run the whole test suite
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FC_BUILD_DIR:-$root/build}
cmd=${1:-run}
shift || true

"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=${FC_BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$build" -j"${FC_JOBS:-2}"

case "$cmd" in
  run)
    exec "$build/app/floodcommand" --demo "$@"
    ;;
  test)
    cd "$build"
    ctest --output-on-failure -j"${FC_JOBS:-2}" "$@"
    ;;
  *)
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
