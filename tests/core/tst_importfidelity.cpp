// Import keeps every attribute: Chinese field names, value mapping, extra attributes, encodings;
// and the importer's share of the bad-input findings.
#include "app/core/io/exporter.h"
#include "app/core/base/gpkg.h"
#include "app/core/store/import/importer.h"
#include "app/core/store/import/sourceencoding.h"
#include "app/core/store/store.h"
#include "maps/ogrreader.h"

#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

// Five hazard points of the district, WGS84/CGCS2000 longitude and latitude, and the same points in CGCS2000 /
// 3-degree Gauss-Kruger CM 120E (EPSG:4549) as PROJ gives them, computed once with
// `gdaltransform -s_srs EPSG:4490 -t_srs EPSG:4549 -output_xy` (GDAL 3.6.2, PROJ 9.1).
struct Hazard
{
    double lon, lat, x, y;
    const char *name, *category, *severity, *unit, *note;
};
const Hazard Hazards[] = {
    {121.4903, 31.2447, 641972.713153997, 3459062.44826282, "外白渡桥下立交积水点", "积水", "重大", "黄浦区建管委", "泵车待命"},
    {121.4780, 31.1945, 640875.284655092, 3453479.99912976, "卢浦大桥引桥广告牌", "高空坠物", "较大", "黄浦区绿化市容局", "已加固"},
    {121.5050, 31.2380, 643383.374876598, 3458338.46869692, "北外滩在建工地塔吊", "工地", "一般", "虹口区建管委", ""},
    {121.4620, 31.2210, 639311.231932942, 3456398.30894249, "淮海中路老式里弄", "危房", "特别重大", "黄浦区房管局", "夜间巡查"},
    {121.4855, 31.2301, 641537.168649894, 3457437.2796196, "人民路地下通道", "地下空间", "低", "黄浦区应急局", "挡水板已备"},
};
const char *const ExpectedSeverity[] = {"major", "high", "medium", "major", "low"};

double metres(double lon1, double lat1, double lon2, double lat2)
{
    const double kx = 111320.0 * std::cos(lat1 * M_PI / 180.0), ky = 110574.0;
    return std::hypot((lon2 - lon1) * kx, (lat2 - lat1) * ky);
}

QPointF pointOf(const QVariant &wkt)
{
    const QStringList xy = wkt.toString().mid(7).chopped(1).split(QLatin1Char(' ')); // POINT (x y)
    return {xy.value(0).toDouble(), xy.value(1).toDouble()};
}

// The hazards as a GBK shapefile in EPSG:4549 with Chinese field names, as a district's GIS office sends it.
bool writeHazardShapefile(const QString &path, const char *severityOverride = nullptr)
{
    OgrReader::registerDrivers();
    GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    std::unique_ptr<GDALDataset> ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(4549);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char *lco[] = {"ENCODING=CP936", nullptr};
    OGRLayer *layer = ds->CreateLayer("hazards", &srs, wkbPoint, const_cast<char **>(lco));
    if (!layer)
        return false;
    for (const char *name : {"名称", "类别", "等级", "责任单位", "备注"}) {
        OGRFieldDefn d(name, OFTString);
        d.SetWidth(80);
        if (layer->CreateField(&d) != OGRERR_NONE)
            return false;
    }
    for (const Hazard &h : Hazards) {
        OGRFeature f(layer->GetLayerDefn());
        OGRPoint p(h.x, h.y);
        f.SetGeometry(&p);
        f.SetField(0, h.name);
        f.SetField(1, h.category);
        f.SetField(2, severityOverride && &h == &Hazards[2] ? severityOverride : h.severity);
        f.SetField(3, h.unit);
        if (*h.note)
            f.SetField(4, h.note);
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            return false;
    }
    return true;
}

// Sets byte 29 of a .dbf (the language driver id).
bool setLdid(const QString &dbf, char id)
{
    QFile f(dbf);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(29))
        return false;
    return f.write(&id, 1) == 1;
}

} // namespace

class TstImportFidelity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_empty;
    int m_seq = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshStore()
    {
        const QString p = path(QStringLiteral("store-%1.gpkg").arg(++m_seq));
        return QFile::copy(m_empty, p) ? p : QString();
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
    QList<StoreRow> rowsOf(const QString &store, const QString &table)
    {
        QString error;
        auto s = Store::open(store, &error);
        if (!s)
            return {};
        QList<StoreRow> rows = wait(s->rows(table, {}, {}, true));
        std::sort(rows.begin(), rows.end(), [](const StoreRow &a, const StoreRow &b) { return a.fid < b.fid; });
        return rows;
    }
    // The hazard shapefile in one of its variants: with .cpg, without .cpg but with the LDID byte, with neither.
    QString hazardShapefile(const QString &variant)
    {
        const QString shp = path(QStringLiteral("hazards-%1.shp").arg(++m_seq));
        if (!writeHazardShapefile(shp))
            return {};
        const QString base = shp.chopped(3);
        if (variant != QLatin1String("cpg")) {
            QFile::remove(base + QStringLiteral("cpg"));
            setLdid(base + QStringLiteral("dbf"), variant == QLatin1String("ldid") ? char(0x4d) : char(0));
        }
        return shp;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_empty = path(QStringLiteral("empty.gpkg"));
        QString error;
        QVERIFY2(Store::create(m_empty, &error), qPrintable(error));
    }

    void gbkGaussKrugerShapefile_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("encoding"); // what the summary must name
        QTest::newRow("with .cpg") << "cpg" << "CP936";
        QTest::newRow("no .cpg, language driver 0x4D") << "ldid" << "0x4D";
        QTest::newRow("no .cpg, no language driver") << "none" << "GB18030";
    }
    void gbkGaussKrugerShapefile()
    {
        QFETCH(QString, variant);
        QFETCH(QString, encoding);
        const QString shp = hazardShapefile(variant);
        QVERIFY(!shp.isEmpty());
        {
            QFile dbf(shp.chopped(3) + QStringLiteral("dbf"));
            QVERIFY(dbf.open(QIODevice::ReadOnly));
            const QByteArray bytes = dbf.readAll();
            QVERIFY(bytes.contains(QByteArray::fromHex("c3fbb3c6"))); // field name 名称 in GBK
            QVERIFY(bytes.contains(QByteArray::fromHex("d6d8b4f3"))); // 重大 in GBK
        }
        ImportOptions o;
        o.source = shp;
        o.kind = QStringLiteral("hazards");
        const ImportPreview p = Importer::preview(o);
        QVERIFY2(p.ok, qPrintable(p.error));
        QVERIFY2(p.encoding.contains(encoding), qPrintable(p.encoding));
        QHash<QString, FieldMapping> byField;
        for (const FieldMapping &m : p.mapping)
            byField.insert(m.sourceField, m);
        QCOMPARE(byField.value(QStringLiteral("名称")).column, QStringLiteral("name"));
        QCOMPARE(byField.value(QStringLiteral("名称")).rule, MatchRule::Synonym);
        QCOMPARE(byField.value(QStringLiteral("类别")).column, QStringLiteral("category"));
        QCOMPARE(byField.value(QStringLiteral("等级")).column, QStringLiteral("severity"));
        QCOMPARE(byField.value(QStringLiteral("责任单位")).column, QStringLiteral("unit"));
        QCOMPARE(byField.value(QStringLiteral("备注")).rule, MatchRule::Extra);

        const QString store = freshStore();
        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.imported, 5);
        QVERIFY2(r.encoding.contains(encoding), qPrintable(r.encoding));
        QCOMPARE(r.mapping.size(), 5); // every source field is accounted for
        QCOMPARE(r.valuesMapped.value(QStringLiteral("severity: 重大 -> major")), 1);
        const QList<StoreRow> rows = rowsOf(store, o.kind);
        QCOMPARE(rows.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const Hazard &h = Hazards[i];
            const QVariantMap &v = rows[i].values;
            QCOMPARE(v.value(QStringLiteral("name")).toString(), QString::fromUtf8(h.name));
            QCOMPARE(v.value(QStringLiteral("category")).toString(), QString::fromUtf8(h.category));
            QCOMPARE(v.value(QStringLiteral("severity")).toString(), QString::fromLatin1(ExpectedSeverity[i]));
            QCOMPARE(v.value(QStringLiteral("unit")).toString(), QString::fromUtf8(h.unit));
            const QPointF at = pointOf(v.value(QStringLiteral("geom")));
            QVERIFY2(metres(at.x(), at.y(), h.lon, h.lat) < 1.0,
                     qPrintable(QStringLiteral("%1 %2").arg(at.x(), 0, 'f', 7).arg(at.y(), 0, 'f', 7)));
            const QJsonObject extra = QJsonDocument::fromJson(v.value(QStringLiteral("extra")).toString().toUtf8()).object();
            if (*h.note)
                QCOMPARE(extra.value(QStringLiteral("备注")).toString(), QString::fromUtf8(h.note));
            else
                QVERIFY(extra.value(QStringLiteral("备注")).toString().isEmpty()); // a blank DBF cell
        }
    }

    // An unmapped field is kept in the extra attributes and written out again as a field of its own.
    void extraAttributesComeBackOnExport_data()
    {
        QTest::addColumn<QString>("ext");
        QTest::newRow("geojson") << "geojson";
        QTest::newRow("gpkg") << "gpkg";
        QTest::newRow("csv") << "csv";
    }
    void extraAttributesComeBackOnExport()
    {
        QFETCH(QString, ext);
        const QString store = freshStore();
        ImportOptions o;
        o.source = hazardShapefile(QStringLiteral("cpg"));
        o.kind = QStringLiteral("hazards");
        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString out = path(QStringLiteral("export-%1.%2").arg(++m_seq).arg(ext));
        QString error;
        QVERIFY2(Exporter::run(store, o.kind, out, &error), qPrintable(error));
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        QVERIFY(ds);
        OGRLayer *layer = ds->GetLayer(0);
        QVERIFY(layer->GetLayerDefn()->GetFieldIndex("备注") >= 0);
        QVERIFY(layer->GetLayerDefn()->GetFieldIndex("extra") < 0);
        QStringList notes, names;
        for (auto &f : *layer) {
            notes.append(QString::fromUtf8(f->GetFieldAsString("备注")));
            names.append(QString::fromUtf8(f->GetFieldAsString("name")));
        }
        QCOMPARE(names.size(), 5);
        QCOMPARE(names.value(0), QString::fromUtf8(Hazards[0].name));
        QCOMPARE(notes.value(0), QString::fromUtf8(Hazards[0].note));
        QCOMPARE(notes.value(4), QString::fromUtf8(Hazards[4].note));
        // The exported file imports again with the same extra attribute.
        const QString again = freshStore();
        ImportOptions back;
        back.source = out;
        back.kind = o.kind;
        const ImportReport r2 = importInto(again, back);
        QVERIFY2(r2.ok, qPrintable(r2.error));
        const QJsonObject extra =
            QJsonDocument::fromJson(rowsOf(again, o.kind).value(0).values.value(QStringLiteral("extra")).toString().toUtf8())
                .object();
        QCOMPARE(extra.value(QStringLiteral("备注")).toString(), QString::fromUtf8(Hazards[0].note));
    }

    // A shapefile cuts field names to 10 characters: the export writes the full names beside it and the import
    // reads them back (description, and an extra attribute with a long name, come back whole).
    void shapefileFieldNamesComeBack()
    {
        const QString store = freshStore();
        {
            QString error;
            auto s = Store::open(store, &error);
            QVERIFY2(s, qPrintable(error));
            QVERIFY(wait(s->insertRow(QStringLiteral("hazards"),
                                      {{QStringLiteral("name"), QStringLiteral("人民路地下通道")},
                                       {QStringLiteral("description"), QStringLiteral("挡水板已备")},
                                       {QStringLiteral("extra"), QStringLiteral("{\"inspection_note\": \"夜间巡查\"}")},
                                       {QStringLiteral("geom"), QStringLiteral("POINT(121.4855 31.2301)")}}))
                        .ok);
        }
        const QString shp = path(QStringLiteral("names-%1.shp").arg(++m_seq));
        QString error;
        QVERIFY2(Exporter::run(store, QStringLiteral("hazards"), shp, &error), qPrintable(error));
        const QHash<QString, QString> map = Exporter::readFieldMap(shp, &error);
        QCOMPARE(map.value(QStringLiteral("descriptio")), QStringLiteral("description"));
        QCOMPARE(map.value(QStringLiteral("inspection")), QStringLiteral("inspection_note"));
        const QString again = freshStore();
        ImportOptions back;
        back.source = shp;
        back.kind = QStringLiteral("hazards");
        const ImportReport r = importInto(again, back);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QVariantMap row = rowsOf(again, back.kind).value(0).values;
        QCOMPARE(row.value(QStringLiteral("description")).toString(), QStringLiteral("挡水板已备"));
        const QJsonObject extra = QJsonDocument::fromJson(row.value(QStringLiteral("extra")).toString().toUtf8()).object();
        QCOMPARE(extra.keys(), QStringList{QStringLiteral("inspection_note")});
        // Exporting again over it: refused, then replaced with overwrite (the map is replaced with it).
        QVERIFY(!Exporter::run(again, back.kind, shp, &error));
        ExportOptions ow;
        ow.overwrite = true;
        QVERIFY2(Exporter::run(again, back.kind, shp, ow).ok, qPrintable(error));
        QCOMPARE(Exporter::readFieldMap(shp).value(QStringLiteral("inspection")), QStringLiteral("inspection_note"));
    }

    // A coded value with no mapping refuses the whole import, naming feature, field and value; the store is
    // byte-identical. A --map-value for it lets the same file in.
    void unmappableValueRefuses()
    {
        const QString shp = path(QStringLiteral("badsev.shp"));
        QVERIFY(writeHazardShapefile(shp, "严重"));
        const QString store = freshStore();
        const QByteArray before = sha256(store);
        ImportOptions o;
        o.source = shp;
        o.kind = QStringLiteral("hazards");
        const ImportReport r = importInto(store, o);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("feature 3")) && r.error.contains(QStringLiteral("等级"))
                     && r.error.contains(QStringLiteral("严重")) && r.error.contains(QLatin1String("--map-value")),
                 qPrintable(r.error));
        QCOMPARE(sha256(store), before);
        QVERIFY(!QFile::exists(store + QStringLiteral("-wal")));

        QString error;
        QVERIFY(ImportMapping::parseValueMap({QStringLiteral("severity:严重=high")}, &o.valueMap, &error));
        const ImportReport ok = importInto(store, o);
        QVERIFY2(ok.ok, qPrintable(ok.error));
        QCOMPARE(rowsOf(store, o.kind).value(2).values.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
        // A value map to something that is not a code is refused before reading.
        ImportOptions wrong = o;
        wrong.valueMap.clear();
        QVERIFY(ImportMapping::parseValueMap({QStringLiteral("severity:严重=grave")}, &wrong.valueMap, &error));
        QVERIFY(!Importer::preview(wrong).ok);
    }

    // Mapping rules in order: exact, other case, synonym; the user's choice wins; a saved mapping is reused.
    void mappingRulesAndSavedMapping()
    {
        const QString json = path(QStringLiteral("rules.geojson"));
        writeFile(json, R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[121.47,31.22]},"properties":{"NAME":"市八中学","可容纳人数":450,"F7":"021-1234","名称":"别名"}}]})");
        ImportOptions o;
        o.source = json;
        o.kind = QStringLiteral("shelters");
        ImportPreview p = Importer::preview(o);
        QVERIFY2(p.ok, qPrintable(p.error));
        QHash<QString, FieldMapping> m;
        for (const FieldMapping &f : p.mapping)
            m.insert(f.sourceField, f);
        QCOMPARE(m.value(QStringLiteral("NAME")).rule, MatchRule::CaseInsensitive);
        QCOMPARE(m.value(QStringLiteral("可容纳人数")).column, QStringLiteral("capacity"));
        QCOMPARE(m.value(QStringLiteral("可容纳人数")).rule, MatchRule::Synonym);
        QCOMPARE(m.value(QStringLiteral("名称")).rule, MatchRule::Extra); // name is taken by the stronger rule
        QCOMPARE(m.value(QStringLiteral("F7")).rule, MatchRule::Extra);

        o.fieldMap.insert(QStringLiteral("F7"), QStringLiteral("phone"));
        p = Importer::preview(o);
        QVERIFY2(p.ok, qPrintable(p.error));
        QCOMPARE(p.features.value(0).value(QStringLiteral("phone")).toString(), QStringLiteral("021-1234"));

        // Save it in the store, then use it by name on a plain import.
        const QString store = freshStore();
        QString error;
        {
            auto s = Store::open(store, &error);
            QVERIFY2(s, qPrintable(error));
            const WriteResult w =
                wait(s->insertRow(QStringLiteral("import_mappings"), ImportMapping::savedRow(QStringLiteral("学校"), o, p.mapping)));
            QVERIFY2(w.ok, qPrintable(w.error));
        }
        ImportOptions reuse;
        reuse.source = json;
        reuse.kind = o.kind;
        {
            auto s = Store::open(store, &error);
            const QList<StoreRow> saved = wait(s->rows(QStringLiteral("import_mappings"), QStringLiteral("name = ?"),
                                                        {QStringLiteral("学校")}));
            QCOMPARE(saved.size(), 1);
            ImportMapping::applySaved(saved[0].values, &reuse);
        }
        p = Importer::preview(reuse);
        QVERIFY2(p.ok, qPrintable(p.error));
        for (const FieldMapping &f : p.mapping)
            if (f.sourceField == QLatin1String("F7"))
                QCOMPARE(f.rule, MatchRule::Saved);
        QCOMPARE(p.features.value(0).value(QStringLiteral("phone")).toString(), QStringLiteral("021-1234"));
    }

    void csvEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QByteArray text = QStringLiteral("名称,容量,lon,lat\n人民广场地下安置点,800,121.4737,31.2304\n").toUtf8();
        QTest::newRow("UTF-8") << text << "UTF-8";
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xef\xbb\xbf") + text << "byte order mark";
        // 名称,容量 / 人民广场地下安置点 in GB18030 (GBK range), bytes from Python's codec.
        QTest::newRow("GB18030") << QByteArray::fromHex("c3fbb3c62cc8ddc1bf2c6c6f6e2c6c61740a") +
                                        QByteArray::fromHex("c8cbc3f1b9e3b3a1b5d8cfc2b0b2d6c3b5e3") + ",800,121.4737,31.2304\n"
                                 << "GB18030";
    }
    void csvEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const QString csv = path(QStringLiteral("enc-%1.csv").arg(++m_seq));
        writeFile(csv, bytes);
        ImportOptions o;
        o.source = csv;
        o.kind = QStringLiteral("shelters");
        const QString store = freshStore();
        const ImportReport r = importInto(store, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.encoding.contains(encoding), qPrintable(r.encoding));
        const QVariantMap v = rowsOf(store, o.kind).value(0).values;
        QCOMPARE(v.value(QStringLiteral("name")).toString(), QStringLiteral("人民广场地下安置点"));
        QCOMPARE(v.value(QStringLiteral("capacity")).toLongLong(), 800);
    }

    // Issue 13: bad input the importer took silently or explained badly.
    void badInputRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("crs");
        QTest::addColumn<QString>("message"); // parts separated by |
        const QByteArray head = R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":)";
        writeFile(path(QStringLiteral("bigint.geojson")),
                  head + R"([121.47,31.22]},"properties":{"name":"a","capacity":99999999999999999999}}]})");
        writeFile(path(QStringLiteral("bigint-extra.geojson")),
                  head + R"([121.47,31.22]},"properties":{"name":"a","编号":99999999999999999999}}]})");
        writeFile(path(QStringLiteral("far.geojson")), head + R"([1e300,31.22]},"properties":{"name":"a"}}]})");
        writeFile(path(QStringLiteral("gkfar.geojson")),
                  R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},)"
                  R"("features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[3459062.4,641972.7]},"properties":{"name":"a"}}]})");
        writeFile(path(QStringLiteral("longtext.geojson")),
                  head + R"([121.47,31.22]},"properties":{"name":")" + QByteArray(10'100'000, 'x') + R"("}}]})");
        QVERIFY(writeHazardShapefile(path(QStringLiteral("nodbf.shp"))));
        QVERIFY(QFile::remove(path(QStringLiteral("nodbf.dbf"))));
        QVERIFY(writeHazardShapefile(path(QStringLiteral("enc.shp"))));
        QTest::newRow("integer beyond 64 bits") << "bigint.geojson" << "shelters" << "" << ""
                                                << "feature 1|capacity|64-bit";
        QTest::newRow("integer beyond 64 bits, extra") << "bigint-extra.geojson" << "shelters" << "" << ""
                                                       << "feature 1|编号|64-bit";
        QTest::newRow("1e300 coordinate") << "far.geojson" << "shelters" << "" << "" << "feature 1|1e+300";
        QTest::newRow("outside the CRS's area") << "gkfar.geojson" << "shelters" << "" << ""
                                                << "feature 1|outside the area";
        QTest::newRow("10 MB string") << "longtext.geojson" << "shelters" << "" << "" << "longer than|10 million characters";
        QTest::newRow(".shp without .dbf") << "nodbf.shp" << "hazards" << "" << "" << "nodbf.dbf|missing";
        QTest::newRow("unknown encoding") << "enc.shp" << "hazards" << "NOT-AN-ENCODING" << ""
                                          << "unknown encoding 'NOT-AN-ENCODING'|GB18030";
    }
    void badInputRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QString, encoding);
        QFETCH(QString, crs);
        QFETCH(QString, message);
        const QString store = freshStore();
        const QByteArray before = sha256(store);
        ImportOptions o;
        o.source = path(file);
        o.kind = kind;
        o.encoding = encoding;
        o.sourceCrs = crs;
        const ImportReport r = importInto(store, o);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(file), qPrintable(r.error));
        for (const QString &m : message.split(QLatin1Char('|')))
            QVERIFY2(r.error.contains(m), qPrintable(r.error));
        QVERIFY2(r.error.size() < 400, qPrintable(r.error)); // compact: no 300-digit numbers
        QVERIFY2(!r.error.contains(QLatin1String("give the file's encoding")), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QLatin1String("in number")), qPrintable(r.error));
        QCOMPARE(sha256(store), before);
    }

    // A full disk during an import is the store's fault, not the source file's: the message names the store.
    // (The store's page limit stands in for the disk: SQLite reports both as SQLITE_FULL.)
    void fullStoreNamesTheStore()
    {
        const QString store = freshStore();
        const QByteArray before = sha256(store);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(store.toUtf8().constData(), &db), SQLITE_OK);
        QString error;
        QVERIFY(Gpkg::registerFunctions(db, &error));
        QCOMPARE(sqlite3_exec(db, "PRAGMA max_page_count = 1", nullptr, nullptr, nullptr), SQLITE_OK);
        QByteArray csv = "name,description,lon,lat\n";
        for (int i = 0; i < 2000; ++i)
            csv += "h" + QByteArray::number(i) + "," + QByteArray(300, 'd') + ",121.47,31.22\n";
        ImportOptions o;
        o.source = path(QStringLiteral("many-hazards.csv"));
        writeFile(o.source, csv);
        o.kind = QStringLiteral("hazards");
        const ImportReport r = Importer::run(db, o, QStringLiteral("test"));
        sqlite3_close(db);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(store) && r.error.contains(QLatin1String("disk is full")), qPrintable(r.error));
        QVERIFY2(!r.error.contains(o.source), qPrintable(r.error));
        QCOMPARE(sha256(store), before);
    }

    // floodctl: the summary lists every field and where it went, a mapping saved by name is reused, fields left
    // out on request are named in the first line, an unknown encoding is refused with how to name one.
    void floodctlSummaryAndSavedMapping()
    {
        const QString store = freshStore();
        const QString shp = hazardShapefile(QStringLiteral("ldid"));
        auto run = [](const QStringList &args, QString *out, QString *err) {
            QProcess p;
            p.start(QStringLiteral(FLOODCTL_BIN), args);
            if (!p.waitForFinished(120000))
                return -1;
            *out = QString::fromUtf8(p.readAllStandardOutput());
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString out, err;
        QCOMPARE(run({QStringLiteral("import"), store, shp, QStringLiteral("--layer"), QStringLiteral("hazards"),
                      QStringLiteral("--map"), QStringLiteral("备注=extra"), QStringLiteral("--save-mapping"),
                      QStringLiteral("区县隐患")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("imported 5 of 5 features into hazards (0 skipped)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("0x4D")), qPrintable(out));
        for (const char *line : {"名称 (String) -> name (TEXT) [synonym]", "等级 (String) -> severity (TEXT) [synonym]",
                                 "备注 (String) -> extra attributes [kept as an extra attribute]",
                                 "value severity: 重大 -> major (1 feature(s))", "saved mapping '区县隐患'"})
            QVERIFY2(out.contains(QString::fromUtf8(line)), qPrintable(out));

        QCOMPARE(run({QStringLiteral("import"), store, shp, QStringLiteral("--layer"), QStringLiteral("hazards"),
                      QStringLiteral("--mapping"), QStringLiteral("区县隐患"), QStringLiteral("--map"),
                      QStringLiteral("责任单位=")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("名称 (String) -> name (TEXT) [saved mapping]")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1 field(s) left out as asked: 责任单位")), qPrintable(out));

        const QByteArray before = sha256(store);
        QCOMPARE(run({QStringLiteral("import"), store, shp, QStringLiteral("--layer"), QStringLiteral("hazards"),
                      QStringLiteral("--mapping"), QStringLiteral("nope")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("no saved mapping 'nope'")) && err.contains(QStringLiteral("区县隐患")),
                 qPrintable(err));
        QCOMPARE(run({QStringLiteral("import"), store, shp, QStringLiteral("--layer"), QStringLiteral("hazards"),
                      QStringLiteral("--encoding"), QStringLiteral("NOT-AN-ENCODING")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("unknown encoding 'NOT-AN-ENCODING'")), qPrintable(err));
        QCOMPARE(sha256(store), before);
    }

    void encodingNames()
    {
        for (const char *known : {"UTF-8", "GBK", "GB18030", "CP936", "Big5"})
            QVERIFY2(SourceEncoding::isKnown(QString::fromLatin1(known)), known);
        QVERIFY(!SourceEncoding::isKnown(QStringLiteral("NOT-AN-ENCODING")));
        QVERIFY(!SourceEncoding::isKnown(QString()));
    }
};

QTEST_GUILESS_MAIN(TstImportFidelity)
#include "tst_importfidelity.moc"
