#pragma once

#include "maps/labelcandidate.h"
#include "maps/mapsettings.h"

#include <QColor>
#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <atomic>
#include <memory>

namespace fc {

// One layer's rendered image and the labels it proposed.
struct LayerImage
{
    QString layerId;
    QImage image; // device pixels (null in frame-only renders)
    double opacity = 1.0;
    QList<LabelCandidate> labels;
};

struct RenderResult
{
    MapSettings settings;
    QList<LayerImage> layers; // bottom first
    QImage labels;            // all placed labels, device pixels
    QImage frame;             // everything flattened on the background (when a background was set)
    QStringList errors;       // what layer renderers could not do (failed reads), one line each
    QList<LabelCandidate> placedLabels; // the labels drawn, in drawing order
    int labelCount = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;

    bool isValid() const { return !layers.isEmpty() || !labels.isNull() || !frame.isNull(); }
    // Layers and labels flattened on a background (for export, CLI and tests).
    QImage composed(const QColor &background) const;
};

// Identifies one render request, so a view can match a finished job to what it asked for.
struct RenderTicket
{
    quint64 serial = 0;
    bool operator==(const RenderTicket &o) const { return serial == o.serial; }
    bool operator!=(const RenderTicket &o) const { return serial != o.serial; }
};

// Renders a MapSettings in the QGIS manner. start() makes the layers' renderer snapshots on the
// calling (GUI) thread and returns; the rest runs as a chain of tasks on the global thread pool, and
// no pool task ever waits for another (a stage starts the next when its last task ends):
//   1. prepare: each layer, once over the whole frame (clusters, label candidates);
//   2. labels are placed across all layers (deterministic: data order, then priority);
//   3. draw: each layer into its own image; large layers in horizontal bands drawn in parallel. In
//      frame-only mode the frame is instead drawn in bands of rows straight into one image, every
//      layer in turn into each band (bands in parallel): no image per layer, no full-frame blend
//      per layer, and a band stays in the cache while its layers are drawn.
// finished() is emitted on the job's thread. cancel() and the destructor never wait: tasks still
// running own what they use and end early.
class MapRenderJob : public QObject
{
    Q_OBJECT
public:
    explicit MapRenderJob(const MapSettings &settings, QObject *parent = nullptr);
    ~MapRenderJob() override;

    // Re-use layer images from a previous result of the same view, except for the dirty layers.
    void reuse(const RenderResult &previous, const QSet<QString> &dirtyLayers);
    // When set, the job also flattens layers and labels onto this colour (RenderResult::frame),
    // so a view can pan by moving one opaque image.
    void setBackground(const QColor &c) { m_background = c; }
    // Bands for layers that can draw regions in parallel: 0 = automatic (layers with more than
    // BandThreshold features get one band per pool thread); n > 0 = exactly n bands for all of them.
    void setBandCount(int n) { m_bandCount = n; }
    // Draw straight into RenderResult::frame in bands of regionRows device rows (0 = the default,
    // regionRowsFor()); layers and labels are then not kept separately. Needs a background colour.
    void setFrameOnly(bool on, int regionRows = 0)
    {
        m_frameOnly = on;
        m_regionRows = regionRows;
    }
    void setTicket(RenderTicket t) { m_ticket = t; }
    RenderTicket ticket() const { return m_ticket; }

    void start();
    void cancel();
    bool isActive() const;
    // For tests and command-line tools only: blocks the calling thread.
    void waitForFinished();
    const RenderResult &result() const { return m_result; }

    // Bytes a render of these settings will hold at its peak (images only), for refusing sizes the
    // machine cannot hold. frameOnly as in setFrameOnly().
    static qint64 estimatedBytes(const MapSettings &settings, bool frameOnly);
    // Rows per band of a frame-only render (the same for every width, layer count and machine).
    static int regionRowsFor(int deviceWidth, int layerCount);

    static constexpr int BandThreshold = 20000;

    // Convenience for scripts and tests: render and wait (call from the thread that owns the layers).
    static RenderResult renderBlocking(const MapSettings &settings);

Q_SIGNALS:
    void finished();

private:
    MapSettings m_settings;
    RenderResult m_previous;
    QSet<QString> m_dirty;
    bool m_hasPrevious = false;
    QColor m_background;
    int m_bandCount = 0;
    bool m_frameOnly = false;
    int m_regionRows = 0;
    RenderTicket m_ticket;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<RenderResult> m_watcher;
    RenderResult m_result;
};

} // namespace fc
