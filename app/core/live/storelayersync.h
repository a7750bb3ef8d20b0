#pragma once

#include "app/core/store/store.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

namespace fc {

class VectorLayer;

// Keeps map layers equal to their feature tables by applying the store's change feed, in commit order.
// Each layer remembers the change id its data reflects; events at or before it are skipped, later ones are
// applied as patches (off the GUI thread, one at a time per layer), and a Reset (an import) re-reads that
// table through the store's own connection. Nothing here opens the store file itself.
class StoreLayerSync : public QObject
{
    Q_OBJECT
public:
    explicit StoreLayerSync(Store *store, QObject *parent = nullptr);

    // Layers by table name, with the change id their data was read at.
    void track(VectorLayer *layer, qint64 changeId);
    // Patches a feature set with events (pure; safe on any thread). Rows whose geometry cannot be read are
    // left out and counted in *dropped.
    static std::shared_ptr<const FeatureStore> patched(const FeatureStore &old, const QList<RowEvent> &events,
                                                       int *dropped = nullptr);
    // Work queued or running (tests wait for 0).
    int pendingJobs() const;

    // A replay: the layers show their features as they were at `at`, rebuilt off the GUI thread from the audit
    // trail (AsOfRows); the change feed keeps the live data current underneath. An invalid time shows live again.
    // At most one rebuild in flight; the latest time asked for wins.
    void setAsOf(const QDateTime &at);
    QDateTime asOf() const { return m_asOf; }
    // Layers an import replaced after the replay time: shown as they are now.
    QStringList unrecoverable() const { return m_unrecoverable; }

Q_SIGNALS:
    void layerUpdated(fc::VectorLayer *layer);
    // A layer could not be brought up to date (read error, undecodable geometry): shown in the status bar.
    void failed(const QString &message);
    void idle();
    // A replay view was applied (or left).
    void asOfApplied();

private:
    struct Track
    {
        QPointer<VectorLayer> layer;
        qint64 changeId = 0;        // data reflects every change up to this id
        QList<RowEvent> queued;     // events newer than changeId, not yet applied
        bool busy = false;
        bool reloadWanted = false;
        // During a replay the layer shows the past and `live` holds the live data the feed keeps patching.
        std::shared_ptr<const FeatureStore> live;
        std::shared_ptr<const FeatureStore> current() const;
        void setCurrent(std::shared_ptr<const FeatureStore> s);
    };
    void onChanges(const QList<RowEvent> &events);
    void pump(const QString &table);
    void requestView();

    QPointer<Store> m_store;
    QHash<QString, std::shared_ptr<Track>> m_tracks;
    QDateTime m_asOf, m_viewRequested;
    bool m_viewInFlight = false;
    bool m_viewing = false;
    QStringList m_unrecoverable;
};

} // namespace fc
