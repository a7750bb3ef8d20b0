#pragma once

#include "maps/tileid.h"

#include <QCache>
#include <QImage>
#include <QMutex>
#include <QSet>

namespace fc {

// A thread-safe in-memory cache of decoded tiles of one source, bounded in bytes (least recently
// used tiles go first). It also remembers tiles the source does not have, so renders do not ask
// again. Shared (std::shared_ptr) between a TileLayer and its render snapshots.
class TileCache
{
public:
    explicit TileCache(qint64 maxBytes = 128ll * 1024 * 1024);

    QImage image(const TileId &id) const; // null when not cached
    bool contains(const TileId &id) const;
    void insert(const TileId &id, const QImage &image);
    void remove(const TileId &id);

    bool isAbsent(const TileId &id) const;
    void markAbsent(const TileId &id);

    void clear();
    qint64 maxBytes() const;
    void setMaxBytes(qint64 bytes);
    qint64 bytes() const;
    int count() const;

private:
    mutable QMutex m_mutex;
    mutable QCache<TileId, QImage> m_images; // cost: bytes
    QSet<TileId> m_absent;
};

} // namespace fc
