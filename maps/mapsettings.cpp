#include "maps/mapsettings.h"

#include "maps/maplayer.h"
#include "maps/webmercator.h"

#include <algorithm>

namespace fc {

QList<MapLayer *> MapSettings::layers() const
{
    QList<MapLayer *> out;
    out.reserve(m_layers.size());
    for (const QPointer<MapLayer> &l : m_layers)
        if (l)
            out.append(l.data());
    return out;
}

void MapSettings::setLayers(const QList<MapLayer *> &l)
{
    m_layers.clear();
    m_layers.reserve(l.size());
    for (MapLayer *layer : l)
        m_layers.append(QPointer<MapLayer>(layer));
}

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
