#pragma once

#include "maps/geopoint.h"
#include "maps/spatialindex.h"

#include <QtGlobal>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace fc {

// A directed road graph for travel-time routing (Boost Graph Library compressed sparse row graphs, forward and
// reversed, built once). Each polyline segment between two consecutive vertices is one edge per allowed
// direction; lines meet where they share a vertex. Weights (seconds) live in one array indexed by edge id, so
// they can be changed (e.g. roads slowed or closed) without rebuilding the graph. Knows nothing of floods: the
// caller decides weights. Searches are const and may run concurrently.
class RoadGraph
{
public:
    enum class Direction { Both, Forward, Backward };
    struct Line
    {
        std::vector<GeoPoint> points;
        qint64 featureId = 0;   // the caller's road id, kept on each edge
        double speedKmh = 30;
        Direction direction = Direction::Both;
    };
    struct Edge
    {
        int from = 0, to = 0;
        double lengthM = 0;
        double baseSeconds = 0; // length at the line's speed
        qint64 featureId = 0;
    };
    // Where a point meets the network: the nearest edge and how far along it (0 = from node, 1 = to node).
    struct Snap
    {
        int edge = -1;
        double fraction = 0;
        GeoPoint point;
        double distanceM = std::numeric_limits<double>::infinity();
        bool isValid() const { return edge >= 0; }
    };
    struct Route
    {
        bool found = false;
        double seconds = std::numeric_limits<double>::infinity();
        double lengthM = 0;
        std::vector<GeoPoint> points; // snapped start .. snapped end
        std::vector<int> edges;       // edges used (partial first/last included)
        Snap from, to;
    };
    static constexpr double Infinite = std::numeric_limits<double>::infinity();

    RoadGraph();
    ~RoadGraph();
    RoadGraph(RoadGraph &&) noexcept;
    RoadGraph &operator=(RoadGraph &&) noexcept;

    // Builds the graph; vertices closer than mergeM metres are one node.
    static RoadGraph build(const std::vector<Line> &lines, double mergeM = 0.5);

    int nodeCount() const;
    int edgeCount() const { return int(m_edges.size()); }
    const Edge &edge(int i) const { return m_edges[std::size_t(i)]; }
    GeoPoint node(int i) const { return m_nodes[std::size_t(i)]; }

    // Current weights in seconds (Infinite = closed). setWeight/resetWeights do not touch the graph structure.
    double weight(int edge) const { return m_weights[std::size_t(edge)]; }
    void setWeight(int edge, double seconds) { m_weights[std::size_t(edge)] = seconds; }
    void resetWeights(); // back to baseSeconds
    // Sets every edge's weight to fn(edge); one pass over the edge array.
    void setWeights(const std::function<double(const Edge &)> &fn);

    // Nearest edge to p within maxDistanceM (spatial index); invalid when none is that close.
    Snap snap(GeoPoint p, double maxDistanceM = 500) const;
    // Fastest route between two points (snapped to the network). A closed edge a point snaps to is
    // still usable for the partial stretch to or from the point, at closedPartialFactor x its base time.
    Route route(GeoPoint from, GeoPoint to, double maxDistanceM = 500) const;
    // One search from `target` on the reversed graph: travel seconds from each source to target (Infinite when
    // unreachable or off the network), with each route when routes is given. Stops once all sources are settled
    // or beyond maxSeconds.
    std::vector<double> timesTo(GeoPoint target, const std::vector<GeoPoint> &sources,
                                std::vector<Route> *routes = nullptr, double maxSeconds = Infinite,
                                double maxDistanceM = 500) const;

    double closedPartialFactor() const { return m_closedPartialFactor; }
    void setClosedPartialFactor(double f) { m_closedPartialFactor = f; }

    static double distanceM(GeoPoint a, GeoPoint b);

    // The Boost graphs (forward and reversed), for benchmarks comparing with plain BGL calls.
    struct Graphs;
    const Graphs &graphs() const { return *m_graphs; }
    const std::vector<double> &weights() const { return m_weights; }

private:
    double partialCost(int edge, double fraction) const; // seconds from edge start to fraction
    Route assemble(const Snap &from, const Snap &to, const std::vector<int> &nodePath, double seconds) const;

    std::vector<GeoPoint> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<double> m_weights;
    std::unique_ptr<Graphs> m_graphs;
    std::vector<int> m_segmentEdge; // segment -> its first edge (the other direction is its twin)
    SpatialIndex m_index;           // over segments
    double m_closedPartialFactor = 3.0;
};

} // namespace fc
