#pragma once

#include "maps/featurestore.h"
#include "maps/layerrenderer.h"
#include "maps/vectorstyle.h"

#include <QSet>
#include <memory>
#include <span>
#include <vector>

namespace fc {

// Render snapshot of a VectorLayer: shares the immutable feature store, copies style and selection.
class VectorLayerRenderer : public LayerRenderer
{
public:
    VectorLayerRenderer(std::shared_ptr<const FeatureStore> store, VectorStyle style, QSet<qint64> selection,
                        qint64 hovered);
    void prepare(PrepareContext &ctx) override;
    void render(RenderContext &ctx) override;
    bool concurrentRegions() const override { return true; }

    // A cluster of points, in the whole frame's device pixels.
    struct Cluster
    {
        QPointF at;
        int count = 0;
        int first = -1; // feature index of the first member (data order)
    };
    const std::vector<Cluster> &clusters() const { return m_clusters; }

private:
    bool clustering(double zoom) const;
    // How far beyond a feature's bounding box its drawing can reach, device pixels.
    double reachPx(double widthFactor, double dpr) const;
    void renderPoints(RenderContext &ctx, std::span<const int> ids) const;
    void renderClusters(RenderContext &ctx) const;
    void collectLabels(PrepareContext &ctx, std::span<const int> ids) const;
    // The features to draw in a region, in data order: one bin's list, a merge of a few, or every
    // feature of the frame. scratch holds a merged list.
    std::span<const int> featuresFor(const RenderContext &ctx, std::vector<int> &scratch) const;

    std::shared_ptr<const FeatureStore> m_store;
    VectorStyle m_style;
    QSet<qint64> m_selection;
    qint64 m_hovered;
    std::vector<Cluster> m_clusters; // made by prepare(), read by render()
    // Made by prepare() for unclustered layers: the features of the frame (data order), and per bin
    // of BinRows device rows of the frame the features whose drawing reaches into it (data order),
    // as offsets into m_binIds. A band of the frame then needs no spatial query and no sort.
    static constexpr int BinRows = 128; // MapRenderJob's band height: one bin per band
    bool m_binned = false;
    std::vector<int> m_frameIds;
    std::vector<int> m_binStart;
    std::vector<int> m_binIds;
};

// Draws one marker centred at a device-pixel point (shared by renderers and legend swatches).
void drawMarker(class QPainter &p, const Symbol &s, QPointF at, double dpr);

} // namespace fc
