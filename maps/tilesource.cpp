#include "maps/tilesource.h"

#include "maps/coordinatetransform.h"
#include "maps/webmercator.h"

namespace fc {

Extent TileSource::extent() const
{
    return {-WebMercator::HalfWorld, -WebMercator::HalfWorld, WebMercator::HalfWorld, WebMercator::HalfWorld};
}

bool TileSource::storeTile(const TileId &, const QByteArray &, QString *error) const
{
    if (error)
        error->clear();
    return false;
}

QPointF TileSource::gcj02Offset(QPointF mercator) const
{
    if (!m_gcj02)
        return {0, 0};
    const GeoPoint wgs = WebMercator::toGeo(mercator);
    if (!Gcj02::isInChina(wgs.lon, wgs.lat))
        return {0, 0};
    return WebMercator::fromGeo(Gcj02::fromWgs84(wgs)) - mercator;
}

QImage TileSource::decode(const QByteArray &bytes)
{
    QImage img = QImage::fromData(bytes);
    if (img.isNull())
        return img;
    if (img.format() != QImage::Format_ARGB32_Premultiplied)
        img.convertTo(QImage::Format_ARGB32_Premultiplied);
    return img;
}

} // namespace fc
