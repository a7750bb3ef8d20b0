#include "maps/tilerequestqueue.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QObject>

namespace fc {

void TileRequestQueue::attach(QObject *target, std::function<void()> wake)
{
    QMutexLocker lock(&m_mutex);
    m_target = target;
    m_wake = std::move(wake);
}

void TileRequestQueue::detach()
{
    QMutexLocker lock(&m_mutex);
    m_target = nullptr;
    m_wake = nullptr;
    m_pending.clear();
}

void TileRequestQueue::post(const QList<TileId> &ids)
{
    QMutexLocker lock(&m_mutex);
    if (!m_target)
        return;
    m_pending = ids;
    if (m_scheduled || ids.isEmpty())
        return;
    m_scheduled = true;
    // Posting an event is thread-safe; the target cannot be deleted meanwhile because detach()
    // takes the same lock. Qt drops the event if the target dies before it is delivered.
    QMetaObject::invokeMethod(m_target, m_wake, Qt::QueuedConnection);
}

QList<TileId> TileRequestQueue::take()
{
    QMutexLocker lock(&m_mutex);
    m_scheduled = false;
    return std::exchange(m_pending, {});
}

} // namespace fc
