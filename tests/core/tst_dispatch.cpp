// Incidents and dispatch through the store: lifecycle and timestamps, overdue rules with a fixed clock,
// recommendation order and the equipment filter, flooded roads, one active dispatch per team across two
// store connections, undo of a mistaken status change, the shift handover summary, floodctl exit codes.
// Expected times are worked out by hand on a hand-made network (tertiary roads: 30 km/h, 100 m = 12 s).
#include "app/core/base/clock.h"
#include "app/core/district/demooperation.h"
#include "app/core/rules/dutydesk.h"
#include "app/core/models/incidentcommands.h"
#include "app/core/rules/incidentdesk.h"
#include "app/core/rules/prepositioning.h"
#include "app/core/rules/roadnetwork.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "app/core/store/storebackend.h"
#include "app/core/store/gpkg/storeworker.h"
#include "app/core/live/dispatchstate.h"
#include "app/core/models/teamboardmodel.h"
#include "app/core/models/teamstyle.h"
#include "app/core/base/uilanguage.h"
#include "app/core/rules/warningactions.h"
#include "app/core/rules/warningstate.h"
#include "maps/featurestore.h"
#include "storetestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTranslator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cmath>

using namespace fc;
using fc::testutil::wait;

namespace {

// x metres east, y metres north of (121.47, 31.22), at the WGS 84 radii of curvature there (routes are geodesic).
GeoPoint P(double x, double y)
{
    constexpr double rad = 3.14159265358979323846 / 180.0, e2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);
    const double w = 1 - e2 * std::sin(31.22 * rad) * std::sin(31.22 * rad);
    const double perDegLat = 6378137.0 * (1 - e2) / std::pow(w, 1.5) * rad;
    const double perDegLon = 6378137.0 / std::sqrt(w) * std::cos(31.22 * rad) * rad;
    return GeoPoint(121.47 + x / perDegLon, 31.22 + y / perDegLat);
}
QString wkt(std::initializer_list<GeoPoint> pts)
{
    QStringList s;
    for (const GeoPoint &p : pts)
        s << QStringLiteral("%1 %2").arg(p.lon, 0, 'f', 9).arg(p.lat, 0, 'f', 9);
    return (pts.size() == 1 ? QStringLiteral("POINT (%1)") : QStringLiteral("LINESTRING (%1)")).arg(s.join(QLatin1String(", ")));
}
RowChange ins(const QString &table, const QVariantMap &v)
{
    return {RowChange::Kind::Insert, table, 0, v};
}
QDateTime at(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

const QDateTime T0 = QDateTime(QDate(2024, 9, 16), QTime(1, 0), Qt::UTC);

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // Square A(0,0) B(400,0) C(400,400) D(0,400), spur A-E(-400,0). Teams: 1 at B (2 pumps), 2 at C (1 pump, a
    // boat), 3 at (-300,0) (3 pumps), 4 at A off duty (5 pumps).
    std::unique_ptr<Store> makeStore(QString *path = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("d%1.gpkg").arg(++m_n));
        QString error;
        auto store = Store::create(file, &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        store->setUser(QStringLiteral("officer-a"));
        QList<RowChange> c;
        const QList<std::pair<GeoPoint, GeoPoint>> roads = {
            {P(0, 0), P(400, 0)}, {P(400, 0), P(400, 400)}, {P(400, 400), P(0, 400)}, {P(0, 400), P(0, 0)},
            {P(0, 0), P(-400, 0)}};
        int i = 0;
        for (const auto &r : roads)
            c << ins(QStringLiteral("roads"), {{QStringLiteral("id"), QStringLiteral("R-%1").arg(++i)},
                                               {QStringLiteral("name"), QStringLiteral("road %1").arg(i)},
                                               {QStringLiteral("class"), QStringLiteral("tertiary")},
                                               {QStringLiteral("geom"), wkt({r.first, r.second})}});
        const QList<std::tuple<const char *, GeoPoint, const char *>> teams = {
            {"East pumps", P(400, 0), "available"}, {"North boats", P(400, 400), "available"},
            {"West crew", P(-300, 0), "standing_watch"}, {"Resting", P(0, 0), "off_duty"}};
        for (const auto &[name, pos, duty] : teams)
            c << ins(QStringLiteral("rescue_teams"), {{QStringLiteral("name"), QString::fromLatin1(name)},
                                                      {QStringLiteral("duty_status"), QString::fromLatin1(duty)},
                                                      {QStringLiteral("geom"), wkt({pos})}});
        const QList<std::tuple<int, const char *, int>> kit = {{1, "pump", 2}, {2, "pump", 1}, {2, "boat", 1},
                                                               {3, "pump", 3}, {4, "pump", 5}};
        for (const auto &[team, kind, count] : kit)
            c << ins(QStringLiteral("team_equipment"), {{QStringLiteral("team_fid"), team},
                                                        {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                                        {QStringLiteral("count"), count}});
        const WriteResult r = wait(store->apply(c));
        if (!r.ok)
            qFatal("%s", qPrintable(r.error));
        if (path)
            *path = file;
        return store;
    }

    qint64 incident(Store &store, GeoPoint p, const QDateTime &now, const char *priority = "high")
    {
        const WriteResult r = IncidentDesk::createIncident(
            store, {{QStringLiteral("kind"), QStringLiteral("waterlogging")}, {QStringLiteral("lon"), p.lon},
                    {QStringLiteral("lat"), p.lat}, {QStringLiteral("priority"), QString::fromLatin1(priority)}},
            now);
        return r.ok ? r.fids.value(0) : 0;
    }

    StoreRow row(Store &s, const char *table, qint64 fid)
    {
        return wait(s.row(QString::fromLatin1(table), fid, true));
    }

private Q_SLOTS:
    void lifecycleAndTimestamps()
    {
        auto store = makeStore();
        Clock clock;
        clock.setFixed(T0);
        const qint64 inc = incident(*store, P(200, 10), clock.now());
        QVERIFY(inc > 0);
        clock.advance(120);
        QVERIFY(IncidentDesk::dispatch(*store, inc, 1, clock.now()).ok);
        const struct { const char *to; int after; } steps[] = {
            {"en_route", 60}, {"on_scene", 240}, {"resolved", 600}, {"closed", 60}};
        for (const auto &s : steps) {
            clock.advance(s.after);
            const WriteResult r = IncidentDesk::move(*store, inc, QString::fromLatin1(s.to), clock.now());
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        const QList<StoreRow> log = wait(store->rows(QStringLiteral("incident_log"), QStringLiteral("incident_fid = ?"), {inc}));
        const QStringList expectState = {QStringLiteral("reported"), QStringLiteral("dispatched"), QStringLiteral("en_route"),
                                         QStringLiteral("on_scene"), QStringLiteral("resolved"), QStringLiteral("closed")};
        const int expectSecs[] = {0, 120, 180, 420, 1020, 1080};
        QCOMPARE(log.size(), expectState.size());
        for (int i = 0; i < log.size(); ++i) {
            QCOMPARE(log[i].values.value(QStringLiteral("to_state")).toString(), expectState[i]);
            QCOMPARE(at(log[i].values.value(QStringLiteral("at"))), T0.addSecs(expectSecs[i]));
            QCOMPARE(log[i].values.value(QStringLiteral("actor")).toString(), QStringLiteral("officer-a"));
        }
        QCOMPARE(log[1].values.value(QStringLiteral("team_fid")).toLongLong(), 1);
        const StoreRow i = row(*store, "incidents", inc);
        QCOMPARE(i.values.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(i.values.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(at(i.values.value(QStringLiteral("closed_at"))), T0.addSecs(1080));
        const QList<StoreRow> d = wait(store->rows(QStringLiteral("dispatches")));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].values.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(at(d[0].values.value(QStringLiteral("ordered_at"))), T0.addSecs(120));
        QCOMPARE(at(d[0].values.value(QStringLiteral("arrived_at"))), T0.addSecs(420));
        QCOMPARE(at(d[0].values.value(QStringLiteral("done_at"))), T0.addSecs(1020));
        const StoreRow team = row(*store, "rescue_teams", 1);
        QCOMPARE(team.values.value(QStringLiteral("duty_status")).toString(), QStringLiteral("returning"));
        QVERIFY(team.values.value(QStringLiteral("current_incident_fid")).isNull());
        // Every step is in the duty log by itself.
        QCOMPARE(wait(store->rows(QStringLiteral("duty_log"))).size(), 6);
        // A step the lifecycle does not allow changes nothing.
        const int audit = int(wait(store->auditLog()).size());
        const WriteResult bad = IncidentDesk::move(*store, inc, QStringLiteral("on_scene"), clock.now());
        QVERIFY(!bad.ok);
        QVERIFY(bad.error.contains(QLatin1String("cannot go")));
        QCOMPARE(int(wait(store->auditLog()).size()), audit);
        // Skipping the dispatch is refused too.
        const qint64 other = incident(*store, P(100, 400), clock.now());
        QVERIFY(!IncidentDesk::move(*store, other, QStringLiteral("on_scene"), clock.now()).ok);
    }

    void twoTeamsOnOneIncident()
    {
        auto store = makeStore();
        Clock clock;
        clock.setFixed(T0);
        const qint64 inc = incident(*store, P(200, 10), clock.now(), "urgent");
        QVERIFY(IncidentDesk::dispatch(*store, inc, 1, clock.now()).ok);
        QVERIFY(IncidentDesk::dispatch(*store, inc, 3, clock.now()).ok); // a second team, from its watch post
        QCOMPARE(row(*store, "incidents", inc).values.value(QStringLiteral("state")).toString(), QStringLiteral("dispatched"));
        QVERIFY(IncidentDesk::move(*store, inc, QStringLiteral("on_scene"), clock.now()).ok);
        for (qint64 team : {1, 3})
            QCOMPARE(row(*store, "rescue_teams", team).values.value(QStringLiteral("duty_status")).toString(),
                     QStringLiteral("on_scene"));
        QVERIFY(IncidentDesk::move(*store, inc, QStringLiteral("resolved"), clock.now()).ok);
        for (const StoreRow &d : wait(store->rows(QStringLiteral("dispatches"))))
            QCOMPARE(d.values.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        for (qint64 team : {1, 3})
            QCOMPARE(row(*store, "rescue_teams", team).values.value(QStringLiteral("duty_status")).toString(),
                     QStringLiteral("returning"));
    }

    void overdueWithFixedClock()
    {
        Clock clock;
        clock.setFixed(T0);
        auto incidentRow = [](qint64 fid, const char *priority, const char *state) {
            StoreRow r;
            r.fid = fid;
            r.values = {{QStringLiteral("state"), QString::fromLatin1(state)},
                        {QStringLiteral("priority"), QString::fromLatin1(priority)},
                        {QStringLiteral("reported_at"), T0.toString(Qt::ISODateWithMs)}};
            return r;
        };
        const QList<StoreRow> incidents = {incidentRow(1, "high", "reported"), incidentRow(2, "low", "reported"),
                                           incidentRow(3, "urgent", "dispatched")};
        StoreRow d;
        d.fid = 7;
        d.values = {{QStringLiteral("incident_fid"), 3}, {QStringLiteral("status"), QStringLiteral("ordered")},
                    {QStringLiteral("ordered_at"), T0.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("eta_at"), T0.addSecs(300).toString(Qt::ISODateWithMs)}};
        OverdueRules rules; // high 10 min, low 30 min; on scene by ETA + 10 min
        clock.advance(9 * 60);
        QVERIFY(DutyDesk::overdue(incidents, {d}, clock.now(), rules).isEmpty());
        clock.advance(2 * 60); // 11 min: the high-priority incident has no team past its 10 min
        QList<OverdueAlert> a = DutyDesk::overdue(incidents, {d}, clock.now(), rules);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].incidentFid, 1);
        QCOMPARE(a[0].kind, OverdueAlert::Kind::NoTeam);
        QCOMPARE(a[0].minutesLate, 1);
        clock.advance(5 * 60); // 16 min: the team due at 5 min + 10 min grace is not on scene
        a = DutyDesk::overdue(incidents, {d}, clock.now(), rules);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[1].kind, OverdueAlert::Kind::NotOnScene);
        QCOMPARE(a[1].incidentFid, 3);
        QCOMPARE(a[1].dispatchFid, 7);
        // On site: no longer overdue. 31 min: the low-priority incident joins.
        d.values.insert(QStringLiteral("status"), QStringLiteral("on_site"));
        clock.advance(15 * 60);
        a = DutyDesk::overdue(incidents, {d}, clock.now(), rules);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].incidentFid, 1);
        QCOMPARE(a[1].incidentFid, 2);
    }

    void recommendationOrderAndEquipment()
    {
        auto store = makeStore();
        QString error;
        const RoadNetwork net = RoadNetwork::load(*store, {}, &error);
        QVERIFY2(!net.isEmpty(), qPrintable(error));
        const QList<TeamCandidate> teams = IncidentDesk::teams(wait(store->rows(QStringLiteral("rescue_teams"), {}, {}, true)),
                                                               wait(store->rows(QStringLiteral("team_equipment"))));
        // Incident 10 m off road 1, at x = 200: team 1 200 m (24 s), team 3 500 m (60 s), team 2 600 m (72 s);
        // team 4 is off duty.
        QList<TeamRanking> r = IncidentDesk::recommend(net, P(200, 10), teams, {});
        QCOMPARE(r.size(), 3);
        const qint64 order[] = {1, 3, 2};
        const double secs[] = {24, 60, 72};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r[i].teamFid, order[i]);
            QVERIFY2(std::abs(r[i].seconds - secs[i]) < 0.1, qPrintable(QString::number(r[i].seconds)));
        }
        QVERIFY(std::abs(r[1].metres - 500) < 1);
        // Two pumps needed: team 2 (one pump) drops out.
        r = IncidentDesk::recommend(net, P(200, 10), teams, {QStringLiteral("pump:2")});
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].teamFid, 1);
        QCOMPARE(r[1].teamFid, 3);
        r = IncidentDesk::recommend(net, P(200, 10), teams, {QStringLiteral("boat")});
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].teamFid, 2);
    }

    void floodedRoadsAvoided()
    {
        auto store = makeStore();
        QString error;
        // From (-300,0) to B: 700 m along roads 5 and 1 = 84 s.
        RoadNetwork net = RoadNetwork::load(*store, {}, &error);
        QVERIFY(std::abs(net.graph().route(P(-300, 0), P(400, 0)).seconds - 84) < 0.1);
        // A waterlogging report of 40 cm on road 1 closes it: round by D and C, 1500 m = 180 s.
        Clock clock;
        clock.setFixed(T0);
        QVERIFY(IncidentDesk::createIncident(*store, {{QStringLiteral("kind"), QStringLiteral("waterlogging")},
                                                      {QStringLiteral("lon"), P(200, 10).lon},
                                                      {QStringLiteral("lat"), P(200, 10).lat},
                                                      {QStringLiteral("depth_cm"), 40}},
                                             clock.now())
                    .ok);
        net = RoadNetwork::load(*store, {}, &error);
        QCOMPARE(net.roadsIn(RoadNetwork::RoadState::Closed), QList<qint64>{1});
        RoadGraph::Route route = net.graph().route(P(-300, 0), P(400, 0));
        QVERIFY(route.found);
        QVERIFY2(std::abs(route.seconds - 180) < 0.2, qPrintable(QString::number(route.seconds)));
        for (int e : route.edges)
            QVERIFY(net.graph().edge(e).featureId != 1);
        // 15 cm only slows it (x2 here): 300 m + 400 m x 2 = 1100 m-equivalents = 132 s, through road 1.
        FloodRules slow;
        slow.slowFactor = 2;
        net.setDepths({{1, 15.0}}, slow);
        QCOMPARE(net.state(1), RoadNetwork::RoadState::Slowed);
        QVERIFY(std::abs(net.graph().route(P(-300, 0), P(400, 0)).seconds - 132) < 0.2);
        // A depth sensor on road 2 (via its waterlogging-prone section) reading 30 cm closes road 2.
        QVERIFY(wait(store->apply({ins(QStringLiteral("waterlogging_roads"),
                                       {{QStringLiteral("id"), QStringLiteral("WL-T")},
                                        {QStringLiteral("road_segment_id"), QStringLiteral("R-2")},
                                        {QStringLiteral("geom"), wkt({P(400, 0), P(400, 400)})}}),
                                   ins(QStringLiteral("sensors"), {{QStringLiteral("kind"), QStringLiteral("waterlogging")},
                                                                   {QStringLiteral("road_id"), QStringLiteral("WL-T")},
                                                                   {QStringLiteral("geom"), wkt({P(400, 200)})}})}))
                    .ok);
        ReadingBatch reading;
        reading.rows = {{T0.toMSecsSinceEpoch(), 30.0, 1, -1}};
        QVERIFY(wait(store->appendReadings(std::move(reading))).ok);
        net = RoadNetwork::load(*store, {}, &error);
        QCOMPARE(net.roadsIn(RoadNetwork::RoadState::Closed), (QList<qint64>{1, 2}));
        // B is now reached only over the last stretch of a closed road (slowly): from (-300,0) there is no way
        // round, so the route goes A -> B on road 1 at 3x: 36 s + 144 s = 180 s, or D C B on road 2 at 3x.
        route = net.graph().route(P(-300, 0), P(400, 0));
        QVERIFY(route.found);
    }

    void oneActiveDispatchPerTeam()
    {
        QString path;
        auto a = makeStore(&path);
        QString error;
        auto b = Store::open(path, &error);
        QVERIFY2(b, qPrintable(error));
        a->setUser(QStringLiteral("wang"));
        b->setUser(QStringLiteral("li"));
        Clock clock;
        clock.setFixed(T0);
        const qint64 i1 = incident(*a, P(200, 10), clock.now());
        const qint64 i2 = incident(*b, P(100, 400), clock.now());
        // Both officers see team 1 available and send it at the same moment, each to their incident.
        const StoreRow team = row(*a, "rescue_teams", 1);
        const IncidentStep s1 = IncidentDesk::dispatch(row(*a, "incidents", i1), team, nullptr, QStringLiteral("wang"), clock.now());
        const IncidentStep s2 = IncidentDesk::dispatch(row(*b, "incidents", i2), team, nullptr, QStringLiteral("li"), clock.now());
        QVERIFY(s1.error.isEmpty() && s2.error.isEmpty());
        QFuture<WriteResult> f1 = a->apply(s1.forward);
        QFuture<WriteResult> f2 = b->apply(s2.forward);
        const WriteResult r1 = wait(f1), r2 = wait(f2);
        QCOMPARE(int(r1.ok) + int(r2.ok), 1);
        const bool wangWon = r1.ok;
        const WriteResult &lost = wangWon ? r2 : r1;
        // Recognised by the store layer from the database's refusal (not by the wording of its message).
        QCOMPARE(int(lost.refusal), int(WriteRefusal::Conflict));
        QCOMPARE(lost.constraint, QLatin1String(StoreBackend::OneActiveDispatchPerTeam));
        const QString msg = IncidentDesk::dispatchRefused(wangWon ? *b : *a, team, lost);
        QVERIFY2(msg.contains(wangWon ? QLatin1String("wang") : QLatin1String("li")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("#%1").arg(wangWon ? i1 : i2)), qPrintable(msg));
        // The loser's write left nothing behind: its incident is still reported.
        const StoreRow loserIncident = row(*a, "incidents", wangWon ? i2 : i1);
        QCOMPARE(loserIncident.values.value(QStringLiteral("state")).toString(), QStringLiteral("reported"));
        QCOMPARE(wait(a->rows(QStringLiteral("dispatches"))).size(), 1);
        // Once that dispatch is over, the team can go again.
        QVERIFY(IncidentDesk::move(*a, wangWon ? i1 : i2, QStringLiteral("cancelled"), clock.now()).ok);
        QVERIFY(IncidentDesk::dispatch(*b, wangWon ? i2 : i1, 1, clock.now()).ok);
    }

    void undoMistakenStatusChange()
    {
        auto store = makeStore();
        Clock clock;
        clock.setFixed(T0);
        const qint64 inc = incident(*store, P(200, 10), clock.now());
        QVERIFY(IncidentDesk::dispatch(*store, inc, 1, clock.now()).ok);
        QVERIFY(IncidentDesk::move(*store, inc, QStringLiteral("en_route"), clock.now()).ok);
        clock.advance(60);
        // "On scene" pressed by mistake, then undone.
        const StoreRow d = IncidentDesk::activeDispatches(*store, inc).value(0);
        const IncidentStep step = IncidentDesk::move(row(*store, "incidents", inc), QStringLiteral("on_scene"), {d},
                                                     {row(*store, "rescue_teams", 1)}, store->user(), clock.now());
        QVERIFY(step.error.isEmpty());
        QUndoStack stack;
        auto *cmd = new IncidentStepCommand(store.get(), step, QStringLiteral("on scene"));
        stack.push(cmd);
        QVERIFY(wait(cmd->lastWrite()).ok);
        QCOMPARE(row(*store, "incidents", inc).values.value(QStringLiteral("state")).toString(), QStringLiteral("on_scene"));
        stack.undo();
        QVERIFY(wait(cmd->lastWrite()).ok);
        QCOMPARE(row(*store, "incidents", inc).values.value(QStringLiteral("state")).toString(), QStringLiteral("en_route"));
        const StoreRow team = row(*store, "rescue_teams", 1);
        QCOMPARE(team.values.value(QStringLiteral("duty_status")).toString(), QStringLiteral("en_route"));
        const StoreRow d2 = row(*store, "dispatches", d.fid);
        QCOMPARE(d2.values.value(QStringLiteral("status")).toString(), QStringLiteral("en_route"));
        QVERIFY(d2.values.value(QStringLiteral("arrived_at")).isNull());
        // The log keeps the mistake and its undo.
        const QList<StoreRow> log = wait(store->rows(QStringLiteral("incident_log"), QStringLiteral("incident_fid = ?"), {inc}));
        QCOMPARE(log.size(), 5);
        QCOMPARE(log[3].values.value(QStringLiteral("to_state")).toString(), QStringLiteral("on_scene"));
        QCOMPARE(log[4].values.value(QStringLiteral("to_state")).toString(), QStringLiteral("en_route"));
        QVERIFY(log[4].values.value(QStringLiteral("note")).toString().startsWith(QLatin1String("undo")));
        stack.redo();
        QVERIFY(wait(cmd->lastWrite()).ok);
        QCOMPARE(row(*store, "incidents", inc).values.value(QStringLiteral("state")).toString(), QStringLiteral("on_scene"));
    }

    void handoverSummary()
    {
        auto store = makeStore();
        Clock clock;
        clock.setFixed(T0);
        const qint64 i1 = incident(*store, P(200, 10), clock.now());
        const qint64 i2 = incident(*store, P(100, 400), clock.now());
        const qint64 i3 = incident(*store, P(400, 200), clock.now());
        QVERIFY(IncidentDesk::dispatch(*store, i1, 1, clock.now()).ok);
        QVERIFY(IncidentDesk::move(*store, i3, QStringLiteral("cancelled"), clock.now()).ok);
        clock.advance(3600);
        const HandoverSummary h = DutyDesk::handoverSummary(*store, clock.now());
        QCOMPARE(h.openIncidents, 2);
        QCOMPARE(h.teamsOut, 1);
        QCOMPARE(h.unacknowledgedAlarms, 0); // the gauges' alarms table: none raised here
        QVERIFY(h.text.contains(QStringLiteral("#%1").arg(i1)));
        QVERIFY(h.text.contains(QStringLiteral("#%1").arg(i2)));
        const QString incidents = h.text.section(QStringLiteral("Open incidents"), 1).section(QStringLiteral("Teams out"), 0, 0);
        QVERIFY2(!incidents.contains(QStringLiteral("#%1 ").arg(i3)), qPrintable(incidents)); // cancelled: not open
        QVERIFY(h.text.contains(QLatin1String("East pumps")));
        QVERIFY2(h.text.contains(QLatin1String("Alarms in force: 0 (unacknowledged: 0)")), qPrintable(h.text));
        QVERIFY(!DutyDesk::signHandover(*store, h, QStringLiteral("officer-a"), QString(), clock.now()).ok);
        QVERIFY(wait(store->rows(QStringLiteral("shift_handovers"))).isEmpty());
        QVERIFY(DutyDesk::signHandover(*store, h, QStringLiteral("officer-a"), QStringLiteral("zhang"), clock.now()).ok);
        const QList<StoreRow> s = wait(store->rows(QStringLiteral("shift_handovers")));
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].values.value(QStringLiteral("to_officer")).toString(), QStringLiteral("zhang"));
        QCOMPARE(s[0].values.value(QStringLiteral("summary")).toString(), h.text);
        QVERIFY(wait(store->rows(QStringLiteral("duty_log"), QStringLiteral("officer = 'zhang'"))).size() == 1);
    }

    // The handover a duty officer signs: in Beijing time with dates, carrying the signals in force, the response
    // level, overdue checklist items, alarms in force and the duty log of the shift. T0 is 09:00 Beijing time.
    void handoverCarriesTheShift()
    {
        auto store = makeStore();
        Clock clock;
        clock.setFixed(T0);
        const qint64 i1 = incident(*store, P(200, 10), clock.now());
        QVERIFY(IncidentDesk::dispatch(*store, i1, 1, clock.now()).ok);
        // Rainstorm orange at 09:00, response II confirmed then: its checklist starts at 09:00.
        SignalInput in;
        in.kind = QStringLiteral("rainstorm");
        in.colour = QStringLiteral("orange");
        in.issuedAt = T0;
        in.enteredAt = T0;
        QString e;
        QList<RowChange> c = WarningActions::issue(WarningState::read(*store), in, &e);
        QVERIFY2(!c.isEmpty(), qPrintable(e));
        QVERIFY(wait(store->apply(c, QStringLiteral("signal"))).ok);
        c = WarningActions::decide(WarningState::read(*store), QStringLiteral("II"), QString(), QStringLiteral("officer-a"), T0, &e);
        QVERIFY2(!c.isEmpty(), qPrintable(e));
        QVERIFY(wait(store->apply(c, QStringLiteral("decide"))).ok);
        // An alarm raised at 09:30 and not acknowledged; one cleared (not in force).
        QVERIFY(wait(store->apply({ins(QStringLiteral("sensors"), {{QStringLiteral("name"), QStringLiteral("Gauge Nanjing Road")},
                                                                   {QStringLiteral("kind"), QStringLiteral("rain")},
                                                                   {QStringLiteral("geom"), QStringLiteral("POINT (121.48 31.23)")}})},
                                  QStringLiteral("sensor"))).ok);
        QVERIFY(wait(store->apply({ins(QStringLiteral("alarms"), {{QStringLiteral("sensor_fid"), 1}, {QStringLiteral("source"), QStringLiteral("rain_1h")},
                                                                  {QStringLiteral("level"), QStringLiteral("orange")}, {QStringLiteral("value"), 48.0},
                                                                  {QStringLiteral("raised_at"), T0.addSecs(1800)}}),
                                   ins(QStringLiteral("alarms"), {{QStringLiteral("sensor_fid"), 1}, {QStringLiteral("source"), QStringLiteral("rain_6h")},
                                                                  {QStringLiteral("level"), QStringLiteral("blue")}, {QStringLiteral("value"), 51.0},
                                                                  {QStringLiteral("raised_at"), T0.addSecs(-7200)},
                                                                  {QStringLiteral("cleared_at"), T0.addSecs(-3600)}})},
                                  QStringLiteral("alarms"))).ok);
        // Duty log: one entry of the previous night (before the shift), one at 09:10.
        QVERIFY(wait(store->apply({ins(QStringLiteral("duty_log"), {{QStringLiteral("at"), T0.addSecs(-13 * 3600)},
                                                                    {QStringLiteral("officer"), QStringLiteral("li")},
                                                                    {QStringLiteral("entry"), QStringLiteral("old night entry")}}),
                                   ins(QStringLiteral("duty_log"), {{QStringLiteral("at"), T0.addSecs(600)},
                                                                    {QStringLiteral("officer"), QStringLiteral("officer-a")},
                                                                    {QStringLiteral("entry"), QStringLiteral("pumps at Bund started")}})},
                                  QStringLiteral("log"))).ok);
        clock.advance(3600); // 10:00 Beijing time
        const HandoverSummary h = DutyDesk::handoverSummary(*store, clock.now());
        QVERIFY2(!h.text.contains(QLatin1String("UTC")), qPrintable(h.text));
        QVERIFY2(h.text.contains(QLatin1String("2024-09-16 10:00")), qPrintable(h.text)); // the handover's own time
        QCOMPARE(h.signalsInForce, 1);
        QVERIFY2(h.text.contains(QLatin1String("Rainstorm")) && h.text.contains(QLatin1String("2024-09-16 09:00")), qPrintable(h.text));
        QCOMPARE(h.responseLevel, QStringLiteral("II"));
        // Overdue at 10:00: items of levels IV..II due less than 60 min after 09:00, counted from the plan file.
        QFile planFile(QStringLiteral(":/plans/flood_typhoon.json"));
        QVERIFY(planFile.open(QIODevice::ReadOnly));
        const QJsonObject levels = QJsonDocument::fromJson(planFile.readAll()).object().value(QStringLiteral("levels")).toObject();
        int expectedOverdue = 0;
        QString firstTaskEn;
        for (const char *l : {"IV", "III", "II"})
            for (const QJsonValue &item : levels.value(QLatin1String(l)).toArray())
                if (item.toObject().value(QStringLiteral("due_minutes")).toInt() < 60) {
                    ++expectedOverdue;
                    if (firstTaskEn.isEmpty())
                        firstTaskEn = item.toObject().value(QStringLiteral("task_en")).toString();
                }
        QVERIFY(expectedOverdue > 0);
        QCOMPARE(h.overdueItems, expectedOverdue);
        QVERIFY2(h.text.contains(firstTaskEn), qPrintable(h.text)); // English interface: the plan's English task
        QCOMPARE(h.alarmsInForce, 1);
        QCOMPARE(h.unacknowledgedAlarms, 1);
        QVERIFY2(h.text.contains(QLatin1String("Gauge Nanjing Road")) && h.text.contains(QLatin1String("2024-09-16 09:30")),
                 qPrintable(h.text));
        QVERIFY(h.text.contains(QLatin1String("pumps at Bund started")));
        QVERIFY(!h.text.contains(QLatin1String("old night entry")));
        QVERIFY(h.text.contains(QStringLiteral("#%1").arg(i1)));
        QVERIFY(h.html.contains(QLatin1String("pumps at Bund started")));
        // Signed: the record keeps the whole text; the next shift starts at the signature.
        QVERIFY(DutyDesk::signHandover(*store, h, QStringLiteral("officer-a"), QStringLiteral("zhang"), clock.now()).ok);
        clock.advance(600);
        const HandoverSummary next = DutyDesk::handoverSummary(*store, clock.now());
        QCOMPARE(next.shiftStart, h.at);
        QVERIFY(!next.text.contains(QLatin1String("pumps at Bund started")));
    }

    void dispatchConflictInLocalTime()
    {
        // The team is already out: the refusal names when, in Beijing time with the date (09:00 for 01:00 UTC).
        auto store = makeStore();
        const qint64 i1 = incident(*store, P(200, 10), T0);
        const qint64 i2 = incident(*store, P(100, 400), T0);
        QVERIFY(IncidentDesk::dispatch(*store, i1, 1, T0).ok);
        const QString who = IncidentDesk::whoHasTeam(*store, 1);
        QVERIFY2(who.contains(QLatin1String("2024-09-16 09:00")) && !who.contains(QLatin1String("UTC")), qPrintable(who));
        const WriteResult r = IncidentDesk::dispatch(*store, i2, 1, T0.addSecs(60));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("2024-09-16 09:00")), qPrintable(r.error));
    }

    // A team on scene is where its incident is; the map draws teams by duty state (one symbol per state).
    void teamOnSceneAtTheIncident()
    {
        auto store = makeStore();
        const GeoPoint at = P(200, 10);
        const qint64 inc = incident(*store, at, T0);
        const QList<GeoPoint> base = RoadNetwork::parseWktPoints(row(*store, "rescue_teams", 1).values.value(QStringLiteral("geom")).toString());
        QCOMPARE(base.size(), 1);
        QVERIFY(std::abs(base[0].lon - at.lon) > 1e-5 || std::abs(base[0].lat - at.lat) > 1e-5); // the base is elsewhere
        QVERIFY(IncidentDesk::dispatch(*store, inc, 1, T0).ok);
        QVERIFY(IncidentDesk::move(*store, inc, QStringLiteral("en_route"), T0.addSecs(60)).ok);
        // En route the team is still where it was last seen.
        QList<GeoPoint> p = RoadNetwork::parseWktPoints(row(*store, "rescue_teams", 1).values.value(QStringLiteral("geom")).toString());
        QVERIFY(std::abs(p[0].lon - base[0].lon) < 1e-7);
        QVERIFY(IncidentDesk::move(*store, inc, QStringLiteral("on_scene"), T0.addSecs(600)).ok);
        p = RoadNetwork::parseWktPoints(row(*store, "rescue_teams", 1).values.value(QStringLiteral("geom")).toString());
        QCOMPARE(p.size(), 1);
        QVERIFY(std::abs(p[0].lon - at.lon) < 1e-6 && std::abs(p[0].lat - at.lat) < 1e-6);

        FeatureStoreBuilder b({QStringLiteral("name"), QStringLiteral("duty_status")});
        const char *states[] = {"", "available", "standing_watch", "dispatched", "on_scene", "returning", "off_duty"};
        for (int i = 0; i < 7; ++i)
            b.addFeature(i + 1, GeometryType::Point, {QPolygonF{QPointF(i, i)}}, {QStringLiteral("t%1").arg(i), QString::fromLatin1(states[i])});
        const auto fs = b.build();
        const VectorStyle st = TeamStyle::byDutyStatus(VectorStyle());
        const int f = fs->fieldIndex(QStringLiteral("duty_status"));
        using M = Symbol::Marker;
        const M expected[] = {M::Circle, M::Circle, M::Square, M::Triangle, M::Star, M::Diamond, M::Cross};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(int(st.symbolFor(*fs, i, f).marker), int(expected[i]));
        QCOMPARE(st.symbolFor(*fs, 4, f).fill, TeamBoardModel::statusColour(QStringLiteral("on_scene")));
    }

    // The road network loaded the fast way (the roads layer as the map reads it, binary geometry) is the network
    // built from the roads' rows with WKT geometry (an independent reader of the same store): same nodes, same
    // edges with the same roads and lengths, and the same routes between points across the demo district.
    void networkFromLayerMatchesRows()
    {
        QString e;
        auto store = DemoOperation::createStore(m_dir.filePath(QStringLiteral("demo-network.gpkg")), &e);
        QVERIFY2(store, qPrintable(e));
        const RoadNetwork fast = RoadNetwork::load(*store, FloodRules(), &e);
        QVERIFY2(!fast.isEmpty(), qPrintable(e));
        const RoadNetwork rows = RoadNetwork::fromRows(wait(store->rows(QStringLiteral("roads"), {}, {}, true)));
        const RoadGraph &a = fast.graph(), &b = rows.graph();
        QVERIFY(a.edgeCount() > 1000);
        QCOMPARE(a.nodeCount(), b.nodeCount());
        QCOMPARE(a.edgeCount(), b.edgeCount());
        for (int i = 0; i < a.edgeCount(); ++i) {
            QCOMPARE(a.edge(i).from, b.edge(i).from);
            QCOMPARE(a.edge(i).to, b.edge(i).to);
            QCOMPARE(a.edge(i).featureId, b.edge(i).featureId);
            QVERIFY(std::abs(a.edge(i).lengthM - b.edge(i).lengthM) < 1e-6);
            QVERIFY(std::abs(a.edge(i).baseSeconds - b.edge(i).baseSeconds) < 1e-6);
        }
        QCOMPARE(fast.roadName(a.edge(0).featureId), rows.roadName(a.edge(0).featureId));
        QVERIFY(!fast.roadName(a.edge(0).featureId).isEmpty());
        // A fixed lattice of start and end points over the district.
        int found = 0;
        for (int i = 0; i < 8; ++i)
            for (int j = 0; j < 8; ++j) {
                const GeoPoint from(121.458 + 0.0055 * i, 31.197 + 0.0062 * j);
                const GeoPoint to(121.501 - 0.0051 * j, 31.245 - 0.0058 * i);
                const RoadGraph::Route ra = a.route(from, to), rb = b.route(from, to);
                QCOMPARE(ra.found, rb.found);
                if (!ra.found)
                    continue;
                ++found;
                QVERIFY(std::abs(ra.seconds - rb.seconds) < 1e-6);
                QVERIFY(std::abs(ra.lengthM - rb.lengthM) < 1e-6);
                QCOMPARE(ra.edges, rb.edges);
            }
        QVERIFY(found > 32);
    }

    // Time in status counts from the team's last state change: none for a team still in its roster state (not
    // the store's creation), the dispatch time for one sent out.
    void timeInStatusFromLastChange()
    {
        QString e;
        auto store = DemoOperation::createStore(m_dir.filePath(QStringLiteral("demo-teams.gpkg")), &e);
        QVERIFY2(store, qPrintable(e));
        const QList<StoreRow> teams = wait(store->rows(QStringLiteral("rescue_teams")));
        QVERIFY(teams.size() >= 2);
        const qint64 inc = incident(*store, P(0, 0), T0);
        QVERIFY(IncidentDesk::dispatch(*store, inc, teams[0].fid, T0).ok);
        DispatchState state;
        state.setStore(store.get());
        QTRY_VERIFY_WITH_TIMEOUT(state.isLoaded(), 10000);
        TeamBoardModel board(&state);
        board.setNow(T0.addSecs(1800));
        int checked = 0;
        for (int r = 0; r < board.rowCount(); ++r) {
            const qint64 fid = board.index(r, 0).data(TeamBoardModel::FidRole).toLongLong();
            const QVariant secs = board.index(r, TeamBoardModel::TimeInStatus).data(TeamBoardModel::RawValueRole);
            if (fid == teams[0].fid) {
                QCOMPARE(secs.toLongLong(), qint64(1800));
                ++checked;
            } else if (fid == teams[1].fid) {
                QCOMPARE(secs.toLongLong(), qint64(-1));
                QCOMPARE(board.index(r, TeamBoardModel::TimeInStatus).data().toString(), QStringLiteral("—"));
                ++checked;
            }
        }
        QCOMPARE(checked, 2);
    }

    // Incidents created without a title are titled in the interface language, and priorities are never codes.
    void incidentTextsInTheInterfaceLanguage()
    {
        auto store = makeStore();
        const qint64 inc = incident(*store, P(0, 0), T0, "urgent");
        const StoreRow r = row(*store, "incidents", inc);
        QCOMPARE(IncidentDesk::titleOf(r), QStringLiteral("waterlogging"));
        QCOMPARE(IncidentDesk::priorityLabel(QStringLiteral("urgent")), QStringLiteral("urgent"));
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(FC_BINARY_DIR "/app/floodcommand_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const QString title = IncidentDesk::titleOf(r), urgent = IncidentDesk::priorityLabel(QStringLiteral("urgent")),
                      high = IncidentDesk::priorityLabel(QStringLiteral("high"));
        const bool chinese = UiLanguage::isChinese();
        QCoreApplication::removeTranslator(&zh);
        QVERIFY(chinese);
        QCOMPARE(title, QStringLiteral("积水"));
        QCOMPARE(urgent, QStringLiteral("紧急"));
        QCOMPARE(high, QStringLiteral("高"));
        // A title someone typed stays as typed.
        StoreRow typed = r;
        typed.values.insert(QStringLiteral("title"), QStringLiteral("南京路积水30厘米"));
        QCOMPARE(IncidentDesk::titleOf(typed), QStringLiteral("南京路积水30厘米"));
    }

    void prepositioningProposal()
    {
        auto store = makeStore();
        // Two waterlogging-prone sections: the deeper one on road 1, a shallower one on road 3.
        QVERIFY(wait(store->apply({ins(QStringLiteral("waterlogging_roads"),
                                       {{QStringLiteral("name"), QStringLiteral("S-shallow")}, {QStringLiteral("max_depth_cm"), 30},
                                        {QStringLiteral("geom"), wkt({P(300, 400), P(100, 400)})}}),
                                   ins(QStringLiteral("waterlogging_roads"),
                                       {{QStringLiteral("name"), QStringLiteral("S-deep")}, {QStringLiteral("max_depth_cm"), 50},
                                        {QStringLiteral("geom"), wkt({P(100, 0), P(300, 0)})}})}))
                    .ok);
        QString error;
        const RoadNetwork net = RoadNetwork::load(*store, {}, &error);
        const QList<TeamCandidate> teams = IncidentDesk::teams(wait(store->rows(QStringLiteral("rescue_teams"), {}, {}, true)),
                                                               wait(store->rows(QStringLiteral("team_equipment"))));
        // Free teams with pumps: 1 (at B) and 2 (at C); 3 already stands watch, 4 is off duty.
        // S-deep first, at (200,0): team 1, 200 m = 24 s. Then S-shallow, at (200,400): team 2, 200 m = 24 s.
        const QList<WatchPost> posts = Prepositioning::propose(net, wait(store->rows(QStringLiteral("waterlogging_roads"), {}, {}, true)),
                                                               teams, 5);
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts[0].name, QStringLiteral("S-deep"));
        QCOMPARE(posts[0].teamFid, 1);
        QVERIFY(std::abs(posts[0].seconds - 24) < 0.1);
        QCOMPARE(posts[1].name, QStringLiteral("S-shallow"));
        QCOMPARE(posts[1].teamFid, 2);
        QCOMPARE(Prepositioning::propose(net, wait(store->rows(QStringLiteral("waterlogging_roads"), {}, {}, true)), teams, 1).size(), 1);
        Clock clock;
        clock.setFixed(T0);
        QVERIFY(wait(store->apply(Prepositioning::confirm(posts, store->user(), clock.now()))).ok);
        const StoreRow t1 = row(*store, "rescue_teams", 1);
        QCOMPARE(t1.values.value(QStringLiteral("duty_status")).toString(), QStringLiteral("standing_watch"));
        QCOMPARE(t1.values.value(QStringLiteral("post")).toString(), QStringLiteral("S-deep"));
        QCOMPARE(at(t1.values.value(QStringLiteral("status_since"))), T0);
        // A team standing watch can still be sent to an incident.
        QVERIFY(IncidentDesk::isDispatchable(QStringLiteral("standing_watch")));
    }

    void migrationKeepsOneActiveDispatch()
    {
        // A version 3 store where one team has two active dispatches (nothing stopped it then).
        const QString path = m_dir.filePath(QStringLiteral("v3.gpkg"));
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open() && StoreWorker::prepareConnection(db, &error) && Schema::create(db, 3, &error));
            QSqlQuery q(db);
            for (const char *sql : {"INSERT INTO rescue_teams (name, status) VALUES ('T1', 'standby')",
                                    "INSERT INTO incidents (title, status, severity) VALUES ('a', 'dispatched', 'major')",
                                    "INSERT INTO incidents (title, status) VALUES ('b', 'handling')",
                                    "INSERT INTO dispatches (incident_fid, team_fid, status) VALUES (1, 1, 'ordered')",
                                    "INSERT INTO dispatches (incident_fid, team_fid, status) VALUES (2, 1, 'on_site')"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
        const QList<StoreRow> d = wait(store->rows(QStringLiteral("dispatches")));
        QCOMPARE(d[0].values.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(d[1].values.value(QStringLiteral("status")).toString(), QStringLiteral("on_site"));
        // The lifecycle state and priority come from the v1 columns.
        QCOMPARE(row(*store, "incidents", 1).values.value(QStringLiteral("state")).toString(), QStringLiteral("dispatched"));
        QCOMPARE(row(*store, "incidents", 1).values.value(QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
        QCOMPARE(row(*store, "incidents", 2).values.value(QStringLiteral("state")).toString(), QStringLiteral("on_scene"));
        QCOMPARE(row(*store, "rescue_teams", 1).values.value(QStringLiteral("duty_status")).toString(), QStringLiteral("available"));
        // From now on the store refuses a second active dispatch of the team, from any writer.
        const WriteResult r = wait(store->insertRow(QStringLiteral("dispatches"), {{QStringLiteral("incident_fid"), 1},
                                                                                  {QStringLiteral("team_fid"), 1},
                                                                                  {QStringLiteral("status"), QStringLiteral("ordered")}}));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("UNIQUE")));
        QVERIFY(wait(store->insertRow(QStringLiteral("dispatches"), {{QStringLiteral("incident_fid"), 1},
                                                                    {QStringLiteral("team_fid"), 1},
                                                                    {QStringLiteral("status"), QStringLiteral("done")}}))
                    .ok);
    }

    void floodctlDispatchExitStatus()
    {
        QString path;
        {
            auto store = makeStore(&path);
            Clock clock;
            QVERIFY(incident(*store, P(200, 10), clock.now()) > 0);
            QVERIFY(incident(*store, P(100, 400), clock.now()) > 0);
        }
        auto run = [&](const QStringList &args, QString *err = nullptr) {
            QProcess p;
            p.start(QStringLiteral(FLOODCTL_BIN), args);
            p.waitForFinished(60000);
            if (err)
                *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString err;
        QCOMPARE(run({QStringLiteral("dispatch"), path, QStringLiteral("--incident"), QStringLiteral("1"),
                      QStringLiteral("--team"), QStringLiteral("1"), QStringLiteral("--user"), QStringLiteral("wang")}),
                 0);
        QCOMPARE(run({QStringLiteral("dispatch"), path, QStringLiteral("--incident"), QStringLiteral("2"),
                      QStringLiteral("--team"), QStringLiteral("1")},
                     &err),
                 1);
        QVERIFY2(err.contains(QLatin1String("wang")), qPrintable(err));
        QCOMPARE(run({QStringLiteral("dispatch"), path, QStringLiteral("--incident"), QStringLiteral("9"),
                      QStringLiteral("--team"), QStringLiteral("2")}),
                 1);
        QCOMPARE(run({QStringLiteral("route"), path, QStringLiteral("--from"), QStringLiteral("x"),
                      QStringLiteral("--to"), QStringLiteral("1,2")}),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
