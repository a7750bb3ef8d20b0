#pragma once

#include "maps/labelcandidate.h"
#include "maps/mapsettings.h"

#include <QImage>
#include <QList>
#include <QMutex>
#include <QRect>
#include <QStringList>
#include <atomic>

namespace fc {

// Errors a layer renderer met (a tile that could not be read, a source that failed), collected from
// worker threads and handed to whoever started the job.
class RenderErrors
{
public:
    void add(const QString &layerName, const QString &message)
    {
        QMutexLocker lock(&m_mutex);
        const QString line = layerName.isEmpty() ? message : layerName + QStringLiteral(": ") + message;
        if (!m_list.contains(line))
            m_list.append(line);
    }
    QStringList list() const
    {
        QMutexLocker lock(&m_mutex);
        return m_list;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_list;
};

// What a layer renderer gets once per frame, before drawing: the whole frame.
struct PrepareContext
{
    MapSettings settings;   // the whole frame (never dereference its layers here)
    MapToPixel mapToPixel;  // map -> device pixels of the whole frame
    const std::atomic_bool *cancelled = nullptr;
    QList<LabelCandidate> *labels = nullptr; // labels this layer proposes, whole-frame device pixels
    RenderErrors *errors = nullptr;
    QString layerName;

    bool isCancelled() const { return cancelled && cancelled->load(std::memory_order_relaxed); }
    void reportError(const QString &message) const
    {
        if (errors)
            errors->add(layerName, message);
    }
};

// What a layer renderer gets to draw one region of the frame with.
struct RenderContext
{
    // Device-pixel image of the region, owned by the job: transparent, or (frame-only renders) the
    // frame's own rows with the layers below already drawn. Draw over it; never clear or fill it.
    QImage *image = nullptr;
    MapSettings settings;      // the view of this region (never dereference its layers here)
    MapToPixel mapToPixel;     // map -> device pixels of the region (the frame's mapping, shifted)
    QRect region;              // the region in the frame's device pixels
    QSize frameSize;           // the whole frame, device pixels
    const std::atomic_bool *cancelled = nullptr;
    RenderErrors *errors = nullptr;
    QString layerName;

    bool isCancelled() const { return cancelled && cancelled->load(std::memory_order_relaxed); }
    void reportError(const QString &message) const
    {
        if (errors)
            errors->add(layerName, message);
    }
};

// The threading contract (as in QGIS): a MapLayer creates its renderer on the GUI thread; the
// constructor copies whatever it needs from the layer (implicitly shared data, style values). After
// that, prepare() and render() run on worker threads and must not touch the layer, any QObject or
// any GUI-thread state. prepare() runs once per frame before any render(): whole-frame work such as
// clustering and proposing labels belongs there, so that a frame drawn in regions looks exactly like
// one drawn whole. render() draws one region; when concurrentRegions() is true it may be called for
// several regions at once (after prepare), so it must then only read the renderer's state. Both check
// isCancelled() often and return early when it is set; failures are reported, not swallowed.
class LayerRenderer
{
public:
    virtual ~LayerRenderer() = default;
    virtual void prepare(PrepareContext &ctx) { Q_UNUSED(ctx); }
    virtual void render(RenderContext &ctx) = 0;
    virtual bool concurrentRegions() const { return false; }
};

} // namespace fc
