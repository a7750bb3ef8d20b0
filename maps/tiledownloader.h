#pragma once

#include "maps/tileid.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace fc {

class TileSource;

// Downloads the tiles of a remote TileSource on the GUI thread (QNetworkAccessManager), a few at a
// time, and keeps each in the source's disk cache (TileSource::storeTile). request() never blocks:
// results arrive as tileLoaded() or tileFailed(). A newer request() replaces the tiles still waiting
// (the view moved on); downloads in flight finish. A failed tile is not asked for again before
// retryDelay(). When disabled (offline mode) every request fails at once (still asynchronously)
// and nothing touches the network.
class TileDownloader : public QObject
{
    Q_OBJECT
public:
    // nam: a shared access manager (not owned); nullptr makes a private one.
    explicit TileDownloader(std::shared_ptr<const TileSource> source, QNetworkAccessManager *nam = nullptr,
                            QObject *parent = nullptr);
    ~TileDownloader() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    int maxConnections() const { return m_maxConnections; }
    void setMaxConnections(int n) { m_maxConnections = std::max(1, n); }
    int retryDelay() const { return m_retryDelayMs; }
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    int transferTimeout() const { return m_timeoutMs; }
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

    void request(const QList<TileId> &ids);
    void cancelAll();
    // Waiting plus in flight.
    int pendingCount() const { return int(m_waiting.size() + m_inFlight.size()); }
    bool isPending(const TileId &id) const { return m_inFlight.contains(id) || m_waiting.contains(id); }

Q_SIGNALS:
    // stored: the tile is in the disk cache (otherwise data is the only copy).
    void tileLoaded(const fc::TileId &id, const QByteArray &data, bool stored);
    void tileFailed(const fc::TileId &id, const QString &error);

private:
    void startNext();
    void finished(QNetworkReply *reply, const TileId &id);
    void fail(const TileId &id, const QString &error);

    std::shared_ptr<const TileSource> m_source;
    QPointer<QNetworkAccessManager> m_nam;
    bool m_enabled = true;
    int m_maxConnections = 6;
    int m_retryDelayMs = 60000;
    int m_timeoutMs = 15000;
    QList<TileId> m_waiting;
    QHash<TileId, QNetworkReply *> m_inFlight;
    QHash<TileId, QDeadlineTimer> m_failedUntil;
};

} // namespace fc
