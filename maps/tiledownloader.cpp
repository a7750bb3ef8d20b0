#include "maps/tiledownloader.h"

#include "maps/tilesource.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fc {

TileDownloader::TileDownloader(std::shared_ptr<const TileSource> source, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_nam(nam)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
}

TileDownloader::~TileDownloader()
{
    cancelAll();
}

void TileDownloader::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        cancelAll();
    m_failedUntil.clear(); // a change of mode is a reason to try again
}

void TileDownloader::cancelAll()
{
    m_waiting.clear();
    const auto replies = std::exchange(m_inFlight, {});
    for (QNetworkReply *r : replies) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void TileDownloader::request(const QList<TileId> &ids)
{
    m_waiting.clear();
    for (const TileId &id : ids) {
        if (!id.isValid() || m_inFlight.contains(id) || m_waiting.contains(id))
            continue;
        const auto f = m_failedUntil.constFind(id);
        if (f != m_failedUntil.constEnd()) {
            if (!f->hasExpired())
                continue;
            m_failedUntil.erase(f);
        }
        if (!m_enabled || !m_source || !m_source->isRemote()) {
            // Fail asynchronously, as a download would, so callers see one behaviour.
            const QString error = !m_enabled ? tr("Tile %1: network access is disabled (offline mode)").arg(id.toString())
                                             : tr("Tile %1: the source cannot download tiles").arg(id.toString());
            m_failedUntil.insert(id, QDeadlineTimer(m_retryDelayMs));
            QMetaObject::invokeMethod(this, [this, id, error] { Q_EMIT tileFailed(id, error); }, Qt::QueuedConnection);
            continue;
        }
        m_waiting.append(id);
    }
    startNext();
}

void TileDownloader::startNext()
{
    while (m_enabled && m_nam && !m_waiting.isEmpty() && m_inFlight.size() < m_maxConnections) {
        const TileId id = m_waiting.takeFirst();
        const QUrl url = m_source->tileUrl(id);
        if (!url.isValid()) {
            fail(id, tr("Tile %1: invalid URL").arg(id.toString()));
            continue;
        }
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("FloodCommand/" FC_VERSION));
        req.setTransferTimeout(m_timeoutMs);
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferNetwork);
        QNetworkReply *reply = m_nam->get(req);
        m_inFlight.insert(id, reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, id] { finished(reply, id); });
    }
}

void TileDownloader::finished(QNetworkReply *reply, const TileId &id)
{
    reply->deleteLater();
    if (m_inFlight.value(id) != reply)
        return;
    m_inFlight.remove(id);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || (status != 0 && status != 200)) {
        fail(id, tr("Tile %1: %2").arg(id.toString(), reply->errorString()));
    } else {
        const QByteArray data = reply->readAll();
        if (data.isEmpty()) {
            fail(id, tr("Tile %1: empty reply from %2").arg(id.toString(), reply->url().toDisplayString()));
        } else {
            const bool stored = m_source->storeTile(id, data);
            Q_EMIT tileLoaded(id, data, stored);
        }
    }
    startNext();
}

void TileDownloader::fail(const TileId &id, const QString &error)
{
    if (m_failedUntil.size() > 10000)
        m_failedUntil.clear();
    m_failedUntil.insert(id, QDeadlineTimer(m_retryDelayMs));
    Q_EMIT tileFailed(id, error);
}

} // namespace fc
