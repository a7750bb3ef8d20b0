#pragma once

#include "maps/tilesource.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace fc {

// Tiles from an MBTiles file (SQLite: tiles(zoom_level, tile_column, tile_row, tile_data) with TMS
// rows counted from the south, and a metadata(name, value) table), read directly through Qt SQL.
// The metadata is read when the source is made; each TileReader opens its own read-only connection
// on its own thread. Raster formats only (png, jpg, webp); vector tiles (pbf) are refused.
class MbTilesSource : public TileSource
{
    Q_DECLARE_TR_FUNCTIONS(fc::MbTilesSource)
public:
    explicit MbTilesSource(const QString &path);

    QString path() const { return m_path; }
    QString name() const override { return m_name; }
    QString key() const override { return m_path; }
    QString format() const { return m_format; }
    QString metadata(const QString &key) const { return m_metadata.value(key); }
    QHash<QString, QString> allMetadata() const { return m_metadata; }
    // The "bounds" metadata (lon/lat); null when absent.
    Extent boundsLonLat() const { return m_boundsLonLat; }

    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    Extent extent() const override;

    std::unique_ptr<TileReader> createReader() const override;

private:
    void readMetadata();

    QString m_path;
    QString m_name;
    QString m_format;
    QHash<QString, QString> m_metadata;
    Extent m_boundsLonLat;
    int m_minZoom = 0;
    int m_maxZoom = 0;
};

} // namespace fc
