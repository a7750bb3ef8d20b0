// Import benchmark (not a test): a 1,000,000-feature GeoPackage line layer imported into an operation store,
// against `ogr2ogr -f GPKG` copying the same file in the same run; then bounding-box queries on the imported
// layer through the store against the same query through the sqlite3 CLI. Prints medians and ratios.
//
//   bench_import [--features N] [--runs R] [--queries Q] [--dir DIR] [--queries-only yes]
#include "app/core/store/store.h"
#include "maps/ogrreader.h"

#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace fc;

namespace {

constexpr double MinLon = 121.40, MinLat = 31.15, Span = 0.15;

bool generate(const QString &path, int n)
{
    if (QFile::exists(path)) {
        std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
        if (ds && ds->GetLayer(0) && ds->GetLayer(0)->GetFeatureCount() == n)
            return true;
        QFile::remove(path);
    }
    std::fprintf(stderr, "generating %d line features in %s ...\n", n, qPrintable(path));
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference wgs;
    wgs.importFromEPSG(4326);
    wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds->CreateLayer("roads", &wgs, wkbLineString, nullptr);
    for (auto [name, type] : {std::pair{"name", OFTString}, {"class", OFTString}, {"lanes", OFTInteger}}) {
        OGRFieldDefn f(name, type);
        layer->CreateField(&f);
    }
    static const char *classes[] = {"primary", "secondary", "tertiary", "residential"};
    QRandomGenerator rng(20240916);
    ds->StartTransaction();
    for (int i = 0; i < n; ++i) {
        OGRFeature f(layer->GetLayerDefn());
        auto *line = new OGRLineString;
        double x = MinLon + rng.generateDouble() * Span, y = MinLat + rng.generateDouble() * Span;
        const int vertices = 2 + int(rng.bounded(6));
        for (int k = 0; k < vertices; ++k) {
            line->addPoint(x, y);
            x += (rng.generateDouble() - 0.5) * 0.002;
            y += (rng.generateDouble() - 0.5) * 0.002;
        }
        f.SetGeometryDirectly(line);
        f.SetField(0, QStringLiteral("道路 %1").arg(i).toUtf8().constData());
        f.SetField(1, classes[i % 4]);
        f.SetField(2, 1 + i % 6);
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            return false;
    }
    return ds->CommitTransaction() == OGRERR_NONE;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

void removeStore(const QString &p)
{
    for (const char *suffix : {"", "-wal", "-shm", ".part"})
        QFile::remove(p + QLatin1String(suffix));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int n = 1000000, runs = 3, queries = 20000;
    bool queriesOnly = false; // reuse the store of an earlier run
    QString dir = QDir::tempPath() + QStringLiteral("/fc-bench-import");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--features"))
            n = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--queries"))
            queries = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--queries-only"))
            queriesOnly = args[i + 1] == QLatin1String("yes");
    }
    QDir().mkpath(dir);
    OgrReader::registerDrivers();
    const QString src = dir + QStringLiteral("/lines-%1.gpkg").arg(n);
    if (!generate(src, n)) {
        std::fprintf(stderr, "cannot generate %s\n", qPrintable(src));
        return 1;
    }

    // Import: alternate the two tools so both see the same machine load.
    QList<double> ours, ogr;
    const QString copy = dir + QStringLiteral("/ogr2ogr-copy.gpkg");
    const QString store = dir + QStringLiteral("/store.gpkg");
    for (int r = 0; r < (queriesOnly ? 0 : runs); ++r) {
        removeStore(copy);
        QElapsedTimer t;
        t.start();
        const int rc = QProcess::execute(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("GPKG"), copy, src});
        ogr.append(t.nsecsElapsed() / 1e9);
        if (rc != 0) {
            std::fprintf(stderr, "ogr2ogr failed (%d)\n", rc);
            return 1;
        }
        removeStore(store);
        t.restart();
        QString error;
        auto s = Store::create(store, &error); // an empty operation store, then the import
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ImportOptions o;
        o.source = src;
        o.kind = QStringLiteral("roads");
        QFuture<ImportReport> f = s->import(o);
        f.waitForFinished();
        s.reset(); // closing checkpoints the WAL into the file: part of the cost
        ours.append(t.nsecsElapsed() / 1e9);
        if (!f.result().ok || f.result().imported != n) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(f.result().error));
            return 1;
        }
        std::printf("run %d: ogr2ogr %.2f s, floodcommand import %.2f s\n", r + 1, ogr.last(), ours.last());
        std::fflush(stdout);
    }
    const double mo = median(ogr), mi = median(ours);
    if (!queriesOnly)
        std::printf("import of %d lines: ogr2ogr -f GPKG median %.2f s, store import median %.2f s, ratio %.2fx "
                "(goal <= 1.3x)\n",
                n, mo, mi, mi / mo);

    // Bounding-box queries (about 500 m boxes) on the imported layer.
    // Corners on a 1/1024-degree grid: exact in binary, so the CLI's SQL text and the store's bound doubles are
    // the same numbers and both must find exactly the same hits.
    QList<std::array<double, 4>> boxes;
    QRandomGenerator rng(31);
    const double gridLon = std::floor(MinLon * 1024) / 1024, gridLat = std::floor(MinLat * 1024) / 1024;
    for (int i = 0; i < queries; ++i) {
        const double x = gridLon + rng.bounded(int(Span * 1024)) / 1024.0;
        const double y = gridLat + rng.bounded(int(Span * 1024)) / 1024.0;
        boxes.append({x, y, x + 5 / 1024.0, y + 5 / 1024.0});
    }
    QString error;
    auto s = Store::open(store, &error);
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    qint64 hitsStore = 0;
    QElapsedTimer t;
    t.start();
    for (const auto &b : boxes) {
        QFuture<QList<qint64>> f = s->fidsInExtent(QStringLiteral("roads"), b[0], b[1], b[2], b[3]);
        f.waitForFinished();
        hitsStore += f.result().size();
    }
    const double storeSecs = t.nsecsElapsed() / 1e9;
    s.reset();

    const QString sqlFile = dir + QStringLiteral("/queries.sql");
    {
        QFile f(sqlFile);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        for (const auto &b : boxes)
            f.write(QStringLiteral("SELECT id FROM rtree_roads_geom WHERE minx <= %1 AND maxx >= %2 AND miny <= %3 AND "
                                   "maxy >= %4;\n")
                        .arg(b[2], 0, 'g', 17)
                        .arg(b[0], 0, 'g', 17)
                        .arg(b[3], 0, 'g', 17)
                        .arg(b[1], 0, 'g', 17)
                        .toUtf8());
    }
    QProcess cli;
    cli.setStandardInputFile(sqlFile);
    t.restart();
    cli.start(QStringLiteral("sqlite3"), {store});
    cli.waitForFinished(-1);
    const double cliSecs = t.nsecsElapsed() / 1e9;
    const qint64 hitsCli = cli.readAllStandardOutput().count('\n');
    std::printf("bbox queries (%d boxes of 5/1024 deg): store %.0f q/s (%lld hits), sqlite3 CLI %.0f q/s (%lld hits), "
                "ratio %.2fx\n",
                queries, queries / storeSecs, hitsStore, queries / cliSecs, hitsCli, (queries / storeSecs) / (queries / cliSecs));
    return hitsStore == hitsCli ? 0 : 2;
}
