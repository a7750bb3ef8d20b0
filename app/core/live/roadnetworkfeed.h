#pragma once

#include "app/core/rules/roadnetwork.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

namespace fc {

// The road network as the GUI keeps it: roads, waterlogging-prone sections, depth sensors and their latest
// readings read through the store (results through watchers), the graph built on a worker thread, then the
// depths re-applied from the change feed (new readings) and from the incidents the caller passes in. Lives on
// the GUI thread; the network is used there only.
class RoadNetworkFeed : public QObject
{
    Q_OBJECT
public:
    explicit RoadNetworkFeed(QObject *parent = nullptr);

    void setStore(Store *store);
    void setRules(const FloodRules &rules);
    const FloodRules &rules() const { return m_rules; }
    // The open incidents (waterlogging reports with a depth close their road).
    void setIncidents(const QList<StoreRow> &incidents);

    RoadNetwork *network() const { return m_net.get(); }
    const QList<StoreRow> &waterloggingRoads() const { return m_waterloggingRoads; }

Q_SIGNALS:
    void loading();
    void loaded();
    // Roads were closed, slowed or opened again (weights changed).
    void depthsChanged();

private:
    void load();
    void applyDepths();
    void onRowsChanged(const QList<fc::RowEvent> &events);

    QPointer<Store> m_store;
    std::shared_ptr<RoadNetwork> m_net;
    FloodRules m_rules;
    QList<StoreRow> m_waterloggingRoads, m_sensors, m_incidents;
    QHash<qint64, StoreRow> m_latestReading; // sensor fid -> latest reading
    quint64 m_generation = 0;
};

} // namespace fc
