#include "maps/mapsettings.h"

#include "maps/webmercator.h"

#include <algorithm>

namespace fc {

void MapSettings::setExtent(const Extent &e)
{
    if (e.isNull() || m_size.isEmpty())
        return;
    m_center = e.center();
    m_resolution = std::max({e.width() / m_size.width(), e.height() / m_size.height(), 1e-6});
}

void MapSettings::setExtentLonLat(const Extent &lonLat)
{
    setExtent(WebMercator::fromGeoExtent(lonLat));
}

double MapSettings::zoom() const
{
    return WebMercator::zoomForResolution(m_resolution);
}

double MapSettings::scaleDenominator() const
{
    const double groundRes = m_resolution * WebMercator::scaleFactor(WebMercator::toGeo(m_center).lat);
    return groundRes * 96.0 / 0.0254;
}

QPointF MapSettings::toPixel(QPointF map) const
{
    const Extent e = extent();
    return {(map.x() - e.xMin()) / m_resolution, (e.yMax() - map.y()) / m_resolution};
}

QPointF MapSettings::toMap(QPointF pixel) const
{
    const Extent e = extent();
    return {e.xMin() + pixel.x() * m_resolution, e.yMax() - pixel.y() * m_resolution};
}

GeoPoint MapSettings::toGeo(QPointF pixel) const
{
    return WebMercator::toGeo(toMap(pixel));
}

} // namespace fc
