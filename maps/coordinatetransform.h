#pragma once

#include "maps/geopoint.h"

#include <QPointF>
#include <QString>
#include <memory>

class OGRCoordinateTransformation;

namespace fc {

// A coordinate transformation between two CRSs via PROJ (GDAL's OGR API), always in traditional
// GIS axis order (x = easting/longitude, y = northing/latitude). Also understands the pseudo-CRS
// "GCJ02" (the shifted coordinates of Chinese web maps), converted to or from WGS84.
class CoordinateTransform
{
public:
    CoordinateTransform();
    // source and target: "EPSG:4326", "EPSG:4549", "EPSG:3857", "GCJ02", a WKT or PROJ string.
    CoordinateTransform(const QString &source, const QString &target);
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    bool isIdentity() const { return m_identity; }

    // Transforms in place; returns false for points PROJ cannot transform.
    bool transform(double &x, double &y) const;
    QPointF transform(QPointF p, bool *ok = nullptr) const;

    // True when a CRS definition can be understood (for error messages before an import).
    static bool isKnownCrs(const QString &definition, QString *error = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    bool m_valid = false;
    bool m_identity = false;
    QString m_error;
};

namespace Gcj02 {
// The GCJ-02 obfuscation used by Chinese web maps (about 300-600 m in Shanghai). Outside China the
// shift is zero. fromWgs84 is exact; toWgs84 inverts it iteratively to better than 1 mm.
bool isInChina(double lon, double lat);
GeoPoint fromWgs84(GeoPoint wgs);
GeoPoint toWgs84(GeoPoint gcj);
} // namespace Gcj02

} // namespace fc
