#include "maps/tilelayerrenderer.h"

#include "maps/webmercator.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

// Device-pixel rectangle of a Mercator extent, edges rounded so neighbouring tiles meet exactly.
QRectF deviceRect(const MapToPixel &m2p, const Extent &e, QPointF shift)
{
    const QPointF tl = m2p(QPointF(e.xMin(), e.yMax()) - shift);
    const QPointF br = m2p(QPointF(e.xMax(), e.yMin()) - shift);
    return QRectF(QPointF(std::round(tl.x()), std::round(tl.y())), QPointF(std::round(br.x()), std::round(br.y())));
}

} // namespace

TileLayerRenderer::TileLayerRenderer(std::shared_ptr<const TileSource> source, std::shared_ptr<TileCache> cache,
                                     std::shared_ptr<TileRequestQueue> requests, Options options)
    : m_source(std::move(source)), m_cache(std::move(cache)), m_requests(std::move(requests)), m_options(options)
{
}

TileLayerRenderer::~TileLayerRenderer() = default;

int TileLayerRenderer::tileZoomFor(const MapSettings &settings, const TileSource &source)
{
    const double dpr = settings.devicePixelRatio() > 0 ? settings.devicePixelRatio() : 1.0;
    const double deviceRes = settings.resolution() / dpr * 256.0 / std::max(1, source.tileSize());
    const double z = WebMercator::zoomForResolution(deviceRes);
    const int zi = std::isfinite(z) ? int(std::lround(z)) : 0;
    return std::clamp(zi, source.minZoom(), source.maxZoom());
}

QImage TileLayerRenderer::fetch(const TileId &id, bool *needsDownload, const RenderContext &ctx)
{
    if (needsDownload)
        *needsDownload = false;
    QImage img = m_cache->image(id);
    if (!img.isNull() || m_cache->isAbsent(id))
        return img;
    if (!m_reader)
        m_reader = m_source->createReader();
    TileData d = m_reader->read(id);
    switch (d.status) {
    case TileData::Status::Ok:
        m_cache->insert(id, d.image);
        return d.image;
    case TileData::Status::NotLocal:
        if (needsDownload)
            *needsDownload = true;
        return {};
    case TileData::Status::Error: // a corrupt tile is reported once, then treated as absent
        ctx.reportError(QCoreApplication::translate("fc::TileLayerRenderer", "tile %1/%2/%3 could not be read: %4")
                            .arg(id.z)
                            .arg(id.x)
                            .arg(id.y)
                            .arg(d.error));
        m_cache->markAbsent(id);
        return {};
    case TileData::Status::Absent:
        m_cache->markAbsent(id);
        return {};
    }
    return {};
}

void TileLayerRenderer::render(RenderContext &ctx)
{
    if (!m_source || !m_source->isValid() || !ctx.image)
        return;
    const int z = m_options.zoom;
    const Extent view = ctx.settings.extent();
    // Tiles published in GCJ-02 show a true position p at p + shift: look there, draw back at p.
    const QPointF shift = m_source->gcj02Offset(view.center());
    const Extent looked(view.xMin() + shift.x(), view.yMin() + shift.y(), view.xMax() + shift.x(), view.yMax() + shift.y());
    const Extent coverage = m_source->extent();
    if (!looked.intersects(coverage))
        return;
    // Shrunk by a hair so a view edge on a tile edge does not pull in the neighbour row or column.
    const double hair = 1e-3 / ctx.mapToPixel.scale;
    const Extent area = looked.intersected(coverage);
    const Extent cover(area.xMin() + hair, area.yMin() + hair, area.xMax() - hair, area.yMax() - hair);
    QList<TileId> tiles = cover.isNull() ? QList<TileId>() : TileId::covering(cover, z);
    if (tiles.isEmpty() || tiles.size() > m_options.maxTiles)
        return;
    // Centre first: when cancelled or bounded, the middle of the view is what matters.
    const QPointF c = looked.center();
    std::sort(tiles.begin(), tiles.end(), [&](const TileId &a, const TileId &b) {
        const QPointF ca = a.extent().center() - c, cb = b.extent().center() - c;
        return QPointF::dotProduct(ca, ca) < QPointF::dotProduct(cb, cb);
    });

    QPainter p(ctx.image);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    QList<TileId> wanted;
    for (const TileId &t : std::as_const(tiles)) {
        if (ctx.isCancelled())
            break;
        const QRectF target = deviceRect(ctx.mapToPixel, t.extent(), shift);
        if (target.isEmpty() || !target.intersects(QRectF(ctx.image->rect())))
            continue;
        bool download = false;
        const QImage img = fetch(t, &download, ctx);
        if (!img.isNull()) {
            p.drawImage(target, img, QRectF(img.rect()));
            continue;
        }
        if (download)
            wanted.append(t);
        // Placeholder: the nearest ancestor we have, the part of it over this tile, scaled up.
        TileId a = t;
        for (int up = 1; up <= m_options.maxParentLevels && a.z > 0 && !ctx.isCancelled(); ++up) {
            a = a.parent();
            if (a.z < m_source->minZoom())
                break;
            const QImage pimg = fetch(a, nullptr, ctx);
            if (pimg.isNull())
                continue;
            const int n = 1 << up; // this tile is one of n x n inside the ancestor
            const double w = double(pimg.width()) / n, h = double(pimg.height()) / n;
            const QRectF src((t.x - a.x * n) * w, (t.y - a.y * n) * h, w, h);
            p.drawImage(target, pimg, src);
            break;
        }
        // Children already in memory (zooming out) are sharper than any ancestor: draw them on top.
        if (z < m_source->maxZoom())
            for (int k = 0; k < 4; ++k) {
                const TileId child{z + 1, 2 * t.x + (k & 1), 2 * t.y + (k >> 1)};
                const QImage cimg = m_cache->image(child);
                if (!cimg.isNull())
                    p.drawImage(deviceRect(ctx.mapToPixel, child.extent(), shift), cimg, QRectF(cimg.rect()));
            }
    }
    p.end();
    m_reader.reset(); // per-thread resources end with the render, on this thread
    if (m_requests && !ctx.isCancelled())
        m_requests->post(wanted);
}

} // namespace fc
