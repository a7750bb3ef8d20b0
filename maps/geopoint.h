#pragma once

#include <QMetaType>
#include <QPointF>

namespace fc {

// A geographic position in degrees, WGS84 / CGCS2000 (the two agree to centimetres here).
struct GeoPoint
{
    double lon = 0.0;
    double lat = 0.0;

    constexpr GeoPoint() = default;
    constexpr GeoPoint(double lonDeg, double latDeg) : lon(lonDeg), lat(latDeg) {}
    bool isValid() const { return lon >= -180.0 && lon <= 180.0 && lat >= -90.0 && lat <= 90.0; }
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

} // namespace fc

Q_DECLARE_METATYPE(fc::GeoPoint)
