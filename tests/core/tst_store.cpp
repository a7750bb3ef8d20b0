#include "app/core/district/demodistrict.h"
#include "app/core/district/demooperation.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "app/core/store/storecheck.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

#include "storetestutil.h"

using namespace fc;
using namespace fc::testutil;

namespace {

bool rawExec(const QString &path, const char *sql, QString *error = nullptr)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    char *msg = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK;
    if (error)
        *error = QString::fromUtf8(msg ? msg : "");
    sqlite3_free(msg);
    sqlite3_close(db);
    return ok;
}

} // namespace

class TstStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = path(QStringLiteral("demo.gpkg"));
        QString error;
        auto store = DemoOperation::createStore(m_demo, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
    }

    // The map reads the store's layers exactly as it reads the bundled GeoJSON.
    void demoLayersReadableByTheMap()
    {
        QString error;
        const LayerStores fromJson = DemoDistrict::load(&error);
        QVERIFY2(!fromJson.isEmpty(), qPrintable(error));
        const LayerStores fromStore = DemoDistrict::loadGeoPackage(m_demo, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fromStore.size(), DemoDistrict::layerIds().size());
        for (const QString &id : DemoDistrict::layerIds()) {
            const auto a = fromJson.value(id), b = fromStore.value(id);
            QVERIFY2(a && b, qPrintable(id));
            QCOMPARE(b->count(), a->count());
            QCOMPARE(int(b->geometryType()), int(a->geometryType()));
            // Every GeoJSON property is a store column (the contract with the map and identify panel).
            for (const QString &field : a->fields())
                QVERIFY2(b->fieldIndex(field) >= 0, qPrintable(id + QLatin1Char('.') + field));
            // Same first feature: coordinates and attributes.
            QCOMPARE(b->bbox(0).xMin(), a->bbox(0).xMin());
            QCOMPARE(b->attribute(0, QStringLiteral("id")).toString(), a->attribute(0, QStringLiteral("id")).toString());
        }
    }

    void demoStorePassesCheck()
    {
        const StoreCheck::Result r = StoreCheck::run(m_demo);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.schemaVersion, Schema::CurrentVersion);
    }

    void createRefusesExistingFile()
    {
        const QByteArray before = sha256(m_demo);
        QString error;
        QVERIFY(!Store::create(m_demo, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QCOMPARE(sha256(m_demo), before);
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << QByteArray("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("empty file") << QByteArray("empty") << QStringLiteral("not an SQLite database");
        QTest::newRow("other sqlite") << QByteArray("sqlite") << QStringLiteral("not a FloodCommand operation store");
        QTest::newRow("plain geopackage") << QByteArray("gpkg") << QStringLiteral("not a FloodCommand operation store");
        QTest::newRow("sqlite header, garbage") << QByteArray("garbage") << QStringLiteral("not a FloodCommand");
    }
    void refusesForeignFiles()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("foreign-%1.db").arg(QString::fromLatin1(kind)));
        if (kind == "text" || kind == "empty" || kind == "garbage") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == "text")
                f.write("id,name\n1,防汛墙\n");
            if (kind == "garbage")
                f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'));
        } else if (kind == "sqlite") {
            QVERIFY(rawExec(file, "CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1);"));
        } else {
            // A GeoPackage another tool made, with a table named like one of ours.
            QVERIFY(rawExec(file, "PRAGMA application_id = 1196444487; CREATE TABLE gpkg_contents (table_name TEXT);"
                                  "CREATE TABLE roads (fid INTEGER PRIMARY KEY, name TEXT);"));
        }
        const QByteArray before = sha256(file);
        QString error;
        QVERIFY(!Store::open(file, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QCOMPARE(sha256(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        const StoreCheck::Result r = StoreCheck::run(file);
        QVERIFY(!r.problems.isEmpty());
        QCOMPARE(sha256(file), before);
    }

    void refusesNewerSchema()
    {
        const QString file = path(QStringLiteral("newer.gpkg"));
        {
            QString error;
            QVERIFY2(Store::create(file, &error), qPrintable(error));
        }
        QVERIFY(rawExec(file, "INSERT INTO schema_version (version, applied_at, description) "
                              "VALUES (99, '2030-01-01T00:00:00.000Z', 'from the future')"));
        const QByteArray before = sha256(file);
        QString error;
        QVERIFY(!Store::open(file, &error));
        QVERIFY2(error.contains(QLatin1String("newer FloodCommand")) && error.contains(QLatin1String("99")),
                 qPrintable(error));
        QCOMPARE(sha256(file), before);
    }

    void writesAreAuditedAndAnnounced()
    {
        const QString file = path(QStringLiteral("edits.gpkg"));
        QString error;
        auto store = Store::create(file, &error);
        QVERIFY2(store, qPrintable(error));
        store->setUser(QStringLiteral("duty.officer"));
        QSignalSpy changed(store.get(), &Store::rowsChanged);

        const QDateTime issued(QDate(2024, 9, 15), QTime(8, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        WriteResult w = wait(store->insertRow(QStringLiteral("warning_signals"),
                                              {{QStringLiteral("kind"), QStringLiteral("typhoon")},
                                               {QStringLiteral("colour"), QStringLiteral("yellow")},
                                               {QStringLiteral("issued_at"), issued}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint64 fid = w.fids.value(0);
        QVERIFY(fid > 0);
        // Stored in UTC.
        StoreRow row = wait(store->row(QStringLiteral("warning_signals"), fid));
        QCOMPARE(row.values.value(QStringLiteral("issued_at")).toString(), QStringLiteral("2024-09-15T00:00:00.000Z"));

        w = wait(store->updateRow(QStringLiteral("warning_signals"), fid, {{QStringLiteral("colour"), QStringLiteral("orange")}},
                                  QStringLiteral("CMA bulletin 17:00")));
        QVERIFY2(w.ok, qPrintable(w.error));
        QTRY_COMPARE(changed.count(), 2);
        const QList<RowEvent> ev = changed.at(1).at(0).value<QList<RowEvent>>();
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].kind, RowEvent::Kind::Update);
        QCOMPARE(ev[0].before.value(QStringLiteral("colour")).toString(), QStringLiteral("yellow"));
        QCOMPARE(ev[0].after.value(QStringLiteral("colour")).toString(), QStringLiteral("orange"));

        w = wait(store->deleteRow(QStringLiteral("warning_signals"), fid));
        QVERIFY2(w.ok, qPrintable(w.error));

        const QList<AuditEntry> log = wait(store->auditLog(QStringLiteral("warning_signals"), fid));
        QCOMPARE(log.size(), 3); // newest first
        QCOMPARE(log[0].action, QStringLiteral("delete"));
        QCOMPARE(log[1].action, QStringLiteral("update"));
        QCOMPARE(log[2].action, QStringLiteral("insert"));
        for (const AuditEntry &e : log)
            QCOMPARE(e.actor, QStringLiteral("duty.officer"));
        QCOMPARE(log[1].before.value(QStringLiteral("colour")).toString(), QStringLiteral("yellow"));
        QCOMPARE(log[1].after.value(QStringLiteral("colour")).toString(), QStringLiteral("orange"));
        QCOMPARE(log[1].note, QStringLiteral("CMA bulletin 17:00"));
        QCOMPARE(log[0].before.value(QStringLiteral("colour")).toString(), QStringLiteral("orange"));
        QVERIFY(log[0].after.isEmpty());
    }

    void auditLogIsNotWritable()
    {
        const QString file = path(QStringLiteral("audit.gpkg"));
        QString error;
        auto store = Store::create(file, &error);
        QVERIFY2(store, qPrintable(error));
        const int entries = int(wait(store->auditLog()).size());
        QVERIFY(entries >= 1);
        for (const RowChange &c : {RowChange{RowChange::Kind::Insert, QStringLiteral("audit_log"), 0,
                                             {{QStringLiteral("at"), QStringLiteral("2024-01-01T00:00:00Z")},
                                              {QStringLiteral("actor"), QStringLiteral("x")},
                                              {QStringLiteral("action"), QStringLiteral("insert")}}},
                                   RowChange{RowChange::Kind::Update, QStringLiteral("audit_log"), 1,
                                             {{QStringLiteral("actor"), QStringLiteral("x")}}},
                                   RowChange{RowChange::Kind::Delete, QStringLiteral("audit_log"), 1, {}},
                                   RowChange{RowChange::Kind::Delete, QStringLiteral("schema_version"), 1, {}}}) {
            const WriteResult w = wait(store->apply({c}));
            QVERIFY(!w.ok);
            QVERIFY2(w.error.contains(QLatin1String("cannot be changed")), qPrintable(w.error));
        }
        QCOMPARE(int(wait(store->auditLog()).size()), entries);
        store.reset();
        // Even with SQL from outside, the table is append-only.
        QString sqlError;
        QVERIFY(!rawExec(file, "UPDATE audit_log SET actor = 'forged'", &sqlError));
        QVERIFY2(sqlError.contains(QLatin1String("append-only")), qPrintable(sqlError));
        QVERIFY(!rawExec(file, "DELETE FROM audit_log", &sqlError));
    }

    void failedWriteChangesNothing()
    {
        const QString file = path(QStringLiteral("atomic.gpkg"));
        QString error;
        auto store = Store::create(file, &error);
        QVERIFY2(store, qPrintable(error));
        QSignalSpy failed(store.get(), &Store::writeFailed);
        const int audit = int(wait(store->auditLog()).size());
        // The second change is invalid (a colour that does not exist): the first must not stay either.
        const WriteResult w = wait(store->apply(
            {RowChange{RowChange::Kind::Insert, QStringLiteral("duty_log"), 0,
                       {{QStringLiteral("at"), QDateTime::currentDateTimeUtc()}, {QStringLiteral("entry"), QStringLiteral("交班")}}},
             RowChange{RowChange::Kind::Insert, QStringLiteral("warning_signals"), 0,
                       {{QStringLiteral("kind"), QStringLiteral("typhoon")}, {QStringLiteral("colour"), QStringLiteral("purple")}}}}));
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(QLatin1String("purple")), qPrintable(w.error));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(wait(store->rows(QStringLiteral("duty_log"))).isEmpty());
        QCOMPARE(int(wait(store->auditLog()).size()), audit);
        // Wrong types and unknown columns are refused with the column named.
        WriteResult bad = wait(store->insertRow(QStringLiteral("shelters"), {{QStringLiteral("capacity"), QStringLiteral("many")},
                                                                           {QStringLiteral("geom"), QStringLiteral("POINT (121.48 31.23)")}}));
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QLatin1String("capacity")), qPrintable(bad.error));
        bad = wait(store->insertRow(QStringLiteral("shelters"), {{QStringLiteral("geom"), QStringLiteral("LINESTRING (0 0, 1 1)")}}));
        QVERIFY(!bad.ok);
        bad = wait(store->insertRow(QStringLiteral("shelters"), {{QStringLiteral("beds"), 3}}));
        QVERIFY2(!bad.ok && bad.error.contains(QLatin1String("beds")), qPrintable(bad.error));
    }

    // Geometry edits through the Qt SQLite connection keep the GeoPackage R-tree current.
    void spatialIndexFollowsEdits()
    {
        const QString file = path(QStringLiteral("rtree.gpkg"));
        QString error;
        auto store = Store::create(file, &error);
        QVERIFY2(store, qPrintable(error));
        WriteResult w = wait(store->insertRow(QStringLiteral("shelters"),
                                              {{QStringLiteral("name"), QStringLiteral("格致中学")},
                                               {QStringLiteral("capacity"), 300},
                                               {QStringLiteral("geom"), QStringLiteral("POINT (121.4800 31.2350)")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint64 fid = w.fids.value(0);
        QCOMPARE(wait(store->fidsInExtent(QStringLiteral("shelters"), 121.47, 31.23, 121.49, 31.24)), QList<qint64>{fid});
        w = wait(store->updateRow(QStringLiteral("shelters"), fid, {{QStringLiteral("geom"), QStringLiteral("POINT (121.5000 31.2100)")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        QVERIFY(wait(store->fidsInExtent(QStringLiteral("shelters"), 121.47, 31.23, 121.49, 31.24)).isEmpty());
        QCOMPARE(wait(store->fidsInExtent(QStringLiteral("shelters"), 121.49, 31.20, 121.51, 31.22)), QList<qint64>{fid});
        const StoreRow row = wait(store->row(QStringLiteral("shelters"), fid, true));
        QCOMPARE(row.values.value(QStringLiteral("geom")).toString(), QStringLiteral("POINT (121.5 31.21)"));
        store.reset();
        const StoreCheck::Result r = StoreCheck::run(file);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    }

    void checkFindsProblems()
    {
        const QString file = path(QStringLiteral("broken.gpkg"));
        {
            QString error;
            auto store = Store::create(file, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(wait(store->insertRow(QStringLiteral("shelters"), {{QStringLiteral("geom"), QStringLiteral("POINT (121.48 31.23)")}})).ok);
        }
        // An orphan dispatch and a spatial index entry removed behind the store's back.
        QVERIFY(rawExec(file, "PRAGMA foreign_keys = OFF; INSERT INTO dispatches (incident_fid, status) VALUES (42, 'ordered');"
                              "DELETE FROM rtree_shelters_geom;"));
        const StoreCheck::Result r = StoreCheck::run(file);
        const QString all = r.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("orphan row: dispatches")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("shelters: 1 geometries but 0 entries")), qPrintable(all));
    }

    // A pool job holding a Store::Use reads through the store after the window closed it: closing waits for the
    // job (the store's thread keeps answering it), and the job's reads succeed.
    void closingWaitsForPoolJobs()
    {
        const QString file = path(QStringLiteral("use.gpkg"));
        QString error;
        auto store = DemoOperation::createStore(file, &error);
        QVERIFY2(store, qPrintable(error));
        std::atomic_bool started = false;
        QFuture<int> job = QtConcurrent::run([use = store->use(), &started] {
            started = true;
            QThread::msleep(300); // the store is being closed now
            return int(use.store()->rows(QStringLiteral("hazards")).result().size());
        });
        QTRY_VERIFY(started.load());
        QCOMPARE(store->users(), 1);
        store.reset(); // waits for the job
        QVERIFY(job.isFinished());
        QCOMPARE(job.result(), 51); // resources/demo/hazards.geojson
    }

    // A read-only opening (briefings): everything reads, every kind of write is refused with a reason, the file's
    // bytes stay as they were, changes made by another writer still arrive, and an old schema is refused rather
    // than migrated.
    void readOnlyOpening()
    {
        const QString file = path(QStringLiteral("briefing.gpkg"));
        QVERIFY(QFile::copy(m_demo, file));
        const QByteArray before = fc::testutil::sha256(file);
        QString error;
        auto ro = Store::openReadOnly(file, &error);
        QVERIFY2(ro, qPrintable(error));
        QVERIFY(ro->isReadOnly());
        QCOMPARE(ro->role(), QStringLiteral("viewer"));
        QCOMPARE(int(wait(ro->rows(QStringLiteral("hazards"))).size()), 51); // resources/demo/hazards.geojson
        QCOMPARE(wait(ro->readLayers({QStringLiteral("flood_walls")})).layers.value(QStringLiteral("flood_walls"))->count(), 23);
        const WriteResult w = wait(ro->insertRow(QStringLiteral("duty_log"), {{QStringLiteral("at"), QStringLiteral("2026-12-02T01:00:00.000Z")},
                                                                              {QStringLiteral("entry"), QStringLiteral("不应写入")}}));
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(QLatin1String("viewer")), qPrintable(w.error));
        ImportOptions io;
        io.source = QStringLiteral(FC_SOURCE_DIR "/resources/demo/hazards.geojson");
        io.kind = QStringLiteral("hazards");
        const ImportReport ir = wait(ro->import(io));
        QVERIFY(!ir.ok);
        QVERIFY2(ir.error.contains(QLatin1String("read-only")), qPrintable(ir.error));
        QCOMPARE(int(wait(ro->rows(QStringLiteral("hazards"))).size()), 51);

        // Another writer (a duty officer's window) adds a row: the read-only window hears of it.
        QSignalSpy feed(ro.get(), &Store::rowsChanged);
        {
            auto rw = Store::open(file, &error);
            QVERIFY2(rw, qPrintable(error));
            QVERIFY(wait(rw->insertRow(QStringLiteral("duty_log"), {{QStringLiteral("at"), QStringLiteral("2026-12-02T02:00:00.000Z")},
                                                                    {QStringLiteral("entry"), QStringLiteral("交班")}})).ok);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isEmpty(), 5000);
        QCOMPARE(feed.first().first().value<QList<RowEvent>>().first().table, QStringLiteral("duty_log"));
        ro.reset();

        // Without the other writer the bytes would be unchanged; check that on a second copy.
        const QString untouched = path(QStringLiteral("briefing2.gpkg"));
        QVERIFY(QFile::copy(m_demo, untouched));
        {
            auto r2 = Store::openReadOnly(untouched, &error);
            QVERIFY2(r2, qPrintable(error));
            QVERIFY(!wait(r2->deleteRow(QStringLiteral("hazards"), 1)).ok);
        }
        QCOMPARE(fc::testutil::sha256(untouched), before);
        QVERIFY(!QFile::exists(untouched + QStringLiteral("-wal")) || QFileInfo(untouched + QStringLiteral("-wal")).size() == 0);

        // A store of an older schema would need migrating: refused, unchanged.
        const QString old = path(QStringLiteral("old_v2.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(FC_TEST_DATA "/store_v2.gpkg"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray oldBytes = fc::testutil::sha256(old);
        QVERIFY(!Store::openReadOnly(old, &error));
        QVERIFY2(error.contains(QLatin1String("migrated")), qPrintable(error));
        QCOMPARE(fc::testutil::sha256(old), oldBytes);
    }
};

QTEST_GUILESS_MAIN(TstStore)
#include "tst_store.moc"
