#include "maps/vectorlayerrenderer.h"

#include "maps/svgsymbolcache.h"
#include "maps/thinline.h"

#include <QHash>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace fc {

namespace {

// Projects a part to device pixels, dropping vertices closer than minDist to the last kept one
// (per-zoom simplification on the fly). Keeps the last vertex so lines end where they should.
// A projected part: a buffer that only grows, and the vertex count in use.
struct Projected
{
    std::vector<QPointF> buffer;
    std::size_t count = 0;
    const QPointF *data() const { return buffer.data(); }
    std::size_t size() const { return count; }
    const QPointF &operator[](std::size_t k) const { return buffer[k]; }
};

void projectPart(const QPointF *v, int n, const MapToPixel &m2p, double minDist, Projected &out)
{
    out.count = 0;
    if (n <= 0)
        return;
    if (out.buffer.size() < std::size_t(n))
        out.buffer.resize(std::size_t(n));
    QPointF *o = out.buffer.data();
    QPointF last = m2p(v[0]);
    *o++ = last;
    const double min2 = minDist * minDist;
    for (int k = 1; k < n; ++k) {
        const QPointF p = m2p(v[k]);
        const double dx = p.x() - last.x(), dy = p.y() - last.y();
        if (dx * dx + dy * dy >= min2 || k == n - 1) {
            *o++ = p;
            last = p;
        }
    }
    out.count = std::size_t(o - out.buffer.data());
}

QPen penFor(const Symbol &s, double width, QColor color)
{
    QPen pen(color, width, s.penStyle, Qt::RoundCap, Qt::RoundJoin);
    if (s.penStyle != Qt::SolidLine)
        pen.setCapStyle(Qt::FlatCap);
    return pen;
}

const QColor SelectionColor(0, 220, 255);

} // namespace

void drawMarker(QPainter &p, const Symbol &s, QPointF at, double dpr)
{
    const double size = s.size * dpr;
    if (s.marker == Symbol::Marker::Svg && !s.svg.isEmpty()) {
        const int px = std::max(4, int(std::lround(size)));
        const QImage img = SvgSymbolCache::image(s.svg, px);
        p.drawImage(QPointF(at.x() - px / 2.0, at.y() - px / 2.0), img);
        return;
    }
    p.setPen(s.drawsStroke() ? QPen(s.stroke, s.strokeWidth * dpr) : QPen(Qt::NoPen));
    p.setBrush(s.drawsFill() ? QBrush(s.fill) : QBrush(Qt::NoBrush));
    const double r = size / 2;
    switch (s.marker) {
    case Symbol::Marker::Circle:
    case Symbol::Marker::Svg:
        p.drawEllipse(at, r, r);
        break;
    case Symbol::Marker::Square:
        p.drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        break;
    case Symbol::Marker::Triangle: {
        const QPointF pts[3] = {{at.x(), at.y() - r}, {at.x() + r, at.y() + r * 0.8}, {at.x() - r, at.y() + r * 0.8}};
        p.drawPolygon(pts, 3);
        break;
    }
    case Symbol::Marker::Diamond: {
        const QPointF pts[4] = {{at.x(), at.y() - r}, {at.x() + r, at.y()}, {at.x(), at.y() + r}, {at.x() - r, at.y()}};
        p.drawPolygon(pts, 4);
        break;
    }
    case Symbol::Marker::Star: {
        QPointF pts[10];
        for (int k = 0; k < 10; ++k) {
            const double a = -M_PI / 2 + k * M_PI / 5;
            const double rr = (k % 2) ? r * 0.45 : r;
            pts[k] = QPointF(at.x() + rr * std::cos(a), at.y() + rr * std::sin(a));
        }
        p.drawPolygon(pts, 10);
        break;
    }
    case Symbol::Marker::Cross:
        p.setPen(QPen(s.stroke.isValid() ? s.stroke : s.fill, std::max(1.5, s.strokeWidth) * dpr));
        p.drawLine(QPointF(at.x() - r, at.y() - r), QPointF(at.x() + r, at.y() + r));
        p.drawLine(QPointF(at.x() - r, at.y() + r), QPointF(at.x() + r, at.y() - r));
        break;
    }
}

VectorLayerRenderer::VectorLayerRenderer(std::shared_ptr<const FeatureStore> store, VectorStyle style,
                                         QSet<qint64> selection, qint64 hovered)
    : m_store(std::move(store)), m_style(std::move(style)), m_selection(std::move(selection)), m_hovered(hovered)
{
}

double VectorLayerRenderer::reachPx(double widthFactor, double dpr) const
{
    // Selection rings (3 px pens, 4 px beyond a marker) and anti-aliasing included, with a margin.
    const GeometryType type = m_store ? m_store->geometryType() : GeometryType::Point;
    const bool markers = type != GeometryType::Line && type != GeometryType::Polygon;
    double reach = 4.0;
    for (int c = -1; c < m_style.classCount(); ++c) {
        const Symbol &s = m_style.classSymbol(c);
        const double line = s.strokeWidth * widthFactor / 2 + (s.casing.isValid() ? s.casingWidth : 0.0);
        reach = std::max(reach, line + 4.0);
        if (markers)
            reach = std::max(reach, s.size / 2 + std::max(1.5, s.strokeWidth) + 6.0);
    }
    return reach * dpr;
}

bool VectorLayerRenderer::clustering(double zoom) const
{
    return m_store && m_store->geometryType() == GeometryType::Point && m_style.cluster && zoom < m_style.clusterBelowZoom;
}

void VectorLayerRenderer::prepare(PrepareContext &ctx)
{
    m_clusters.clear();
    m_binned = false;
    m_frameIds.clear();
    m_binStart.clear();
    m_binIds.clear();
    if (!m_store || m_store->count() == 0)
        return;
    const FeatureStore &fs = *m_store;
    const double zoom = ctx.settings.zoom();
    const bool clustered = clustering(zoom);
    // As far as the widest symbol reaches, and at least 40 px (labels of features just outside).
    const double reach = clustered ? 0.0 : reachPx(m_style.widthFactor(zoom), ctx.settings.symbolPixelRatio());
    const double pad = std::max(40.0 * ctx.settings.resolution(), reach / ctx.mapToPixel.scale);
    // Data order: the same input always gives the same output.
    std::vector<int> ids = fs.intersecting(ctx.settings.extent().buffered(pad));
    if (ids.empty() || ctx.isCancelled())
        return;
    if (!clustered) {
        // Bin the features by the frame rows their drawing reaches (bounding box plus reach).
        const int rows = ctx.settings.deviceSize().height();
        const int bins = std::max(1, (rows + BinRows - 1) / BinRows);
        const MapToPixel &m2p = ctx.mapToPixel;
        auto binRange = [&](int i, int *b0, int *b1) {
            const Extent &b = fs.bbox(i);
            const double top = (m2p.yMax - b.yMax()) * m2p.scale - m2p.oy - reach;
            const double bottom = (m2p.yMax - b.yMin()) * m2p.scale - m2p.oy + reach;
            *b0 = int(std::clamp(std::floor(top / BinRows), 0.0, double(bins - 1)));
            *b1 = int(std::clamp(std::floor(bottom / BinRows), 0.0, double(bins - 1)));
        };
        m_binStart.assign(std::size_t(bins) + 1, 0);
        int b0 = 0, b1 = 0;
        for (int i : ids) {
            binRange(i, &b0, &b1);
            for (int b = b0; b <= b1; ++b)
                ++m_binStart[std::size_t(b) + 1];
        }
        for (int b = 0; b < bins; ++b)
            m_binStart[std::size_t(b) + 1] += m_binStart[std::size_t(b)];
        m_binIds.resize(std::size_t(m_binStart.back()));
        std::vector<int> fill(m_binStart.begin(), m_binStart.end() - 1);
        for (int i : ids) {
            binRange(i, &b0, &b1);
            for (int b = b0; b <= b1; ++b)
                m_binIds[std::size_t(fill[std::size_t(b)]++)] = i;
        }
        m_binned = true;
    }
    if (clustered) {
        // Clusters over the whole frame, once: grid cells of the frame's device pixels.
        const double cell = m_style.clusterCellPx * ctx.settings.symbolPixelRatio();
        struct Cell
        {
            qint64 gy, gx;
            QPointF sum;
            int count = 0;
            int first = -1;
        };
        QHash<quint64, int> index; // lookup only; never iterated
        std::vector<Cell> cells;
        int n = 0;
        for (int i : ids) {
            const QPointF at = ctx.mapToPixel(*fs.part(i, 0, &n));
            const qint64 gx = qint64(std::floor(at.x() / cell)), gy = qint64(std::floor(at.y() / cell));
            const quint64 key = (quint64(quint32(qint32(gx))) << 32) | quint32(qint32(gy));
            auto it = index.constFind(key);
            int slot;
            if (it == index.constEnd()) {
                slot = int(cells.size());
                index.insert(key, slot);
                cells.push_back(Cell{gy, gx, {}, 0, i});
            } else {
                slot = it.value();
            }
            cells[std::size_t(slot)].sum += at;
            ++cells[std::size_t(slot)].count;
        }
        // Drawn row by row, left to right: an order that depends on the data only.
        std::sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) {
            return a.gy != b.gy ? a.gy < b.gy : a.gx < b.gx;
        });
        m_clusters.reserve(cells.size());
        for (const Cell &c : cells)
            m_clusters.push_back(Cluster{c.sum / c.count, c.count, c.first});
        return; // clustered points carry no labels
    }
    collectLabels(ctx, ids);
    m_frameIds = std::move(ids);
}

std::span<const int> VectorLayerRenderer::featuresFor(const RenderContext &ctx, std::vector<int> &scratch) const
{
    const FeatureStore &fs = *m_store;
    const int top = ctx.region.top(), bottom = ctx.region.bottom();
    const int bins = int(m_binStart.size()) - 1;
    if (!m_binned || bins < 1 || ctx.region.isEmpty()) {
        // Not prepared for this frame: ask the store.
        const double pad = reachPx(m_style.widthFactor(ctx.settings.zoom()), ctx.settings.symbolPixelRatio())
                           / ctx.mapToPixel.scale;
        const QPointF tl = ctx.mapToPixel.toMap(QPointF(0, 0));
        const QPointF br = ctx.mapToPixel.toMap(QPointF(ctx.image->width(), ctx.image->height()));
        scratch = fs.intersecting(Extent(tl.x(), br.y(), br.x(), tl.y()).buffered(pad));
        return scratch;
    }
    const int b0 = std::clamp(top / BinRows, 0, bins - 1), b1 = std::clamp(bottom / BinRows, 0, bins - 1);
    auto bin = [&](int b) {
        return std::span<const int>(m_binIds.data() + m_binStart[std::size_t(b)],
                                    std::size_t(m_binStart[std::size_t(b) + 1] - m_binStart[std::size_t(b)]));
    };
    if (b0 == b1)
        return bin(b0);
    if (b1 - b0 >= 4)
        return m_frameIds; // a large region: every feature of the frame
    // A few bins: merge their lists (each in data order), dropping features listed in several.
    scratch.clear();
    std::vector<std::span<const int>> lists;
    for (int b = b0; b <= b1; ++b)
        lists.push_back(bin(b));
    std::vector<std::size_t> at(lists.size(), 0);
    for (;;) {
        int next = std::numeric_limits<int>::max();
        for (std::size_t k = 0; k < lists.size(); ++k)
            if (at[k] < lists[k].size())
                next = std::min(next, lists[k][at[k]]);
        if (next == std::numeric_limits<int>::max())
            break;
        scratch.push_back(next);
        for (std::size_t k = 0; k < lists.size(); ++k)
            if (at[k] < lists[k].size() && lists[k][at[k]] == next)
                ++at[k];
    }
    return scratch;
}

void VectorLayerRenderer::render(RenderContext &ctx)
{
    if (!m_store || m_store->count() == 0)
        return;
    const FeatureStore &fs = *m_store;
    const double dpr = ctx.settings.symbolPixelRatio();
    const double zoom = ctx.settings.zoom();
    const double widthFactor = m_style.widthFactor(zoom);
    if (clustering(zoom)) {
        renderClusters(ctx);
        return;
    }
    // The features whose drawing reaches into the region (as far as the widest symbol reaches: a
    // region is often a thin band of the frame), in data order.
    std::vector<int> scratch;
    const std::span<const int> ids = featuresFor(ctx, scratch);
    if (ids.empty() || ctx.isCancelled())
        return;

    if (fs.geometryType() == GeometryType::Point) {
        renderPoints(ctx, ids);
        return;
    }

    QPainter p(ctx.image);
    p.setRenderHint(QPainter::Antialiasing);
    const int fieldIdx = fs.fieldIndex(m_style.classField());
    const int classes = m_style.classCount();
    // Bucket features by class: draw order follows the class list (default symbol first).
    std::vector<std::vector<int>> buckets(std::size_t(classes + 1));
    if (classes > 0)
        for (int i : ids)
            buckets[std::size_t(m_style.classOf(fs, i, fieldIdx) + 1)].push_back(i);

    const MapToPixel &m2p = ctx.mapToPixel;
    const double minDist = 0.6 * dpr; // simplification tolerance, device pixels
    const double minFeature = 0.5 * dpr / m2p.scale; // features smaller than this in map units are skipped
    Projected poly;
    QPainterPath path;
    // Solid lines of one device pixel or less (roads, outlines) are drawn by ThinLine straight into
    // the image: the picture of Qt's own thin anti-aliased lines (tst_thinline), without its
    // per-line set-up. Others (wider, dashed, other image formats) by QPainter.
    const bool thinTarget = ThinLine::supports(*ctx.image) && p.compositionMode() == QPainter::CompositionMode_SourceOver;

    auto drawBucket = [&](std::span<const int> bucket, const Symbol &s, bool casingPass) {
        if (casingPass && (!s.casing.isValid() || s.casingWidth <= 0))
            return;
        const double w = s.strokeWidth * widthFactor * dpr;
        QPen pen;
        if (casingPass)
            pen = QPen(s.casing, w + 2 * s.casingWidth * dpr, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        else
            pen = s.drawsStroke() ? penFor(s, w, s.stroke) : QPen(Qt::NoPen);
        const bool fill = !casingPass && s.drawsFill();
        const bool thin = thinTarget && pen.style() == Qt::SolidLine && pen.widthF() > 0 && pen.widthF() <= 1.0
                          && pen.color().isValid();
        std::optional<ThinLine> thinLine;
        if (thin)
            thinLine.emplace(*ctx.image, pen.color(), pen.widthF());
        const bool caps = pen.capStyle() != Qt::FlatCap;
        p.setPen(thin ? QPen(Qt::NoPen) : pen);
        p.setBrush(fill ? QBrush(s.fill) : QBrush(Qt::NoBrush));
        int counter = 0;
        const std::size_t count = bucket.size();
        for (std::size_t at = 0; at < count; ++at) {
            // The features of a band lie all over the arrays: ask for the next ones early.
            if (at + 24 < count)
                fs.prefetch(bucket[at + 24]);
            if (at + 12 < count)
                fs.prefetchParts(bucket[at + 12]);
            if (at + 6 < count)
                fs.prefetchVertices(bucket[at + 6]);
            const int i = bucket[at];
            if ((++counter & 1023) == 0 && ctx.isCancelled())
                return;
            const Extent &b = fs.bbox(i);
            if (b.width() < minFeature && b.height() < minFeature)
                continue;
            const int parts = fs.partCount(i);
            int n = 0;
            if (fs.type(i) == GeometryType::Line) {
                if (thin || pen.style() != Qt::NoPen)
                    for (int k = 0; k < parts; ++k) {
                        const QPointF *v = fs.part(i, k, &n);
                        projectPart(v, n, m2p, minDist, poly);
                        if (poly.size() < 2)
                            continue;
                        if (thin)
                            thinLine->polyline(poly.data(), int(poly.size()), caps);
                        else
                            p.drawPolyline(poly.data(), int(poly.size()));
                    }
            } else if (fs.type(i) == GeometryType::Polygon) {
                if (parts == 1) {
                    const QPointF *v = fs.part(i, 0, &n);
                    projectPart(v, n, m2p, minDist, poly);
                    if (poly.size() >= 3) {
                        if (fill || !thin)
                            p.drawPolygon(poly.data(), int(poly.size()), Qt::OddEvenFill);
                        if (thin)
                            thinLine->ring(poly.data(), int(poly.size()));
                    }
                } else {
                    path.clear();
                    path.setFillRule(Qt::OddEvenFill);
                    for (int k = 0; k < parts; ++k) {
                        const QPointF *v = fs.part(i, k, &n);
                        projectPart(v, n, m2p, minDist, poly);
                        if (poly.size() < 3)
                            continue;
                        path.moveTo(poly[0]);
                        for (std::size_t j = 1; j < poly.size(); ++j)
                            path.lineTo(poly[j]);
                        path.closeSubpath();
                    }
                    if (fill || !thin)
                        p.drawPath(path);
                    if (thin) // the outlines over the fill, as QPainter draws them
                        for (const QPolygonF &ring : path.toSubpathPolygons())
                            thinLine->ring(ring.constData(), int(ring.size()));
                }
            }
        }
    };

    for (int pass = 0; pass < 2; ++pass)
        for (int c = 0; c <= classes; ++c) {
            if (ctx.isCancelled())
                return;
            if (classes == 0)
                drawBucket(ids, m_style.classSymbol(-1), pass == 0);
            else if (!buckets[std::size_t(c)].empty())
                drawBucket(buckets[std::size_t(c)], m_style.classSymbol(c - 1), pass == 0);
        }

    // Selection and hover on top.
    if (!m_selection.isEmpty() || m_hovered >= 0) {
        for (int i : ids) {
            const bool sel = m_selection.contains(fs.fid(i));
            if (!sel && fs.fid(i) != m_hovered)
                continue;
            const QColor c = sel ? SelectionColor : QColor(255, 255, 255, 160);
            p.setPen(QPen(c, (sel ? 3.0 : 2.0) * dpr, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(sel ? QBrush(QColor(0, 220, 255, 50)) : Qt::NoBrush);
            int n = 0;
            for (int k = 0; k < fs.partCount(i); ++k) {
                projectPart(fs.part(i, k, &n), n, m2p, minDist, poly);
                if (fs.type(i) == GeometryType::Polygon)
                    p.drawPolygon(poly.data(), int(poly.size()));
                else
                    p.drawPolyline(poly.data(), int(poly.size()));
            }
        }
    }
    p.end();
}

void VectorLayerRenderer::renderPoints(RenderContext &ctx, std::span<const int> ids) const
{
    const FeatureStore &fs = *m_store;
    QPainter p(ctx.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const double dpr = ctx.settings.symbolPixelRatio();
    const int fieldIdx = fs.fieldIndex(m_style.classField());
    int counter = 0;
    int n = 0;
    for (int i : ids) {
        if ((++counter & 1023) == 0 && ctx.isCancelled())
            return;
        const Symbol &s = m_style.symbolFor(fs, i, fieldIdx);
        for (int k = 0; k < fs.partCount(i); ++k) {
            const QPointF at = ctx.mapToPixel(*fs.part(i, k, &n));
            const bool sel = m_selection.contains(fs.fid(i));
            if (sel || fs.fid(i) == m_hovered) {
                p.setPen(QPen(sel ? SelectionColor : QColor(255, 255, 255, 200), 3 * dpr));
                p.setBrush(Qt::NoBrush);
                const double r = s.size * dpr / 2 + 4 * dpr;
                p.drawEllipse(at, r, r);
            }
            drawMarker(p, s, at, dpr);
        }
    }
}

void VectorLayerRenderer::renderClusters(RenderContext &ctx) const
{
    if (m_clusters.empty())
        return;
    const FeatureStore &fs = *m_store;
    const double dpr = ctx.settings.symbolPixelRatio();
    const QPointF origin(ctx.mapToPixel.ox, ctx.mapToPixel.oy);
    const QRectF area(QPointF(0, 0), QSizeF(ctx.image->size()));
    QPainter p(ctx.image);
    p.setRenderHint(QPainter::Antialiasing);
    const int fieldIdx = fs.fieldIndex(m_style.classField());
    QFont f = ctx.settings.fontFamily().isEmpty() ? QFont() : QFont(ctx.settings.fontFamily());
    f.setBold(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    int counter = 0;
    for (const Cluster &c : m_clusters) {
        if ((++counter & 1023) == 0 && ctx.isCancelled())
            return;
        const QPointF at = c.at - origin;
        const double r = c.count == 1 ? m_style.symbolFor(fs, c.first, fieldIdx).size * dpr
                                      : (10.0 + 4.0 * std::log2(double(c.count))) * dpr;
        const double reach = r + 4 * dpr;
        if (!area.intersects(QRectF(at.x() - reach, at.y() - reach, 2 * reach, 2 * reach)))
            continue;
        if (c.count == 1) {
            drawMarker(p, m_style.symbolFor(fs, c.first, fieldIdx), at, dpr);
            continue;
        }
        p.setPen(QPen(QColor(255, 255, 255, 230), 2 * dpr));
        p.setBrush(m_style.clusterColor);
        p.drawEllipse(at, r, r);
        f.setPixelSize(int(std::max(9.0, r * 0.9)));
        // As an outline, like labels: glyph rasterisation then does not depend on font-engine state.
        const QString text = QString::number(c.count);
        const QFontMetricsF fm(f);
        QPainterPath path;
        path.addText(at.x() - fm.horizontalAdvance(text) / 2, at.y() + (fm.ascent() - fm.descent()) / 2, f, text);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawPath(path);
    }
}

void VectorLayerRenderer::collectLabels(PrepareContext &ctx, std::span<const int> ids) const
{
    if (!ctx.labels || m_style.labelField.isEmpty() || ctx.settings.zoom() < m_style.labelMinZoom)
        return;
    const FeatureStore &fs = *m_store;
    int field = fs.fieldIndex(m_style.labelField);
    const int fallback = fs.fieldIndex(m_style.labelFallbackField);
    if (field < 0)
        field = fallback;
    if (field < 0)
        return;
    const double dpr = ctx.settings.symbolPixelRatio();
    const int fieldIdx = fs.fieldIndex(m_style.classField());
    const QSize frame = ctx.settings.deviceSize();
    const QRectF view(0, 0, frame.width(), frame.height());
    int n = 0;
    for (int i : ids) {
        QString text = m_style.labelFunction ? m_style.labelFunction(fs, i) : QString();
        if (text.isEmpty())
            text = fs.attribute(i, field).toString();
        if (text.isEmpty() && fallback >= 0)
            text = fs.attribute(i, fallback).toString();
        if (text.isEmpty())
            continue;
        LabelCandidate c;
        c.text = text;
        c.pointSize = m_style.labelPointSize;
        c.bold = m_style.labelBold;
        c.color = m_style.labelColor;
        c.halo = m_style.haloColor;
        c.priority = m_style.labelPriority;
        c.repeatDistance = m_style.labelRepeatDistancePx;
        if (fs.type(i) == GeometryType::Point) {
            c.anchor = ctx.mapToPixel(*fs.part(i, 0, &n));
            c.offsetY = (m_style.symbolFor(fs, i, fieldIdx).size / 2 + 8) * dpr;
        } else if (fs.type(i) == GeometryType::Line) {
            // Along the line at its middle, rotated to the local direction, kept upright.
            const QPointF mid = fs.labelPoint(i);
            c.anchor = ctx.mapToPixel(mid);
            const QPointF *v = fs.part(i, 0, &n);
            double bestD = 1e300;
            double angle = 0;
            for (int k = 1; k < n; ++k) {
                const QPointF a = ctx.mapToPixel(v[k - 1]), b = ctx.mapToPixel(v[k]);
                const QPointF m = (a + b) / 2;
                const double d = std::hypot(m.x() - c.anchor.x(), m.y() - c.anchor.y());
                if (d < bestD) {
                    bestD = d;
                    angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180.0 / M_PI;
                }
            }
            if (angle > 90)
                angle -= 180;
            else if (angle < -90)
                angle += 180;
            c.angle = angle;
            // Skip labels longer than the feature on screen.
            const Extent &bb = fs.bbox(i);
            const double lenPx = std::hypot(bb.width(), bb.height()) * ctx.mapToPixel.scale;
            if (lenPx < text.size() * m_style.labelPointSize * 1.1 * dpr)
                continue;
        } else {
            const Extent &bb = fs.bbox(i);
            if (bb.width() * ctx.mapToPixel.scale < 40 * dpr)
                continue;
            c.anchor = ctx.mapToPixel(fs.labelPoint(i));
        }
        if (view.contains(c.anchor))
            ctx.labels->append(c);
    }
}

} // namespace fc
