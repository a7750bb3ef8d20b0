#include "maps/webmercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fc::WebMercator {

QPointF fromLonLat(double lon, double lat)
{
    const double la = std::clamp(lat, -MaxLatitude, MaxLatitude);
    const double x = EarthRadius * lon * std::numbers::pi / 180.0;
    const double y = EarthRadius * std::log(std::tan(std::numbers::pi / 4.0 + la * std::numbers::pi / 360.0));
    return {x, y};
}

GeoPoint toGeo(QPointF p)
{
    const double lon = p.x() / EarthRadius * 180.0 / std::numbers::pi;
    const double lat = (2.0 * std::atan(std::exp(p.y() / EarthRadius)) - std::numbers::pi / 2.0) * 180.0 / std::numbers::pi;
    return {lon, lat};
}

Extent fromGeoExtent(const Extent &e)
{
    const QPointF a = fromLonLat(e.xMin(), e.yMin());
    const QPointF b = fromLonLat(e.xMax(), e.yMax());
    return {a.x(), a.y(), b.x(), b.y()};
}

Extent toGeoExtent(const Extent &e)
{
    const GeoPoint a = toGeo({e.xMin(), e.yMin()});
    const GeoPoint b = toGeo({e.xMax(), e.yMax()});
    return {a.lon, a.lat, b.lon, b.lat};
}

double scaleFactor(double lat)
{
    return std::cos(lat * std::numbers::pi / 180.0);
}

double resolutionForZoom(double zoom)
{
    return 2.0 * HalfWorld / 256.0 / std::pow(2.0, zoom);
}

double zoomForResolution(double res)
{
    return std::log2(2.0 * HalfWorld / 256.0 / res);
}

} // namespace fc::WebMercator
