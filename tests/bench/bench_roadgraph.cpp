// Road graph benchmark (not a test): what building the routing graph of an operation store costs, phase by phase,
// in one process: RoadNetwork::load as a whole, its parts (Store::readLayers of the roads, RoadNetwork::fromLayer,
// RoadGraph::build alone), and the rows path it replaced (Store::rows with WKT geometry + RoadNetwork::fromRows);
// then one route query.
// Prints medians in milliseconds and the process's peak resident memory.
//
//   bench_roadgraph STORE.gpkg [--runs R] [--from LON,LAT --to LON,LAT]
// Generate a city-scale store with tests/bench/run_scale_bench.sh (which also runs this).
#include "app/core/rules/roadnetwork.h"
#include "app/core/store/store.h"
#include "maps/featurestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace fc;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// CPU time of the whole process (all threads), milliseconds: the build's cost whatever else the machine runs.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// Peak resident set size of this process (kB), from /proc.
long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

GeoPoint parsePoint(const QString &s)
{
    const QStringList p = s.split(QLatin1Char(','));
    return p.size() == 2 ? GeoPoint(p[0].toDouble(), p[1].toDouble()) : GeoPoint();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_roadgraph STORE.gpkg [--runs R] [--from LON,LAT --to LON,LAT]\n");
        return 2;
    }
    int runs = 3;
    GeoPoint from(121.47, 31.21), to(121.49, 31.23);
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--from"))
            from = parsePoint(args[i + 1]);
        else if (args[i] == QLatin1String("--to"))
            to = parsePoint(args[i + 1]);
    }
    QString error;
    auto store = Store::openReadOnly(args[0], &error);
    if (!store) {
        std::fprintf(stderr, "bench_roadgraph: %s\n", qPrintable(error));
        return 1;
    }
    std::vector<double> load, layerRead, fromLayer, read, fromRows, build, buildCpu;
    int edges = 0, nodes = 0;
    qsizetype lines = 0;
    for (int r = 0; r < runs; ++r) {
        {
            RoadNetwork net;
            load.push_back(timeMs([&] { net = RoadNetwork::load(*store, FloodRules(), &error); }));
            edges = net.graph().edgeCount();
            nodes = net.graph().nodeCount();
        }
        {
            std::shared_ptr<const FeatureStore> layer;
            layerRead.push_back(timeMs([&] { layer = store->readLayers({QStringLiteral("roads")}).result().layers.value(QStringLiteral("roads")); }));
            RoadNetwork n1;
            fromLayer.push_back(timeMs([&] { n1 = RoadNetwork::fromLayer(*layer); }));
        }
        QList<StoreRow> rows;
        read.push_back(timeMs([&] { rows = store->rows(QStringLiteral("roads"), {}, {}, true).result(); }));
        lines = rows.size();
        RoadNetwork n2;
        fromRows.push_back(timeMs([&] { n2 = RoadNetwork::fromRows(rows); }));
        // The graph alone, from the lines fromRows makes.
        std::vector<RoadGraph::Line> ls;
        ls.reserve(std::size_t(rows.size()));
        for (const StoreRow &row : rows) {
            RoadGraph::Line l;
            for (const GeoPoint &p : RoadNetwork::parseWktPoints(row.values.value(QStringLiteral("geom")).toString()))
                l.points.push_back(p);
            l.featureId = row.fid;
            ls.push_back(std::move(l));
        }
        rows.clear();
        const double c0 = cpuMs();
        build.push_back(timeMs([&] { RoadGraph::build(ls); }));
        buildCpu.push_back(cpuMs() - c0);
    }
    RoadNetwork net = RoadNetwork::load(*store, FloodRules(), &error);
    RoadGraph::Route route;
    const double routeMs = timeMs([&] { route = net.graph().route(from, to); });
    std::printf("roads: %lld rows, %d nodes, %d directed edges\n", qlonglong(lines), nodes, edges);
    std::printf("RoadNetwork::load (what floodctl route does before routing): median %.0f ms over %d runs\n",
                median(load), runs);
    std::printf("  Store::readLayers(roads):                   median %.0f ms\n", median(layerRead));
    std::printf("  RoadNetwork::fromLayer (lines, build):      median %.0f ms\n", median(fromLayer));
    std::printf("  RoadGraph::build alone:                     median %.0f ms (CPU, both threads: %.0f ms)\n",
                median(build), median(buildCpu));
    std::printf("the rows path (what load did before): Store::rows(roads, WKT) median %.0f ms + fromRows median %.0f ms\n",
                median(read), median(fromRows));
    std::printf("one route query: %.1f ms (%s, %.0f s, %.0f m)\n", routeMs, route.found ? "found" : "no route",
                route.seconds, route.lengthM);
    std::printf("peak resident memory: %ld MB\n", peakRssKb() / 1024);
    return 0;
}
