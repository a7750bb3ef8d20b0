#include "widgets/map/forecastlayer.h"

#include "maps/layerrenderer.h"

#include <QCoreApplication>
#include <QPainter>

namespace fc {

namespace {

class ForecastDepthRenderer : public LayerRenderer
{
public:
    ForecastDepthRenderer(QImage image, Extent extent) : m_image(std::move(image)), m_extent(extent) {}
    void render(RenderContext &ctx) override
    {
        if (m_image.isNull() || ctx.isCancelled())
            return;
        const QPointF tl = ctx.mapToPixel(QPointF(m_extent.xMin(), m_extent.yMax()));
        const QPointF br = ctx.mapToPixel(QPointF(m_extent.xMax(), m_extent.yMin()));
        QPainter p(ctx.image); // the render job applies the layer's opacity
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(QRectF(tl, br), m_image);
    }
    bool concurrentRegions() const override { return true; }

private:
    QImage m_image;
    Extent m_extent;
};

} // namespace

ForecastDepthLayer::ForecastDepthLayer(const QString &id, const QString &name, const Extent &extent, int nx, int ny,
                                       QObject *parent)
    : MapLayer(id, name, parent), m_extent(extent), m_image(nx, ny, QImage::Format_ARGB32_Premultiplied)
{
    m_image.fill(Qt::transparent);
}

QRgb ForecastDepthLayer::colour(float d)
{
    if (!(d >= 0.02f))
        return qRgba(0, 0, 0, 0);
    if (d < 0.10f)
        return qPremultiply(qRgba(120, 190, 255, 150));
    if (d < 0.15f)
        return qPremultiply(qRgba(60, 140, 240, 190));
    if (d < 0.25f)
        return qPremultiply(qRgba(20, 90, 220, 215));
    if (d < 0.50f)
        return qPremultiply(qRgba(10, 50, 170, 235));
    return qPremultiply(qRgba(60, 0, 120, 245));
}

void ForecastDepthLayer::setDepth(const std::vector<float> &depth, const std::vector<std::uint8_t> &mask)
{
    const int nx = m_image.width(), ny = m_image.height();
    if (depth.size() != std::size_t(nx) * ny)
        return;
    QImage img(nx, ny, QImage::Format_ARGB32_Premultiplied);
    for (int j = 0; j < ny; ++j) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(j));
        for (int i = 0; i < nx; ++i) {
            const std::size_t c = std::size_t(j) * nx + i;
            line[i] = mask.empty() || mask[c] ? colour(depth[c]) : qRgba(0, 0, 0, 0);
        }
    }
    m_image = img;
    emit repaintNeeded();
}

QList<LegendEntry> ForecastDepthLayer::legend() const
{
    const struct
    {
        float depth;
        const char *label;
    } classes[] = {{0.05f, QT_TRANSLATE_NOOP("ForecastDepthLayer", "2–10 cm (forecast)")},
                   {0.12f, QT_TRANSLATE_NOOP("ForecastDepthLayer", "10–15 cm (forecast)")},
                   {0.20f, QT_TRANSLATE_NOOP("ForecastDepthLayer", "15–25 cm (forecast)")},
                   {0.40f, QT_TRANSLATE_NOOP("ForecastDepthLayer", "25–50 cm (forecast)")},
                   {0.80f, QT_TRANSLATE_NOOP("ForecastDepthLayer", "over 50 cm (forecast)")}};
    QList<LegendEntry> out;
    for (const auto &c : classes) {
        LegendEntry e;
        const QRgb rgb = qUnpremultiply(colour(c.depth));
        e.symbol.fill = QColor::fromRgba(rgb);
        e.symbol.stroke = QColor::fromRgba(rgb);
        e.label = QCoreApplication::translate("ForecastDepthLayer", c.label);
        out.append(e);
    }
    return out;
}

std::unique_ptr<LayerRenderer> ForecastDepthLayer::createRenderer(const MapSettings &settings) const
{
    Q_UNUSED(settings);
    return std::make_unique<ForecastDepthRenderer>(m_image, m_extent);
}

} // namespace fc
