#include "maps/vectorlayer.h"

#include "maps/mapsettings.h"
#include "maps/vectorlayerrenderer.h"

#include <algorithm>

namespace fc {

VectorLayer::VectorLayer(const QString &id, const QString &name, std::shared_ptr<const FeatureStore> store,
                         QObject *parent)
    : MapLayer(id, name, parent), m_store(std::move(store))
{
}

void VectorLayer::setStore(std::shared_ptr<const FeatureStore> store)
{
    m_store = std::move(store);
    Q_EMIT storeChanged();
    Q_EMIT repaintNeeded();
    Q_EMIT propertiesChanged();
}

void VectorLayer::setStyle(const VectorStyle &style)
{
    m_style = style;
    Q_EMIT repaintNeeded();
}

Extent VectorLayer::extent() const
{
    return m_store ? m_store->extent() : Extent();
}

int VectorLayer::featureCount() const
{
    return m_store ? m_store->count() : 0;
}

QList<LegendEntry> VectorLayer::legend() const
{
    return m_style.legend(name());
}

std::unique_ptr<LayerRenderer> VectorLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<VectorLayerRenderer>(m_store, m_style, m_selection, m_hovered);
}

bool VectorLayer::isVisibleAtZoom(double zoom) const
{
    return zoom >= m_style.minZoom && zoom <= m_style.maxZoom;
}

QList<int> VectorLayer::identify(QPointF mapPoint, double tolerance) const
{
    QList<int> hits;
    if (!m_store)
        return hits;
    const Extent probe = Extent::fromCenter(mapPoint, 2 * tolerance, 2 * tolerance);
    QList<QPair<double, int>> scored;
    m_store->query(probe, [&](int i) {
        const double d = m_store->distanceTo(i, mapPoint);
        if (d <= tolerance)
            scored.append({d, i});
    });
    std::sort(scored.begin(), scored.end());
    for (const auto &s : scored)
        hits.append(s.second);
    return hits;
}

void VectorLayer::setSelection(const QSet<qint64> &fids)
{
    if (fids == m_selection)
        return;
    m_selection = fids;
    Q_EMIT repaintNeeded();
}

void VectorLayer::setHovered(qint64 fid)
{
    if (fid == m_hovered)
        return;
    m_hovered = fid;
    Q_EMIT repaintNeeded();
}

} // namespace fc
