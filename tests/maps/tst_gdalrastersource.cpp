#include "maps/coordinatetransform.h"
#include "maps/gdalrastersource.h"
#include "maps/maprenderjob.h"
#include "maps/tilelayer.h"
#include "maps/webmercator.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <gdal.h>
#include <ogr_srs_api.h>

using namespace fc;

namespace {

constexpr double UtmX0 = 350000, UtmY0 = 3460000, UtmPixel = 2.0; // EPSG:32651, central Shanghai
constexpr int OrthoSize = 1000;

// Creates a GeoTIFF; fill(band, col, row) gives each value.
template<typename Fill>
bool makeTiff(const QString &path, int w, int h, int bands, GDALDataType type, const double gt[6], int epsg, Fill fill,
              double nodata = std::nan(""), bool overviews = false)
{
    GDALAllRegister();
    GDALDriverH drv = GDALGetDriverByName("GTiff");
    GDALDatasetH ds = GDALCreate(drv, path.toUtf8().constData(), w, h, bands, type, nullptr);
    if (!ds)
        return false;
    GDALSetGeoTransform(ds, const_cast<double *>(gt));
    if (epsg) {
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, epsg);
        GDALSetSpatialRef(ds, srs);
        OSRDestroySpatialReference(srs);
    }
    QList<double> row(w);
    bool ok = true;
    for (int b = 1; b <= bands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b);
        if (!std::isnan(nodata))
            GDALSetRasterNoDataValue(band, nodata);
        for (int y = 0; y < h && ok; ++y) {
            for (int x = 0; x < w; ++x)
                row[x] = fill(b, x, y);
            ok = GDALRasterIO(band, GF_Write, 0, y, w, 1, row.data(), w, 1, GDT_Float64, 0, 0) == CE_None;
        }
    }
    if (overviews) {
        int levels[3] = {2, 4, 8};
        ok = ok && GDALBuildOverviews(ds, "AVERAGE", 3, levels, 0, nullptr, nullptr, nullptr) == CE_None;
    }
    GDALClose(ds);
    return ok;
}

// Orthophoto: west half red, east half blue.
bool makeOrtho(const QString &path)
{
    const double gt[6] = {UtmX0, UtmPixel, 0, UtmY0, 0, -UtmPixel};
    return makeTiff(path, OrthoSize, OrthoSize, 3, GDT_Byte, gt, 32651,
                    [](int b, int x, int) { return x < OrthoSize / 2 ? (b == 1 ? 220 : 20) : (b == 3 ? 220 : 20); },
                    std::nan(""), true);
}

// DEM in CGCS2000 lon/lat: height 0 -> 100 m west to east; the northern quarter is no data.
bool makeDem(const QString &path)
{
    const double gt[6] = {121.40, 0.0005, 0, 31.30, 0, -0.0005}; // 200 x 200 cells
    return makeTiff(path, 200, 200, 1, GDT_Float32, gt, 4490,
                    [](int, int x, int y) { return y < 50 ? -9999.0 : x * 100.0 / 199.0; }, -9999.0);
}

MapSettings viewOver(const Extent &e, MapLayer *layer, QSize size = {512, 512})
{
    MapSettings s;
    s.setOutputSize(size);
    s.setExtent(e);
    s.setLayers({layer});
    return s;
}

} // namespace

class TstGdalRasterSource : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ortho, m_dem;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ortho = m_dir.filePath(QStringLiteral("ortho.tif"));
        m_dem = m_dir.filePath(QStringLiteral("dem.tif"));
        QVERIFY(makeOrtho(m_ortho));
        QVERIFY(makeDem(m_dem));
    }

    void describesOrtho()
    {
        GdalRasterSource s(m_ortho);
        QVERIFY2(s.isValid(), qPrintable(s.errorString()));
        QCOMPARE(s.bandCount(), 3);
        QCOMPARE(s.overviewCount(), 3);
        // The raster centre, transformed by PROJ, lies in the warped extent.
        CoordinateTransform toWgs(QStringLiteral("EPSG:32651"), QStringLiteral("EPSG:4326"));
        const QPointF c = toWgs.transform(QPointF(UtmX0 + OrthoSize, UtmY0 - OrthoSize));
        QVERIFY(std::abs(c.x() - 121.4) < 0.5 && std::abs(c.y() - 31.2) < 0.5);
        const QPointF cm = WebMercator::fromLonLat(c.x(), c.y());
        QVERIFY(s.extent().contains(cm));
        QVERIFY(std::abs(s.extent().center().x() - cm.x()) < 50);
        // About 2 km wide on the ground, so 2 km / cos(lat) in Mercator metres.
        QVERIFY(std::abs(s.extent().width() * WebMercator::scaleFactor(c.y()) - 2000) < 80);
        // Deepest zoom: the first at least as fine as the raster.
        QVERIFY(WebMercator::resolutionForZoom(s.maxZoom()) <= s.nativeResolution());
        QVERIFY(WebMercator::resolutionForZoom(s.maxZoom() - 1) > s.nativeResolution());
        QVERIFY(s.minZoom() < s.maxZoom() - 3); // overviews allow zooming out
    }

    void rendersOrthoInPlace()
    {
        auto src = std::make_shared<GdalRasterSource>(m_ortho);
        TileLayer layer(QStringLiteral("ortho"), QStringLiteral("ortho"), src);
        const RenderResult r = MapRenderJob::renderBlocking(viewOver(src->extent(), &layer));
        QVERIFY(!r.cancelled);
        const QImage img = r.layers.value(0).image;
        QVERIFY(!img.isNull());
        const QColor west = img.pixelColor(128, 256), east = img.pixelColor(384, 256);
        QVERIFY2(west.red() > 180 && west.blue() < 60 && west.alpha() == 255, qPrintable(west.name(QColor::HexArgb)));
        QVERIFY2(east.blue() > 180 && east.red() < 60 && east.alpha() == 255, qPrintable(east.name(QColor::HexArgb)));
        // The red/blue boundary is at the raster's middle column: find it along the middle row.
        int boundary = -1;
        for (int x = 1; x < 512 && boundary < 0; ++x)
            if (img.pixelColor(x, 256).blue() > img.pixelColor(x, 256).red())
                boundary = x;
        QVERIFY2(std::abs(boundary - 256) <= 8, qPrintable(QString::number(boundary)));
        // Outside the raster nothing is drawn.
        MapSettings away = viewOver(src->extent(), &layer);
        away.setCenter(src->extent().center() + QPointF(src->extent().width(), 0));
        const QImage none = MapRenderJob::renderBlocking(away).layers.value(0).image;
        QCOMPARE(none.pixelColor(400, 256).alpha(), 0);
    }
    void zoomedOutUsesFewTiles()
    {
        // Zoomed far out the raster is a few pixels; the render still shows it and stays small.
        auto src = std::make_shared<GdalRasterSource>(m_ortho);
        TileLayer layer(QStringLiteral("ortho"), QStringLiteral("ortho"), src);
        MapSettings s = viewOver(src->extent().scaled(8), &layer);
        QVERIFY(layer.isVisibleAtZoom(s.zoom()));
        const QImage img = MapRenderJob::renderBlocking(s).layers.value(0).image;
        const QColor west = img.pixelColor(256 - 12, 256), east = img.pixelColor(256 + 12, 256);
        QVERIFY2(west.red() > 150 && east.blue() > 150, qPrintable(west.name() + QLatin1Char(' ') + east.name()));
    }

    void demStretchAndNoData()
    {
        auto src = std::make_shared<GdalRasterSource>(m_dem);
        QVERIFY2(src->isValid(), qPrintable(src->errorString()));
        QVERIFY(std::abs(src->stretchMin() - 0) < 1e-3);
        QVERIFY(std::abs(src->stretchMax() - 100) < 1e-3);
        // CGCS2000 is lat/lon in EPSG order: the raster must still land at 121.4-121.5 E, 31.2-31.3 N.
        const Extent ll = WebMercator::toGeoExtent(src->extent());
        QVERIFY2(std::abs(ll.xMin() - 121.40) < 0.002 && std::abs(ll.yMax() - 31.30) < 0.002, qPrintable(ll.toString()));
        TileLayer layer(QStringLiteral("dem"), QStringLiteral("dem"), src);
        const QImage img = MapRenderJob::renderBlocking(viewOver(src->extent(), &layer)).layers.value(0).image;
        // The raster is taller than wide in Mercator: it spans x 37..475 of the 512 px view.
        const QColor lowWest = img.pixelColor(50, 400), highEast = img.pixelColor(462, 400), mid = img.pixelColor(256, 400);
        QVERIFY2(lowWest.red() < 40 && highEast.red() > 215, qPrintable(lowWest.name() + QLatin1Char(' ') + highEast.name()));
        QVERIFY(std::abs(mid.red() - 128) < 20);
        QCOMPARE(lowWest.alpha(), 255);
        // The northern quarter is no data: transparent.
        QCOMPARE(img.pixelColor(256, 40).alpha(), 0);
    }

    void readsOnWorkerThread()
    {
        auto src = std::make_shared<const GdalRasterSource>(m_ortho);
        const TileId t = TileId::containing(src->extent().center(), src->maxZoom() - 2);
        const QImage here = src->createReader()->read(t).image;
        QVERIFY(!here.isNull());
        const QImage there = QtConcurrent::run([src, t] { return src->createReader()->read(t).image; }).result();
        QCOMPARE(there, here);
    }

    void badRasters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing file") << QStringLiteral("missing");
        QTest::newRow("no coordinate system") << QStringLiteral("nocrs");
        QTest::newRow("not a raster") << QStringLiteral("text");
    }
    void badRasters()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.tif"));
        if (kind == QStringLiteral("nocrs")) {
            const double gt[6] = {0, 1, 0, 0, 0, -1};
            QVERIFY(makeTiff(path, 10, 10, 1, GDT_Byte, gt, 0, [](int, int, int) { return 1.0; }));
        } else if (kind == QStringLiteral("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a tiff\n");
        }
        GdalRasterSource s(path);
        QVERIFY(!s.isValid());
        QVERIFY2(s.errorString().contains(path), qPrintable(s.errorString()));
    }
};

QTEST_MAIN(TstGdalRasterSource)
#include "tst_gdalrastersource.moc"
