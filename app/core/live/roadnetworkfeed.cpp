#include "app/core/live/roadnetworkfeed.h"

#include "maps/featurestore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace fc {

namespace {

template<typename T, typename F>
void whenDone(QObject *owner, QFuture<T> future, F fn)
{
    auto *w = new QFutureWatcher<T>(owner);
    QObject::connect(w, &QFutureWatcher<T>::finished, owner, [w, fn] {
        w->deleteLater();
        fn(w->result());
    });
    w->setFuture(future);
}

} // namespace

RoadNetworkFeed::RoadNetworkFeed(QObject *parent) : QObject(parent) {}

void RoadNetworkFeed::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_net.reset();
    if (store)
        connect(store, &Store::rowsChanged, this, &RoadNetworkFeed::onRowsChanged);
    load();
}

void RoadNetworkFeed::setRules(const FloodRules &rules)
{
    m_rules = rules;
    applyDepths();
}

void RoadNetworkFeed::setIncidents(const QList<StoreRow> &incidents)
{
    m_incidents = incidents;
    applyDepths();
}

void RoadNetworkFeed::load()
{
    const quint64 generation = ++m_generation;
    if (!m_store)
        return;
    Q_EMIT loading();
    struct Rows
    {
        std::shared_ptr<const FeatureStore> roads; // the layer as the map reads it (no text geometry)
        QList<StoreRow> wl, sensors, readings;
    };
    auto rows = std::make_shared<Rows>();
    auto remaining = std::make_shared<int>(4);
    auto done = [this, rows, remaining, generation] {
        if (--*remaining > 0 || generation != m_generation)
            return;
        m_waterloggingRoads = rows->wl;
        m_sensors = rows->sensors;
        m_latestReading.clear();
        for (const StoreRow &r : rows->readings)
            m_latestReading.insert(r.values.value(QStringLiteral("sensor_fid")).toLongLong(), r);
        // The graph is built off the GUI thread.
        whenDone(this, QtConcurrent::run([roads = std::exchange(rows->roads, {})]() mutable {
                     return std::make_shared<RoadNetwork>(RoadNetwork::fromLayer(std::move(roads)));
                 }),
                 [this, generation](const std::shared_ptr<RoadNetwork> &net) {
                     if (generation != m_generation)
                         return;
                     m_net = net;
                     applyDepths();
                     Q_EMIT loaded();
                 });
    };
    whenDone(this, m_store->readLayers({QStringLiteral("roads")}), [rows, done](const LayerRead &r) {
        rows->roads = r.ok ? r.layers.value(QStringLiteral("roads")) : nullptr;
        done();
    });
    whenDone(this, m_store->rows(QStringLiteral("waterlogging_roads"), {}, {}, true), [rows, done](const QList<StoreRow> &r) {
        rows->wl = r;
        done();
    });
    whenDone(this, m_store->rows(QStringLiteral("sensors"), QStringLiteral("kind = 'waterlogging'")),
             [rows, done](const QList<StoreRow> &r) {
                 rows->sensors = r;
                 done();
             });
    whenDone(this, m_store->readingRows(RoadNetwork::latestWaterloggingReadings()),
             [rows, done](const QList<StoreRow> &r) {
                 rows->readings = r;
                 done();
             });
}

void RoadNetworkFeed::applyDepths()
{
    if (!m_net)
        return;
    m_net->setDepths(m_net->depthsFrom(m_waterloggingRoads, m_sensors, m_latestReading.values(), m_incidents, m_rules),
                     m_rules);
    Q_EMIT depthsChanged();
}

void RoadNetworkFeed::onRowsChanged(const QList<RowEvent> &events)
{
    bool depths = false, reload = false;
    for (const RowEvent &e : events) {
        if (e.table == QLatin1String("sensor_readings") && e.kind == RowEvent::Kind::Insert) {
            // A new reading replaces the sensor's latest when it is not older.
            const qint64 sensor = e.after.value(QStringLiteral("sensor_fid")).toLongLong();
            const StoreRow prev = m_latestReading.value(sensor);
            if (e.after.value(QStringLiteral("observed_at")).toString()
                >= prev.values.value(QStringLiteral("observed_at")).toString()) {
                m_latestReading.insert(sensor, StoreRow{e.fid, e.after});
                depths = true;
            }
        }
        if (e.table == QLatin1String("roads") || e.table == QLatin1String("waterlogging_roads")
            || e.table == QLatin1String("sensors"))
            reload = true; // the network itself changed (rare: edits, imports)
        if (e.table == QLatin1String("sensor_readings") && e.kind == RowEvent::Kind::Reset)
            reload = true; // a bulk ingest, here or on another seat: the latest readings again
    }
    if (reload)
        load();
    else if (depths)
        applyDepths();
}

} // namespace fc
