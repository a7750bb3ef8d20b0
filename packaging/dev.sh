#!/usr/bin/env bash
# One-command developer entry points (see README):
#   packaging/dev.sh run [floodcommand options]   install what is missing, build, start on the demo district
#   packaging/dev.sh test                         install what is missing, build, run the whole test suite,
#                                                 then the ThreadSanitizer tests (build-tsan; FC_TSAN=0 skips,
#                                                 FC_TSAN=1 runs them even when ctest arguments are given)
#   packaging/dev.sh package                      install what is missing, build, write build/floodcommand_*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FC_BUILD_DIR:-$root/build}
cmd=${1:-run}
shift || true

"$root/packaging/install-deps.sh"
# ccache, where installed, makes rebuilds of a fresh checkout cheap (optional: not a dependency).
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=${FC_BUILD_TYPE:-RelWithDebInfo} "${launcher[@]}" >/dev/null
cmake --build "$build" -j"${FC_JOBS:-2}"

case "$cmd" in
  run)
    exec "$build/app/floodcommand" --demo "$@"
    ;;
  test)
    (cd "$build" && ctest --output-on-failure -j"${FC_JOBS:-2}" "$@")
    # A second build with -fsanitize=thread, only the targets the `tsan` tests need (tests/tsan/README.md).
    if [ "${FC_TSAN:-$([ $# -eq 0 ] && echo 1 || echo 0)}" = 1 ]; then
      tsan=${FC_TSAN_BUILD_DIR:-$root/build-tsan}
      cmake -S "$root" -B "$tsan" -DCMAKE_BUILD_TYPE=${FC_BUILD_TYPE:-RelWithDebInfo} -DFC_SANITIZE=thread "${launcher[@]}" >/dev/null
      cmake --build "$tsan" -j"${FC_JOBS:-2}" --target tsan_tests
      cd "$tsan"
      ctest --output-on-failure -L tsan
    fi
    ;;
  package)
    cmake --build "$build" --target package
    ls -l "$build"/floodcommand_*.deb
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|package" >&2
    exit 2
    ;;
esac
