#pragma once

#include "app/core/typhoon/typhoon.h"

namespace fc {

// Writes a storm as vector features (GDAL/OGR): the observed track as a line, its points, the forecast tracks by
// agency, landfalls, and the wind circles as quadrant sectors on the ellipsoid (each a polygon with its level,
// quadrant and radius). .geojson holds them in one layer (field "kind"), .kml and .gpkg in one layer per kind.
// Written through a staging file: complete or not at all.
class TyphoonExport
{
    Q_DECLARE_TR_FUNCTIONS(fc::TyphoonExport)
public:
    // at: the wind circles at that time (interpolated); invalid: at every observed point that has radii.
    static bool write(const Storm &storm, const QString &path, const QDateTime &at, bool overwrite, int *features,
                      QString *error);
};

} // namespace fc
