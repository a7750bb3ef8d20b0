// The fast GeoPackage reader (GpkgReader, OgrReader's default for .gpkg) against OGR's own reading
// of the same files (Options::fastGeoPackage = false): same features, fids, coordinates (exactly),
// attributes; curves, collections, empty and Z/M geometries; the table-level fallback; parallel
// fid-range reading; and the same rendered image (render read speed).
#include "maps/maprenderjob.h"
#include "maps/ogrreader.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"

#include <gdal.h>
#include <ogrsf_frmts.h>

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace fc;

namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};

// Creates a GeoPackage layer and fills it with (WKT or empty = null geometry, attributes) rows.
struct Row
{
    const char *wkt; // nullptr: no geometry
    QVariantList values;
};

bool writeLayer(GDALDataset *ds, const char *name, OGRwkbGeometryType type, int epsg,
                const QList<QPair<QByteArray, OGRFieldType>> &fields, const std::vector<Row> &rows)
{
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    OGRLayer *l = ds->CreateLayer(name, &srs, type, nullptr);
    if (!l)
        return false;
    for (const auto &f : fields) {
        OGRFieldDefn d(f.first.constData(), f.second);
        if (l->CreateField(&d) != OGRERR_NONE)
            return false;
    }
    if (l->StartTransaction() != OGRERR_NONE)
        return false;
    for (const Row &r : rows) {
        OGRFeature f(l->GetLayerDefn());
        if (r.wkt) {
            OGRGeometry *g = nullptr;
            if (OGRGeometryFactory::createFromWkt(r.wkt, nullptr, &g) != OGRERR_NONE)
                return false;
            f.SetGeometryDirectly(g);
        }
        for (int k = 0; k < r.values.size(); ++k) {
            const QVariant &v = r.values[k];
            if (!v.isValid())
                f.SetFieldNull(k);
            else if (fields[k].second == OFTInteger)
                f.SetField(k, v.toInt());
            else if (fields[k].second == OFTInteger64)
                f.SetField(k, GIntBig(v.toLongLong()));
            else if (fields[k].second == OFTReal)
                f.SetField(k, v.toDouble());
            else
                f.SetField(k, v.toString().toUtf8().constData());
        }
        if (l->CreateFeature(&f) != OGRERR_NONE)
            return false;
    }
    return l->CommitTransaction() == OGRERR_NONE;
}

// Exact comparison of two stores; returns the first difference ("" when equal).
QString difference(const FeatureStore &a, const FeatureStore &b)
{
    if (a.count() != b.count())
        return QStringLiteral("count %1 vs %2").arg(a.count()).arg(b.count());
    if (a.fields() != b.fields())
        return QStringLiteral("fields %1 vs %2").arg(a.fields().join(QLatin1Char(',')), b.fields().join(QLatin1Char(',')));
    if (a.geometryType() != b.geometryType())
        return QStringLiteral("layer geometry type");
    for (int i = 0; i < a.count(); ++i) {
        if (a.fid(i) != b.fid(i))
            return QStringLiteral("feature %1: fid %2 vs %3").arg(i).arg(a.fid(i)).arg(b.fid(i));
        if (a.type(i) != b.type(i) || a.partCount(i) != b.partCount(i))
            return QStringLiteral("fid %1: type or part count").arg(a.fid(i));
        for (int p = 0; p < a.partCount(i); ++p) {
            int na = 0, nb = 0;
            const QPointF *va = a.part(i, p, &na);
            const QPointF *vb = b.part(i, p, &nb);
            if (na != nb)
                return QStringLiteral("fid %1 part %2: %3 vs %4 vertices").arg(a.fid(i)).arg(p).arg(na).arg(nb);
            for (int k = 0; k < na; ++k)
                if (va[k].x() != vb[k].x() || va[k].y() != vb[k].y()) // exact, not qFuzzyCompare
                    return QStringLiteral("fid %1 part %2 vertex %3 differs").arg(a.fid(i)).arg(p).arg(k);
        }
        for (int f = 0; f < a.fields().size(); ++f) {
            const QVariant x = a.attribute(i, f), y = b.attribute(i, f);
            if (x.metaType() != y.metaType() || x != y)
                return QStringLiteral("fid %1 field %2: %3 (%4) vs %5 (%6)")
                    .arg(a.fid(i))
                    .arg(a.fields()[f], x.toString(), QString::fromLatin1(x.typeName()), y.toString(),
                         QString::fromLatin1(y.typeName()));
        }
    }
    return {};
}

} // namespace

class TestGpkgReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;

    std::shared_ptr<const FeatureStore> read(const QString &layer, bool fast, OgrReader::Options::Stats *stats = nullptr,
                                             int threads = 0)
    {
        OgrReader::Options o;
        o.fastGeoPackage = fast;
        o.stats = stats;
        o.threads = threads;
        QString error;
        auto s = OgrReader::read(m_file, layer, o, &error);
        if (!s)
            qWarning() << error;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("mixed.gpkg"));
        OgrReader::registerDrivers();
        std::unique_ptr<GDALDataset, DatasetCloser> ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
            m_file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(ds);
        const QList<QPair<QByteArray, OGRFieldType>> fields{
            {"name", OFTString}, {"n", OFTInteger}, {"big", OFTInteger64}, {"v", OFTReal}};
        // Every kind the fast path decodes, and every kind it must hand to OGR.
        const std::vector<Row> mixed{
            {"POINT (121.5 31.2)", {QStringLiteral("点一"), 1, qint64(1) << 40, 0.5}},
            {"LINESTRING (121.4 31.15, 121.45 31.2, 121.5 31.22)", {QStringLiteral("line"), QVariant(), QVariant(), QVariant()}},
            {"POLYGON ((121.4 31.15, 121.6 31.15, 121.6 31.3, 121.4 31.3, 121.4 31.15), (121.45 31.2, 121.46 31.2, 121.46 31.21, 121.45 31.2))",
             {QStringLiteral("holed"), -7, qint64(-3), -1.25}},
            {"MULTIPOINT ((121.41 31.16), (121.42 31.17))", {QString(), 2, qint64(2), 2.0}},
            {"MULTILINESTRING ((121.41 31.16, 121.42 31.17), (121.43 31.18, 121.44 31.19, 121.45 31.2))", {QStringLiteral("ml"), 3, qint64(3), 3.0}},
            {"MULTIPOLYGON (((121.5 31.2, 121.51 31.2, 121.51 31.21, 121.5 31.2)), ((121.52 31.2, 121.53 31.2, 121.53 31.21, 121.52 31.2), (121.525 31.202, 121.526 31.202, 121.526 31.203, 121.525 31.202)))",
             {QStringLiteral("mp"), 4, qint64(4), 4.0}},
            {"POINT Z (121.55 31.25 12.5)", {QStringLiteral("z"), 5, qint64(5), 5.0}},
            {"LINESTRING M (121.55 31.25 1, 121.56 31.26 2)", {QStringLiteral("m"), 6, qint64(6), 6.0}},
            {"POLYGON ZM ((121.5 31.2 1 2, 121.51 31.2 1 2, 121.51 31.21 1 2, 121.5 31.2 1 2))", {QStringLiteral("zm"), 7, qint64(7), 7.0}},
            {"CIRCULARSTRING (121.4 31.2, 121.45 31.25, 121.5 31.2)", {QStringLiteral("curve"), 8, qint64(8), 8.0}},
            {"CURVEPOLYGON (CIRCULARSTRING (121.4 31.2, 121.45 31.25, 121.5 31.2, 121.45 31.15, 121.4 31.2))", {QStringLiteral("curvepoly"), 9, qint64(9), 9.0}},
            {"GEOMETRYCOLLECTION (POINT (121.5 31.2))", {QStringLiteral("collection"), 10, qint64(10), 10.0}},
            {"POINT EMPTY", {QStringLiteral("empty point"), 11, qint64(11), 11.0}},
            {"LINESTRING EMPTY", {QStringLiteral("empty line"), 12, qint64(12), 12.0}},
            {"MULTIPOLYGON EMPTY", {QStringLiteral("empty mp"), 13, qint64(13), 13.0}},
            {nullptr, {QStringLiteral("no geometry"), 14, qint64(14), 14.0}},
            {"POINT (121.58 31.28)", {QStringLiteral("last"), 15, qint64(15), 15.0}},
        };
        QVERIFY(writeLayer(ds.get(), "mixed", wkbUnknown, 4326, fields, mixed));

        // A large layer in a projected CRS (CGCS2000 / 3-degree GK CM 120E): parallel fid ranges
        // with a transform per thread.
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> x(540000, 560000), y(3450000, 3470000), d(-300, 300);
        std::vector<std::string> wkts;
        std::vector<Row> lines;
        wkts.reserve(60000);
        for (int i = 0; i < 60000; ++i) {
            const double x0 = x(rng), y0 = y(rng);
            wkts.push_back("LINESTRING (" + std::to_string(x0) + " " + std::to_string(y0) + ", "
                           + std::to_string(x0 + d(rng)) + " " + std::to_string(y0 + d(rng)) + ")");
        }
        static const char *classes[] = {"primary", "secondary", "residential"};
        for (int i = 0; i < 60000; ++i)
            lines.push_back({wkts[std::size_t(i)].c_str(),
                             {QStringLiteral("Road %1").arg(i), i % 7, qint64(i) * 1000, i * 0.25}});
        for (int i = 0; i < 60000; ++i)
            lines[std::size_t(i)].values[0] = i % 3 ? QVariant(QString::fromLatin1(classes[i % 3])) : lines[std::size_t(i)].values[0];
        QVERIFY(writeLayer(ds.get(), "projected", wkbLineString, 4549, fields, lines));

        // A date column: the fast path does not reproduce OGR's text form of dates, so the whole
        // table goes to OGR.
        const QList<QPair<QByteArray, OGRFieldType>> dated{{"name", OFTString}, {"day", OFTDate}};
        OGRSpatialReference wgs;
        wgs.importFromEPSG(4326);
        OGRLayer *l = ds->CreateLayer("dated", &wgs, wkbPoint, nullptr);
        QVERIFY(l);
        for (const auto &f : dated) {
            OGRFieldDefn fd(f.first.constData(), f.second);
            QCOMPARE(l->CreateField(&fd), OGRERR_NONE);
        }
        for (int i = 0; i < 3; ++i) {
            OGRFeature f(l->GetLayerDefn());
            OGRPoint p(121.4 + i * 0.01, 31.2);
            f.SetGeometry(&p);
            f.SetField(0, "d");
            f.SetField(1, 2024, 7, 10 + i);
            QCOMPARE(l->CreateFeature(&f), OGRERR_NONE);
        }

        // A text value stored in an integer column (SQLite allows it): OGR's reading of it is not
        // reproduced, so that table goes to OGR as well.
        QVERIFY(writeLayer(ds.get(), "odd", wkbPoint, 4326, fields,
                           {{"POINT (121.5 31.2)", {QStringLiteral("a"), 1, qint64(1), 1.0}},
                            {"POINT (121.51 31.2)", {QStringLiteral("b"), 2, qint64(2), 2.0}}}));
        ds->ReleaseResultSet(ds->ExecuteSQL("UPDATE odd SET n = 'seven' WHERE fid = 2", nullptr, nullptr));
    }

    void mixedGeometriesSameAsOgr()
    {
        OgrReader::Options::Stats stats;
        auto fast = read(QStringLiteral("mixed"), true, &stats);
        auto ogr = read(QStringLiteral("mixed"), false);
        QVERIFY(fast && ogr);
        QCOMPARE(difference(*fast, *ogr), QString());
        QVERIFY(!stats.ogr);
        QCOMPARE(stats.rows, qint64(17));
        // Handed to OGR: the two curves, the collection, the empty point (NaN) and the three
        // empty geometries' empty-flagged blobs (the null geometry is not a blob).
        QVERIFY2(stats.other >= 4, qPrintable(QString::number(stats.other)));
        QCOMPARE(stats.fast + stats.other, qint64(16));
        // Independent of both readers: which rows are drawable features (the curves linearised,
        // the collection, the empties and the null geometry skipped), in fid order.
        const QList<qint64> expectedFids{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 17};
        QList<qint64> fids;
        for (int i = 0; i < fast->count(); ++i)
            fids.append(fast->fid(i));
        QCOMPARE(fids, expectedFids);
        // Hand-worked: the first point in Web Mercator, the polygon with its hole as two parts,
        // the multipolygon as three rings, the Z point's x/y only, the 64-bit and text values.
        int n = 0;
        const QPointF p = *fast->part(0, 0, &n);
        QCOMPARE(n, 1);
        QVERIFY(std::abs(p.x() - 121.5 * 20037508.342789244 / 180) < 1e-6);
        QCOMPARE(p, WebMercator::fromLonLat(121.5, 31.2));
        QCOMPARE(fast->partCount(2), 2);
        QCOMPARE(fast->partCount(5), 3);
        QCOMPARE(fast->attribute(0, QStringLiteral("name")).toString(), QStringLiteral("点一"));
        QCOMPARE(fast->attribute(0, QStringLiteral("big")).toLongLong(), qint64(1) << 40);
        QVERIFY(!fast->attribute(1, QStringLiteral("n")).isValid());
        QCOMPARE(*fast->part(6, 0, &n), WebMercator::fromLonLat(121.55, 31.25));
        QCOMPARE(fast->type(9), GeometryType::Line);     // the circular string, linearised by OGR
        QCOMPARE(fast->type(10), GeometryType::Polygon); // the curve polygon
        QVERIFY(fast->partCount(9) == 1 && (fast->part(9, 0, &n), n > 3));
    }

    void projectedParallelSameAsOgr()
    {
        auto ogr = read(QStringLiteral("projected"), false);
        QVERIFY(ogr);
        QCOMPARE(ogr->count(), 60000);
        for (int threads : {1, 2, 3}) {
            OgrReader::Options::Stats stats;
            auto fast = read(QStringLiteral("projected"), true, &stats, threads);
            QVERIFY(fast);
            QVERIFY(!stats.ogr);
            QCOMPARE(stats.fast, qint64(60000));
            QCOMPARE(difference(*fast, *ogr), QString());
            QCOMPARE(fast->extent().xMin(), ogr->extent().xMin());
            QCOMPARE(fast->extent().yMax(), ogr->extent().yMax());
            // The index finds the same features.
            const Extent probe = ogr->extent().scaled(0.1);
            QList<int> a = fast->query(probe), b = ogr->query(probe);
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            QVERIFY(!a.isEmpty());
            QCOMPARE(a, b);
        }
    }

    void unsupportedTablesGoToOgr()
    {
        for (const QString &layer : {QStringLiteral("dated"), QStringLiteral("odd")}) {
            OgrReader::Options::Stats stats;
            auto fast = read(layer, true, &stats);
            auto ogr = read(layer, false);
            QVERIFY(fast && ogr);
            QVERIFY2(stats.ogr, qPrintable(layer));
            QCOMPARE(difference(*fast, *ogr), QString());
        }
        auto dated = read(QStringLiteral("dated"), true);
        QCOMPARE(dated->count(), 3);
        QCOMPARE(dated->attribute(2, QStringLiteral("day")).toString(), QStringLiteral("2024/07/12"));
    }

    void fieldSubset()
    {
        // Only the fields asked for, in the file's order, with the values of a full read; the same
        // geometries; a column the fast path cannot read (a date) does not matter when not read.
        auto full = read(QStringLiteral("projected"), false);
        QVERIFY(full);
        for (const bool fast : {true, false}) {
            OgrReader::Options o;
            o.fastGeoPackage = fast;
            o.fields = QStringList{QStringLiteral("v"), QStringLiteral("name"), QStringLiteral("nonesuch")};
            QString error;
            auto some = OgrReader::read(m_file, QStringLiteral("projected"), o, &error);
            QVERIFY2(some, qPrintable(error));
            QCOMPARE(some->fields(), (QStringList{QStringLiteral("name"), QStringLiteral("v")}));
            o.fields = QStringList();
            auto none = OgrReader::read(m_file, QStringLiteral("projected"), o, &error);
            QVERIFY2(none, qPrintable(error));
            QVERIFY(none->fields().isEmpty());
            QCOMPARE(some->count(), full->count());
            QCOMPARE(none->count(), full->count());
            for (int i = 0; i < full->count(); i += 97) {
                QCOMPARE(some->attribute(i, QStringLiteral("name")), full->attribute(i, QStringLiteral("name")));
                QCOMPARE(some->attribute(i, QStringLiteral("v")), full->attribute(i, QStringLiteral("v")));
                QVERIFY(!none->attribute(i, QStringLiteral("name")).isValid());
                int n1 = 0, n2 = 0;
                const QPointF *a = none->part(i, 0, &n1), *b = full->part(i, 0, &n2);
                QCOMPARE(n1, n2);
                QCOMPARE(a[n1 - 1], b[n2 - 1]);
                QCOMPARE(none->fid(i), full->fid(i));
            }
        }
        OgrReader::Options::Stats stats;
        OgrReader::Options o;
        o.stats = &stats;
        o.fields = QStringList{QStringLiteral("name")};
        QString error;
        auto dated = OgrReader::read(m_file, QStringLiteral("dated"), o, &error);
        QVERIFY(dated);
        QVERIFY(!stats.ogr); // the date column is not read: the fast path reads the table
        QCOMPARE(dated->count(), 3);
        QCOMPARE(dated->attribute(1, QStringLiteral("name")).toString(), QStringLiteral("d"));
        // A lazy index: none after reading, built by the first query.
        o.stats = nullptr;
        o.lazyIndex = true;
        auto lazy = OgrReader::read(m_file, QStringLiteral("projected"), o, &error);
        QVERIFY(lazy && !lazy->hasIndex());
        const Extent probe = full->extent().scaled(0.1);
        QList<int> a = lazy->query(probe), b = full->query(probe);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QVERIFY(lazy->hasIndex() && !a.isEmpty());
        QCOMPARE(a, b);
    }

    void renderSameImage()
    {
        QImage images[2];
        for (int k = 0; k < 2; ++k) {
            std::vector<std::unique_ptr<VectorLayer>> layers;
            for (const QString &name : {QStringLiteral("mixed"), QStringLiteral("projected")}) {
                auto store = read(name, k == 0);
                QVERIFY(store);
                layers.push_back(std::make_unique<VectorLayer>(name, name, store));
                Symbol sym;
                sym.fill = QColor(200, 120, 40);
                sym.stroke = QColor(20, 40, 160);
                sym.strokeWidth = 1.0;
                sym.size = 5;
                layers.back()->setStyle(VectorStyle(sym));
            }
            Extent all;
            for (const auto &l : layers)
                all.include(l->store()->extent());
            MapSettings s;
            s.setOutputSize(QSize(800, 600));
            s.setExtent(all.scaled(1.02));
            QList<MapLayer *> list;
            for (const auto &l : layers)
                list.append(l.get());
            s.setLayers(list);
            MapRenderJob job(s);
            job.setBackground(Qt::white);
            job.setFrameOnly(true);
            job.start();
            job.waitForFinished();
            images[k] = job.result().frame;
            QVERIFY(!images[k].isNull());
        }
        QVERIFY(images[0] == images[1]);
        // Not a blank picture.
        const QImage img = images[0].convertToFormat(QImage::Format_RGB32);
        int inked = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4)
                inked += img.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY(inked > 100);
    }

    void badFileRefused()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.gpkg"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3\0 not really", 27);
        f.close();
        QString error;
        QVERIFY(!OgrReader::read(bad, QString(), &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestGpkgReader t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_gpkgreader.moc"
