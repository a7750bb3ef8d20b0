#pragma once

#include "maps/tileid.h"

#include <QList>
#include <QMutex>
#include <functional>

class QObject;

namespace fc {

// The mailbox from render workers to the GUI thread: a renderer posts the tiles it could not find
// locally; the owner (a TileLayer) is woken once, on its own thread, and takes the latest list. A
// newer post replaces older ones (the view moved on). Thread-safe; the owner detaches before it dies.
class TileRequestQueue
{
public:
    // wake runs on target's thread (queued) after a post, once until take() is called.
    void attach(QObject *target, std::function<void()> wake);
    void detach();

    void post(const QList<TileId> &ids); // any thread
    QList<TileId> take();                // the target's thread

private:
    QMutex m_mutex;
    QObject *m_target = nullptr;
    std::function<void()> m_wake;
    QList<TileId> m_pending;
    bool m_scheduled = false;
};

} // namespace fc
