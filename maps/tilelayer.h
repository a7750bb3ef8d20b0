#pragma once

#include "maps/maplayer.h"
#include "maps/tileid.h"

#include <QTimer>
#include <memory>

class QNetworkAccessManager;

namespace fc {

class TileCache;
class TileDownloader;
class TileRequestQueue;
class TileSource;

// A basemap or raster layer drawn from a TileSource (XYZ with disk cache, MBTiles, GDAL raster).
// Renders draw what is at hand (memory, disk, file) and scaled-up lower-zoom tiles for the rest;
// for a remote source the missing tiles are then downloaded on the GUI thread and repaintNeeded() is
// emitted as they arrive (coalesced). Offline, the disk cache keeps serving.
class TileLayer : public MapLayer
{
    Q_OBJECT
public:
    TileLayer(const QString &id, const QString &name, std::shared_ptr<const TileSource> source,
              QObject *parent = nullptr);
    ~TileLayer() override;

    std::shared_ptr<const TileSource> source() const { return m_source; }
    std::shared_ptr<TileCache> cache() const { return m_cache; }
    // The downloader of a remote source (nullptr for local sources).
    TileDownloader *downloader() const { return m_downloader.get(); }
    // Use a shared access manager (not owned) for downloads, e.g. the application's one.
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    // Offline mode: no network access; cached tiles still show.
    bool isOnline() const;
    void setOnline(bool online);

    int maxParentLevels() const { return m_maxParentLevels; }
    void setMaxParentLevels(int n) { m_maxParentLevels = std::max(0, n); }
    // The zooms (MapSettings::zoom()) at which the layer draws; by default from two levels below the
    // source's minimum zoom (more would mean thousands of tiles).
    void setZoomVisibility(double minZoom, double maxZoom);

    Extent extent() const override;
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    bool isVisibleAtZoom(double zoom) const override;

    // Drops the memory cache (not the disk cache) and repaints.
    void reload();

Q_SIGNALS:
    void tileFailed(const fc::TileId &id, const QString &error);

private:
    void takeRequests();
    void tileArrived(const TileId &id, const QByteArray &data, bool stored);
    void makeDownloader(QNetworkAccessManager *nam);

    std::shared_ptr<const TileSource> m_source;
    std::shared_ptr<TileCache> m_cache;
    std::shared_ptr<TileRequestQueue> m_requests;
    std::unique_ptr<TileDownloader> m_downloader;
    QTimer m_repaintTimer;
    int m_maxParentLevels = 8;
    double m_minVisibleZoom = -1;
    double m_maxVisibleZoom = 99;
    bool m_online = true;
};

} // namespace fc
