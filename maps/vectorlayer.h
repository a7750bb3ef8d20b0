#pragma once

#include "maps/featurestore.h"
#include "maps/maplayer.h"

#include <QSet>
#include <memory>

namespace fc {

// A vector layer: features (in Web Mercator) held in an immutable shared FeatureStore, drawn with a
// data-driven VectorStyle. Replacing the store or the style, or changing the selection, asks for a
// repaint. Field captions (for identify panels) can be set per field.
class VectorLayer : public MapLayer
{
    Q_OBJECT
public:
    VectorLayer(const QString &id, const QString &name, std::shared_ptr<const FeatureStore> store = {},
                QObject *parent = nullptr);

    std::shared_ptr<const FeatureStore> store() const { return m_store; }
    void setStore(std::shared_ptr<const FeatureStore> store);
    const VectorStyle &style() const { return m_style; }
    void setStyle(const VectorStyle &style);

    Extent extent() const override;
    int featureCount() const override;
    QList<LegendEntry> legend() const override;
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    bool isVisibleAtZoom(double zoom) const override;

    // Features within tolerance (map units) of a map point, nearest first.
    QList<int> identify(QPointF mapPoint, double tolerance) const;

    QSet<qint64> selection() const { return m_selection; }
    void setSelection(const QSet<qint64> &fids);
    qint64 hovered() const { return m_hovered; }
    void setHovered(qint64 fid);

    QString fieldCaption(const QString &field) const { return m_captions.value(field, field); }
    void setFieldCaptions(const QHash<QString, QString> &c) { m_captions = c; }

Q_SIGNALS:
    // The features were replaced (setStore).
    void storeChanged();

private:
    std::shared_ptr<const FeatureStore> m_store;
    VectorStyle m_style;
    QSet<qint64> m_selection;
    qint64 m_hovered = -1;
    QHash<QString, QString> m_captions;
};

} // namespace fc
