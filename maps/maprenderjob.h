#pragma once

#include "maps/labelcandidate.h"
#include "maps/mapsettings.h"

#include <QColor>
#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <atomic>
#include <memory>

namespace fc {

// One layer's rendered image and the labels it proposed.
struct LayerImage
{
    QString layerId;
    QImage image; // device pixels
    double opacity = 1.0;
    QList<LabelCandidate> labels;
};

struct RenderResult
{
    MapSettings settings;
    QList<LayerImage> layers; // bottom first
    QImage labels;            // all placed labels, device pixels
    QImage frame;             // everything flattened on the background (when a background was set)
    int labelCount = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;

    bool isValid() const { return !layers.isEmpty() || !labels.isNull(); }
    // Layers and labels flattened on a background (for export, CLI and tests).
    QImage composed(const QColor &background) const;
};

// Renders a MapSettings in the QGIS manner: renderer snapshots are made on the calling (GUI) thread
// in start(); layers then render in parallel on the global thread pool, each into its own image
// (large layers split into horizontal bands rendered in parallel), then labels are placed across
// all layers. finished() is emitted on the GUI thread. cancel() stops work early.
class MapRenderJob : public QObject
{
    Q_OBJECT
public:
    explicit MapRenderJob(const MapSettings &settings, QObject *parent = nullptr);
    ~MapRenderJob() override;

    // Re-use layer images from a previous result of the same view, except for the dirty layers.
    void reuse(const RenderResult &previous, const QSet<QString> &dirtyLayers);
    void setBackgroundFontFamily(const QString &f) { m_fontFamily = f; }
    // When set, the worker also flattens layers and labels onto this colour (RenderResult::frame),
    // so a view can pan by moving one opaque image.
    void setBackground(const QColor &c) { m_background = c; }

    void start();
    void cancel();
    bool isActive() const;
    void waitForFinished();
    const RenderResult &result() const { return m_result; }

    // Convenience for scripts and tests: render and wait (call from the thread that owns the layers).
    static RenderResult renderBlocking(const MapSettings &settings);

Q_SIGNALS:
    void finished();

private:
    MapSettings m_settings;
    RenderResult m_previous;
    QSet<QString> m_dirty;
    bool m_hasPrevious = false;
    QString m_fontFamily;
    QColor m_background;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<RenderResult> m_watcher;
    RenderResult m_result;
};

} // namespace fc
