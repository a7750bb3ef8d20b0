#include "app/core/base/gpkg.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "app/core/store/storecheck.h"
#include "app/core/store/gpkg/storeworker.h"

#include <ogr_geometry.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storetestutil.h"

using namespace fc;
using namespace fc::testutil;

namespace {

QByteArray blob(const char *wkt)
{
    OGRGeometry *g = nullptr;
    OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
    std::unique_ptr<OGRGeometry> owner(g);
    return Gpkg::encode(*g);
}

// Columns (name and declared type) of every table, for comparing two stores' structure.
QMap<QString, QStringList> structure(const QString &path)
{
    QMap<QString, QStringList> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("structure"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            for (const TableSpec &t : Schema::tables()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.name));
                QStringList cols;
                while (q.next())
                    cols.append(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString());
                cols.sort();
                out.insert(t.name, cols);
            }
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"));
            QStringList names;
            while (q.next())
                names.append(q.value(0).toString());
            out.insert(QStringLiteral("(indexes and triggers)"), names);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("structure"));
    return out;
}

// A store as version `version` of FloodCommand wrote it, with rows in the tables that version had.
// Only used to (re)generate the frozen fixtures tests/data/store_vN.gpkg (FC_WRITE_FIXTURES=1); the
// tests migrate the committed files, whose bytes were written by the code of those versions' time.
bool makeOldStore(const QString &path, int version, QString *error)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ok = db.open() && StoreWorker::prepareConnection(db, error) && Schema::create(db, version, error);
        QSqlQuery q(db);
        auto exec = [&](const QString &sql, const QVariantList &binds = {}) {
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (!q.exec()) {
                *error = q.lastError().text() + QStringLiteral(" in ") + sql;
                ok = false;
            }
        };
        if (ok) {
            exec(QStringLiteral("INSERT INTO flood_walls (geom, id, name, crest_m) VALUES (?, 'FW-01', '外滩防汛墙', 6.9)"),
                 {blob("LINESTRING (121.4903 31.2447, 121.4905 31.2395)")});
            exec(QStringLiteral("INSERT INTO rescue_teams (geom, id, name, members) VALUES (?, 'RT-01', '区排水抢险队', 24)"),
                 {blob("POINT (121.48 31.23)")});
            exec(QStringLiteral("INSERT INTO incidents (code, title, severity, status, reported_at) VALUES "
                                "('INC-1', '福州路积水', 'medium', 'reported', '2024-09-16T01:00:00.000Z')"));
            exec(QStringLiteral("INSERT INTO dispatches (incident_fid, team_fid, status) VALUES (1, 1, 'ordered')"));
            if (version >= 2)
                exec(QStringLiteral("INSERT INTO stock_items (name, quantity) VALUES ('折叠床', 300)"));
            if (version >= 4) {
                // Readings one row each (schema 2-4), over two UTC days; 10:00+08:00 is the 02:00Z reading again,
                // spelt otherwise (written by hand, not by FloodCommand's ingest).
                exec(QStringLiteral("INSERT INTO sensors (geom, id, name, kind, unit) VALUES (?, 'TG-1', '黄浦公园潮位站', "
                                    "'tide', 'm')"),
                     {blob("POINT (121.4905 31.2440)")});
                exec(QStringLiteral("INSERT INTO sensor_readings (sensor_fid, observed_at, value, quality) VALUES "
                                    "(1, '2024-09-15T23:55:00.000Z', 3.61, 'checked'), "
                                    "(1, '2024-09-16T00:00:00.000Z', 3.72, NULL), "
                                    "(1, '2024-09-16T01:00:00.000Z', 4.05, NULL), "
                                    "(1, '2024-09-16T02:00:00.000Z', 4.58, 'suspect'), "
                                    "(1, '2024-09-16T10:00:00+08:00', 9.99, NULL)"));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace

class TstMigration : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_current;

    // A copy of the frozen fixture written by schema version `version` (the fixture itself stays as committed).
    QString fixture(int version)
    {
        const QString src = QStringLiteral(FC_TEST_DATA "/store_v%1.gpkg").arg(version);
        const QString dst = m_dir.filePath(QStringLiteral("fixture_v%1_%2.gpkg").arg(version).arg(++m_copies));
        if (!QFile::copy(src, dst))
            return {};
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner);
        return dst;
    }
    int m_copies = 0;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_current = m_dir.filePath(QStringLiteral("current.gpkg"));
        QString error;
        QVERIFY2(Store::create(m_current, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("FC_WRITE_FIXTURES")) {
            // FC_WRITE_FIXTURES=N writes store_vN.gpkg only (v4 was written on 2 Dec 2026, before schema 5).
            const int only = qEnvironmentVariableIntValue("FC_WRITE_FIXTURES");
            for (int v = 1; v <= 4; ++v) {
                if (only >= 2 && v != only)
                    continue;
                const QString path = QStringLiteral(FC_TEST_DATA "/store_v%1.gpkg").arg(v);
                QFile::remove(path);
                QVERIFY2(makeOldStore(path, v, &error), qPrintable(error));
            }
        }
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        // Frozen store files written by schema versions 1 to 4 (tests/data/store_vN.gpkg).
        for (int v = 1; v <= 4; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void fromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString file = fixture(version);
        QVERIFY2(!file.isEmpty(), "fixture missing");
        QString error;
        QCOMPARE(Store::inspect(file, &error), version);
        QVERIFY(StoreCheck::run(file).problems.isEmpty());

        auto store = Store::open(file, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
        // The data survived.
        const QList<StoreRow> walls = wait(store->rows(QStringLiteral("flood_walls"), {}, {}, true));
        QCOMPARE(walls.size(), 1);
        QCOMPARE(walls[0].values.value(QStringLiteral("name")).toString(), QStringLiteral("外滩防汛墙"));
        QCOMPARE(walls[0].values.value(QStringLiteral("crest_m")).toDouble(), 6.9);
        QCOMPARE(walls[0].values.value(QStringLiteral("geom")).toString(),
                 QStringLiteral("LINESTRING (121.4903 31.2447,121.4905 31.2395)"));
        QCOMPARE(wait(store->rows(QStringLiteral("dispatches"))).value(0).values.value(QStringLiteral("incident_fid")).toLongLong(), 1);
        QCOMPARE(wait(store->fidsInExtent(QStringLiteral("rescue_teams"), 121.47, 31.22, 121.49, 31.24)), QList<qint64>{1});
        // New columns and tables are usable.
        WriteResult w = wait(store->updateRow(QStringLiteral("rescue_teams"), 1, {{QStringLiteral("base"), QStringLiteral("南外滩")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        w = wait(store->insertRow(QStringLiteral("team_members"), {{QStringLiteral("team_fid"), 1}, {QStringLiteral("name"), QStringLiteral("张伟")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        if (version == 4) {
            // Readings moved into day blocks (hand-worked: two UTC days; the second spelling of 02:00Z left out,
            // said in the migration's audit entry).
            QStringList got;
            for (const StoreRow &r : wait(store->readingRows({})))
                got.append(QStringLiteral("%1 %2 %3").arg(r.values.value(QStringLiteral("observed_at")).toString())
                               .arg(r.values.value(QStringLiteral("value")).toDouble())
                               .arg(r.values.value(QStringLiteral("quality")).toString()));
            QCOMPARE(got, QStringList({QStringLiteral("2024-09-15T23:55:00.000Z 3.61 checked"),
                                       QStringLiteral("2024-09-16T00:00:00.000Z 3.72 "),
                                       QStringLiteral("2024-09-16T01:00:00.000Z 4.05 "),
                                       QStringLiteral("2024-09-16T02:00:00.000Z 4.58 suspect")}));
            QCOMPARE(wait(store->rows(QStringLiteral("reading_days"))).size(), 2);
            bool said = false;
            for (const AuditEntry &e : wait(store->auditLog()))
                said = said || (e.action == QLatin1String("migrate")
                                && e.note.contains(QLatin1String("4 readings moved into 2 day blocks; 1 readings at a time already taken")));
            QVERIFY(said);
            // The latest reading as the panels ask for it.
            ReadingQuery last;
            last.latestOnly = true;
            last.until = QDateTime(QDate(2024, 9, 16), QTime(0, 30), Qt::UTC);
            const ReadingBatch l = wait(store->readings(last));
            QCOMPARE(l.rows.size(), size_t(1));
            QCOMPARE(l.rows[0].value, 3.72);
        }
        // One migrate entry per step in the audit log.
        int migrations = 0;
        for (const AuditEntry &e : wait(store->auditLog()))
            migrations += e.action == QLatin1String("migrate");
        QCOMPARE(migrations, Schema::CurrentVersion - version);
        store.reset();

        // Same structure as a store created at the current version.
        QCOMPARE(structure(file), structure(m_current));
        const StoreCheck::Result r = StoreCheck::run(file);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.schemaVersion, Schema::CurrentVersion);
    }

    // The upgrade the window runs on a pool thread (Store::migrateFile): cancelled, the step is rolled back and the
    // file is left byte for byte as it was; run to the end, the readings are all there.
    void migrateFileCancelAndFinish()
    {
        const QString file = fixture(4);
        QVERIFY2(!file.isEmpty(), "fixture missing");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("more"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 20000) "
                                           "INSERT INTO sensor_readings (sensor_fid, observed_at, value) SELECT 1, "
                                           "strftime('%Y-%m-%dT%H:%M:%fZ', '2030-01-01', '+' || (i * 300) || ' seconds'), "
                                           "i / 100.0 FROM k")),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("more"));
        const QByteArray before = sha256(file);
        std::atomic_bool cancel{true};
        QString error;
        QVERIFY(!Store::migrateFile(file, &cancel, &error));
        QVERIFY2(error.contains(QLatin1String("cancelled")) && error.contains(QLatin1String("schema version 4")), qPrintable(error));
        QCOMPARE(sha256(file), before);
        cancel = false;
        QVERIFY2(Store::migrateFile(file, &cancel, &error), qPrintable(error));
        QCOMPARE(Store::inspect(file, &error), Schema::CurrentVersion);
        auto store = Store::open(file, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(wait(store->readings({})).rows.size(), size_t(20004));
    }

    // A step that fails is rolled back: the file stays as it was and the error says which step.
    void failedStepLeavesFileUnchanged()
    {
        const QString file = fixture(1);
        QVERIFY2(!file.isEmpty(), "fixture missing");
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("conflict"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            // Someone added a table of their own with a name version 2 needs.
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE stock_items (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("conflict"));
        const QByteArray before = sha256(file);
        QVERIFY(!Store::open(file, &error));
        QVERIFY2(error.contains(QLatin1String("schema version 2")), qPrintable(error));
        QCOMPARE(sha256(file), before);
        QCOMPARE(Store::inspect(file, &error), 1);
    }
};

QTEST_GUILESS_MAIN(TstMigration)
#include "tst_migration.moc"
