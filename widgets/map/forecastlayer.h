#pragma once

#include "maps/maplayer.h"

#include <QImage>
#include <memory>
#include <vector>

namespace fc {

// The forecast water depth as a map layer: one depth raster (north-up, Web Mercator) drawn in shades of blue from
// 2 cm; transparent where dry or outside the model. setDepth() swaps the raster shown (the time slider).
class ForecastDepthLayer : public MapLayer
{
    Q_OBJECT
public:
    ForecastDepthLayer(const QString &id, const QString &name, const Extent &extent, int nx, int ny,
                       QObject *parent = nullptr);
    void setDepth(const std::vector<float> &depth, const std::vector<std::uint8_t> &mask);
    Extent extent() const override { return m_extent; }
    QList<LegendEntry> legend() const override;
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    // The colour of a depth (m): the legend's classes.
    static QRgb colour(float depth);
    const QImage &image() const { return m_image; }

private:
    Extent m_extent;
    QImage m_image;
};

} // namespace fc
