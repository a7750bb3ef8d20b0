#include "maps/tilelayer.h"

#include "maps/mapsettings.h"
#include "maps/tilecache.h"
#include "maps/tiledownloader.h"
#include "maps/tilelayerrenderer.h"
#include "maps/tilerequestqueue.h"
#include "maps/tilesource.h"

namespace fc {

TileLayer::TileLayer(const QString &id, const QString &name, std::shared_ptr<const TileSource> source, QObject *parent)
    : MapLayer(id, name, parent), m_source(std::move(source)), m_cache(std::make_shared<TileCache>())
{
    if (m_source)
        m_minVisibleZoom = m_source->minZoom() - 2;
    // Tiles arriving close together make one repaint.
    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(30);
    connect(&m_repaintTimer, &QTimer::timeout, this, &MapLayer::repaintNeeded);
    if (m_source && m_source->isRemote()) {
        m_requests = std::make_shared<TileRequestQueue>();
        m_requests->attach(this, [this] { takeRequests(); });
        makeDownloader(nullptr);
    }
}

TileLayer::~TileLayer()
{
    if (m_requests)
        m_requests->detach(); // renderers still running may post; nobody listens any more
}

void TileLayer::makeDownloader(QNetworkAccessManager *nam)
{
    m_downloader = std::make_unique<TileDownloader>(m_source, nam);
    m_downloader->setEnabled(m_online);
    connect(m_downloader.get(), &TileDownloader::tileLoaded, this, &TileLayer::tileArrived);
    connect(m_downloader.get(), &TileDownloader::tileFailed, this, &TileLayer::tileFailed);
}

void TileLayer::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    if (m_requests)
        makeDownloader(nam);
}

bool TileLayer::isOnline() const
{
    return m_online;
}

void TileLayer::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (m_downloader)
        m_downloader->setEnabled(online);
    if (online)
        Q_EMIT repaintNeeded(); // the next render asks for what is missing
}

void TileLayer::setZoomVisibility(double minZoom, double maxZoom)
{
    m_minVisibleZoom = minZoom;
    m_maxVisibleZoom = maxZoom;
    Q_EMIT repaintNeeded();
}

Extent TileLayer::extent() const
{
    return m_source ? m_source->extent() : Extent();
}

bool TileLayer::isVisibleAtZoom(double zoom) const
{
    return m_source && m_source->isValid() && zoom >= m_minVisibleZoom && zoom <= m_maxVisibleZoom;
}

std::unique_ptr<LayerRenderer> TileLayer::createRenderer(const MapSettings &settings) const
{
    TileLayerRenderer::Options o;
    if (m_source)
        o.zoom = TileLayerRenderer::tileZoomFor(settings, *m_source);
    o.maxParentLevels = m_maxParentLevels;
    return std::make_unique<TileLayerRenderer>(m_source, m_cache, m_requests, o);
}

void TileLayer::reload()
{
    m_cache->clear();
    Q_EMIT repaintNeeded();
}

void TileLayer::takeRequests()
{
    const QList<TileId> ids = m_requests->take();
    if (m_downloader)
        m_downloader->request(ids); // offline, it answers with tileFailed at once
}

void TileLayer::tileArrived(const TileId &id, const QByteArray &data, bool stored)
{
    if (!stored) {
        // No disk cache to find it in: keep it in memory.
        const QImage img = TileSource::decode(data);
        if (img.isNull()) {
            Q_EMIT tileFailed(id, tr("Tile %1 cannot be decoded").arg(id.toString()));
            return;
        }
        m_cache->insert(id, img);
    } else {
        m_cache->remove(id);
    }
    if (!m_repaintTimer.isActive())
        m_repaintTimer.start();
}

} // namespace fc
