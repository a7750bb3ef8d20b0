#include "maps/svgsymbolcache.h"

#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QSvgRenderer>

namespace fc::SvgSymbolCache {

QImage image(const QString &path, int pixelSize)
{
    static QMutex mutex;
    static QHash<QString, QImage> cache;
    const QString key = path + QLatin1Char('@') + QString::number(pixelSize);
    {
        QMutexLocker lock(&mutex);
        auto it = cache.constFind(key);
        if (it != cache.cend())
            return *it;
    }
    QImage img(pixelSize, pixelSize, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    if (renderer.isValid()) {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p);
    }
    QMutexLocker lock(&mutex);
    cache.insert(key, img);
    return img;
}

} // namespace fc::SvgSymbolCache
