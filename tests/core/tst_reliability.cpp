// Reliability, in process: geometry validation and repair, store header and schema-version checks,
// special files, image formats. The fault-injection runs of the real binaries are in tests/app/tst_ctlattack.cpp.
#include "app/core/base/geometrycheck.h"
#include "app/core/base/outputfile.h"
#include "app/core/store/store.h"
#include "app/core/store/storecheck.h"
#include "app/core/store/storefile.h"

#include <ogr_geometry.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <cmath>

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "storetestutil.h"

using namespace fc;
using fc::testutil::sha256;

namespace {

std::unique_ptr<OGRGeometry> fromWkt(const char *wkt)
{
    // OGR's WKT reader takes no NaN or infinity: build those by hand.
    if (qstrcmp(wkt, "NAN LINE") == 0) {
        auto l = std::make_unique<OGRLineString>();
        l->addPoint(121.4, 31.1);
        l->addPoint(std::nan(""), std::nan(""));
        l->addPoint(121.5, 31.2);
        return l;
    }
    if (qstrcmp(wkt, "INF POINT") == 0)
        return std::make_unique<OGRPoint>(HUGE_VAL, 31.1);
    OGRGeometry *g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
    return std::unique_ptr<OGRGeometry>(g);
}

bool rawExec(const QString &file, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(file.toUtf8().constData(), &db) == SQLITE_OK
                    && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TstReliability : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("op.gpkg"));
        QString error;
        QVERIFY2(Store::create(m_store, &error), qPrintable(error));
    }

    // Hand-made geometries, each with the problem a user would be told about.
    void geometryProblems_data()
    {
        QTest::addColumn<QByteArray>("wkt");
        QTest::addColumn<QString>("problem"); // empty = valid
        QTest::newRow("line") << QByteArray("LINESTRING (121.4 31.1, 121.5 31.2)") << QString();
        QTest::newRow("polygon") << QByteArray("POLYGON ((121.4 31.1, 121.5 31.1, 121.5 31.2, 121.4 31.1))") << QString();
        QTest::newRow("point") << QByteArray("POINT (121.4 31.1)") << QString();
        QTest::newRow("NaN in a line") << QByteArray("NAN LINE") << QStringLiteral("not a finite number");
        QTest::newRow("infinite point") << QByteArray("INF POINT") << QStringLiteral("not a finite number");
        QTest::newRow("unclosed ring") << QByteArray("POLYGON ((121.4 31.1, 121.5 31.1, 121.5 31.2, 121.4 31.2))") << QStringLiteral("not closed");
        QTest::newRow("two-point ring") << QByteArray("POLYGON ((121.4 31.1, 121.5 31.1, 121.4 31.1))") << QStringLiteral("has 3 points");
        QTest::newRow("bow-tie") << QByteArray("POLYGON ((121.4 31.1, 121.5 31.2, 121.5 31.1, 121.4 31.2, 121.4 31.1))")
                                 << QStringLiteral("Self-intersection");
        QTest::newRow("one-point line") << QByteArray("LINESTRING (121.4 31.1)") << QStringLiteral("at least 2");
        QTest::newRow("zero-length line") << QByteArray("LINESTRING (121.4 31.1, 121.4 31.1)") << QStringLiteral("no length");
        QTest::newRow("self-crossing line") << QByteArray("LINESTRING (121.4 31.1, 121.5 31.2, 121.5 31.1, 121.4 31.2)") << QString();
        QTest::newRow("hole outside shell") << QByteArray("POLYGON ((121.4 31.1, 121.5 31.1, 121.5 31.2, 121.4 31.1), "
                                                          "(122 32, 122.1 32, 122.1 32.1, 122 32))")
                                            << QStringLiteral("invalid geometry");
    }
    void geometryProblems()
    {
        QFETCH(QByteArray, wkt);
        QFETCH(QString, problem);
        auto g = fromWkt(wkt.constData());
        QVERIFY(g);
        const QString why = GeometryCheck::problem(*g);
        if (problem.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(problem), qPrintable(why));
    }

    void repairs()
    {
        QString why;
        // A bow-tie becomes its two triangles, each valid, with the same total area (0.005 square degrees).
        auto bowtie = fromWkt("POLYGON ((121.4 31.1, 121.5 31.2, 121.5 31.1, 121.4 31.2, 121.4 31.1))");
        auto fixed = GeometryCheck::repair(*bowtie, &why);
        QVERIFY2(fixed, qPrintable(why));
        QCOMPARE(wkbFlatten(fixed->getGeometryType()), wkbMultiPolygon);
        QCOMPARE(fixed->toMultiPolygon()->getNumGeometries(), 2);
        QVERIFY(GeometryCheck::problem(*fixed).isEmpty());
        QVERIFY(std::abs(fixed->toMultiPolygon()->get_Area() - 0.005) < 1e-9);
        // An unclosed ring is closed.
        auto unclosed = fromWkt("POLYGON ((121.4 31.1, 121.5 31.1, 121.5 31.2, 121.4 31.2))");
        fixed = GeometryCheck::repair(*unclosed, &why);
        QVERIFY2(fixed, qPrintable(why));
        QCOMPARE(wkbFlatten(fixed->getGeometryType()), wkbPolygon);
        QVERIFY(std::abs(fixed->toPolygon()->get_Area() - 0.01) < 1e-9);
        // NaN cannot be repaired, nor a ring without area.
        auto nan = fromWkt("NAN LINE");
        QVERIFY(!GeometryCheck::repair(*nan, &why));
        QVERIFY(why.contains(QLatin1String("finite")));
        auto flat = fromWkt("POLYGON ((121.4 31.1, 121.5 31.1, 121.4 31.1))");
        QVERIFY(!GeometryCheck::repair(*flat, &why));
    }

    // Schema versions no FloodCommand wrote: refused as not a valid store, by inspect, open and check alike.
    // Reading blocks are opaque to other tools: floodctl check decodes every one and names a damaged block, or one
    // whose row disagrees with it, by row, sensor and day.
    void checkNamesDamagedReadingBlocks()
    {
        const QString file = m_dir.filePath(QStringLiteral("blocks.gpkg"));
        QVERIFY(QFile::copy(m_store, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        {
            QString e;
            auto st = Store::open(file, &e);
            QVERIFY2(st, qPrintable(e));
            const WriteResult w = st->insertRow(QStringLiteral("sensors"), {{QStringLiteral("id"), QStringLiteral("T-1")},
                                                                           {QStringLiteral("kind"), QStringLiteral("tide")},
                                                                           {QStringLiteral("geom"), QStringLiteral("POINT(121.49 31.24)")}})
                                      .result();
            QVERIFY2(w.ok, qPrintable(w.error));
            const qint32 sensor = qint32(w.fids.first());
            ReadingBatch b;
            const qint64 t0 = QDateTime(QDate(2024, 9, 15), QTime(23, 55), Qt::UTC).toMSecsSinceEpoch();
            b.rows = {{t0, 1.0, sensor, -1}, {t0 + 600000, 2.0, sensor, -1}, {t0 + 1200000, 3.0, sensor, -1}};
            QVERIFY(st->appendReadings(std::move(b)).result().ok);
        }
        QVERIFY(StoreCheck::run(file).problems.isEmpty());
        QVERIFY(rawExec(file, "UPDATE reading_days SET data = substr(data, 1, length(data) - 3) WHERE day = 19981"));
        QVERIFY(rawExec(file, "UPDATE reading_days SET n_readings = 5 WHERE day = 19982"));
        const QStringList p = StoreCheck::run(file).problems;
        QCOMPARE(p.size(), 2);
        QVERIFY2(p[0].contains(QLatin1String("2024-09-15")) && p[0].contains(QLatin1String("bad length")), qPrintable(p[0]));
        QVERIFY2(p[1].contains(QLatin1String("2024-09-16")) && p[1].contains(QLatin1String("says 5 readings")), qPrintable(p[1]));
    }

    void bogusSchemaVersions_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("2^32") << QByteArray("4294967296") << QStringLiteral("not a valid store");
        QTest::newRow("text") << QByteArray("'four'") << QStringLiteral("not a valid store");
        QTest::newRow("-1") << QByteArray("-1") << QStringLiteral("not a valid store");
        QTest::newRow("0") << QByteArray("0") << QStringLiteral("not a valid store");
        QTest::newRow("real") << QByteArray("4.5") << QStringLiteral("not a valid store");
        QTest::newRow("newer") << QByteArray::number(Schema::CurrentVersion + 1) << QStringLiteral("newer FloodCommand");
    }
    void bogusSchemaVersions()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("version-%1.gpkg").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(QFile::copy(m_store, file));
        QVERIFY(rawExec(file, QByteArray("INSERT INTO schema_version (version) VALUES (" + value + ")").constData()));
        const QByteArray before = sha256(file);
        QString error;
        QCOMPARE(Store::inspect(file, &error), -1);
        QVERIFY2(error.contains(message) && error.contains(file), qPrintable(error));
        QVERIFY(!Store::open(file, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        const StoreCheck::Result r = StoreCheck::run(file);
        QVERIFY(!r.problems.isEmpty());
        QCOMPARE(sha256(file), before);
    }

    // What `check` rejects in the header is refused by open too (an import would otherwise write into it).
    void headerMustBeGeoPackage_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("application_id 0") << QByteArray("PRAGMA application_id = 0") << QStringLiteral("application_id is 0");
        QTest::newRow("user_version 0") << QByteArray("PRAGMA user_version = 0") << QStringLiteral("user_version 0");
        QTest::newRow("no gpkg_extensions") << QByteArray("DROP TABLE gpkg_extensions") << QStringLiteral("core tables");
    }
    void headerMustBeGeoPackage()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("header-%1.gpkg").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(QFile::copy(m_store, file));
        QVERIFY(rawExec(file, sql.constData()));
        const QByteArray before = sha256(file);
        QString error;
        QVERIFY(!Store::open(file, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(sha256(file), before);
    }

    void corruptStoreSaysCorrupt()
    {
        const QString file = m_dir.filePath(QStringLiteral("corrupt.gpkg"));
        QVERIFY(QFile::copy(m_store, file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // the schema page after the 100-byte header
        f.write(QByteArray(3000, '\xff'));
        f.close();
        QString error;
        QCOMPARE(Store::inspect(file, &error), -1);
        QVERIFY2(error.contains(QLatin1String("damaged")) && error.contains(QLatin1String("malformed")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("not a FloodCommand")), qPrintable(error));
    }

    // A FIFO would block the reader forever; devices and folders are no stores or sources either.
    void specialFilesRefused()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.gpkg"));
        QCOMPARE(::mkfifo(fifo.toUtf8().constData(), 0600), 0);
        QString error;
        QCOMPARE(Store::inspect(fifo, &error), -1);
        QVERIFY2(error.contains(QLatin1String("FIFO")), qPrintable(error));
        QVERIFY(!StoreFile::regularFile(QStringLiteral("/dev/zero"), &error));
        QVERIFY2(error.contains(QLatin1String("device")), qPrintable(error));
        QVERIFY(!StoreFile::regularFile(m_dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
        // A shapefile whose .dbf is a pipe.
        const QString shp = m_dir.filePath(QStringLiteral("roads.shp"));
        QFile(shp).open(QIODevice::WriteOnly);
        QCOMPARE(::mkfifo(m_dir.filePath(QStringLiteral("roads.dbf")).toUtf8().constData(), 0600), 0);
        QVERIFY(!StoreFile::regularFile(shp, &error));
        QVERIFY2(error.contains(QLatin1String("roads.dbf")), qPrintable(error));
        QVERIFY(StoreFile::regularFile(m_store, &error));
        QVERIFY(StoreFile::regularFile(QStringLiteral("/vsimem/x.geojson"), &error));
    }

    void imageFormatFollowsTheName()
    {
        QString error;
        QCOMPARE(OutputFile::imageFormat(QStringLiteral("a.png"), &error), QByteArray("png"));
        QCOMPARE(OutputFile::imageFormat(QStringLiteral("a.JPG"), &error), QByteArray("jpeg"));
        QVERIFY(OutputFile::imageFormat(QStringLiteral("a.bmp"), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String(".bmp")));
        QVERIFY(OutputFile::imageFormat(QStringLiteral("a"), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("no extension")));
        QImage img(40, 30, QImage::Format_RGB32);
        img.fill(Qt::red);
        const QString jpg = m_dir.filePath(QStringLiteral("map.jpg"));
        QVERIFY2(OutputFile::saveImage(img, jpg, &error), qPrintable(error));
        QFile f(jpg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(3), QByteArray("\xff\xd8\xff")); // JPEG, not PNG bytes under a .jpg name
        QVERIFY(!OutputFile::saveImage(img, m_dir.filePath(QStringLiteral("no/such/folder/map.png")), &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    }

    // Staged output: nothing at the destination until commit, and nothing at all after a failed one.
    void stagedOutput()
    {
        const QString dest = m_dir.filePath(QStringLiteral("staged.txt"));
        {
            OutputFile out({dest});
            QString error;
            QVERIFY2(out.begin(&error), qPrintable(error));
            QFile f(out.stagingPath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half");
            f.close();
            QVERIFY(!QFile::exists(dest));
            // Abandoned (a writer failed): the destructor removes the staging folder.
        }
        QVERIFY(!QFile::exists(dest));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".staged*")}, QDir::AllEntries | QDir::Hidden).size(), 0);
        OutputFile out({dest});
        QString error;
        QVERIFY(out.begin(&error));
        QFile f(out.stagingPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("whole");
        f.close();
        QVERIFY2(out.commit(&error), qPrintable(error));
        QFile done(dest);
        QVERIFY(done.open(QIODevice::ReadOnly));
        QCOMPARE(done.readAll(), QByteArray("whole"));
        OutputFile again({dest});
        QVERIFY(!again.begin(&error));
        QVERIFY(error.contains(QLatin1String("already exists")));
    }
};

QTEST_GUILESS_MAIN(TstReliability)
#include "tst_reliability.moc"
