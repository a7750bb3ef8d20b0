#include "app/core/io/exporter.h"
#include "app/core/district/demooperation.h"
#include "app/core/base/gpkg.h"
#include "app/core/store/import/importer.h"
#include "app/core/store/store.h"
#include "app/core/store/storecheck.h"
#include "maps/coordinatetransform.h"
#include "maps/ogrreader.h"

#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "storetestutil.h"

using namespace fc;
using namespace fc::testutil;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

struct Field
{
    const char *name;
    OGRFieldType type;
};

// Writes a vector file through GDAL: features are WKT plus values in field order (strings in UTF-8).
bool writeVector(const QString &path, const char *driver, int epsg, OGRwkbGeometryType type, const QList<Field> &fields,
                 const QList<QPair<QByteArray, QVariantList>> &features, const QList<QByteArray> &lco = {})
{
    OgrReader::registerDrivers();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName(driver);
    if (!drv)
        return false;
    std::unique_ptr<GDALDataset> ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    if (epsg) {
        srs.importFromEPSG(epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    QList<const char *> opts;
    for (const QByteArray &o : lco)
        opts.append(o.constData());
    opts.append(nullptr);
    OGRLayer *layer = ds->CreateLayer("data", epsg ? &srs : nullptr, type, const_cast<char **>(opts.constData()));
    if (!layer)
        return false;
    for (const Field &f : fields) {
        OGRFieldDefn d(f.name, f.type);
        layer->CreateField(&d);
    }
    for (const auto &feat : features) {
        OGRFeature f(layer->GetLayerDefn());
        if (!feat.first.isEmpty()) {
            OGRGeometry *g = nullptr;
            OGRGeometryFactory::createFromWkt(feat.first.constData(), nullptr, &g);
            f.SetGeometryDirectly(g);
        }
        for (int i = 0; i < feat.second.size(); ++i) {
            const QVariant &v = feat.second[i];
            if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                f.SetField(i, GIntBig(v.toLongLong()));
            else if (v.typeId() == QMetaType::Double)
                f.SetField(i, v.toDouble());
            else if (v.isValid())
                f.SetField(i, v.toString().toUtf8().constData());
        }
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            return false;
    }
    return true;
}

double metres(double lon1, double lat1, double lon2, double lat2)
{
    const double kx = 111320.0 * std::cos(lat1 * M_PI / 180.0), ky = 110574.0;
    return std::hypot((lon2 - lon1) * kx, (lat2 - lat1) * ky);
}

QPointF pointOf(const QVariant &wkt)
{
    const QString s = wkt.toString().mid(7).chopped(1); // POINT (x y)
    const QStringList xy = s.split(QLatin1Char(' '));
    return {xy.value(0).toDouble(), xy.value(1).toDouble()};
}

} // namespace

class TstImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo, m_empty;
    int m_seq = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A fresh copy of an empty store.
    QString freshStore()
    {
        const QString p = path(QStringLiteral("store-%1.gpkg").arg(++m_seq));
        if (!QFile::copy(m_empty, p))
            return {};
        return p;
    }
    ImportReport importInto(const QString &store, const ImportOptions &o)
    {
        QString error;
        auto s = Store::open(store, &error);
        if (!s) {
            ImportReport r;
            r.error = error;
            return r;
        }
        return wait(s->import(o));
    }
    QList<StoreRow> rowsOf(const QString &store, const QString &table, const QString &order = QStringLiteral("id"))
    {
        QString error;
        auto s = Store::open(store, &error);
        if (!s)
            return {};
        QList<StoreRow> rows = wait(s->rows(table, {}, {}, true));
        std::stable_sort(rows.begin(), rows.end(), [&](const StoreRow &a, const StoreRow &b) {
            return order == QLatin1String("fid") ? a.fid < b.fid
                                                 : a.values.value(order).toString() < b.values.value(order).toString();
        });
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.gpkg"));
        m_empty = path(QStringLiteral("empty.gpkg"));
        QString error;
        QVERIFY2(DemoOperation::createStore(m_demo, &error), qPrintable(error));
        QVERIFY2(Store::create(m_empty, &error), qPrintable(error));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("ext");
        QTest::addColumn<QString>("layer");
        for (const char *ext : {"gpkg", "geojson", "shp", "kml", "csv", "fgb"})
            for (const char *layer : {"flood_gates", "flood_walls", "underground_spaces"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(ext), QLatin1String(layer))))
                    << QString::fromLatin1(ext) << QString::fromLatin1(layer);
    }
    void roundTrip()
    {
        QFETCH(QString, ext);
        QFETCH(QString, layer);
        const QString out = path(QStringLiteral("rt-%1.%2").arg(layer, ext));
        QString error;
        QVERIFY2(Exporter::run(m_demo, layer, out, &error), qPrintable(error));
        const QString store = freshStore();
        ImportOptions o;
        o.source = out;
        o.kind = layer;
        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<StoreRow> a = rowsOf(m_demo, layer), b = rowsOf(store, layer);
        QCOMPARE(b.size(), a.size());
        QCOMPARE(r.imported, qint64(a.size()));
        const TableSpec *spec = Schema::table(layer);
        for (int i = 0; i < a.size(); ++i) {
            for (const ColumnSpec &c : spec->columns) {
                const QVariant va = a[i].values.value(c.name), vb = b[i].values.value(c.name);
                if (c.type == ColumnType::Real)
                    QVERIFY2(std::fabs(va.toDouble() - vb.toDouble()) < 1e-9, qPrintable(c.name));
                else
                    QVERIFY2(va.toString() == vb.toString(),
                             qPrintable(QStringLiteral("%1: '%2' vs '%3'").arg(c.name, va.toString(), vb.toString())));
            }
            std::unique_ptr<OGRGeometry> ga, gb;
            OGRGeometry *g = nullptr;
            QByteArray wa = a[i].values.value(QStringLiteral("geom")).toString().toUtf8();
            QByteArray wb = b[i].values.value(QStringLiteral("geom")).toString().toUtf8();
            OGRGeometryFactory::createFromWkt(wa.constData(), nullptr, &g);
            ga.reset(g);
            OGRGeometryFactory::createFromWkt(wb.constData(), nullptr, &g);
            gb.reset(g);
            QVERIFY(ga && gb);
            QCOMPARE(gb->getGeometryType(), ga->getGeometryType());
            // Same vertices to 1e-7 degrees (about 1 cm).
            QVERIFY2(ga->Equals(gb.get()) || ga->Distance(gb.get()) < 1e-7, qPrintable(QString::fromUtf8(wb.left(80))));
            OGREnvelope ea, eb;
            ga->getEnvelope(&ea);
            gb->getEnvelope(&eb);
            QVERIFY(std::fabs(ea.MinX - eb.MinX) < 1e-7 && std::fabs(ea.MaxY - eb.MaxY) < 1e-7);
        }
        QVERIFY(StoreCheck::run(store).problems.isEmpty());
    }

    void gbkShapefile()
    {
        const QString shp = path(QStringLiteral("gbk.shp"));
        const QString name = QStringLiteral("外滩防汛墙（中山东一路段）");
        QVERIFY(writeVector(shp, "ESRI Shapefile", 4326, wkbLineString, {{"name", OFTString}, {"crest_m", OFTReal}},
                            {{"LINESTRING (121.4903 31.2447, 121.4905 31.2395)", {name, 6.9}}}, {"ENCODING=CP936"}));
        // A GBK shapefile as Chinese GIS tools write it: no .cpg, no code page mark in the .dbf header.
        QFile::remove(path(QStringLiteral("gbk.cpg")));
        QFile dbf(path(QStringLiteral("gbk.dbf")));
        QVERIFY(dbf.open(QIODevice::ReadWrite));
        QByteArray bytes = dbf.readAll();
        QVERIFY(bytes.contains(QByteArray::fromHex("cde2ccb2"))); // 外滩 in GBK
        bytes[29] = 0;
        dbf.seek(0);
        dbf.write(bytes);
        dbf.close();

        const QString store = freshStore();
        ImportOptions o;
        o.source = shp;
        o.kind = QStringLiteral("flood_walls");
        o.encoding = QStringLiteral("GBK");
        ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(rowsOf(store, o.kind).value(0).values.value(QStringLiteral("name")).toString(), name);
        // Without the encoding the bytes are found not to be UTF-8 and read as GB18030 (a superset of GBK), and the
        // summary says so(tst_importfidelity covers the variants).
        const QString other = freshStore();
        o.encoding.clear();
        r = importInto(other, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.encoding.contains(QLatin1String("GB18030")), qPrintable(r.encoding));
        QCOMPARE(rowsOf(other, o.kind).value(0).values.value(QStringLiteral("name")).toString(), name);
    }

    void cgcs2000GaussKruger_data()
    {
        QTest::addColumn<bool>("withPrj");
        QTest::newRow(".prj EPSG:4549") << true;
        QTest::newRow("no .prj, --src-crs EPSG:4549") << false;
    }
    void cgcs2000GaussKruger()
    {
        QFETCH(bool, withPrj);
        // Huangpu Park and Lupu Bridge in CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549), easting first,
        // computed once with gdaltransform (PROJ 9.1). CGCS2000 and WGS84 agree to centimetres here.
        const QString shp = path(QStringLiteral("gk-%1.shp").arg(withPrj));
        QVERIFY(writeVector(shp, "ESRI Shapefile", 4549, wkbPoint, {{"name", OFTString}},
                            {{"POINT (641972.713154 3459062.448263)", {QStringLiteral("黄浦公园潮位站")}},
                             {"POINT (640875.284655 3453479.999130)", {QStringLiteral("卢浦大桥")}}},
                            {"ENCODING=UTF-8"}));
        ImportOptions o;
        o.source = shp;
        o.kind = QStringLiteral("sensors");
        if (!withPrj) {
            QVERIFY(QFile::remove(path(QStringLiteral("gk-%1.prj").arg(withPrj))));
            // Without a CRS the importer refuses projected coordinates and asks for one.
            const QString store = freshStore();
            const QByteArray before = sha256(store);
            const ImportReport bad = importInto(store, o);
            QVERIFY(!bad.ok);
            QVERIFY2(bad.error.contains(QLatin1String("--src-crs")) && bad.error.contains(QLatin1String("feature 1")),
                     qPrintable(bad.error));
            QCOMPARE(sha256(store), before);
            o.sourceCrs = QStringLiteral("EPSG:4549");
        }
        const QString store = freshStore();
        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<StoreRow> rows = rowsOf(store, o.kind, QStringLiteral("fid"));
        QCOMPARE(rows.size(), 2);
        const QPointF a = pointOf(rows[0].values.value(QStringLiteral("geom")));
        const QPointF b = pointOf(rows[1].values.value(QStringLiteral("geom")));
        QVERIFY2(metres(a.x(), a.y(), 121.4903, 31.2447) < 1.0, qPrintable(QStringLiteral("%1 %2").arg(a.x(), 0, 'f', 7).arg(a.y(), 0, 'f', 7)));
        QVERIFY(metres(b.x(), b.y(), 121.4780, 31.1945) < 1.0);
    }

    void gcj02Csv()
    {
        const GeoPoint wgs{121.4737, 31.2304}; // People's Square
        const GeoPoint gcj = Gcj02::fromWgs84(wgs);
        const QString csv = path(QStringLiteral("gcj.csv"));
        writeFile(csv, QStringLiteral("name,capacity,lon,lat\n人民广场地下安置点,800,%1,%2\n")
                           .arg(gcj.lon, 0, 'f', 7)
                           .arg(gcj.lat, 0, 'f', 7)
                           .toUtf8());
        ImportOptions o;
        o.source = csv;
        o.kind = QStringLiteral("shelters");
        o.sourceCrs = QStringLiteral("GCJ02");
        const QString store = freshStore();
        ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        StoreRow row = rowsOf(store, o.kind).value(0);
        QCOMPARE(row.values.value(QStringLiteral("capacity")).toLongLong(), 800);
        QPointF p = pointOf(row.values.value(QStringLiteral("geom")));
        QVERIFY(metres(p.x(), p.y(), wgs.lon, wgs.lat) < 1.0);
        // Taken as WGS84 the point would sit hundreds of metres off.
        o.sourceCrs.clear();
        const QString other = freshStore();
        r = importInto(other, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        p = pointOf(rowsOf(other, o.kind).value(0).values.value(QStringLiteral("geom")));
        QVERIFY(metres(p.x(), p.y(), wgs.lon, wgs.lat) > 100.0);
    }

    void csvWithWkt()
    {
        const QString csv = path(QStringLiteral("roads.csv"));
        writeFile(csv, "WKT,name,class,lanes\n\"LINESTRING (121.47 31.23,121.48 31.231)\",延安东路,primary,6\n"
                       "\"LINESTRING (121.48 31.231,121.49 31.232)\",延安东路,primary,6\n");
        ImportOptions o;
        o.source = csv;
        o.kind = QStringLiteral("roads");
        const QString store = freshStore();
        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 2);
        const QList<StoreRow> rows = rowsOf(store, o.kind, QStringLiteral("fid"));
        QCOMPARE(rows[1].values.value(QStringLiteral("geom")).toString(), QStringLiteral("LINESTRING (121.48 31.231,121.49 31.232)"));
        QCOMPARE(rows[1].values.value(QStringLiteral("lanes")).toLongLong(), 6);
    }

    // Times: zone-less text is Beijing time, GDAL's text form and ISO 8601 with zones are understood; all stored UTC.
    void timesStoredInUtc()
    {
        const QString csv = path(QStringLiteral("gates.csv"));
        writeFile(csv, "name,state,last_operated,lon,lat\n"
                       "g1,open,2024/09/15 08:00:00+08,121.49,31.24\n"
                       "g2,open,2024-09-15 08:00:00,121.49,31.24\n"
                       "g3,closed,2024-09-15T00:00:00Z,121.49,31.24\n"
                       "g4,closed,2024/09/15 00:00:00.000+00,121.49,31.24\n");
        const QString store = freshStore();
        ImportOptions o;
        o.source = csv;
        o.kind = QStringLiteral("flood_gates");
        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<StoreRow> rows = rowsOf(store, o.kind, QStringLiteral("fid"));
        QCOMPARE(rows.size(), 4);
        for (const StoreRow &row : rows)
            QCOMPARE(row.values.value(QStringLiteral("last_operated")).toString(), QStringLiteral("2024-09-15T00:00:00.000Z"));
    }

    void fieldMappingAndDryRun()
    {
        const QString json = path(QStringLiteral("mapped.geojson"));
        writeFile(json, R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[121.47,31.22]},"properties":{"名称":"市八中学","容量":450,"备注":"x"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[121.48,31.23]},"properties":{"名称":"格致中学","容量":300,"备注":"y"}}]})");
        ImportOptions o;
        o.source = json;
        o.kind = QStringLiteral("shelters");
        QString error;
        QVERIFY(Importer::parseFieldMap({QStringLiteral("名称=name"), QStringLiteral("容量=capacity"), QStringLiteral("备注=")},
                                        &o.fieldMap, &error));
        const QString store = freshStore();
        const QByteArray before = sha256(store);
        const ImportPreview p = Importer::preview(o);
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.featureCount, 2);
        QCOMPARE(p.features.size(), 2);
        QCOMPARE(p.features[0].value(QStringLiteral("name")).toString(), QStringLiteral("市八中学"));
        QCOMPARE(p.features[0].value(QStringLiteral("capacity")).toLongLong(), 450);
        QCOMPARE(p.features[0].value(QStringLiteral("geom")).toString(), QStringLiteral("POINT (121.47 31.22)"));
        bool sawIgnored = false;
        for (const FieldMapping &m : p.mapping)
            if (m.sourceField == QStringLiteral("备注"))
                sawIgnored = m.column.isEmpty();
        QVERIFY(sawIgnored);
        QVERIFY(p.unmappedColumns.contains(QStringLiteral("phone")));
        QCOMPARE(sha256(store), before); // a dry run does not touch the store

        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(rowsOf(store, o.kind, QStringLiteral("fid")).value(1).values.value(QStringLiteral("name")).toString(),
                 QStringLiteral("格致中学"));
        // The import is in the audit log with its counts.
        auto s = Store::open(store, &error);
        const QList<AuditEntry> log = wait(s->auditLog(QStringLiteral("shelters")));
        QCOMPARE(log.value(0).action, QStringLiteral("import"));
        QCOMPARE(log.value(0).after.value(QStringLiteral("imported")).toInt(), 2);

        ImportOptions wrong = o;
        wrong.fieldMap.insert(QStringLiteral("容量"), QStringLiteral("beds"));
        const ImportPreview bad = Importer::preview(wrong);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QLatin1String("no column 'beds'")), qPrintable(bad.error));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("crs");
        QTest::addColumn<QString>("message");
        const auto geojson = [](const QByteArray &features) -> QByteArray {
            return QByteArray(R"({"type":"FeatureCollection","features":[)") + features + "]}";
        };
        const QByteArray ok = R"({"type":"Feature","geometry":{"type":"Point","coordinates":[121.47,31.22]},"properties":{"name":"a","capacity":10}})";
        writeFile(path(QStringLiteral("wrongtype.geojson")),
                  geojson(ok + "," + ok + R"(,{"type":"Feature","geometry":{"type":"Point","coordinates":[121.47,31.22]},"properties":{"name":"c","capacity":"many"}})"));
        writeFile(path(QStringLiteral("emptygeom.geojson")),
                  geojson(ok + R"(,{"type":"Feature","geometry":null,"properties":{"name":"b","capacity":5}})"));
        writeFile(path(QStringLiteral("wronggeom.geojson")),
                  geojson(R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[121.47,31.22],[121.48,31.23]]},"properties":{}})"));
        const QByteArray whole = geojson(ok + "," + ok);
        writeFile(path(QStringLiteral("truncated.geojson")), whole.left(whole.size() - 40));
        writeFile(path(QStringLiteral("garbage.gpkg")), QByteArray(2048, '\x07'));
        writeFile(path(QStringLiteral("gbk.geojson")),
                  geojson(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[121.47,31.22]},"properties":{"name":")"
                          + QByteArray::fromHex("cde2ccb2") + R"("}})"));
        // Shapefiles: cut in the middle of a record, and a header claiming 1 GB and 50 million records.
        QVERIFY(writeVector(path(QStringLiteral("cut.shp")), "ESRI Shapefile", 4326, wkbLineString, {{"name", OFTString}},
                            {{"LINESTRING (121.47 31.22, 121.48 31.23, 121.49 31.24)", {QStringLiteral("a")}},
                             {"LINESTRING (121.47 31.22, 121.48 31.23, 121.49 31.24)", {QStringLiteral("b")}}}));
        {
            QFile f(path(QStringLiteral("cut.shp")));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() - 30));
        }
        QVERIFY(writeVector(path(QStringLiteral("huge.shp")), "ESRI Shapefile", 4326, wkbPoint, {{"name", OFTString}},
                            {{"POINT (121.47 31.22)", {QStringLiteral("a")}}}));
        {
            QFile shp(path(QStringLiteral("huge.shp")));
            QVERIFY(shp.open(QIODevice::ReadWrite));
            QByteArray h = shp.read(100);
            const quint32 words = (1u << 30) / 2; // file length in 16-bit words, big endian
            for (int i = 0; i < 4; ++i)
                h[24 + i] = char((words >> (24 - 8 * i)) & 0xff);
            shp.seek(0);
            shp.write(h);
            QFile dbf(path(QStringLiteral("huge.dbf")));
            QVERIFY(dbf.open(QIODevice::ReadWrite));
            QByteArray d = dbf.read(32);
            const quint32 records = 50000000;
            for (int i = 0; i < 4; ++i)
                d[4 + i] = char((records >> (8 * i)) & 0xff);
            dbf.seek(0);
            dbf.write(d);
        }
        // Two layers, the first one empty: which is meant is not guessed (the first used to be imported, 0 of 0, ok).
        QVERIFY(writeVector(path(QStringLiteral("twolayers.gpkg")), "GPKG", 4326, wkbPoint, {{"name", OFTString}}, {}));
        {
            std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path(QStringLiteral("twolayers.gpkg")).toUtf8().constData(),
                                                              GDAL_OF_VECTOR | GDAL_OF_UPDATE));
            QVERIFY(ds);
            OGRSpatialReference srs;
            srs.importFromEPSG(4326);
            OGRLayer *second = ds->CreateLayer("shelters_found", &srs, wkbPoint, nullptr);
            QVERIFY(second);
            OGRFeature f(second->GetLayerDefn());
            OGRPoint pt(121.47, 31.22);
            f.SetGeometry(&pt);
            QCOMPARE(int(second->CreateFeature(&f)), int(OGRERR_NONE));
        }
        QTest::newRow("two layers, none named") << "twolayers.gpkg" << "shelters" << "" << "data (0 feature(s)), shelters_found (1 feature(s))";
        QTest::newRow("wrong field type") << "wrongtype.geojson" << "shelters" << "" << "feature 3";
        QTest::newRow("empty geometry") << "emptygeom.geojson" << "shelters" << "" << "feature 2";
        QTest::newRow("wrong geometry type") << "wronggeom.geojson" << "shelters" << "" << "holds points";
        QTest::newRow("truncated geojson") << "truncated.geojson" << "shelters" << "" << "truncated.geojson";
        QTest::newRow("not a vector file") << "garbage.gpkg" << "shelters" << "" << "not a readable vector file";
        // GBK text without --encoding is detected now: a GeoJSON must be UTF-8, so that is refused instead.
        QTest::newRow("GBK text in GeoJSON") << "gbk.geojson" << "shelters" << "" << "encoding";
        QTest::newRow("truncated shapefile") << "cut.shp" << "roads" << "" << "cut.shp";
        QTest::newRow("header claims 1 GB") << "huge.shp" << "shelters" << "" << "huge.shp";
        QTest::newRow("unknown CRS") << "wrongtype.geojson" << "shelters" << "EPSG:999999" << "EPSG:999999";
        QTest::newRow("unknown layer kind") << "wrongtype.geojson" << "boats" << "" << "unknown layer kind";
        QTest::newRow("missing file") << "nothing-here.shp" << "shelters" << "" << "file not found";
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, crs);
        QFETCH(QString, message);
        const QString store = freshStore();
        const QByteArray before = sha256(store);
        ImportOptions o;
        o.source = path(file);
        o.kind = kind;
        o.sourceCrs = crs;
        const ImportReport r = importInto(store, o);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        if (kind != QLatin1String("boats"))
            QVERIFY2(r.error.contains(file), qPrintable(r.error)); // the message names the file
        QCOMPARE(r.imported, 0);
        QCOMPARE(sha256(store), before);
        QVERIFY(!QFile::exists(store + QStringLiteral("-wal")));
    }

    void skipReportsBadFeatures()
    {
        const QString store = freshStore();
        ImportOptions o;
        o.source = path(QStringLiteral("wrongtype.geojson"));
        o.kind = QStringLiteral("shelters");
        o.onError = ImportOptions::OnError::Skip;
        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.read, 3);
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues[0].index, 3);
        QVERIFY2(r.issues[0].reason.contains(QLatin1String("many")), qPrintable(r.issues[0].reason));
        QCOMPARE(rowsOf(store, o.kind).size(), 2);
    }

    void multiPartIsSplit()
    {
        const QString json = path(QStringLiteral("multi.geojson"));
        writeFile(json, R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"MultiLineString",
"coordinates":[[[121.47,31.22],[121.48,31.23]],[[121.49,31.23],[121.50,31.24]]]},"properties":{"name":"中山东二路"}}]})");
        const QString store = freshStore();
        ImportOptions o;
        o.source = json;
        o.kind = QStringLiteral("roads");
        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.exploded, 1);
    }

    // Large imports take the bulk path (index filled at the end); cancelling one leaves the store unchanged.
    void bulkImportAndCancel()
    {
        QList<QPair<QByteArray, QVariantList>> features;
        for (int i = 0; i < 12000; ++i)
            features.append({QStringLiteral("POINT (%1 %2)").arg(121.46 + (i % 100) * 0.0004, 0, 'f', 6).arg(31.20 + (i / 100) * 0.0004, 0, 'f', 6).toUtf8(),
                             {QStringLiteral("S-%1").arg(i), i % 7}});
        const QString gpkg = path(QStringLiteral("many.gpkg"));
        QVERIFY(writeVector(gpkg, "GPKG", 4326, wkbPoint, {{"name", OFTString}, {"warn", OFTInteger}}, features));

        const QString store = freshStore();
        const QByteArray before = sha256(store);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(store.toUtf8().constData(), &db), SQLITE_OK);
        QString error;
        QVERIFY(Gpkg::registerFunctions(db, &error));
        ImportOptions o;
        o.source = gpkg;
        o.kind = QStringLiteral("sensors");
        std::atomic_bool cancel = false;
        qint64 seen = 0;
        const ImportReport c = Importer::run(db, o, QStringLiteral("test"), &cancel, [&](qint64 done, qint64) {
            seen = done;
            if (done >= 4000)
                cancel = true;
        });
        sqlite3_close(db);
        QVERIFY(c.cancelled && !c.ok);
        QVERIFY(seen >= 4000);
        QCOMPARE(sha256(store), before);

        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 12000);
        auto s = Store::open(store, &error);
        QCOMPARE(wait(s->fidsInExtent(o.kind, 121.4599, 31.1999, 121.4601, 31.2001)).size(), 1);
        s.reset();
        const StoreCheck::Result check = StoreCheck::run(store);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    }

};

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
