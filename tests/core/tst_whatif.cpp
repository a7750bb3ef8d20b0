// The waterlogging forecast of an operation: the demo district's generated DEM (plausible, deterministic, its
// recorded low points where the layer says), the model alone on a DEM file through floodctl whatif (closed edge, no
// drainage: the GeoTIFF it writes holds exactly the rain, at the bowl's hypsometric level), the demo forecast's road
// onset times, and floodctl's refusals.
#include "app/core/district/demodistrict.h"
#include "app/core/whatif/whatif.h"

#include "maps/webmercator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

using namespace fc;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run floodctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FLOODCTL_BIN), args);
    p.waitForFinished(120000);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool writeBowl(const QString &path, int n, double dx, std::vector<float> *z)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), n, n, 1, GDT_Float32, nullptr);
    if (!ds)
        return false;
    double gt[6] = {300000.0, dx, 0, 3450000.0, 0, -dx};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 32651);
    char *wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    GDALSetProjection(ds, wkt);
    CPLFree(wkt);
    OSRDestroySpatialReference(srs);
    z->resize(std::size_t(n) * n);
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double x = (i + 0.5 - n / 2.0) * dx, y = (j + 0.5 - n / 2.0) * dx;
            (*z)[std::size_t(j) * n + i] = float(3.0 + 1.5e-4 * (x * x + y * y) + 0.03 * std::sin(i * 1.1));
        }
    const bool ok = GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, 0, n, n, z->data(), n, n, GDT_Float32, 0, 0) == CE_None;
    GDALClose(ds);
    return ok;
}

std::vector<float> readTif(const QString &path, int *nx, int *ny)
{
    GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    if (!ds)
        return {};
    *nx = GDALGetRasterXSize(ds);
    *ny = GDALGetRasterYSize(ds);
    std::vector<float> v(std::size_t(*nx) * *ny);
    if (GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Read, 0, 0, *nx, *ny, v.data(), *nx, *ny, GDT_Float32, 0, 0) != CE_None)
        v.clear();
    GDALClose(ds);
    return v;
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT
private slots:
    void demoDemIsPlausible();
    void modelAloneOnADemFile();
    void demoForecastGivesRoadOnsets();
    void refusals();
};

void TestWhatIf::demoDemIsPlausible()
{
    QString e;
    const whatif::Layers layers = DemoDistrict::load(&e);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QVERIFY(whatif::isDemoDistrict(layers));
    const flood::RasterGeo geo = whatif::districtGrid(layers, 20.0);
    QVERIFY(geo.nx > 100 && geo.ny > 100);
    std::vector<std::uint8_t> river, inside, wall;
    const std::vector<float> z = whatif::demoGround(layers, geo, &river, &inside, &wall);
    std::vector<std::uint8_t> river2, inside2, wall2;
    QVERIFY(z == whatif::demoGround(layers, geo, &river2, &inside2, &wall2)); // deterministic
    float lo = 99, hi = -99;
    std::size_t land = 0, below3 = 0, walls = 0;
    for (std::size_t c = 0; c < z.size(); ++c) {
        walls += wall[c];
        if (!inside[c] || wall[c])
            continue;
        ++land;
        lo = std::min(lo, z[c]);
        hi = std::max(hi, z[c]);
        below3 += z[c] < 3.0f;
    }
    qInfo("demo DEM at 20 m: %zu land cells, ground %.2f to %.2f m, %.1f %% below 3.0 m, %zu wall cells", land, lo, hi,
          100.0 * below3 / land, walls);
    QVERIFY(lo >= 2.8f && hi <= 4.5f);
    QVERIFY(below3 > 0 && below3 < land / 5);
    QVERIFY(walls > 100);
    auto at = [&](QPointF p) {
        const int i = int((p.x() - geo.originX) / geo.pixel), j = int((geo.originY - p.y()) / geo.pixel);
        return z[std::size_t(j) * geo.nx + i];
    };
    // Roads lie lower than the blocks: the ground at roads' midpoints against blocks' label points.
    std::vector<float> roads, blocks;
    const auto rd = layers.value(QStringLiteral("roads"));
    for (int f = 0; f < rd->count(); ++f) {
        int n = 0;
        const QPointF *p = rd->part(f, 0, &n);
        roads.push_back(at((p[0] + p[n - 1]) * 0.5));
    }
    const auto bl = layers.value(QStringLiteral("blocks"));
    for (int f = 0; f < bl->count(); ++f)
        blocks.push_back(at(bl->labelPoint(f)));
    std::sort(roads.begin(), roads.end());
    std::sort(blocks.begin(), blocks.end());
    const float roadMedian = roads[roads.size() / 2], blockMedian = blocks[blocks.size() / 2];
    qInfo("median ground: roads %.2f m, blocks %.2f m", roadMedian, blockMedian);
    QVERIFY(roadMedian < blockMedian - 0.1f);
    // The waterlogging-prone roads' recorded low points are where the layer puts them.
    const auto wl = layers.value(QStringLiteral("waterlogging_roads"));
    double worst = 0;
    for (int f = 0; f < wl->count(); ++f) {
        int n = 0;
        const QPointF *p = wl->part(f, 0, &n);
        const QPointF mid = n % 2 ? p[n / 2] : (p[n / 2 - 1] + p[n / 2]) * 0.5;
        // At most the recorded elevation (a neighbouring, deeper dip may take it lower still).
        worst = std::max(worst, double(at(mid)) - wl->attribute(f, QStringLiteral("low_point_elev_m")).toDouble());
    }
    qInfo("recorded low points: at most %.3f m above the recorded elevation", worst);
    QVERIFY(worst < 0.03);
}

// The model alone on a DEM file: a bowl 40 x 40 cells of 10 m in UTM, 50 mm of rain in an hour, closed edge, no
// drainage. The written depth holds the rain's volume and stands at the level the bowl's hypsometry gives.
void TestWhatIf::modelAloneOnADemFile()
{
    QTemporaryDir dir;
    const QString dem = dir.filePath(QStringLiteral("bowl.tif")), db = dir.filePath(QStringLiteral("empty.gpkg")),
                  depth = dir.filePath(QStringLiteral("depth.tif"));
    std::vector<float> z;
    QVERIFY(writeBowl(dem, 40, 10.0, &z));
    QCOMPARE(floodctl({QStringLiteral("init"), db}).code, 0);
    const Run r = floodctl({QStringLiteral("whatif"), db, QStringLiteral("--rain"), QStringLiteral("50"),
                            QStringLiteral("--hours"), QStringLiteral("1"), QStringLiteral("--until"), QStringLiteral("4"),
                            QStringLiteral("--dem"), dem, QStringLiteral("--cell"), QStringLiteral("10"),
                            QStringLiteral("--out"), depth, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("drain_mm_h")).toDouble(), 0.0);
    QCOMPARE(o.value(QStringLiteral("balance_m3")).toObject().value(QStringLiteral("outflow")).toDouble(), 0.0);
    int nx = 0, ny = 0;
    const std::vector<float> h = readTif(depth, &nx, &ny);
    QCOMPARE(nx, 40);
    QCOMPARE(ny, 40);
    double volume = 0;
    std::size_t low = 0;
    for (std::size_t c = 0; c < h.size(); ++c) {
        volume += double(h[c]) * 100.0;
        if (z[c] < z[low])
            low = c;
    }
    const double rain = 0.050 * 1600 * 100.0;
    double lo = 0, hi = 10;
    for (int it = 0; it < 100; ++it) {
        const double mid = 0.5 * (lo + hi);
        double v = 0;
        for (float zc : z)
            v += std::max(0.0, mid - zc) * 100.0;
        (v < rain ? lo : hi) = mid;
    }
    qInfo("DEM alone: volume %.2f of %.2f m3; level %.4f m, hypsometry %.4f m", volume, rain, z[low] + h[low], lo);
    QVERIFY(std::fabs(volume - rain) < 1e-3 * rain);
    QVERIFY(std::fabs(z[low] + h[low] - lo) < 0.01);
}

void TestWhatIf::demoForecastGivesRoadOnsets()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.gpkg")), out = dir.filePath(QStringLiteral("d.tif"));
    QCOMPARE(floodctl({QStringLiteral("init"), db, QStringLiteral("--demo")}).code, 0);
    const Run r = floodctl({QStringLiteral("whatif"), db, QStringLiteral("--rain"), QStringLiteral("90"),
                            QStringLiteral("--hours"), QStringLiteral("1"), QStringLiteral("--until"), QStringLiteral("1.5"),
                            QStringLiteral("--cell"), QStringLiteral("40"), QStringLiteral("--max"), QStringLiteral("--out"),
                            out, QStringLiteral("--json"), QStringLiteral("--start"),
                            QStringLiteral("2026-07-01T14:00:00+08:00")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QStringLiteral("forecast")).toBool());
    QCOMPARE(o.value(QStringLiteral("drain_mm_h")).toDouble(), whatif::designDrainMmH);
    QVERIFY(std::fabs(o.value(QStringLiteral("balance_m3")).toObject().value(QStringLiteral("residual_of_rain")).toDouble()) < 1e-3);
    const QJsonArray roads = o.value(QStringLiteral("roads")).toArray();
    QVERIFY(!roads.isEmpty());
    double previous = 0;
    for (const QJsonValue &v : roads) {
        const QJsonObject rd = v.toObject();
        const double t10 = rd.value(QStringLiteral("over_10cm_min")).toDouble();
        QVERIFY(t10 >= previous); // earliest first
        previous = t10;
        if (!rd.value(QStringLiteral("over_15cm_min")).isNull())
            QVERIFY(rd.value(QStringLiteral("over_15cm_min")).toDouble() >= t10);
        if (!rd.value(QStringLiteral("over_25cm_min")).isNull())
            QVERIFY(rd.value(QStringLiteral("over_25cm_min")).toDouble() >= rd.value(QStringLiteral("over_15cm_min")).toDouble());
        QVERIFY(rd.value(QStringLiteral("peak_cm")).toDouble() >= 10.0);
        QVERIFY(rd.value(QStringLiteral("peak_at")).toString().endsWith(QLatin1String("+08:00")));
    }
    int nx = 0, ny = 0;
    QVERIFY(!readTif(out, &nx, &ny).empty());
}

void TestWhatIf::refusals()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.gpkg")), out = dir.filePath(QStringLiteral("d.tif"));
    QCOMPARE(floodctl({QStringLiteral("whatif"), QStringLiteral("--help")}).code, 0);
    QCOMPARE(floodctl({QStringLiteral("init"), db, QStringLiteral("--demo")}).code, 0);
    // No rain.
    QCOMPARE(floodctl({QStringLiteral("whatif"), db, QStringLiteral("--out"), out}).code, 2);
    // A bad profile: named by file and line, nothing written.
    const QString csv = dir.filePath(QStringLiteral("p.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("minutes,mm\n30,10\n20,5\n");
    f.close();
    Run r = floodctl({QStringLiteral("whatif"), db, QStringLiteral("--profile"), csv, QStringLiteral("--out"), out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(csv + QStringLiteral(":3:")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    // An existing output is kept unless --overwrite.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep");
    f.close();
    r = floodctl({QStringLiteral("whatif"), db, QStringLiteral("--rain"), QStringLiteral("10"), QStringLiteral("--hours"),
                  QStringLiteral("1"), QStringLiteral("--out"), csv});
    QCOMPARE(r.code, 1);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep"));
    // A cell size out of range.
    QCOMPARE(floodctl({QStringLiteral("whatif"), db, QStringLiteral("--rain"), QStringLiteral("10"), QStringLiteral("--hours"),
                       QStringLiteral("1"), QStringLiteral("--cell"), QStringLiteral("0.5"), QStringLiteral("--out"), out})
                 .code,
             2);
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
