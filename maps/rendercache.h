#pragma once

#include "maps/maprenderjob.h"

#include <QSet>
#include <QString>

namespace fc {

// A view's cache of its last complete frame: the per-layer images (re-used for layers that were not
// invalidated), the labels and the flattened frame, and which layers must be drawn again. A view
// invalidates one layer when only that layer changed (live data, hover), everything when the view
// itself moved; prepare() hands a new job what it may re-use.
class RenderCache
{
public:
    bool hasFrame() const { return m_hasFrame; }
    const RenderResult &frame() const { return m_result; }
    void store(const RenderResult &r)
    {
        m_result = r;
        m_hasFrame = true;
    }

    void invalidate(const QString &layerId) { m_dirty.insert(layerId); }
    void invalidate(const QSet<QString> &layerIds) { m_dirty.unite(layerIds); }
    void invalidateAll() { m_allDirty = true; }
    bool allInvalid() const { return m_allDirty; }
    QSet<QString> invalidLayers() const { return m_dirty; }

    // Tells the job which layer images it may re-use, then starts counting changes afresh.
    void prepare(MapRenderJob &job)
    {
        if (!m_allDirty && m_hasFrame)
            job.reuse(m_result, m_dirty);
        m_dirty.clear();
        m_allDirty = false;
    }

private:
    RenderResult m_result;
    QSet<QString> m_dirty;
    bool m_allDirty = true;
    bool m_hasFrame = false;
};

} // namespace fc
