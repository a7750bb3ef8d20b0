// Routing on small hand-made road graphs: expected times and paths worked out by hand (speed 36 km/h = 10 m/s,
// so every 100 m costs 10 s).
#include "maps/roadgraph.h"

#include <QTest>
#include <cmath>

using namespace fc;

namespace {

constexpr double Lat0 = 31.0;
constexpr double Rad = 3.14159265358979323846 / 180.0;
// WGS 84 radii of curvature at 31 N (textbook formulas): metres per degree north and east there.
const double E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);
const double W = 1 - E2 * std::sin(Lat0 * Rad) * std::sin(Lat0 * Rad);
const double MPerDegLat = 6378137.0 * (1 - E2) / std::pow(W, 1.5) * Rad;
const double MPerDegLon = 6378137.0 / std::sqrt(W) * std::cos(Lat0 * Rad) * Rad;
// A point x metres east and y metres north of (121.0, 31.0) on the ellipsoid (good to a millimetre at 100 m).
GeoPoint P(double x, double y)
{
    return GeoPoint(121.0 + x / MPerDegLon, Lat0 + y / MPerDegLat);
}

RoadGraph::Line line(std::initializer_list<GeoPoint> pts, qint64 id,
                     RoadGraph::Direction dir = RoadGraph::Direction::Both, double kmh = 36)
{
    RoadGraph::Line l;
    l.points = pts;
    l.featureId = id;
    l.direction = dir;
    l.speedKmh = kmh;
    return l;
}

// The square A(0,0) B(100,0) C(100,100) D(0,100); road 1 is A-B.
RoadGraph square(RoadGraph::Direction ab = RoadGraph::Direction::Both)
{
    return RoadGraph::build({line({P(0, 0), P(100, 0)}, 1, ab), line({P(100, 0), P(100, 100)}, 2),
                             line({P(100, 100), P(0, 100)}, 3), line({P(0, 100), P(0, 0)}, 4)});
}

bool near(GeoPoint a, GeoPoint b)
{
    return RoadGraph::distanceM(a, b) < 0.05;
}

} // namespace

class TestRoadGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Lengths are geodesics on WGS 84, against figures from outside the code: the quarter meridian
    // (10 001 965.729 m, the published WGS 84 value), one degree of the equator (a * pi / 180 = 111 319.491 m),
    // and short steps at 31 N from the radii of curvature (the flat 110 540 / 111 320 m per degree was 0.28 %
    // short north-south there).
    void geodesicLengths()
    {
        QVERIFY(std::abs(RoadGraph::distanceM(GeoPoint(0, 0), GeoPoint(0, 90)) - 10001965.729) < 0.01);
        QVERIFY(std::abs(RoadGraph::distanceM(GeoPoint(10, 0), GeoPoint(11, 0)) - 6378137.0 * Rad) < 0.001);
        QVERIFY(std::abs(RoadGraph::distanceM(P(0, 0), P(0, 1000)) - 1000) < 0.01);
        QVERIFY(std::abs(RoadGraph::distanceM(P(0, 0), P(1000, 0)) - 1000) < 0.01);
        // 31.00 N to 31.01 N: 1108.6955 m, the meridian arc integrated numerically outside this code (Python,
        // 100 000 steps of a(1-e2)/(1-e2 sin^2)^1.5); the old flat scale gave 1105.40 m.
        QVERIFY(std::abs(RoadGraph::distanceM(GeoPoint(121.0, 31.0), GeoPoint(121.0, 31.01)) - 1108.6955) < 0.001);
    }

    void buildsSharedNodes()
    {
        const RoadGraph g = square();
        QCOMPARE(g.nodeCount(), 4);
        QCOMPARE(g.edgeCount(), 8);
        const RoadGraph one = square(RoadGraph::Direction::Forward);
        QCOMPARE(one.edgeCount(), 7);
    }

    void oneWayStreet()
    {
        const RoadGraph g = square(RoadGraph::Direction::Forward);
        const RoadGraph::Route ab = g.route(P(0, 0), P(100, 0));
        QVERIFY(ab.found);
        QVERIFY(std::abs(ab.seconds - 10) < 0.01);
        // Against the one-way street: round the block, 300 m.
        const RoadGraph::Route ba = g.route(P(100, 0), P(0, 0));
        QVERIFY(ba.found);
        QVERIFY2(std::abs(ba.seconds - 30) < 0.02, qPrintable(QString::number(ba.seconds)));
        QVERIFY(std::abs(ba.lengthM - 300) < 0.2);
        QCOMPARE(ba.points.size(), std::size_t(6)); // snapped start, B, C, D, A, snapped end
        QVERIFY(near(ba.points[2], P(100, 100)));
        QVERIFY(near(ba.points[3], P(0, 100)));
        // Backward: only B -> A allowed.
        const RoadGraph back = square(RoadGraph::Direction::Backward);
        QVERIFY(std::abs(back.route(P(100, 0), P(0, 0)).seconds - 10) < 0.01);
        QVERIFY(std::abs(back.route(P(0, 0), P(100, 0)).seconds - 30) < 0.02);
    }

    void oneWayMidBlock()
    {
        // From the middle of the one-way A->B to a point behind it (20 m from A): forward to B, round the block.
        const RoadGraph g = square(RoadGraph::Direction::Forward);
        const RoadGraph::Route r = g.route(P(50, 0), P(20, 0));
        QVERIFY(r.found);
        // 50 (to B) + 300 (B C D A) + 20 = 370 m.
        QVERIFY2(std::abs(r.seconds - 37) < 0.05, qPrintable(QString::number(r.seconds)));
        // Ahead on the same street: straight on, 30 m.
        QVERIFY(std::abs(g.route(P(20, 0), P(50, 0)).seconds - 3) < 0.01);
    }

    void floodedEdgeForcesDetour()
    {
        RoadGraph g = square();
        QVERIFY(std::abs(g.route(P(0, 0), P(100, 0)).seconds - 10) < 0.01);
        // Road 1 closed by water: the weights change, the graph does not.
        g.setWeights([](const RoadGraph::Edge &e) { return e.featureId == 1 ? RoadGraph::Infinite : e.baseSeconds; });
        const RoadGraph::Route r = g.route(P(0, 0), P(100, 0));
        QVERIFY(r.found);
        QVERIFY(std::abs(r.seconds - 30) < 0.02);
        for (int e : r.edges)
            QVERIFY(g.edge(e).featureId != 1);
        // Slowed by 4x instead: 40 s through, 30 s round: the detour still wins; 2x: straight through (20 s).
        g.setWeights([](const RoadGraph::Edge &e) { return e.featureId == 1 ? e.baseSeconds * 2 : e.baseSeconds; });
        QVERIFY(std::abs(g.route(P(0, 0), P(100, 0)).seconds - 20) < 0.02);
        g.resetWeights();
        QVERIFY(std::abs(g.route(P(0, 0), P(100, 0)).seconds - 10) < 0.01);
    }

    void unreachableTarget()
    {
        // Two streets that do not meet, and a one-way dead end.
        const RoadGraph g = RoadGraph::build({line({P(0, 0), P(100, 0)}, 1), line({P(0, 300), P(100, 300)}, 2),
                                              line({P(100, 0), P(200, 0)}, 3, RoadGraph::Direction::Backward)});
        const RoadGraph::Route r = g.route(P(0, 0), P(100, 300));
        QVERIFY(r.from.isValid());
        QVERIFY(r.to.isValid());
        QVERIFY(!r.found);
        QVERIFY(std::isinf(r.seconds));
        QVERIFY(!g.route(P(0, 0), P(200, 0)).found);
        const std::vector<double> t = g.timesTo(P(100, 300), {P(0, 0), P(0, 300)});
        QVERIFY(std::isinf(t[0]));
        QVERIFY(std::abs(t[1] - 10) < 0.01);
        // Too far from any road: no snap.
        QVERIFY(!g.snap(P(0, 1000), 500).isValid());
        QVERIFY(!g.route(P(0, 0), P(0, 1000)).found);
    }

    void offNetworkTargetSnapped()
    {
        const RoadGraph g = square();
        const RoadGraph::Snap s = g.snap(P(30, 20));
        QVERIFY(s.isValid());
        QVERIFY(std::abs(s.distanceM - 20) < 0.05);
        QVERIFY(near(s.point, P(30, 0)));
        const RoadGraph::Route r = g.route(P(0, 0), P(30, 20));
        QVERIFY(r.found);
        QVERIFY(std::abs(r.seconds - 3) < 0.01);
        QVERIFY(std::abs(r.lengthM - 30) < 0.1);
        QVERIFY(near(r.points.back(), P(30, 0)));
        // Nearer to C-D (20 m) than to B-C (30 m) or A-B (80 m).
        const RoadGraph::Snap top = g.snap(P(70, 80));
        QVERIFY(near(top.point, P(70, 100)));
    }

    void reversedSearchMatchesRoutes()
    {
        // One search from the target ranks all sources; each time equals the forward route's time.
        const RoadGraph g = RoadGraph::build({line({P(0, 0), P(100, 0), P(200, 0)}, 1, RoadGraph::Direction::Forward),
                                              line({P(200, 0), P(200, 100), P(0, 100), P(0, 0)}, 2),
                                              line({P(100, 0), P(100, 100)}, 3, RoadGraph::Direction::Both, 18)});
        const GeoPoint target = P(200, 50);
        const std::vector<GeoPoint> sources = {P(0, 0), P(100, 100), P(150, 5), P(0, 60)};
        std::vector<RoadGraph::Route> routes;
        const std::vector<double> t = g.timesTo(target, sources, &routes);
        // By hand: from (0,0) along the one-way 200 m then 50 m up = 25 s; from (100,100): 100 m east + 50 m = 15 s;
        // from (150,0): 50 + 50 = 10 s; from (0,60): up 40 + 200 + 50 = 29 s (down 60 + 200 + 50 = 31 s).
        const double expect[] = {25, 15, 10, 29};
        for (std::size_t i = 0; i < sources.size(); ++i) {
            QVERIFY2(std::abs(t[i] - expect[i]) < 0.05, qPrintable(QStringLiteral("source %1: %2").arg(i).arg(t[i])));
            const RoadGraph::Route fwd = g.route(sources[i], target);
            QVERIFY(std::abs(fwd.seconds - t[i]) < 1e-6);
            QVERIFY(routes[i].found);
            QVERIFY(std::abs(routes[i].lengthM - fwd.lengthM) < 0.05);
            QVERIFY(near(routes[i].points.back(), P(200, 50)));
        }
        // A time limit stops the search: sources beyond it are reported unreachable.
        const std::vector<double> limited = g.timesTo(target, sources, nullptr, 20);
        QVERIFY(std::isinf(limited[0]));
        QVERIFY(std::abs(limited[2] - 10) < 0.05);
    }

    // A 6 x 6 grid of crossings 100 m apart: six two-way east-west streets drawn as one line each (six vertices),
    // north-south blocks drawn one line per block, some of them one-way, at three speeds. Every travel time
    // between two crossings and every time to a crossing (timesTo) equals a plain Dijkstra written here over the
    // hand-made block list (100 m per block, time = 100 m / speed); each route returned is a walk along blocks
    // whose hand-summed time is the time reported.
    void gridMatchesIndependentDijkstra()
    {
        constexpr int N = 6;
        constexpr double Block = 100;
        auto id = [](int i, int j) { return j * N + i; };
        std::vector<std::vector<double>> cost(N * N, std::vector<double>(N * N, RoadGraph::Infinite));
        std::vector<RoadGraph::Line> lines;
        for (int j = 0; j < N; ++j) {
            const double kmh = 36 + 18 * (j % 3);
            RoadGraph::Line l = line({}, 100 + j, RoadGraph::Direction::Both, kmh);
            for (int i = 0; i < N; ++i)
                l.points.push_back(P(i * Block, j * Block));
            lines.push_back(l);
            for (int i = 0; i + 1 < N; ++i)
                cost[id(i, j)][id(i + 1, j)] = cost[id(i + 1, j)][id(i, j)] = Block / (kmh / 3.6);
        }
        for (int i = 0; i < N; ++i)
            for (int j = 0; j + 1 < N; ++j) {
                const double kmh = 18 + 18 * ((i + j) % 3);
                // Interior columns 2 and 3 are one-way (north on 2, south on 3) between rows 1 and 4.
                RoadGraph::Direction dir = RoadGraph::Direction::Both;
                if (j >= 1 && j + 1 <= 4 && i == 2)
                    dir = RoadGraph::Direction::Forward;
                if (j >= 1 && j + 1 <= 4 && i == 3)
                    dir = RoadGraph::Direction::Backward;
                lines.push_back(line({P(i * Block, j * Block), P(i * Block, (j + 1) * Block)}, 200 + 10 * i + j, dir, kmh));
                const double c = Block / (kmh / 3.6);
                if (dir != RoadGraph::Direction::Backward)
                    cost[id(i, j)][id(i, j + 1)] = c;
                if (dir != RoadGraph::Direction::Forward)
                    cost[id(i, j + 1)][id(i, j)] = c;
            }
        const RoadGraph g = RoadGraph::build(lines);
        QCOMPARE(g.nodeCount(), N * N);
        QCOMPARE(g.edgeCount(), 2 * (N * (N - 1)) + 2 * (N * (N - 1)) - 6);

        // Plain O(V^2) Dijkstra over the cost matrix.
        auto dijkstra = [&](int source) {
            std::vector<double> d(N * N, RoadGraph::Infinite);
            std::vector<bool> done(N * N, false);
            d[std::size_t(source)] = 0;
            for (int k = 0; k < N * N; ++k) {
                int u = -1;
                for (int v = 0; v < N * N; ++v)
                    if (!done[std::size_t(v)] && (u < 0 || d[std::size_t(v)] < d[std::size_t(u)]))
                        u = v;
                done[std::size_t(u)] = true;
                for (int v = 0; v < N * N; ++v)
                    d[std::size_t(v)] = std::min(d[std::size_t(v)], d[std::size_t(u)] + cost[std::size_t(u)][std::size_t(v)]);
            }
            return d;
        };
        auto crossing = [&](int v) { return P((v % N) * Block, (v / N) * Block); };
        auto crossingAt = [&](GeoPoint p) {
            for (int v = 0; v < N * N; ++v)
                if (near(p, crossing(v)))
                    return v;
            return -1;
        };
        std::vector<GeoPoint> all;
        for (int v = 0; v < N * N; ++v)
            all.push_back(crossing(v));
        std::vector<std::vector<double>> expected;
        for (int s = 0; s < N * N; ++s)
            expected.push_back(dijkstra(s));
        for (int s = 0; s < N * N; ++s)
            for (int t = 0; t < N * N; ++t) {
                if (s == t)
                    continue;
                const RoadGraph::Route r = g.route(all[std::size_t(s)], all[std::size_t(t)]);
                QVERIFY2(r.found, qPrintable(QStringLiteral("%1 -> %2").arg(s).arg(t)));
                QVERIFY2(std::abs(r.seconds - expected[std::size_t(s)][std::size_t(t)]) < 0.01,
                         qPrintable(QStringLiteral("%1 -> %2: %3 s, expected %4 s").arg(s).arg(t).arg(r.seconds)
                                        .arg(expected[std::size_t(s)][std::size_t(t)])));
                // The route walks block by block; its hand-summed time and length are the ones reported.
                double walked = 0;
                int hops = 0;
                int at = crossingAt(r.points.front());
                QCOMPARE(at, s);
                for (std::size_t k = 1; k < r.points.size(); ++k) {
                    const int next = crossingAt(r.points[k]);
                    QVERIFY(next >= 0);
                    if (next == at)
                        continue; // the snapped point and its crossing
                    QVERIFY(!std::isinf(cost[std::size_t(at)][std::size_t(next)]));
                    walked += cost[std::size_t(at)][std::size_t(next)];
                    ++hops;
                    at = next;
                }
                QCOMPARE(at, t);
                QVERIFY(std::abs(walked - r.seconds) < 0.01);
                QVERIFY(std::abs(r.lengthM - hops * Block) < 0.01 * hops);
            }
        for (int t = 0; t < N * N; ++t) {
            const std::vector<double> times = g.timesTo(all[std::size_t(t)], all);
            for (int s = 0; s < N * N; ++s)
                QVERIFY2(std::abs(times[std::size_t(s)] - expected[std::size_t(s)][std::size_t(t)]) < 0.01,
                         qPrintable(QStringLiteral("%1 -> %2: %3 s, expected %4 s").arg(s).arg(t)
                                        .arg(times[std::size_t(s)]).arg(expected[std::size_t(s)][std::size_t(t)])));
        }
    }
};

QTEST_GUILESS_MAIN(TestRoadGraph)
#include "tst_roadgraph.moc"
