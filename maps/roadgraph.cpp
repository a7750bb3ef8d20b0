#include "maps/roadgraph.h"

#include "maps/roadgraphboost.h"

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/property_map.hpp>

#include <geodesic.h>

#include <cmath>
#include <thread>

namespace fc {

namespace {

constexpr double DegToRad = 3.14159265358979323846 / 180.0;
constexpr double WgsA = 6378137.0, WgsF = 1.0 / 298.257223563, WgsE2 = WgsF * (2 - WgsF);

// Local scales of the WGS 84 ellipsoid (radii of curvature in the meridian and the prime vertical) for the
// local metres snapping works in; lengths themselves are geodesics (distanceM).
double metresPerDegLat(double lat)
{
    const double s = std::sin(lat * DegToRad);
    return WgsA * (1 - WgsE2) / std::pow(1 - WgsE2 * s * s, 1.5) * DegToRad;
}

double metresPerDegLon(double lat)
{
    const double s = std::sin(lat * DegToRad);
    return WgsA / std::sqrt(1 - WgsE2 * s * s) * std::cos(lat * DegToRad) * DegToRad;
}

// Where a point meets the network, as the search needs it: a node and the seconds between point and node.
struct Entry
{
    int node;
    double cost;
    int edge; // the (partial) edge between point and node
};

struct StopSearch
{
};

// Stops the search once every wanted node is settled, or past a time limit; records the edge each node was
// last reached by (the BGL predecessor map holds vertices only, and parallel edges differ in weight).
class StopVisitor : public boost::default_dijkstra_visitor
{
public:
    StopVisitor(const std::vector<int> *wanted, int *remaining, const std::vector<double> *dist, double maxSeconds,
                std::vector<int> *predEdge)
        : m_wanted(wanted), m_remaining(remaining), m_dist(dist), m_max(maxSeconds), m_predEdge(predEdge) {}

    template<typename V, typename G>
    void examine_vertex(V u, const G &)
    {
        if ((*m_dist)[u] > m_max)
            throw StopSearch();
        if (const int w = (*m_wanted)[u]) {
            *m_remaining -= w;
            if (*m_remaining <= 0)
                throw StopSearch();
        }
    }
    template<typename E, typename G>
    void edge_relaxed(E e, const G &g)
    {
        (*m_predEdge)[boost::target(e, g)] = g[e].id;
    }

private:
    const std::vector<int> *m_wanted;
    int *m_remaining;
    const std::vector<double> *m_dist;
    double m_max;
    std::vector<int> *m_predEdge;
};

// Multi-source Dijkstra with per-source start costs on one of the CSR graphs.
void search(const RoadGraph::Graphs::Csr &g, const std::vector<double> &weights, const std::vector<Entry> &sources,
            const std::vector<int> &wantedNodes, double maxSeconds, std::vector<double> &dist,
            std::vector<int> &predEdge)
{
    const std::size_t n = boost::num_vertices(g);
    dist.assign(n, RoadGraph::Infinite);
    predEdge.assign(n, -1);
    std::vector<boost::default_color_type> color(n, boost::white_color);
    std::vector<int> wanted(n, 0);
    int remaining = 0;
    for (int v : wantedNodes) {
        ++wanted[std::size_t(v)];
        ++remaining;
    }
    std::vector<int> starts;
    for (const Entry &s : sources) {
        if (!(s.cost < dist[std::size_t(s.node)]))
            continue;
        if (dist[std::size_t(s.node)] == RoadGraph::Infinite)
            starts.push_back(s.node);
        dist[std::size_t(s.node)] = s.cost;
    }
    if (starts.empty() || remaining == 0)
        return;
    const auto index = boost::get(boost::vertex_index, g);
    const auto weight = boost::make_iterator_property_map(weights.data(), boost::get(&RoadGraph::Graphs::EdgeProp::id, g));
    const auto distMap = boost::make_iterator_property_map(dist.data(), index);
    const auto colorMap = boost::make_iterator_property_map(color.data(), index);
    StopVisitor vis(&wanted, &remaining, &dist, maxSeconds, &predEdge);
    try {
        boost::dijkstra_shortest_paths_no_init(g, starts.begin(), starts.end(), boost::dummy_property_map(), distMap,
                                               weight, index, std::less<double>(), std::plus<double>(), 0.0, vis,
                                               colorMap);
    } catch (const StopSearch &) {
    }
}

} // namespace

RoadGraph::RoadGraph() : m_graphs(std::make_unique<Graphs>()) {}
RoadGraph::~RoadGraph() = default;
RoadGraph::RoadGraph(RoadGraph &&) noexcept = default;
RoadGraph &RoadGraph::operator=(RoadGraph &&) noexcept = default;

int RoadGraph::nodeCount() const
{
    return int(m_nodes.size());
}

double RoadGraph::distanceM(GeoPoint a, GeoPoint b)
{
    // The geodesic on the WGS 84 ellipsoid (PROJ's implementation of Karney's algorithm): edge lengths and
    // travel times as a surveyor measures them (a flat metres-per-degree was 0.1-0.3 % short at 31 N).
    static const geod_geodesic wgs84 = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1.0 / 298.257223563);
        return g;
    }();
    double s12 = 0;
    geod_inverse(&wgs84, a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
    return s12;
}

namespace {

// Vertex snapping for build(): an open-addressing hash table from a vertex's cell (mergeM grid in local metres)
// to its node id, sized once for every vertex of the network (no per-node allocation, no rehash).
class NodeTable
{
public:
    explicit NodeTable(std::size_t vertices)
    {
        std::size_t size = 16;
        while (size < vertices * 2)
            size *= 2;
        m_slots.assign(size, Slot());
        m_mask = size - 1;
    }
    // The node of `key`, or `next` (inserted) when the cell has none yet.
    int find(quint64 key, int next, bool *inserted)
    {
        std::size_t h = std::size_t((key ^ (key >> 29)) * 0x9E3779B97F4A7C15ULL) & m_mask;
        for (;; h = (h + 1) & m_mask) {
            Slot &s = m_slots[h];
            if (s.id < 0) {
                s.key = key;
                s.id = next;
                *inserted = true;
                return next;
            }
            if (s.key == key) {
                *inserted = false;
                return s.id;
            }
        }
    }

private:
    struct Slot
    {
        quint64 key = 0;
        int id = -1;
    };
    std::vector<Slot> m_slots; // key and id side by side: one cache line per probe
    std::size_t m_mask = 0;
};

} // namespace

RoadGraph RoadGraph::build(const std::vector<Line> &lines, double mergeM)
{
    RoadGraph g;
    std::size_t vertices = 0, segments = 0;
    for (const Line &l : lines) {
        vertices += l.points.size();
        segments += l.points.empty() ? 0 : l.points.size() - 1;
    }
    NodeTable nodeOf(vertices);
    const double cell = std::max(mergeM, 0.01);
    // Metres per degree of longitude at the network's latitude (a city is small enough for one value).
    double lat0 = 0;
    for (const Line &l : lines)
        if (!l.points.empty()) {
            lat0 = l.points.front().lat;
            break;
        }
    const double kx = metresPerDegLon(lat0), ky = metresPerDegLat(lat0);
    g.m_nodes.reserve(vertices);
    auto nodeAt = [&](GeoPoint p) {
        const qint64 ix = qint64(std::llround(p.lon * kx / cell));
        const qint64 iy = qint64(std::llround(p.lat * ky / cell));
        const quint64 key = (quint64(ix) << 32) ^ (quint64(iy) & 0xffffffffULL);
        bool inserted = false;
        const int id = nodeOf.find(key, int(g.m_nodes.size()), &inserted);
        if (inserted)
            g.m_nodes.push_back(p);
        return id;
    };
    // Upper bound: two directed edges per segment.
    const std::size_t maxEdges = 2 * segments;
    std::vector<std::pair<int, int>> fwd, rev;
    std::vector<Graphs::EdgeProp> props;
    std::vector<int> &twin = g.m_graphs->twin;
    g.m_edges.reserve(maxEdges);
    fwd.reserve(maxEdges);
    rev.reserve(maxEdges);
    props.reserve(maxEdges);
    twin.reserve(maxEdges);
    g.m_segmentEdge.reserve(segments);
    std::vector<char> drawnBackward; // per segment: its only edge runs against the drawn direction
    drawnBackward.reserve(segments);
    for (const Line &l : lines) {
        const double speedMs = std::max(l.speedKmh, 1.0) / 3.6;
        for (std::size_t i = 1; i < l.points.size(); ++i) {
            const int a = nodeAt(l.points[i - 1]);
            const int b = nodeAt(l.points[i]);
            if (a == b)
                continue;
            int first = -1;
            // Length and time are filled in below (baseSeconds holds the speed until then).
            auto add = [&](int from, int to) {
                const int id = int(g.m_edges.size());
                g.m_edges.push_back({from, to, 0, speedMs, l.featureId});
                fwd.emplace_back(from, to);
                rev.emplace_back(to, from);
                props.push_back({id});
                twin.push_back(-1);
                return id;
            };
            g.m_segmentEdge.push_back(int(g.m_edges.size()));
            drawnBackward.push_back(l.direction == Direction::Backward);
            if (l.direction != Direction::Backward)
                first = add(a, b);
            if (l.direction != Direction::Forward) {
                const int second = add(b, a);
                if (first >= 0) {
                    twin[std::size_t(first)] = second;
                    twin[std::size_t(second)] = first;
                }
            }
        }
    }
    // Geodesic lengths, one per segment (the costliest arithmetic of the build), on two threads.
    // Measured in the drawn direction, as the line gives the segment.
    const auto measure = [&g, &drawnBackward](std::size_t begin, std::size_t end) {
        for (std::size_t s = begin; s < end; ++s) {
            Edge &e = g.m_edges[std::size_t(g.m_segmentEdge[s])];
            const GeoPoint a = g.m_nodes[std::size_t(e.from)], b = g.m_nodes[std::size_t(e.to)];
            const double len = drawnBackward[s] ? distanceM(b, a) : distanceM(a, b);
            e.lengthM = len;
            e.baseSeconds = len / e.baseSeconds;
            if (const int t = g.m_graphs->twin[std::size_t(g.m_segmentEdge[s])]; t >= 0) {
                Edge &r = g.m_edges[std::size_t(t)];
                r.lengthM = len;
                r.baseSeconds = e.baseSeconds;
            }
        }
    };
    const std::size_t kept = g.m_segmentEdge.size();
    if (kept > 20000) {
        std::thread half(measure, kept / 2, kept);
        measure(0, kept / 2);
        half.join();
    } else {
        measure(0, kept);
    }
    const std::size_t n = g.m_nodes.size();
    g.m_nodes.shrink_to_fit();
    g.m_edges.shrink_to_fit();
    twin.shrink_to_fit();
    g.m_graphs->forward = Graphs::Csr(boost::edges_are_unsorted_multi_pass, fwd.begin(), fwd.end(), props.begin(), n);
    std::vector<std::pair<int, int>>().swap(fwd);
    g.m_graphs->reverse = Graphs::Csr(boost::edges_are_unsorted_multi_pass, rev.begin(), rev.end(), props.begin(), n);
    std::vector<std::pair<int, int>>().swap(rev);
    g.resetWeights();
    // One index entry per segment (both directions of a segment share its box).
    std::vector<Extent> boxes;
    boxes.reserve(g.m_segmentEdge.size());
    for (const int i : g.m_segmentEdge) {
        const Edge &e = g.m_edges[std::size_t(i)];
        Extent b;
        b.include(QPointF(g.m_nodes[std::size_t(e.from)].lon, g.m_nodes[std::size_t(e.from)].lat));
        b.include(QPointF(g.m_nodes[std::size_t(e.to)].lon, g.m_nodes[std::size_t(e.to)].lat));
        boxes.push_back(b);
    }
    g.m_segmentEdge.shrink_to_fit();
    g.m_index.build(boxes);
    return g;
}

void RoadGraph::resetWeights()
{
    m_weights.resize(m_edges.size());
    for (std::size_t i = 0; i < m_edges.size(); ++i)
        m_weights[i] = m_edges[i].baseSeconds;
}

void RoadGraph::setWeights(const std::function<double(const Edge &)> &fn)
{
    m_weights.resize(m_edges.size());
    for (std::size_t i = 0; i < m_edges.size(); ++i)
        m_weights[i] = fn(m_edges[i]);
}

RoadGraph::Snap RoadGraph::snap(GeoPoint p, double maxDistanceM) const
{
    Snap best;
    if (m_edges.empty() || !p.isValid())
        return best;
    const double kx = metresPerDegLon(p.lat), ky = metresPerDegLat(p.lat);
    for (double r = std::min(50.0, maxDistanceM);; r = std::min(r * 2, maxDistanceM)) {
        const Extent box(p.lon - r / kx, p.lat - r / ky, p.lon + r / kx, p.lat + r / ky);
        const auto consider = [&](int i) {
            const Edge &e = m_edges[std::size_t(i)];
            const GeoPoint a = m_nodes[std::size_t(e.from)], b = m_nodes[std::size_t(e.to)];
            // Local metres around p.
            const double ax = (a.lon - p.lon) * kx, ay = (a.lat - p.lat) * ky;
            const double bx = (b.lon - p.lon) * kx, by = (b.lat - p.lat) * ky;
            const double dx = bx - ax, dy = by - ay;
            const double len2 = dx * dx + dy * dy;
            double t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
            t = std::clamp(t, 0.0, 1.0);
            const double d = std::hypot(ax + t * dx, ay + t * dy);
            // Equally near (a shared node, or the two directions of one segment): prefer an open edge, then the
            // lower id, so results do not depend on the index order.
            const bool tie = std::abs(d - best.distanceM) <= 1e-6;
            const bool open = !std::isinf(m_weights[std::size_t(i)]);
            const bool bestOpen = best.edge >= 0 && !std::isinf(m_weights[std::size_t(best.edge)]);
            if (d < best.distanceM - 1e-6 || (tie && open && !bestOpen) || (tie && open == bestOpen && i < best.edge)) {
                best.edge = i;
                best.fraction = t;
                best.distanceM = d;
                best.point = GeoPoint(a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat));
            }
        };
        // The index holds segments: each edge of the segment (one per allowed direction) is a candidate.
        m_index.query(box, [&](int segment) {
            const int i = m_segmentEdge[std::size_t(segment)];
            consider(i);
            if (const int t = m_graphs->twin[std::size_t(i)]; t >= 0)
                consider(t);
        });
        if (best.distanceM <= r || r >= maxDistanceM)
            break;
    }
    if (best.distanceM > maxDistanceM)
        return {};
    return best;
}

double RoadGraph::partialCost(int edge, double fraction) const
{
    const double w = m_weights[std::size_t(edge)];
    const double full = std::isinf(w) ? m_edges[std::size_t(edge)].baseSeconds * m_closedPartialFactor : w;
    return full * fraction;
}

namespace {

// The ways out of a snapped point (origin) or into it (destination).
std::vector<Entry> originEntries(const RoadGraph &g, const std::vector<int> &twin, const RoadGraph::Snap &s,
                                 const std::function<double(int, double)> &partial)
{
    std::vector<Entry> out;
    const RoadGraph::Edge &e = g.edge(s.edge);
    out.push_back({e.to, partial(s.edge, 1 - s.fraction), s.edge});
    if (const int t = twin[std::size_t(s.edge)]; t >= 0)
        out.push_back({e.from, partial(t, s.fraction), t});
    return out;
}

std::vector<Entry> destinationEntries(const RoadGraph &g, const std::vector<int> &twin, const RoadGraph::Snap &s,
                                      const std::function<double(int, double)> &partial)
{
    std::vector<Entry> out;
    const RoadGraph::Edge &e = g.edge(s.edge);
    out.push_back({e.from, partial(s.edge, s.fraction), s.edge});
    if (const int t = twin[std::size_t(s.edge)]; t >= 0)
        out.push_back({e.to, partial(t, 1 - s.fraction), t});
    return out;
}

// Both points on one segment, driving straight from one to the other: the time, or Infinite.
double directCost(const RoadGraph &g, const std::vector<int> &twin, const RoadGraph::Snap &a, const RoadGraph::Snap &b,
                  const std::function<double(int, double)> &partial, int *edgeUsed)
{
    const int t = twin[std::size_t(a.edge)];
    double fb = -1;
    if (b.edge == a.edge)
        fb = b.fraction;
    else if (b.edge == t)
        fb = 1 - b.fraction;
    if (fb < 0)
        return RoadGraph::Infinite;
    (void)g;
    if (fb >= a.fraction) {
        *edgeUsed = a.edge;
        return partial(a.edge, fb - a.fraction);
    }
    if (t >= 0) {
        *edgeUsed = t;
        return partial(t, a.fraction - fb);
    }
    return RoadGraph::Infinite;
}

} // namespace

RoadGraph::Route RoadGraph::route(GeoPoint from, GeoPoint to, double maxDistanceM) const
{
    Route r;
    r.from = snap(from, maxDistanceM);
    r.to = snap(to, maxDistanceM);
    if (!r.from.isValid() || !r.to.isValid())
        return r;
    const auto partial = [this](int e, double f) { return partialCost(e, f); };
    const std::vector<Entry> starts = originEntries(*this, m_graphs->twin, r.from, partial);
    const std::vector<Entry> ends = destinationEntries(*this, m_graphs->twin, r.to, partial);
    std::vector<int> wanted;
    for (const Entry &e : ends)
        wanted.push_back(e.node);
    std::vector<double> dist;
    std::vector<int> pred;
    search(m_graphs->forward, m_weights, starts, wanted, Infinite, dist, pred);

    int direct = -1;
    double best = directCost(*this, m_graphs->twin, r.from, r.to, partial, &direct);
    const Entry *bestEnd = nullptr;
    for (const Entry &e : ends) {
        const double c = dist[std::size_t(e.node)] + e.cost;
        if (c < best) {
            best = c;
            bestEnd = &e;
        }
    }
    if (std::isinf(best))
        return r;
    r.found = true;
    r.seconds = best;
    r.points.push_back(r.from.point);
    if (!bestEnd) {
        r.edges.push_back(direct);
        r.lengthM = distanceM(r.from.point, r.to.point);
        r.points.push_back(r.to.point);
        return r;
    }
    // Walk back from the last node to a start node.
    std::vector<int> path;
    for (int v = bestEnd->node; pred[std::size_t(v)] >= 0;) {
        const int e = pred[std::size_t(v)];
        path.push_back(e);
        v = m_edges[std::size_t(e)].from;
    }
    std::reverse(path.begin(), path.end());
    const int firstNode = path.empty() ? bestEnd->node : m_edges[std::size_t(path.front())].from;
    for (const Entry &s : starts)
        if (s.node == firstNode) {
            if (distanceM(r.from.point, m_nodes[std::size_t(firstNode)]) > 1e-3)
                r.edges.push_back(s.edge);
            break;
        }
    r.lengthM += distanceM(r.from.point, m_nodes[std::size_t(firstNode)]);
    r.points.push_back(m_nodes[std::size_t(firstNode)]);
    for (int e : path) {
        r.edges.push_back(e);
        r.lengthM += m_edges[std::size_t(e)].lengthM;
        r.points.push_back(m_nodes[std::size_t(m_edges[std::size_t(e)].to)]);
    }
    if (distanceM(m_nodes[std::size_t(bestEnd->node)], r.to.point) > 1e-3)
        r.edges.push_back(bestEnd->edge);
    r.lengthM += distanceM(m_nodes[std::size_t(bestEnd->node)], r.to.point);
    r.points.push_back(r.to.point);
    return r;
}

std::vector<double> RoadGraph::timesTo(GeoPoint target, const std::vector<GeoPoint> &sources,
                                       std::vector<Route> *routes, double maxSeconds, double maxDistanceM) const
{
    std::vector<double> out(sources.size(), Infinite);
    if (routes)
        routes->assign(sources.size(), Route());
    const Snap dest = snap(target, maxDistanceM);
    if (!dest.isValid())
        return out;
    const auto partial = [this](int e, double f) { return partialCost(e, f); };
    const std::vector<Entry> ends = destinationEntries(*this, m_graphs->twin, dest, partial);
    std::vector<Snap> snaps;
    std::vector<std::vector<Entry>> starts;
    std::vector<int> wanted;
    for (const GeoPoint &p : sources) {
        snaps.push_back(snap(p, maxDistanceM));
        starts.push_back(snaps.back().isValid() ? originEntries(*this, m_graphs->twin, snaps.back(), partial)
                                                : std::vector<Entry>());
        for (const Entry &e : starts.back())
            wanted.push_back(e.node);
    }
    std::vector<double> dist;
    std::vector<int> pred;
    search(m_graphs->reverse, m_weights, ends, wanted, maxSeconds, dist, pred);

    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (!snaps[i].isValid())
            continue;
        int direct = -1;
        double best = directCost(*this, m_graphs->twin, snaps[i], dest, partial, &direct);
        const Entry *bestStart = nullptr;
        for (const Entry &s : starts[i]) {
            const double c = dist[std::size_t(s.node)] + s.cost;
            if (c < best) {
                best = c;
                bestStart = &s;
            }
        }
        if (best > maxSeconds)
            continue;
        out[i] = best;
        if (!routes)
            continue;
        Route &r = (*routes)[i];
        r.found = true;
        r.seconds = best;
        r.from = snaps[i];
        r.to = dest;
        r.points.push_back(r.from.point);
        if (!bestStart) {
            r.edges.push_back(direct);
            r.lengthM = distanceM(r.from.point, r.to.point);
            r.points.push_back(r.to.point);
            continue;
        }
        if (distanceM(r.from.point, m_nodes[std::size_t(bestStart->node)]) > 1e-3)
            r.edges.push_back(bestStart->edge);
        r.lengthM += distanceM(r.from.point, m_nodes[std::size_t(bestStart->node)]);
        r.points.push_back(m_nodes[std::size_t(bestStart->node)]);
        int v = bestStart->node;
        for (int e = pred[std::size_t(v)]; e >= 0; e = pred[std::size_t(v)]) {
            r.edges.push_back(e);
            r.lengthM += m_edges[std::size_t(e)].lengthM;
            v = m_edges[std::size_t(e)].to;
            r.points.push_back(m_nodes[std::size_t(v)]);
        }
        for (const Entry &e : ends)
            if (e.node == v) {
                if (distanceM(m_nodes[std::size_t(v)], r.to.point) > 1e-3)
                    r.edges.push_back(e.edge);
                break;
            }
        r.lengthM += distanceM(m_nodes[std::size_t(v)], r.to.point);
        r.points.push_back(r.to.point);
    }
    return out;
}

} // namespace fc
