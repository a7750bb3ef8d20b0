#pragma once

#include "maps/extent.h"
#include "maps/tileid.h"
#include "maps/tilereader.h"

#include <QByteArray>
#include <QPointF>
#include <QString>
#include <QUrl>
#include <memory>

namespace fc {

// A source of 256 px Web Mercator (XYZ) tiles: an XYZ URL template with a disk cache, an MBTiles
// file, a GDAL raster warped on the fly. A source is configured once, then shared immutably
// (std::shared_ptr<const TileSource>) between the GUI thread and render workers: every const
// method is thread-safe. Reading goes through per-thread TileReaders; downloading (remote sources
// only) goes through a TileDownloader on the GUI thread.
class TileSource
{
public:
    virtual ~TileSource() = default;

    virtual QString name() const = 0;
    // A stable identity (path or URL template), e.g. for logs and shared caches.
    virtual QString key() const = 0;
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 19; }
    // Coverage in Web Mercator (the whole world unless the source says otherwise).
    virtual Extent extent() const;
    virtual int tileSize() const { return 256; }

    virtual std::unique_ptr<TileReader> createReader() const = 0;

    // Remote sources: tiles a reader reports NotLocal can be downloaded from tileUrl() and are then
    // kept with storeTile() (the disk cache), where readers find them, also offline.
    virtual bool isRemote() const { return false; }
    virtual QUrl tileUrl(const TileId &id) const { return {}; }
    virtual bool storeTile(const TileId &id, const QByteArray &data, QString *error = nullptr) const;

    // Tiles published in GCJ-02 (Chinese web maps): drawing is shifted by the local GCJ-02 offset so
    // the basemap lines up with WGS84/CGCS2000 data. Set before sharing the source.
    bool isGcj02() const { return m_gcj02; }
    void setGcj02(bool on) { m_gcj02 = on; }
    // Mercator offset from a true (WGS84) position to where this source's tiles show it; zero
    // unless isGcj02() and the point is in China.
    QPointF gcj02Offset(QPointF mercator) const;

    // Decodes encoded tile bytes (PNG, JPEG, WebP if the plugin is there) into a premultiplied image.
    static QImage decode(const QByteArray &bytes);

protected:
    void setError(const QString &e) { m_error = e; }

private:
    QString m_error;
    bool m_gcj02 = false;
};

} // namespace fc
