// floodctl incident / route / recommend / dispatch / position / move / handover: incidents and rescue teams from
// the command line (drills, feeds, scripts).
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"
#include "app/ctl/ctlargs.h"

#include "app/core/base/clock.h"
#include "app/core/rules/dutydesk.h"
#include "app/core/rules/incidentdesk.h"
#include "app/core/rules/prepositioning.h"
#include "app/core/rules/roadnetwork.h"
#include "app/core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>

#include <cmath>
#include <cstdio>

namespace fc::ctl {

namespace {

bool lonLat(const QString &s, GeoPoint *p, QString *error)
{
    const QStringList parts = s.split(QLatin1Char(','));
    bool ok1 = false, ok2 = false;
    if (parts.size() == 2) {
        p->lon = parts[0].trimmed().toDouble(&ok1);
        p->lat = parts[1].trimmed().toDouble(&ok2);
    }
    if (!ok1 || !ok2 || !p->isValid()) {
        *error = QStringLiteral("'%1' is not LON,LAT (degrees, e.g. 121.4737,31.2304)").arg(s);
        return false;
    }
    return true;
}

std::unique_ptr<Store> openStore(const Args &a, const char *cmd)
{
    QString e;
    auto store = Store::open(a.pos.value(0), &e);
    if (!store) {
        err(QStringLiteral("floodctl %1: %2").arg(QLatin1String(cmd), e));
        return nullptr;
    }
    if (a.has("--user"))
        store->setUser(a.value("--user"));
    return store;
}

FloodRules rulesFrom(const Args &a)
{
    FloodRules r;
    if (a.has("--closed-cm"))
        r.closedDepthCm = a.value("--closed-cm").toDouble();
    if (a.has("--slow-cm"))
        r.slowDepthCm = a.value("--slow-cm").toDouble();
    if (a.has("--slow-factor"))
        r.slowFactor = a.value("--slow-factor").toDouble();
    r.assumeHistoricDepth = a.has("--historic-depth");
    return r;
}

const QStringList floodOptions = {QStringLiteral("--closed-cm"), QStringLiteral("--slow-cm"),
                                  QStringLiteral("--slow-factor")};

QString minutes(double seconds)
{
    return std::isinf(seconds) ? QStringLiteral("unreachable") : QString::number(seconds / 60.0, 'f', 1) + QStringLiteral(" min");
}

QJsonArray pathJson(const RoadGraph::Route &r)
{
    QJsonArray a;
    for (const GeoPoint &p : r.points)
        a.append(QJsonArray{p.lon, p.lat});
    return a;
}

QDateTime timeArg(const Args &a, Clock &clock, QString *error)
{
    if (!a.has("--time"))
        return clock.now();
    QDateTime t = QDateTime::fromString(a.value("--time"), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(a.value("--time"), Qt::ISODate);
    if (!t.isValid())
        *error = QStringLiteral("--time '%1' is not ISO 8601").arg(a.value("--time"));
    return t.toUTC();
}

} // namespace

int incidentCreate(const QStringList &args)
{
    Args a;
    QString e;
    const char usage[] = "usage: floodctl incident DB --kind KIND --at LON,LAT [--priority low|normal|high|urgent] "
                         "[--text TEXT] [--title T] [--reporter NAME] [--phone N] [--depth-cm D] [--needs KIND[:N],...] "
                         "[--user NAME]";
    if (!parse(args, {QStringLiteral("--kind"), QStringLiteral("--at"), QStringLiteral("--priority"),
                      QStringLiteral("--text"), QStringLiteral("--title"), QStringLiteral("--reporter"),
                      QStringLiteral("--phone"), QStringLiteral("--depth-cm"), QStringLiteral("--needs"),
                      QStringLiteral("--user"), QStringLiteral("--time")},
               {}, &a, &e)
        || a.pos.size() != 1 || !a.has("--kind") || !a.has("--at")) {
        err(e.isEmpty() ? QString::fromLatin1(usage) : e);
        return 2;
    }
    GeoPoint p;
    if (!IncidentDesk::kinds().contains(a.value("--kind"))) {
        err(QStringLiteral("floodctl incident: unknown kind '%1' (one of: %2)")
                .arg(a.value("--kind"), IncidentDesk::kinds().join(QLatin1String(", "))));
        return 2;
    }
    const QString priority = a.has("--priority") ? a.value("--priority") : QStringLiteral("normal");
    if (!IncidentDesk::priorities().contains(priority)) {
        err(QStringLiteral("floodctl incident: unknown priority '%1'").arg(priority));
        return 2;
    }
    if (!lonLat(a.value("--at"), &p, &e)) {
        err(QStringLiteral("floodctl incident: ") + e);
        return 2;
    }
    auto store = openStore(a, "incident");
    if (!store)
        return 1;
    Clock clock;
    const QDateTime now = timeArg(a, clock, &e);
    if (!e.isEmpty()) {
        err(QStringLiteral("floodctl incident: ") + e);
        return 2;
    }
    QVariantMap v = {{QStringLiteral("kind"), a.value("--kind")}, {QStringLiteral("priority"), priority},
                     {QStringLiteral("lon"), p.lon}, {QStringLiteral("lat"), p.lat}};
    if (a.has("--text"))
        v.insert(QStringLiteral("description"), a.value("--text"));
    if (a.has("--title"))
        v.insert(QStringLiteral("title"), a.value("--title"));
    if (a.has("--reporter"))
        v.insert(QStringLiteral("reporter"), a.value("--reporter"));
    if (a.has("--phone"))
        v.insert(QStringLiteral("phone"), a.value("--phone"));
    if (a.has("--depth-cm"))
        v.insert(QStringLiteral("depth_cm"), a.value("--depth-cm").toDouble());
    if (a.has("--needs"))
        v.insert(QStringLiteral("required_equipment"), a.value("--needs"));
    const WriteResult r = IncidentDesk::createIncident(*store, v, now);
    if (!r.ok) {
        err(QStringLiteral("floodctl incident: ") + r.error);
        return 1;
    }
    out(QStringLiteral("incident %1 reported").arg(r.fids.value(0)));
    return 0;
}

int route(const QStringList &args)
{
    Args a;
    QString e;
    QStringList valueOpts = floodOptions;
    valueOpts << QStringLiteral("--from") << QStringLiteral("--to");
    if (!parse(args, valueOpts, {QStringLiteral("--json"), QStringLiteral("--historic-depth")}, &a, &e)
        || a.pos.size() != 1 || !a.has("--from") || !a.has("--to")) {
        err(e.isEmpty() ? QStringLiteral("usage: floodctl route DB --from LON,LAT --to LON,LAT [--json] "
                                         "[--closed-cm D] [--slow-cm D] [--slow-factor F] [--historic-depth]")
                        : e);
        return 2;
    }
    GeoPoint from, to;
    if (!lonLat(a.value("--from"), &from, &e) || !lonLat(a.value("--to"), &to, &e)) {
        err(QStringLiteral("floodctl route: ") + e);
        return 2;
    }
    auto store = openStore(a, "route");
    if (!store)
        return 1;
    RoadNetwork net = RoadNetwork::load(*store, rulesFrom(a), &e);
    if (net.isEmpty()) {
        err(QStringLiteral("floodctl route: ") + e);
        return 1;
    }
    const RoadGraph::Route r = net.graph().route(from, to);
    if (a.has("--json")) {
        QJsonObject o{{QStringLiteral("found"), r.found},
                      {QStringLiteral("seconds"), r.found ? QJsonValue(r.seconds) : QJsonValue()},
                      {QStringLiteral("metres"), r.lengthM},
                      {QStringLiteral("path"), pathJson(r)},
                      {QStringLiteral("closed_roads"), int(net.roadsIn(RoadNetwork::RoadState::Closed).size())}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else if (r.found) {
        out(QStringLiteral("travel time %1, distance %2 m, %3 points (%4 roads closed by water)")
                .arg(minutes(r.seconds))
                .arg(qRound(r.lengthM))
                .arg(r.points.size())
                .arg(net.roadsIn(RoadNetwork::RoadState::Closed).size()));
        QStringList pts;
        for (const GeoPoint &p : r.points)
            pts << QStringLiteral("%1,%2").arg(p.lon, 0, 'f', 6).arg(p.lat, 0, 'f', 6);
        out(QStringLiteral("path ") + pts.join(QLatin1Char(' ')));
    }
    if (!r.found) {
        err(!r.from.isValid() || !r.to.isValid() ? QStringLiteral("floodctl route: a point is more than 500 m from any road")
                                                 : QStringLiteral("floodctl route: no route (roads closed or one-way)"));
        return 1;
    }
    return 0;
}

int recommend(const QStringList &args)
{
    Args a;
    QString e;
    QStringList valueOpts = floodOptions;
    valueOpts << QStringLiteral("--incident") << QStringLiteral("--needs");
    if (!parse(args, valueOpts, {QStringLiteral("--json"), QStringLiteral("--historic-depth")}, &a, &e)
        || a.pos.size() != 1 || !a.has("--incident")) {
        err(e.isEmpty() ? QStringLiteral("usage: floodctl recommend DB --incident ID [--needs KIND[:N],...] [--json]") : e);
        return 2;
    }
    auto store = openStore(a, "recommend");
    if (!store)
        return 1;
    auto inc = store->row(QStringLiteral("incidents"), a.value("--incident").toLongLong());
    auto teams = store->rows(QStringLiteral("rescue_teams"), {}, {}, true);
    auto kit = store->rows(QStringLiteral("team_equipment"));
    inc.waitForFinished();
    teams.waitForFinished();
    kit.waitForFinished();
    if (inc.result().fid == 0) {
        err(QStringLiteral("floodctl recommend: no incident %1 in %2").arg(a.value("--incident"), a.pos[0]));
        return 1;
    }
    RoadNetwork net = RoadNetwork::load(*store, rulesFrom(a), &e);
    if (net.isEmpty()) {
        err(QStringLiteral("floodctl recommend: ") + e);
        return 1;
    }
    const GeoPoint at(inc.result().values.value(QStringLiteral("lon")).toDouble(),
                      inc.result().values.value(QStringLiteral("lat")).toDouble());
    QString needs = a.has("--needs") ? a.value("--needs")
                                     : inc.result().values.value(QStringLiteral("required_equipment")).toString();
    const QStringList required = needs.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QList<TeamRanking> ranked =
        IncidentDesk::recommend(net, at, IncidentDesk::teams(teams.result(), kit.result()), required);
    if (a.has("--json")) {
        QJsonArray arr;
        for (const TeamRanking &t : ranked)
            arr.append(QJsonObject{{QStringLiteral("team"), t.teamFid},
                                   {QStringLiteral("name"), t.name},
                                   {QStringLiteral("seconds"), std::isinf(t.seconds) ? QJsonValue() : QJsonValue(t.seconds)},
                                   {QStringLiteral("metres"), t.metres},
                                   {QStringLiteral("path"), pathJson(t.route)}});
        out(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)));
    } else {
        out(QStringLiteral("incident %1: %2 teams can go%3").arg(inc.result().fid).arg(ranked.size())
                .arg(required.isEmpty() ? QString() : QStringLiteral(" (needs %1)").arg(required.join(QLatin1Char(',')))));
        int rank = 0;
        for (const TeamRanking &t : ranked)
            out(QStringLiteral("%1. team %2 %3 — ETA %4, %5 m")
                    .arg(++rank).arg(t.teamFid).arg(t.name, minutes(t.seconds)).arg(qRound(t.metres)));
    }
    return 0;
}

int dispatch(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--incident"), QStringLiteral("--team"), QStringLiteral("--user")}, {}, &a, &e)
        || a.pos.size() != 1 || !a.has("--incident") || !a.has("--team")) {
        err(e.isEmpty() ? QStringLiteral("usage: floodctl dispatch DB --incident ID --team ID [--user NAME]") : e);
        return 2;
    }
    auto store = openStore(a, "dispatch");
    if (!store)
        return 1;
    Clock clock;
    const qint64 incidentFid = a.value("--incident").toLongLong();
    const qint64 teamFid = a.value("--team").toLongLong();
    // The ETA recorded with the dispatch (overdue rules use it).
    TeamRanking eta;
    auto inc = store->row(QStringLiteral("incidents"), incidentFid);
    auto team = store->row(QStringLiteral("rescue_teams"), teamFid, true);
    inc.waitForFinished();
    team.waitForFinished();
    const bool found = inc.result().fid == incidentFid && team.result().fid == teamFid;
    if (!found) {
        err(inc.result().fid != incidentFid ? QStringLiteral("floodctl dispatch: no incident %1 in %2").arg(incidentFid).arg(a.pos[0])
                                            : QStringLiteral("floodctl dispatch: no team %1 in %2").arg(teamFid).arg(a.pos[0]));
        return 1;
    }
    if (found) {
        RoadNetwork net = RoadNetwork::load(*store, {}, &e);
        const QList<GeoPoint> pos = RoadNetwork::parseWktPoints(team.result().values.value(QStringLiteral("geom")).toString());
        if (!net.isEmpty() && !pos.isEmpty()) {
            const RoadGraph::Route r = net.graph().route(pos.first(), GeoPoint(inc.result().values.value(QStringLiteral("lon")).toDouble(),
                                                                                inc.result().values.value(QStringLiteral("lat")).toDouble()));
            eta.seconds = r.seconds;
            eta.metres = r.lengthM;
        }
    }
    const WriteResult r = IncidentDesk::dispatch(*store, incidentFid, teamFid, clock.now(), &eta);
    if (!r.ok) {
        err(QStringLiteral("floodctl dispatch: ") + r.error);
        return 1;
    }
    out(QStringLiteral("team %1 dispatched to incident %2 (dispatch %3, ETA %4)")
            .arg(teamFid).arg(incidentFid).arg(r.fids.value(0)).arg(minutes(eta.seconds)));
    return 0;
}

int moveIncident(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--incident"), QStringLiteral("--to"), QStringLiteral("--note"),
                      QStringLiteral("--user")},
               {}, &a, &e)
        || a.pos.size() != 1 || !a.has("--incident") || !a.has("--to")) {
        err(e.isEmpty() ? QStringLiteral("usage: floodctl move DB --incident ID --to STATE [--note TEXT]  (STATE: %1)")
                              .arg(IncidentDesk::states().join(QLatin1Char('|')))
                        : e);
        return 2;
    }
    auto store = openStore(a, "move");
    if (!store)
        return 1;
    Clock clock;
    const WriteResult r = IncidentDesk::move(*store, a.value("--incident").toLongLong(), a.value("--to"), clock.now(),
                                             a.value("--note"));
    if (!r.ok) {
        err(QStringLiteral("floodctl move: ") + r.error);
        return 1;
    }
    out(QStringLiteral("incident %1 is %2").arg(a.value("--incident"), a.value("--to")));
    return 0;
}

int position(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--team"), QStringLiteral("--at"), QStringLiteral("--time"), QStringLiteral("--user")},
               {}, &a, &e)
        || a.pos.size() != 1 || !a.has("--team") || !a.has("--at")) {
        err(e.isEmpty() ? QStringLiteral("usage: floodctl position DB --team ID --at LON,LAT [--time ISO8601]") : e);
        return 2;
    }
    GeoPoint p;
    if (!lonLat(a.value("--at"), &p, &e)) {
        err(QStringLiteral("floodctl position: ") + e);
        return 2;
    }
    Clock clock;
    const QDateTime t = timeArg(a, clock, &e);
    if (!e.isEmpty()) {
        err(QStringLiteral("floodctl position: ") + e);
        return 2;
    }
    auto store = openStore(a, "position");
    if (!store)
        return 1;
    const qint64 team = a.value("--team").toLongLong();
    auto f = store->updateRow(QStringLiteral("rescue_teams"), team,
                              {{QStringLiteral("geom"), QStringLiteral("POINT (%1 %2)").arg(p.lon, 0, 'f', 7).arg(p.lat, 0, 'f', 7)},
                               {QStringLiteral("position_updated"), t}},
                              QStringLiteral("position"));
    f.waitForFinished();
    if (!f.result().ok || f.result().events.isEmpty()) {
        err(QStringLiteral("floodctl position: %1").arg(f.result().error.isEmpty() ? QStringLiteral("no rescue team %1").arg(team)
                                                                                   : f.result().error));
        return 1;
    }
    out(QStringLiteral("team %1 at %2").arg(team).arg(a.value("--at")));
    return 0;
}

int handover(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--to"), QStringLiteral("--user")}, {}, &a, &e) || a.pos.size() != 1) {
        err(e.isEmpty() ? QStringLiteral("usage: floodctl handover DB [--to NEXT_OFFICER] [--user OFFICER]") : e);
        return 2;
    }
    auto store = openStore(a, "handover");
    if (!store)
        return 1;
    Clock clock;
    const HandoverSummary h = DutyDesk::handoverSummary(*store, clock.now());
    out(h.text);
    if (!a.has("--to"))
        return 0;
    const WriteResult r = DutyDesk::signHandover(*store, h, store->user(), a.value("--to"), clock.now());
    if (!r.ok) {
        err(QStringLiteral("floodctl handover: ") + r.error);
        return 1;
    }
    out(QStringLiteral("signed by %1").arg(a.value("--to")));
    return 0;
}

} // namespace fc::ctl

namespace fc::ctl {

int preposition(const QStringList &args)
{
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--posts"), QStringLiteral("--user")}, {QStringLiteral("--confirm")}, &a, &e)
        || a.pos.size() != 1) {
        err(e.isEmpty() ? QStringLiteral("usage: floodctl preposition DB [--posts N] [--confirm]") : e);
        return 2;
    }
    auto store = openStore(a, "preposition");
    if (!store)
        return 1;
    RoadNetwork net = RoadNetwork::load(*store, {}, &e);
    if (net.isEmpty()) {
        err(QStringLiteral("floodctl preposition: ") + e);
        return 1;
    }
    auto sections = store->rows(QStringLiteral("waterlogging_roads"), {}, {}, true);
    auto teams = store->rows(QStringLiteral("rescue_teams"), {}, {}, true);
    auto kit = store->rows(QStringLiteral("team_equipment"));
    sections.waitForFinished();
    teams.waitForFinished();
    kit.waitForFinished();
    const QList<WatchPost> posts = Prepositioning::propose(net, sections.result(), IncidentDesk::teams(teams.result(), kit.result()),
                                                           a.has("--posts") ? a.value("--posts").toInt() : 6);
    for (const WatchPost &p : posts)
        out(QStringLiteral("%1 (historic %2 cm): team %3 %4, %5 away")
                .arg(p.name).arg(p.historicDepthCm).arg(p.teamFid).arg(p.teamName, minutes(p.seconds)));
    if (!a.has("--confirm") || posts.isEmpty())
        return 0;
    Clock clock;
    auto f = store->apply(Prepositioning::confirm(posts, store->user(), clock.now()), QStringLiteral("pre-positioning"));
    f.waitForFinished();
    if (!f.result().ok) {
        err(QStringLiteral("floodctl preposition: ") + f.result().error);
        return 1;
    }
    out(QStringLiteral("%1 teams stand watch").arg(posts.size()));
    return 0;
}

} // namespace fc::ctl
