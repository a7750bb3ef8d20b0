#include "app/buildinfo.h"

#include <gdal.h>

namespace fc::buildinfo {

QString versionLine(const char *program)
{
    return QStringLiteral("%1 %2 (build %3, %4; Qt %5, GDAL %6)")
        .arg(QString::fromLatin1(program), QString::fromLatin1(version()), QString::fromLatin1(buildId()),
             QString::fromLatin1(buildType()), QString::fromLatin1(qVersion()),
             QString::fromLatin1(GDALVersionInfo("RELEASE_NAME")));
}

} // namespace fc::buildinfo
