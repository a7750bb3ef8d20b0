#pragma once

#include "maps/extent.h"
#include "maps/vectorstyle.h"

#include <QObject>
#include <QString>
#include <memory>

namespace fc {

class LayerRenderer;
class MapSettings;

// A map layer: identity, visibility and a factory for render snapshots. Layers live on the GUI
// thread; see LayerRenderer for what crosses to worker threads.
class MapLayer : public QObject
{
    Q_OBJECT
public:
    explicit MapLayer(const QString &id, const QString &name, QObject *parent = nullptr);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    void setName(const QString &n);
    QString group() const { return m_group; }
    void setGroup(const QString &g) { m_group = g; }
    bool isVisible() const { return m_visible; }
    void setVisible(bool v);
    double opacity() const { return m_opacity; }
    void setOpacity(double o);
    // A live layer (teams, incidents, alarms) is redrawn alone when it changes.
    bool isLive() const { return m_live; }
    void setLive(bool l) { m_live = l; }

    virtual Extent extent() const = 0; // Web Mercator
    virtual int featureCount() const { return -1; }
    virtual QList<LegendEntry> legend() const { return {}; }
    virtual std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const = 0;
    // Whether this layer draws anything at this zoom.
    virtual bool isVisibleAtZoom(double zoom) const { return true; }

Q_SIGNALS:
    // The layer's look or data changed: its image must be rendered again.
    void repaintNeeded();
    // Name, visibility or opacity changed (the canvas recomposes; the layer panel updates).
    void propertiesChanged();

private:
    QString m_id;
    QString m_name;
    QString m_group;
    bool m_visible = true;
    double m_opacity = 1.0;
    bool m_live = false;
};

} // namespace fc
