#include "app/core/briefing/reportmap.h"

#include "app/core/district/floodlayers.h"
#include "maps/maprenderjob.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"

#include <QFont>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <memory>

namespace fc::ReportMap {

Result render(const LayerStores &stores, const QList<Marker> &markers, double widthMm, double heightMm, int dpi)
{
    Result r;
    std::vector<std::unique_ptr<VectorLayer>> layers;
    Extent all;
    QStringList names = stores.keys();
    names.sort(); // a stable order before the geometry sort (the file's layer order is by name too)
    for (const QString &name : names) {
        const auto &store = stores.value(name);
        if (!store || store->count() == 0)
            continue;
        auto layer = std::make_unique<VectorLayer>(name, name, store);
        layer->setStyle(FloodLayers::style(name, MapTheme::Light));
        all.include(store->extent());
        layers.push_back(std::move(layer));
    }
    if (all.isNull()) {
        r.error = QStringLiteral("no map layers to draw");
        return r;
    }
    std::stable_sort(layers.begin(), layers.end(), [](const auto &a, const auto &b) {
        auto rank = [](GeometryType t) { return t == GeometryType::Polygon ? 0 : t == GeometryType::Line ? 1 : 2; };
        return rank(a->store()->geometryType()) < rank(b->store()->geometryType());
    });
    // Logical pixels at 96 dpi, drawn at the print resolution: lines, symbols and labels keep their printed size.
    const double dpr = dpi / 96.0;
    MapSettings s;
    s.setOutputSize(QSize(int(std::lround(widthMm / 25.4 * 96)), int(std::lround(heightMm / 25.4 * 96))));
    s.setDevicePixelRatio(dpr);
    s.setExtent(all.scaled(1.02));
    QList<MapLayer *> list;
    for (auto &l : layers)
        list.append(l.get());
    s.setLayers(list);
    s.setFontFamily(QStringLiteral("WenQuanYi Micro Hei"));
    MapRenderJob job(s);
    job.setBackground(MapPalette::forTheme(MapTheme::Light).background);
    job.setFrameOnly(true);
    job.start();
    job.waitForFinished();
    const RenderResult &rr = job.result();
    if (rr.frame.isNull()) {
        r.error = rr.errors.isEmpty() ? QStringLiteral("the map renderer drew nothing") : rr.errors.join(QLatin1Char('\n'));
        return r;
    }
    QImage img = rr.frame.convertToFormat(QImage::Format_RGB32);
    img.setDevicePixelRatio(1.0);
    img.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    img.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    // The report's own points: numbered circles, numbers matching the incident table.
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f(QStringLiteral("WenQuanYi Micro Hei"));
    f.setPixelSize(std::max(8, int(std::lround(8.5 / 72 * dpi))));
    f.setBold(true);
    p.setFont(f);
    const double radius = 3.0 / 25.4 * dpi;
    for (const Marker &m : markers) {
        const QPointF px = s.toPixel(WebMercator::fromLonLat(m.lon, m.lat)) * dpr;
        p.setPen(QPen(QColor(40, 0, 0), 0.5 / 25.4 * dpi));
        p.setBrush(m.colour);
        p.drawEllipse(px, radius, radius);
        p.setPen(Qt::white);
        p.drawText(QRectF(px.x() - radius, px.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, m.label);
    }
    p.end();
    const Extent geo = WebMercator::toGeoExtent(s.extent());
    r.extentLonLat = QStringLiteral("%1,%2,%3,%4")
                         .arg(geo.xMin(), 0, 'f', 6)
                         .arg(geo.yMin(), 0, 'f', 6)
                         .arg(geo.xMax(), 0, 'f', 6)
                         .arg(geo.yMax(), 0, 'f', 6);
    r.image = img;
    return r;
}

} // namespace fc::ReportMap
