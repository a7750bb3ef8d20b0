#pragma once

#include "app/core/store.h"

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

Q_SIGNALS:
    void layerUpdated(fc::VectorLayer *layer);
    // A layer could not be brought up to date (read error, undecodable geometry): shown in the status bar.
    void failed(const QString &message);
    void idle();

private:
    struct Track
    {
        QPointer<VectorLayer> layer;
        qint64 changeId = 0;        // data reflects every change up to this id
        QList<RowEvent> queued;     // events newer than changeId, not yet applied
        bool busy = false;
        bool reloadWanted = false;
    };
    void onChanges(const QList<RowEvent> &events);
    void pump(const QString &table);

    QPointer<Store> m_store;
    QHash<QString, std::shared_ptr<Track>> m_tracks;
};

} // namespace fc
