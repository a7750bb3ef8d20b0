// Routing benchmark (not a test): route and recommendation latency on the demo road graph and on a generated
// grid of about 1,000,000 directed edges, measured in the same run as Boost's plain dijkstra_shortest_paths
// (full search from the source, the textbook call) on the same graph with the same weights; and the weight
// rebuild after a depth change. Prints medians and ratios.
//
//   bench_routing [--grid N] [--runs R] [--export DIR]
// --export DIR also writes the grid (edges.csv: id,source,target,cost in seconds, one row per directed edge) and the
// queries (queries.csv: kind,target,sources) for run_routing_pgrouting.sh, and times RoadGraph on those queries.
#include "app/core/rules/incidentdesk.h"
#include "app/core/district/demooperation.h"
#include "app/core/rules/roadnetwork.h"
#include "app/core/store/store.h"
#include "maps/roadgraphboost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace fc;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// Plain BGL: full single-source Dijkstra on the forward graph, distances and predecessors.
double plainBoost(const RoadGraph &g, int source)
{
    const auto &csr = g.graphs().forward;
    std::vector<double> dist(boost::num_vertices(csr));
    std::vector<std::size_t> pred(boost::num_vertices(csr));
    const auto index = boost::get(boost::vertex_index, csr);
    const auto weight = boost::make_iterator_property_map(g.weights().data(),
                                                          boost::get(&RoadGraph::Graphs::EdgeProp::id, csr));
    return timeMs([&] {
        boost::dijkstra_shortest_paths(csr, boost::vertex(std::size_t(source), csr),
                                       boost::weight_map(weight)
                                           .distance_map(boost::make_iterator_property_map(dist.data(), index))
                                           .predecessor_map(boost::make_iterator_property_map(pred.data(), index)));
    });
}

struct Result
{
    double ours = 0, boost = 0;
};

void report(const char *what, double ours, double base, const char *baseName)
{
    std::printf("  %-46s %9.3f ms   %-26s %9.3f ms   ratio %.2f\n", what, ours, baseName, base, base > 0 ? ours / base : 0);
}

void benchGraph(const char *name, RoadGraph &g, const std::vector<GeoPoint> &teamPool, int runs, std::mt19937 &rng,
                double extentLon0, double extentLat0, double extentLon1, double extentLat1)
{
    std::printf("%s: %d nodes, %d directed edges\n", name, g.nodeCount(), g.edgeCount());
    std::uniform_real_distribution<double> lon(extentLon0, extentLon1), lat(extentLat0, extentLat1);
    std::uniform_int_distribution<int> node(0, g.nodeCount() - 1);
    std::vector<double> ours, base;
    for (int i = 0; i < runs; ++i) {
        const int s = node(rng), t = node(rng);
        ours.push_back(timeMs([&] { g.route(g.node(s), g.node(t)); }));
        base.push_back(plainBoost(g, s));
    }
    report("route A->B (snap + early stop)", median(ours), median(base), "BGL full dijkstra");

    // Recommendation: one reversed search from the incident for 20 teams, vs 20 forward routes.
    std::vector<double> rec, perTeam;
    for (int i = 0; i < runs; ++i) {
        const GeoPoint target(lon(rng), lat(rng));
        std::vector<GeoPoint> teams;
        std::sample(teamPool.begin(), teamPool.end(), std::back_inserter(teams), 20, rng);
        rec.push_back(timeMs([&] { g.timesTo(target, teams); }));
        if (i < std::max(3, runs / 4))
            perTeam.push_back(timeMs([&] {
                for (const GeoPoint &p : teams)
                    g.route(p, target);
            }));
    }
    const double oneBoost = median(base);
    report("recommend 20 teams (one reversed search)", median(rec), oneBoost, "BGL full dijkstra x1");
    report("recommend 20 teams (one reversed search)", median(rec), median(perTeam), "20 forward routes");

    // Weight rebuild after a depth change: 2% of edges slowed, 1% closed.
    std::vector<double> rebuild;
    for (int i = 0; i < std::max(3, runs / 2); ++i) {
        std::vector<char> flooded(std::size_t(g.edgeCount()));
        for (auto &f : flooded)
            f = char(rng() % 100);
        rebuild.push_back(timeMs([&] {
            g.setWeights([&](const RoadGraph::Edge &e) {
                const char f = flooded[std::size_t(&e - &g.edge(0))];
                return f == 0 ? RoadGraph::Infinite : f < 3 ? e.baseSeconds * 3 : e.baseSeconds;
            });
        }));
    }
    report("weight rebuild after a depth change", median(rebuild), oneBoost, "BGL full dijkstra x1");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int gridSide = 520; // 2 x 520 x 519 streets, one in 7 one-way: about 1,000,000 directed edges
    int runs = 21;
    QString exportDir;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--grid"))
            gridSide = args[i + 1].toInt();
        if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        if (args[i] == QLatin1String("--export"))
            exportDir = args[i + 1];
    }
    std::mt19937 rng(12);

    // The demo district's roads and teams, from a fresh demo store.
    QTemporaryDir dir;
    QString error;
    auto store = DemoOperation::createStore(dir.filePath(QStringLiteral("demo.gpkg")), &error);
    if (!store) {
        std::fprintf(stderr, "bench_routing: %s\n", qPrintable(error));
        return 1;
    }
    RoadNetwork demo;
    const double loadMs = timeMs([&] { demo = RoadNetwork::load(*store, {}, &error); });
    std::printf("demo graph loaded from the store in %.1f ms\n", loadMs);
    std::vector<GeoPoint> demoTeams;
    std::uniform_real_distribution<double> dLon(121.465, 121.495), dLat(31.20, 31.24);
    for (int i = 0; i < 40; ++i)
        demoTeams.emplace_back(dLon(rng), dLat(rng));
    benchGraph("demo district", demo.graph(), demoTeams, runs, rng, 121.465, 31.20, 121.495, 31.24);

    // A generated grid, 100 m blocks, every 10th street faster (primary), a few one-way streets.
    std::vector<RoadGraph::Line> lines;
    const double dLat100 = 100.0 / 110540.0, dLon100 = 100.0 / (111320.0 * std::cos(31.2 * 3.14159265358979323846 / 180));
    auto at = [&](int x, int y) { return GeoPoint(121.0 + x * dLon100, 31.0 + y * dLat100); };
    for (int y = 0; y < gridSide; ++y)
        for (int x = 0; x < gridSide; ++x) {
            for (int horizontal = 0; horizontal < 2; ++horizontal) {
                const int x2 = horizontal ? x + 1 : x, y2 = horizontal ? y : y + 1;
                if (x2 >= gridSide || y2 >= gridSide)
                    continue;
                RoadGraph::Line l;
                l.points = {at(x, y), at(x2, y2)};
                l.featureId = qint64(lines.size()) + 1;
                const int street = horizontal ? y : x;
                l.speedKmh = street % 10 == 0 ? 40 : 25;
                l.direction = street % 7 == 3 ? RoadGraph::Direction::Forward : RoadGraph::Direction::Both;
                lines.push_back(std::move(l));
            }
        }
    RoadGraph grid;
    const double buildMs = timeMs([&] { grid = RoadGraph::build(lines); });
    std::printf("grid %dx%d built in %.0f ms\n", gridSide, gridSide, buildMs);
    const GeoPoint g0 = at(0, 0), g1 = at(gridSide - 1, gridSide - 1);
    // Teams spread over the whole grid (worst case: the search covers most of it) ...
    std::vector<GeoPoint> anywhere;
    std::uniform_real_distribution<double> gLon(g0.lon, g1.lon), gLat(g0.lat, g1.lat);
    for (int i = 0; i < 200; ++i)
        anywhere.emplace_back(gLon(rng), gLat(rng));
    benchGraph("grid, teams anywhere on it", grid, anywhere, runs, rng, g0.lon, g0.lat, g1.lon, g1.lat);
    // ... and teams within a 20 km^2 district around the incidents (the real case).
    const GeoPoint c = at(gridSide / 2, gridSide / 2);
    std::vector<GeoPoint> district;
    std::uniform_real_distribution<double> cLon(c.lon - 22 * dLon100, c.lon + 22 * dLon100),
        cLat(c.lat - 22 * dLat100, c.lat + 22 * dLat100);
    for (int i = 0; i < 200; ++i)
        district.emplace_back(cLon(rng), cLat(rng));
    benchGraph("grid, teams in a 4.4 km district", grid, district, runs, rng, c.lon - 22 * dLon100,
               c.lat - 22 * dLat100, c.lon + 22 * dLon100, c.lat + 22 * dLat100);
    if (exportDir.isEmpty())
        return 0;

    // The same graph and queries for pgRouting (nodes as ids; pgRouting ids start at 1).
    QDir().mkpath(exportDir);
    QFile edges(exportDir + QStringLiteral("/edges.csv")), queries(exportDir + QStringLiteral("/queries.csv"));
    if (!edges.open(QIODevice::WriteOnly) || !queries.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "bench_routing: cannot write to %s\n", qPrintable(exportDir));
        return 1;
    }
    QTextStream e(&edges), q(&queries);
    for (int i = 0; i < grid.edgeCount(); ++i)
        e << i + 1 << ',' << grid.edge(i).from + 1 << ',' << grid.edge(i).to + 1 << ',' << QString::number(grid.weight(i), 'g', 12) << '\n';
    // District queries: node to node routes, and 20 teams to one incident.
    std::vector<int> districtNodes;
    for (int i = 0; i < grid.nodeCount(); ++i) {
        const GeoPoint p = grid.node(i);
        if (std::abs(p.lon - c.lon) <= 22 * dLon100 && std::abs(p.lat - c.lat) <= 22 * dLat100)
            districtNodes.push_back(i);
    }
    std::uniform_int_distribution<std::size_t> pick(0, districtNodes.size() - 1);
    std::vector<double> routeMs, recMs;
    for (int i = 0; i < 5; ++i) {
        const int s = districtNodes[pick(rng)], t = districtNodes[pick(rng)];
        q << "route," << t + 1 << ',' << s + 1 << '\n';
        routeMs.push_back(timeMs([&] { grid.route(grid.node(s), grid.node(t)); }));
        std::vector<GeoPoint> teams;
        QStringList ids;
        for (int k = 0; k < 20; ++k) {
            const int n = districtNodes[pick(rng)];
            teams.push_back(grid.node(n));
            ids << QString::number(n + 1);
        }
        const int target = districtNodes[pick(rng)];
        q << "recommend," << target + 1 << ',' << ids.join(QLatin1Char(' ')) << '\n';
        recMs.push_back(timeMs([&] { grid.timesTo(grid.node(target), teams); }));
    }
    std::printf("EXPORTED %d edges to %s; RoadGraph on the exported queries: route median %.3f ms, recommend median %.3f ms\n",
                grid.edgeCount(), qPrintable(exportDir), median(routeMs), median(recMs));
    return 0;
}
