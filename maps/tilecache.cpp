#include "maps/tilecache.h"

#include <QMutexLocker>

namespace fc {

TileCache::TileCache(qint64 maxBytes)
    : m_images(maxBytes)
{
}

QImage TileCache::image(const TileId &id) const
{
    QMutexLocker lock(&m_mutex);
    const QImage *img = m_images.object(id);
    return img ? *img : QImage();
}

bool TileCache::contains(const TileId &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_images.contains(id);
}

void TileCache::insert(const TileId &id, const QImage &image)
{
    if (image.isNull())
        return;
    QMutexLocker lock(&m_mutex);
    m_absent.remove(id);
    m_images.insert(id, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes()));
}

void TileCache::remove(const TileId &id)
{
    QMutexLocker lock(&m_mutex);
    m_images.remove(id);
    m_absent.remove(id);
}

bool TileCache::isAbsent(const TileId &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_absent.contains(id);
}

void TileCache::markAbsent(const TileId &id)
{
    QMutexLocker lock(&m_mutex);
    m_images.remove(id);
    if (m_absent.size() > 100000) // a bound, in case of a pathological source
        m_absent.clear();
    m_absent.insert(id);
}

void TileCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_images.clear();
    m_absent.clear();
}

qint64 TileCache::maxBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_images.maxCost();
}

void TileCache::setMaxBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_images.setMaxCost(bytes);
}

qint64 TileCache::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_images.totalCost();
}

int TileCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_images.size());
}

} // namespace fc
