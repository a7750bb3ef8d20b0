// The incident desk as it was at a past time (a replay): rows rebuilt from the rows now and the audit trail.
// A hand-worked rewind, then a real sequence of reports, dispatches and moves on both backends (a GeoPackage file
// and the CTest fixture's PostgreSQL + PostGIS server: without the server this test fails, it never skips).
#include "app/core/store/asofrows.h"
#include "app/core/district/demooperation.h"
#include "app/core/live/dispatchstate.h"
#include "app/core/rules/incidentdesk.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "app/core/live/storelayersync.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace fc;

namespace {

StoreRow audit(qint64 fid, const QString &table, const QString &action, qint64 row, const QVariantMap &before = {})
{
    return StoreRow{fid, {{QStringLiteral("table_name"), table}, {QStringLiteral("action"), action},
                          {QStringLiteral("row_fid"), row},
                          {QStringLiteral("before"), QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(before)).toJson())}}};
}

QVariantMap incident(const QString &state, const QString &title = QStringLiteral("积水"))
{
    return {{QStringLiteral("state"), state}, {QStringLiteral("title"), title}};
}

// A fresh database on the test server (CTest fixture "pgserver"), as a store URI.
QString serverUri(int n)
{
    const QString port = qEnvironmentVariable("FC_TEST_PG_PORT");
    const QString name = QStringLiteral("fc_asof_%1").arg(n);
    const QString conn = QStringLiteral("tst_asof_") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port.toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            qWarning("no test server on port %s: %s", qPrintable(port), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qWarning("cannot create %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(conn);
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(port, name);
}

// The moment between two writes: after the first has committed, before the second starts.
QDateTime between()
{
    QThread::msleep(15);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    QThread::msleep(15);
    return t;
}

} // namespace

class TstAsOfView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    // Hand-worked: now incident 1 is "closed", 2 exists, 3 is gone. After T: 1 went reported -> dispatched ->
    // closed (two updates), 2 was inserted, 3 was deleted (it was "reported"), rescue_teams was imported, a
    // sensor row changed. At T: 1 is "reported" (the first change's before), 2 did not exist, 3 is back, teams are
    // flagged and shown as now (the import replaced them), sensors are not asked for. Entries come in any order.
    void rewindHandWorked()
    {
        AsOfRows::Tables now;
        now[QStringLiteral("incidents")] = {{1, StoreRow{1, incident(QStringLiteral("closed"))}},
                                            {2, StoreRow{2, incident(QStringLiteral("reported"), QStringLiteral("新"))}},
                                            {4, StoreRow{4, incident(QStringLiteral("on_scene"))}}};
        now[QStringLiteral("rescue_teams")] = {{7, StoreRow{7, {{QStringLiteral("name"), QStringLiteral("一队")}}}}};
        const QList<StoreRow> entries = {
            audit(14, QStringLiteral("incidents"), QStringLiteral("update"), 1, incident(QStringLiteral("dispatched"))),
            audit(11, QStringLiteral("incidents"), QStringLiteral("update"), 1, incident(QStringLiteral("reported"))),
            audit(12, QStringLiteral("incidents"), QStringLiteral("insert"), 2),
            audit(13, QStringLiteral("incidents"), QStringLiteral("delete"), 3, incident(QStringLiteral("reported"), QStringLiteral("倒树"))),
            audit(15, QStringLiteral("rescue_teams"), QStringLiteral("import"), 0),
            audit(17, QStringLiteral("rescue_teams"), QStringLiteral("update"), 7, {{QStringLiteral("name"), QStringLiteral("旧名")}}),
            audit(16, QStringLiteral("sensors"), QStringLiteral("update"), 5, {{QStringLiteral("name"), QStringLiteral("x")}}),
        };
        const AsOfRows r = AsOfRows::rewind(now, entries);
        const QHash<qint64, StoreRow> inc = r.rows.value(QStringLiteral("incidents"));
        QCOMPARE(inc.size(), 3);
        QCOMPARE(inc.value(1).values.value(QStringLiteral("state")).toString(), QStringLiteral("reported"));
        QVERIFY(!inc.contains(2));
        QCOMPARE(inc.value(3).values.value(QStringLiteral("title")).toString(), QStringLiteral("倒树"));
        QCOMPARE(inc.value(4).values.value(QStringLiteral("state")).toString(), QStringLiteral("on_scene")); // untouched
        QCOMPARE(r.unrecoverable, QStringList{QStringLiteral("rescue_teams")});
        // ... and shown as it is now, even its rows changed after the import.
        QCOMPARE(r.rows.value(QStringLiteral("rescue_teams")).value(7).values.value(QStringLiteral("name")).toString(), QStringLiteral("一队"));
        QVERIFY(!r.rows.contains(QStringLiteral("sensors")));
        QCOMPARE(AsOfRows::auditWhere({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("table_name IN (?, ?) AND at > ?"));
    }

    void storeAsOf_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("gpkg") << QStringLiteral("gpkg");
        QTest::newRow("server") << QStringLiteral("server");
    }

    // Report an incident, dispatch a team, send it en route, with moments t0..t3 between the writes; then the
    // desk as of each moment, a live change during the replay (not shown until back to live), and back to live.
    void storeAsOf()
    {
        QFETCH(QString, kind);
        static int n = 0;
        QString error;
        std::unique_ptr<Store> store = kind == QLatin1String("gpkg")
                                           ? DemoOperation::createStore(m_dir.filePath(QStringLiteral("asof%1.gpkg").arg(++n)), &error)
                                           : DemoOperation::createStore(serverUri(++n), &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime domain(QDate(2024, 9, 16), QTime(6, 0), Qt::UTC);
        const qint64 team = store->rows(QStringLiteral("rescue_teams")).result().first().fid;
        const QString teamStatus0 = store->row(QStringLiteral("rescue_teams"), team).result().values.value(QStringLiteral("duty_status")).toString();

        const QDateTime t0 = between();
        const WriteResult created = IncidentDesk::createIncident(*store, {{QStringLiteral("kind"), QStringLiteral("waterlogging")},
                                                                         {QStringLiteral("title"), QStringLiteral("建国中路积水")},
                                                                         {QStringLiteral("lon"), 121.4655}, {QStringLiteral("lat"), 31.2083}},
                                                                 domain);
        QVERIFY2(created.ok, qPrintable(created.error));
        const qint64 inc = created.fids.first();
        const QDateTime t1 = between();
        const WriteResult sent = IncidentDesk::dispatch(*store, inc, team, domain.addSecs(120));
        QVERIFY2(sent.ok, qPrintable(sent.error));
        const QDateTime t2 = between();
        QVERIFY(IncidentDesk::move(*store, inc, QStringLiteral("en_route"), domain.addSecs(300)).ok);
        const QDateTime t3 = between();

        DispatchState state;
        QSignalSpy loaded(&state, &DispatchState::loaded);
        state.setStore(store.get());
        QTRY_VERIFY(state.isLoaded());
        QCOMPARE(loaded.count(), 1);
        auto incState = [&] { return IncidentDesk::stateOf(state.row(QStringLiteral("incidents"), inc)); };
        auto teamStatus = [&] { return state.row(QStringLiteral("rescue_teams"), team).values.value(QStringLiteral("duty_status")).toString(); };
        QCOMPARE(incState(), QStringLiteral("en_route"));
        QCOMPARE(teamStatus(), QStringLiteral("en_route"));

        QSignalSpy asOf(&state, &DispatchState::asOfChanged);
        QSignalSpy changed(&state, &DispatchState::changed);
        auto showAt = [&](const QDateTime &t) {
            const int before = int(asOf.count());
            state.setAsOf(t);
            return QTest::qWaitFor([&] { return asOf.count() > before; }, 10000);
        };
        QVERIFY(showAt(t2));
        QVERIFY(state.isShowingPast());
        QCOMPARE(incState(), QStringLiteral("dispatched"));
        QCOMPARE(teamStatus(), QStringLiteral("dispatched"));
        QCOMPARE(state.activeDispatches(inc).size(), 1);
        QVERIFY(!changed.isEmpty()); // rows announced one by one ...
        QCOMPARE(loaded.count(), 1);  // ... never a reload

        QVERIFY(showAt(t1));
        QCOMPARE(incState(), QStringLiteral("reported"));
        QCOMPARE(teamStatus(), teamStatus0);
        QVERIFY(state.activeDispatches(inc).isEmpty());
        QVERIFY(state.rows(QStringLiteral("dispatches")).isEmpty());

        QVERIFY(showAt(t0));
        QVERIFY(!state.rows(QStringLiteral("incidents")).contains(inc));
        QVERIFY(state.unrecoverable().isEmpty());

        // Another seat moves the incident on while the replay shows t1: the past does not change.
        QVERIFY(showAt(t1));
        changed.clear();
        QVERIFY(IncidentDesk::move(*store, inc, QStringLiteral("on_scene"), domain.addSecs(900)).ok);
        QTest::qWait(300);
        QCOMPARE(incState(), QStringLiteral("reported"));
        QVERIFY(changed.isEmpty());
        QVERIFY(showAt(t3)); // the moment before that move
        QCOMPARE(incState(), QStringLiteral("en_route"));

        // Back to live: the latest state, including the move made during the replay.
        state.setAsOf({});
        QVERIFY(!state.isShowingPast());
        QCOMPARE(incState(), QStringLiteral("on_scene"));
        QCOMPARE(teamStatus(), QStringLiteral("on_scene"));
        QCOMPARE(loaded.count(), 1);
    }

    // The map during a replay: a team moved and another added after the replay time show where they were (and
    // that the second did not exist); a move made during the replay stays underneath and shows back in live.
    void mapLayerAsOf()
    {
        QString error;
        auto store = Store::create(m_dir.filePath(QStringLiteral("map.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        auto point = [](double lon, double lat) { return QStringLiteral("POINT (%1 %2)").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6); };
        WriteResult w = store->insertRow(QStringLiteral("rescue_teams"), {{QStringLiteral("name"), QStringLiteral("一队")},
                                                                        {QStringLiteral("geom"), point(121.47, 31.21)}}).result();
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint64 first = w.fids.first();
        const QDateTime t1 = between();
        w = store->updateRow(QStringLiteral("rescue_teams"), first,
                             {{QStringLiteral("geom"), point(121.49, 31.23)}}).result();
        QVERIFY2(w.ok, qPrintable(w.error));
        w = store->insertRow(QStringLiteral("rescue_teams"), {{QStringLiteral("name"), QStringLiteral("二队")},
                                                            {QStringLiteral("geom"), point(121.50, 31.20)}}).result();
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint64 second = w.fids.first();

        const LayerRead read = store->readLayers({QStringLiteral("rescue_teams")}).result();
        QVERIFY2(read.ok, qPrintable(read.error));
        VectorLayer teams(QStringLiteral("rescue_teams"), QStringLiteral("rescue_teams"));
        teams.setStore(read.layers.value(QStringLiteral("rescue_teams")));
        StoreLayerSync sync(store.get());
        sync.track(&teams, read.changeId);
        auto where = [&](qint64 fid) {
            const int i = teams.store()->indexOfFid(fid);
            if (i < 0)
                return QPointF(qQNaN(), qQNaN());
            int n = 0;
            return *teams.store()->part(i, 0, &n);
        };
        auto near = [](QPointF a, double lon, double lat) {
            const QPointF b = WebMercator::fromLonLat(lon, lat);
            return std::abs(a.x() - b.x()) < 0.01 && std::abs(a.y() - b.y()) < 0.01;
        };
        QVERIFY(near(where(first), 121.49, 31.23));
        QCOMPARE(teams.store()->count(), 2);

        QSignalSpy applied(&sync, &StoreLayerSync::asOfApplied);
        sync.setAsOf(t1);
        QVERIFY(applied.wait(10000));
        QCOMPARE(teams.store()->count(), 1);
        QVERIFY(near(where(first), 121.47, 31.21));
        QCOMPARE(teams.store()->indexOfFid(second), -1);
        QVERIFY(sync.unrecoverable().isEmpty());

        // A live move during the replay: the map keeps showing t1.
        w = store->updateRow(QStringLiteral("rescue_teams"), first,
                             {{QStringLiteral("geom"), point(121.52, 31.25)}}).result();
        QVERIFY2(w.ok, qPrintable(w.error));
        QTRY_COMPARE_WITH_TIMEOUT(sync.pendingJobs(), 0, 10000);
        QTest::qWait(200);
        QVERIFY(near(where(first), 121.47, 31.21));

        sync.setAsOf({});
        QCOMPARE(teams.store()->count(), 2);
        QVERIFY(near(where(first), 121.52, 31.25));
        QVERIFY(near(where(second), 121.50, 31.20));
    }
};

QTEST_MAIN(TstAsOfView)
#include "tst_asofview.moc"
