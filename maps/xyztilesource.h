#pragma once

#include "maps/tilesource.h"

#include <QCoreApplication>
#include <QString>

namespace fc {

// Tiles from an XYZ URL template, e.g. an intranet tile server "http://host/{z}/{x}/{y}.png"
// ({-y} for TMS row numbering, {s} for a subdomain), kept in a disk cache
// (<cacheDir>/<z>/<x>/<y>.<ext>) that keeps serving with no network. Readers only read the disk
// cache; a TileDownloader fills it. A template that names local files ("file:///data/{z}/{x}/{y}.png"
// or an absolute path) is read directly, without a cache.
class XyzTileSource : public TileSource
{
    Q_DECLARE_TR_FUNCTIONS(fc::XyzTileSource)
public:
    XyzTileSource(const QString &urlTemplate, const QString &cacheDir, const QString &name = {});

    QString name() const override { return m_name; }
    void setName(const QString &n) { m_name = n; }
    QString key() const override { return m_template; }
    QString urlTemplate() const { return m_template; }
    QString cacheDir() const { return m_cacheDir; }

    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    void setZoomRange(int minZoom, int maxZoom);
    Extent extent() const override;
    void setExtent(const Extent &mercator) { m_extent = mercator; }
    void setSubdomains(const QStringList &s) { m_subdomains = s; }

    std::unique_ptr<TileReader> createReader() const override;
    bool isRemote() const override { return !m_localFiles; }
    QUrl tileUrl(const TileId &id) const override;
    bool storeTile(const TileId &id, const QByteArray &data, QString *error = nullptr) const override;

    // Where a tile is (or would be) kept on disk; for a local template, the tile file itself.
    QString tilePath(const TileId &id) const;
    bool hasLocalTile(const TileId &id) const;
    // The template with {z} {x} {y} {-y} {s} filled in.
    QString expand(const TileId &id) const;

private:
    QString m_template;
    QString m_cacheDir;
    QString m_name;
    QString m_suffix;
    QStringList m_subdomains{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    Extent m_extent;
    int m_minZoom = 0;
    int m_maxZoom = 19;
    bool m_localFiles = false;
};

} // namespace fc
