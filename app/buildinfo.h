#pragma once

#include <QString>

// The identity of this build, printed by `floodcommand --version` and `floodctl --version`: the version, the commit
// the tree was built from (cmake/BuildInfo.cmake writes it on every build) and the libraries found at run time.
namespace fc::buildinfo {

const char *version();
const char *buildId();   // short commit, "-dirty" when the tree had changes; "unknown" outside a checkout
const char *buildType(); // CMake build type

// "PROGRAM 0.1.0 (build 1a2b3c4d5e6f, RelWithDebInfo; Qt 6.4.2, GDAL 3.6.2)"
QString versionLine(const char *program);

} // namespace fc::buildinfo
