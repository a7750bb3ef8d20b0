#pragma once

#include "maps/labelcandidate.h"
#include "maps/mapsettings.h"

#include <QImage>
#include <QList>
#include <atomic>

namespace fc {

// What a layer renderer gets to draw with.
struct RenderContext
{
    QImage *image = nullptr;           // device-pixel image, transparent, owned by the job
    MapSettings settings;              // a copy of the view (never dereference its layers here)
    MapToPixel mapToPixel;
    const std::atomic_bool *cancelled = nullptr;
    QList<LabelCandidate> *labels = nullptr; // labels this layer proposes

    bool isCancelled() const { return cancelled && cancelled->load(std::memory_order_relaxed); }
};

// The threading contract (as in QGIS): a MapLayer creates its renderer on the GUI thread; the
// constructor copies whatever it needs from the layer (implicitly shared data, style values). After
// that, render() runs on a worker thread and must not touch the layer, any QObject or any GUI-thread
// state. render() checks ctx.isCancelled() often and returns early when it is set.
class LayerRenderer
{
public:
    virtual ~LayerRenderer() = default;
    virtual void render(RenderContext &ctx) = 0;
};

} // namespace fc
