#pragma once

#include "maps/geopoint.h"
#include "maps/layerregistry.h"
#include "maps/mapsettings.h"
#include "maps/maprenderjob.h"
#include "maps/rendercache.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace fc {

class FeatureStore;
class MapTool;
class ZoomBoxTool;
class LayerRegistry;
class MapLayer;
class VectorLayer;

// What a click found: a layer and a feature index in that layer's store. The hit keeps the store the
// index refers to: a layer's store is replaced when its table changes (rows deleted, an import), and
// an index into the old store is not an index into the new one.
struct IdentifyHit
{
    IdentifyHit() = default;
    IdentifyHit(VectorLayer *l, int f); // records l's current store
    QPointer<VectorLayer> layer;
    int feature = -1;
    std::shared_ptr<const FeatureStore> store; // the features `feature` indexes
};

// The map widget. Holds a MapSettings; any change schedules one coalesced refresh that renders on
// worker threads (MapRenderJob) while the last frame stays on screen: panning moves the cached layer
// images at once, zooming scales them until the new frame arrives. Live layers that ask for a
// repaint are re-rendered alone, reusing the other layers' images.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Pan, ZoomBox, MeasureDistance, MeasureArea };

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // The layers drawn, in the registry's order (the canvas observes it; it keeps no list of its own).
    void setRegistry(LayerRegistry *registry);
    LayerRegistry *registry() const { return m_registry; }
    QList<MapLayer *> layers() const;
    // Layers of the registry this canvas leaves out (a wall view with its own layers); empty = all.
    void setHiddenLayers(const QSet<QString> &ids);
    const MapSettings &settings() const { return m_settings; }

    void setBackground(const QColor &c);
    QColor background() const { return m_background; }
    void setBadgeText(const QString &t); // e.g. "sample data", drawn in a corner
    void setNotice(const QString &t);    // e.g. "no map data yet", drawn in the middle; empty = none
    QString notice() const { return m_notice; }
    void setSymbolScale(double s);        // larger symbols and labels for wall displays
    void setTool(Tool t);
    Tool tool() const { return m_tool; }

    void setExtent(const Extent &mercator);
    void panBy(QPointF pixels); // moves the map by this many widget pixels
    void setCenter(QPointF mercator);
    void setResolution(double res);
    void zoomBy(double factor, QPointF anchorPixel);
    void zoomIn();
    void zoomOut();
    void zoomToFullExtent();
    void zoomToLayer(const QString &layerId);
    // Frames a feature's box (Mercator) with some context around it, at least ~500 m across.
    void zoomToFeature(const Extent &bbox);
    void setFullExtent(const Extent &mercator) { m_fullExtent = mercator; }
    Extent fullExtent() const { return m_fullExtent; }

    bool hasCompleteFrame() const { return m_cache.hasFrame() && !m_job && !m_refreshTimer.isActive(); }
    qint64 lastRenderMs() const { return m_lastRenderMs; }
    // Last composed frame (for the screenshot option and tests).
    QImage frameImage() const;

    // Features under a widget pixel, nearest first, over visible vector layers, top layer first.
    QList<IdentifyHit> identifyAt(QPointF pixel, double tolerancePx = 6) const;
    double measuredLength() const; // ground metres of the current measure line
    double measuredArea() const;   // ground square metres of the current measure polygon

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void cursorMoved(const fc::GeoPoint &p);
    void viewChanged();
    void renderFinished(qint64 ms);
    void firstFrameReady();
    void identified(const QList<fc::IdentifyHit> &hits);
    void measureChanged(double metres, double squareMetres);
    // What the last render could not draw (a failed tile or data read), one line each.
    void renderErrors(const QStringList &errors);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mouseDoubleClickEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void keyPressEvent(QKeyEvent *) override;

private:
    void scheduleRefresh(const QSet<QString> &dirty = {});
    void startJob();
    void jobFinished();
    void drawOverlays(QPainter &p);
    void drawScaleBar(QPainter &p);
    void drawNorthArrow(QPainter &p);


    MapSettings m_settings;
    void layersChanged();
    QPointer<LayerRegistry> m_registry;
    QSet<QString> m_hiddenLayers;
    QList<QPointer<MapLayer>> m_connected; // layers whose signals we listen to
    QColor m_background{9, 14, 22};
    QString m_badge;
    QString m_notice;
    Tool m_tool = Tool::Pan;
    Extent m_fullExtent;

    QTimer m_refreshTimer;
    std::unique_ptr<MapRenderJob> m_job;
    bool m_restartAfterJob = false;
    RenderCache m_cache; // last complete frame and what must be drawn again
    QString m_frameKey;    // visibility/opacity the flattened frame was composed with
    QString m_jobCompositionKey; // ... and the one the running job will compose with
    quint64 m_ticketSerial = 0;
    QString compositionKey() const;
    bool m_firstFrameSignalled = false;
    qint64 m_lastRenderMs = 0;

    // interaction: the current tool, and the shift-drag zoom box of the pan tool
    MapTool *toolFor(QMouseEvent *e);
    std::unique_ptr<MapTool> m_activeTool;
    ZoomBoxTool *m_zoomBox = nullptr; // child
};

} // namespace fc
