#pragma once

#include "app/core/store/store.h"
#include "maps/roadgraph.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace fc {

class FeatureStore;

// How water on a road changes travel: from slowDepthCm a road is slowed by slowFactor, from closedDepthCm it
// is closed (a route never goes through it; a point on it is still reached over the last stretch, slowly).
struct FloodRules
{
    double slowDepthCm = 10;
    double closedDepthCm = 25;
    double slowFactor = 3.0;
    // Treat each waterlogging-prone road's historic maximum as its depth now (planning before a storm).
    bool assumeHistoricDepth = false;
};

// The operation's road network for travel-time routing: the `roads` layer as a directed graph (one-way streets
// from roads.oneway: 1 = along the drawn direction, -1 = against it), speed by road class, and the water depth
// on each road applied as weights (no rebuild of the graph when depths change).
class RoadNetwork
{
public:
    enum class RoadState { Open, Slowed, Closed };

    // Default emergency-vehicle speeds in the city by road class (km/h).
    static double speedKmh(const QString &roadClass);

    // Builds from rows of `roads` read with geometry (WKT); fids become the edges' feature ids.
    static RoadNetwork fromRows(const QList<StoreRow> &roads);
    // The same from the layer as Store::readLayers gives it (vertices in Web Mercator, turned back to lon/lat).
    static RoadNetwork fromLayer(const FeatureStore &roads);
    // The same, letting go of the layer before the graph is built (peak memory of a city's roads).
    static RoadNetwork fromLayer(std::shared_ptr<const FeatureStore> &&roads);
    // Reads roads and the current depths from a store (blocking: tools, tests, worker threads).
    static RoadNetwork load(Store &store, const FloodRules &rules, QString *error);

    // Water depth (cm) per road fid; recomputes every edge weight.
    void setDepths(const QHash<qint64, double> &depthCm, const FloodRules &rules);
    const QHash<qint64, double> &depths() const { return m_depths; }
    const FloodRules &rules() const { return m_rules; }
    RoadState state(qint64 roadFid) const;
    // The one rule for a depth: open, slowed from slowDepthCm, closed from closedDepthCm (map, router, lists).
    static RoadState stateOf(double depthCm, const FloodRules &rules);
    QList<qint64> roadsIn(RoadState s) const;

    const RoadGraph &graph() const { return m_graph; }
    RoadGraph &graph() { return m_graph; }
    bool isEmpty() const { return m_graph.edgeCount() == 0; }
    QString roadName(qint64 roadFid) const { return m_names.value(roadFid); }
    qint64 fidOf(const QString &roadId) const { return m_fidById.value(roadId); } // 0 when unknown

    // Depth on each road now, from the store: latest reading of waterlogging sensors (sensors.road_id ->
    // waterlogging_roads.id -> road_segment_id -> roads.id), open waterlogging incidents with a depth (on the
    // nearest road), and, when the rules say so, the roads' historic maximum.
    QHash<qint64, double> readDepths(Store &store, const FloodRules &rules) const;
    // The same from rows the caller holds: waterlogging_roads, sensors, the latest reading of each sensor
    // (sensor_readings rows), incidents.
    QHash<qint64, double> depthsFrom(const QList<StoreRow> &waterloggingRoads, const QList<StoreRow> &sensors,
                                     const QList<StoreRow> &latestReadings, const QList<StoreRow> &incidents,
                                     const FloodRules &rules) const;
    // What depthsFrom() needs: the latest reading of each road depth sensor (Store::readingRows) and the
    // SQL condition selecting the incidents.
    static ReadingQuery latestWaterloggingReadings();
    static QString depthIncidentsWhere();

    static QList<GeoPoint> parseWktPoints(const QString &wkt);

private:
    static std::vector<RoadGraph::Line> collectLines(const FeatureStore &roads, RoadNetwork &n);

    RoadGraph m_graph;
    QHash<qint64, double> m_depths;
    QHash<QString, qint64> m_fidById; // roads.id -> fid
    QHash<qint64, QString> m_names;
    FloodRules m_rules;
};

} // namespace fc
