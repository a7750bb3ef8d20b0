// The same store tests on both backends: a GeoPackage file and a real PostgreSQL + PostGIS server started by
// the CTest fixture (tests/pg/pgserver.sh). Without the server these tests fail; they never skip.
#include "app/core/store/postgres/pgbackend.h"
#include "app/core/district/demooperation.h"
#include "app/core/store/store.h"
#include "app/core/models/storecommands.h"
#include "app/core/store/storecopy.h"

#include <ogr_geometry.h>

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include "storetestutil.h"

using namespace fc;
using fc::testutil::pgPort;
using fc::testutil::wait;

namespace {


// Runs SQL on the test server as the superuser (database "postgres" unless given).
bool pgAdmin(const QStringList &sql, const QString &database = QStringLiteral("postgres"), QString *error = nullptr)
{
    const QString name = QStringLiteral("tst_admin_") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(pgPort().toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        ok = db.open();
        for (const QString &s : sql) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(s);
            if (!ok && error)
                *error = q.lastError().text();
        }
        if (!db.isOpen() && error)
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TstStoreBackends : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QJsonArray m_replayAlarms; // floodctl replay's alarms on the first kind, compared on the second

    // A fresh, empty location of the given kind.
    QString fresh(const QString &kind, const QString &user = QStringLiteral("postgres"))
    {
        const QString name = QStringLiteral("fc_t%1").arg(++m_n);
        if (kind == QLatin1String("gpkg"))
            return m_dir.filePath(name + QStringLiteral(".gpkg"));
        QString e;
        if (!pgAdmin({QStringLiteral("CREATE DATABASE %1").arg(name)}, QStringLiteral("postgres"), &e))
            qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(e));
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user, pgPort(), name);
    }

    void backends()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("geopackage") << QStringLiteral("gpkg");
        QTest::newRow("postgresql") << QStringLiteral("pg");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!pgPort().isEmpty(), "FC_TEST_PG_PORT is not set: the server fixture (tests/pg/pgserver.sh) did not run");
        QString e;
        QVERIFY2(pgAdmin({QStringLiteral("SELECT 1")}, QStringLiteral("postgres"), &e),
                 qPrintable(QStringLiteral("no test server on port %1: %2").arg(pgPort(), e)));
    }

    void createsSchemaAndRefusesNonEmpty_data() { backends(); }
    void createsSchemaAndRefusesNonEmpty()
    {
        QFETCH(QString, kind);
        const QString at = fresh(kind);
        QString e;
        {
            std::unique_ptr<Store> s = Store::create(at, &e);
            QVERIFY2(s, qPrintable(e));
            QCOMPARE(s->schemaVersion(), Schema::CurrentVersion);
            QCOMPARE(s->role(), QStringLiteral("admin"));
            QVERIFY(wait(s->rows(QStringLiteral("roads"))).isEmpty());
            const QList<AuditEntry> a = wait(s->auditLog());
            QCOMPARE(a.size(), 1);
            QCOMPARE(a.first().action, QStringLiteral("create"));
        }
        QVERIFY(!Store::create(at, &e));
        QVERIFY2(e.contains(kind == QLatin1String("pg") ? QStringLiteral("already holds") : QStringLiteral("already exists")),
                 qPrintable(e));
        QCOMPARE(Store::inspect(at, &e), Schema::CurrentVersion);
    }

    // The command line on both kinds: init with the demo district, the Bebinca scenario, and the replayed state at
    // 2024-09-16 14:00 Beijing time (the scenario's signals then: high tide blue since 09-15 08:00, typhoon orange
    // since 09-15 17:00; typhoon orange means response level II, DOMAIN.md). Both kinds give the same alarms.
    void floodctlInitAndReplay_data() { backends(); }
    void floodctlInitAndReplay()
    {
        QFETCH(QString, kind);
        const QString at = fresh(kind);
        auto run = [](const QStringList &args, QByteArray *out) {
            QProcess p;
            p.start(QStringLiteral(FLOODCTL_BIN), args);
            if (!p.waitForFinished(180000))
                return -1;
            *out = p.readAllStandardOutput();
            if (p.exitCode() != 0)
                qWarning("%s", p.readAllStandardError().constData());
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(run({QStringLiteral("init"), at, QStringLiteral("--demo")}, &out), 0);
        QCOMPARE(run({QStringLiteral("replay-scenario"), at}, &out), 0);
        QCOMPARE(run({QStringLiteral("replay"), at, QStringLiteral("--at"), QStringLiteral("2024-09-16T14:00:00+08:00"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QStringList sig;
        for (const QJsonValue &v : o.value(QStringLiteral("signals")).toArray())
            sig.append(v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
                       + v.toObject().value(QStringLiteral("colour")).toString());
        sig.sort();
        QCOMPARE(sig, (QStringList{QStringLiteral("high_tide blue"), QStringLiteral("typhoon orange")}));
        QCOMPARE(o.value(QStringLiteral("response_level")).toString(), QStringLiteral("II"));
        const QJsonArray alarms = o.value(QStringLiteral("alarms")).toArray();
        QVERIFY(!alarms.isEmpty());
        if (m_replayAlarms.isEmpty())
            m_replayAlarms = alarms;
        else
            QCOMPARE(alarms, m_replayAlarms);
    }

    // A change committed through one connection reaches another one's change feed, with its id and actor.
    void changeFeedBetweenConnections_data() { backends(); }
    void changeFeedBetweenConnections()
    {
        QFETCH(QString, kind);
        const QString at = fresh(kind);
        QString e;
        std::unique_ptr<Store> a = Store::create(at, &e);
        QVERIFY2(a, qPrintable(e));
        std::unique_ptr<Store> b = Store::open(at, &e);
        QVERIFY2(b, qPrintable(e));
        QSignalSpy spy(b.get(), &Store::rowsChanged);
        const WriteResult w = wait(a->insertRow(QStringLiteral("hazards"),
                                                {{QStringLiteral("name"), QStringLiteral("倒伏树木")},
                                                 {QStringLiteral("severity"), QStringLiteral("high")},
                                                 {QStringLiteral("geom"), QStringLiteral("POINT (121.49 31.23)")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
        const RowEvent ev = spy.first().first().value<QList<RowEvent>>().first();
        QCOMPARE(ev.kind, RowEvent::Kind::Insert);
        QCOMPARE(ev.table, QStringLiteral("hazards"));
        QCOMPARE(ev.fid, w.fids.first());
        QCOMPARE(ev.changeId, w.events.first().changeId);
        QVERIFY(ev.changeId > 0);
        QVERIFY(!ev.actor.isEmpty());
        QCOMPARE(ev.after.value(QStringLiteral("name")).toString(), QStringLiteral("倒伏树木"));
        // and the map of the other seat can apply it
        const LayerRead r = wait(b->readLayers({QStringLiteral("hazards")}));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.layers.value(QStringLiteral("hazards"))->count(), 1);
        QVERIFY(r.changeId >= ev.changeId);
    }

    void staleRowRefused_data() { backends(); }
    void staleRowRefused()
    {
        QFETCH(QString, kind);
        const QString at = fresh(kind);
        QString e;
        std::unique_ptr<Store> a = Store::create(at, &e);
        QVERIFY2(a, qPrintable(e));
        std::unique_ptr<Store> b = Store::open(at, &e);
        QVERIFY2(b, qPrintable(e));
        const WriteResult w = wait(a->insertRow(QStringLiteral("shelters"), {{QStringLiteral("name"), QStringLiteral("A")},
                                                                           {QStringLiteral("occupancy"), 10}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint64 fid = w.fids.first();
        const StoreRow seen = wait(a->row(QStringLiteral("shelters"), fid));
        QCOMPARE(seen.values.value(QStringLiteral("rev")).toLongLong(), 1);
        b->setUser(QStringLiteral("seat-b"));
        QVERIFY(wait(b->updateRow(QStringLiteral("shelters"), fid, {{QStringLiteral("occupancy"), 25}, {QStringLiteral("rev"), 1}})).ok);
        const WriteResult stale = wait(a->updateRow(QStringLiteral("shelters"), fid, {{QStringLiteral("occupancy"), 12}, {QStringLiteral("rev"), 1}}));
        QVERIFY(!stale.ok);
        QVERIFY2(stale.error.contains(QLatin1String("changed by")), qPrintable(stale.error));
        const StoreRow now = wait(a->row(QStringLiteral("shelters"), fid));
        QCOMPARE(now.values.value(QStringLiteral("occupancy")).toLongLong(), 25); // nothing silently overwritten
        QCOMPARE(now.values.value(QStringLiteral("rev")).toLongLong(), 2);
        // An edit made in a table view on the copy read before seat B's change (rev 1) is refused too.
        QSignalSpy refused(a.get(), &Store::writeFailed);
        StoreEditCommand edit(a.get(), QStringLiteral("shelters"), fid, {{QStringLiteral("occupancy"), 10}},
                              {{QStringLiteral("occupancy"), 11}}, nullptr, 1);
        edit.redo();
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
        QVERIFY2(refused.first().first().toString().contains(QLatin1String("changed by")), qPrintable(refused.first().first().toString()));
        QCOMPARE(wait(a->row(QStringLiteral("shelters"), fid)).values.value(QStringLiteral("occupancy")).toLongLong(), 25);
        // Rules the database enforces on both backends.
        const WriteResult negative = wait(a->updateRow(QStringLiteral("shelters"), fid, {{QStringLiteral("occupancy"), -1}}));
        QVERIFY(!negative.ok);
        QVERIFY2(negative.error.contains(QLatin1String("occupancy")), qPrintable(negative.error));
        const WriteResult stock = wait(a->insertRow(QStringLiteral("stock_items"), {{QStringLiteral("name"), QStringLiteral("沙袋")},
                                                                                  {QStringLiteral("quantity"), -5}}));
        QVERIFY(!stock.ok);
    }

    // Two seats dispatch the same team at the same moment: exactly one succeeds, the other is told.
    void concurrentDispatchExactlyOne_data() { backends(); }
    void concurrentDispatchExactlyOne()
    {
        QFETCH(QString, kind);
        const QString at = fresh(kind);
        QString e;
        std::unique_ptr<Store> a = Store::create(at, &e);
        QVERIFY2(a, qPrintable(e));
        std::unique_ptr<Store> b = Store::open(at, &e);
        QVERIFY2(b, qPrintable(e));
        const qint64 team = wait(a->insertRow(QStringLiteral("rescue_teams"), {{QStringLiteral("name"), QStringLiteral("一队")},
                                                                             {QStringLiteral("geom"), QStringLiteral("POINT (121.48 31.23)")}}))
                                .fids.value(0);
        const qint64 i1 = wait(a->insertRow(QStringLiteral("incidents"), {{QStringLiteral("title"), QStringLiteral("积水 1")}})).fids.value(0);
        const qint64 i2 = wait(a->insertRow(QStringLiteral("incidents"), {{QStringLiteral("title"), QStringLiteral("积水 2")}})).fids.value(0);
        QVERIFY(team > 0 && i1 > 0 && i2 > 0);
        for (int round = 0; round < 5; ++round) {
            auto order = [&](Store *s, qint64 incident) {
                return s->insertRow(QStringLiteral("dispatches"), {{QStringLiteral("incident_fid"), incident},
                                                                  {QStringLiteral("team_fid"), team},
                                                                  {QStringLiteral("status"), QStringLiteral("ordered")}});
            };
            QFuture<WriteResult> fa = order(a.get(), i1);
            QFuture<WriteResult> fb = order(b.get(), i2);
            const WriteResult ra = wait(fa), rb = wait(fb);
            QCOMPARE(int(ra.ok) + int(rb.ok), 1);
            const WriteResult &loser = ra.ok ? rb : ra;
            QVERIFY2(loser.error.contains(QLatin1String("already has an active dispatch")), qPrintable(loser.error));
            // finish the dispatch so the next round starts free
            const WriteResult &winner = ra.ok ? ra : rb;
            QVERIFY(wait(a->updateRow(QStringLiteral("dispatches"), winner.fids.first(), {{QStringLiteral("status"), QStringLiteral("done")}})).ok);
        }
    }

    // A viewer (wall display, leaders) is refused on write by the core, and on the server by the database too.
    void viewerRefused_data() { backends(); }
    void viewerRefused()
    {
        QFETCH(QString, kind);
        QString at = fresh(kind);
        QString e;
        std::unique_ptr<Store> admin = Store::create(at, &e);
        QVERIFY2(admin, qPrintable(e));
        std::unique_ptr<Store> wall;
        if (kind == QLatin1String("pg")) {
            const QString db = at.section(QLatin1Char('/'), -1);
            QVERIFY2(pgAdmin({QStringLiteral("DROP ROLE IF EXISTS wall_viewer"),
                              QStringLiteral("CREATE ROLE wall_viewer LOGIN IN ROLE fc_viewer")}, QStringLiteral("postgres"), &e),
                     qPrintable(e));
            at.replace(QStringLiteral("postgres@"), QStringLiteral("wall_viewer@"));
            wall = Store::open(at, &e);
            QVERIFY2(wall, qPrintable(e));
            // The database itself refuses, whatever the client does.
            QString direct;
            QVERIFY(!pgAdmin({QStringLiteral("SET ROLE wall_viewer"), QStringLiteral("INSERT INTO incidents (title) VALUES ('x')")},
                             db, &direct));
            QVERIFY2(direct.contains(QLatin1String("permission denied")), qPrintable(direct));
            QVERIFY(!pgAdmin({QStringLiteral("UPDATE audit_log SET actor = 'someone else'")}, db, &direct));
            QVERIFY2(direct.contains(QLatin1String("append-only")), qPrintable(direct));
        } else {
            QVERIFY(wait(admin->insertRow(QStringLiteral("users"), {{QStringLiteral("login"), QStringLiteral("wall")},
                                                                  {QStringLiteral("role"), QStringLiteral("viewer")}})).ok);
            wall = Store::open(at, &e);
            QVERIFY2(wall, qPrintable(e));
            wall->setUser(QStringLiteral("wall"));
        }
        const WriteResult w = wait(wall->insertRow(QStringLiteral("incidents"), {{QStringLiteral("title"), QStringLiteral("x")}}));
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(QLatin1String("viewer")), qPrintable(w.error));
        QVERIFY(wait(wall->rows(QStringLiteral("incidents"))).isEmpty());
    }

    // GeoPackage -> server -> GeoPackage keeps every row and geometry.
    void copyRoundTrip()
    {
        const QString file = fresh(QStringLiteral("gpkg"));
        QString e;
        {
            std::unique_ptr<Store> s = DemoOperation::createStore(file, &e);
            QVERIFY2(s, qPrintable(e));
            // Readings on two days (day blocks, one with a quality flag) travel too.
            const QList<StoreRow> sensors = wait(s->rows(QStringLiteral("sensors")));
            QVERIFY(!sensors.isEmpty());
            ReadingBatch b;
            b.qualities = {QStringLiteral("checked")};
            const qint64 t0 = QDateTime(QDate(2024, 9, 15), QTime(23, 55), Qt::UTC).toMSecsSinceEpoch();
            b.rows = {{t0, 1.25, qint32(sensors.first().fid), -1}, {t0 + 300000, 2.5, qint32(sensors.first().fid), 0}};
            const AppendResult ar = wait(s->appendReadings(std::move(b)));
            QVERIFY2(ar.ok && ar.stored == 2, qPrintable(ar.error));
        }
        const QString server = fresh(QStringLiteral("pg"));
        QVERIFY2(StoreCopy::copy(file, server, false, {}, &e), qPrintable(e));
        QVERIFY(!StoreCopy::copy(file, server, false, {}, &e)); // a non-empty destination needs --replace
        QVERIFY2(e.contains(QLatin1String("refusing")), qPrintable(e));
        const QString back = fresh(QStringLiteral("gpkg"));
        QVERIFY2(StoreCopy::copy(server, back, false, {}, &e), qPrintable(e));
        std::unique_ptr<Store> a = Store::open(file, &e), b = Store::open(back, &e);
        QVERIFY(a && b);
        for (const TableSpec &t : Schema::currentTables()) {
            if (t.name == QLatin1String("audit_log") || t.name == QLatin1String("schema_version"))
                continue;
            QList<StoreRow> ra, rb;
            QString ea, eb;
            QVERIFY(wait(a->dumpTable(t.name, &ra, &ea)) && wait(b->dumpTable(t.name, &rb, &eb)));
            QCOMPARE(rb.size(), ra.size());
            for (int i = 0; i < ra.size(); ++i) {
                QCOMPARE(rb[i].fid, ra[i].fid);
                for (auto it = ra[i].values.cbegin(); it != ra[i].values.cend(); ++it)
                    QVERIFY2(it.value().typeId() == QMetaType::QByteArray // reading_days blocks, byte for byte
                                 ? rb[i].values.value(it.key()).toByteArray() == it.value().toByteArray()
                                 : rb[i].values.value(it.key()).toString() == it.value().toString(),
                             qPrintable(QStringLiteral("%1 row %2 column %3").arg(t.name).arg(ra[i].fid).arg(it.key())));
            }
        }
        const QList<AuditEntry> history = wait(b->auditLog({}, 0, 100000));
        const QList<AuditEntry> original = wait(a->auditLog({}, 0, 100000));
        QCOMPARE(history.size(), original.size() + 2); // plus each copy's own "create" entry
    }

    // The server restarts mid-session: the seat shows it is offline, refuses writes visibly, reconnects by
    // itself and catches up on the change committed meanwhile (by change id).
    void serverRestartCatchUp()
    {
        const QString at = fresh(QStringLiteral("pg"));
        QString e;
        std::unique_ptr<Store> seat = Store::create(at, &e);
        QVERIFY2(seat, qPrintable(e));
        QSignalSpy online(seat.get(), &Store::connectionChanged);
        QSignalSpy feed(seat.get(), &Store::rowsChanged);
        const QString dir = qEnvironmentVariable("FC_TEST_PG_DIR");
        QVERIFY(!dir.isEmpty());
        QProcess restart;
        restart.start(QStringLiteral(FC_SOURCE_DIR "/tests/pg/pgserver.sh"), {QStringLiteral("restart"), dir});
        QVERIFY(restart.waitForFinished(60000));
        QCOMPARE(restart.exitCode(), 0);
        // The ping notices within a couple of seconds, or the next write does.
        QTRY_VERIFY_WITH_TIMEOUT(!online.isEmpty(), 15000);
        QCOMPARE(online.first().at(0).toBool(), false);
        // Another seat commits while this one is away.
        std::unique_ptr<Store> other = Store::open(at, &e);
        QVERIFY2(other, qPrintable(e));
        const WriteResult w = wait(other->insertRow(QStringLiteral("duty_log"), {{QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00Z")},
                                                                               {QStringLiteral("entry"), QStringLiteral("交接班")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        QTRY_VERIFY_WITH_TIMEOUT(online.size() >= 2, 15000);
        QCOMPARE(online.last().at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isEmpty(), 10000);
        bool caught = false;
        for (const QList<QVariant> &args : std::as_const(feed))
            for (const RowEvent &ev : args.first().value<QList<RowEvent>>())
                caught = caught || (ev.table == QLatin1String("duty_log") && ev.fid == w.fids.first());
        QVERIFY(caught);
    }
};

QTEST_MAIN(TstStoreBackends)
#include "tst_storebackends.moc"
