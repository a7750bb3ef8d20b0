#!/usr/bin/env bash
# Installs the Debian 12 packages FloodCommand needs to build, run and test.
# Idempotent: does nothing when everything is present. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qt6-positioning-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqcustomplot-dev libgdal-dev gdal-bin sqlite3 libsqlite3-dev
  libboost-graph-dev
  fonts-wqy-microhei xauth xvfb
  # the multi-seat server: the test command starts a throw-away PostgreSQL + PostGIS (tests/pg/pgserver.sh)
  postgresql postgresql-15-postgis-3 postgresql-15-pgrouting
  qt6-multimedia-dev qt6-speech-dev
  # the package and its test (ctest -L package): dpkg-shlibdeps, the validators, lintian, the manual
  dpkg-dev fakeroot lintian desktop-file-utils appstream man-db adduser openssl bash-completion
  systemd   # systemd-analyze verify for the intake unit (nothing is started)
)
# Optional extras for screenshots and checks: --with-tools
if [[ " $* " == *" --with-tools "* ]]; then
  PACKAGES+=(imagemagick x11-apps poppler-utils python3-gdal)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1
  fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
