#pragma once

#include "maps/featurestore.h"
#include "maps/layerrenderer.h"
#include "maps/vectorstyle.h"

#include <QSet>
#include <memory>

namespace fc {

// Render snapshot of a VectorLayer: shares the immutable feature store, copies style and selection.
class VectorLayerRenderer : public LayerRenderer
{
public:
    VectorLayerRenderer(std::shared_ptr<const FeatureStore> store, VectorStyle style, QSet<qint64> selection,
                        qint64 hovered);
    void render(RenderContext &ctx) override;

private:
    void renderPoints(RenderContext &ctx, const QList<int> &ids);
    void renderClusters(RenderContext &ctx, const QList<int> &ids);
    void collectLabels(RenderContext &ctx, const QList<int> &ids);

    std::shared_ptr<const FeatureStore> m_store;
    VectorStyle m_style;
    QSet<qint64> m_selection;
    qint64 m_hovered;
};

// Draws one marker centred at a device-pixel point (shared by renderers and legend swatches).
void drawMarker(class QPainter &p, const Symbol &s, QPointF at, double dpr);

} // namespace fc
