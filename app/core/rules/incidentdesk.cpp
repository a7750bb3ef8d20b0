#include "app/core/rules/incidentdesk.h"

#include "app/core/store/storebackend.h"

#include <algorithm>

namespace fc {

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}
QVariant v(const StoreRow &r, const char *col)
{
    return r.values.value(s(col));
}
QString str(const StoreRow &r, const char *col)
{
    return r.values.value(s(col)).toString();
}

RowChange update(const QString &table, qint64 fid, const QVariantMap &values)
{
    RowChange c;
    c.kind = RowChange::Kind::Update;
    c.table = table;
    c.fid = fid;
    c.values = values;
    return c;
}
RowChange insert(const QString &table, const QVariantMap &values)
{
    RowChange c;
    c.kind = RowChange::Kind::Insert;
    c.table = table;
    c.values = values;
    return c;
}
// The row's current values of the columns `after` sets (for undo).
QVariantMap beforeOf(const StoreRow &row, const QVariantMap &after)
{
    QVariantMap b;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        b.insert(it.key(), row.values.value(it.key()));
    return b;
}

// The v1 `status` column, kept in step for older readers.
QString legacyStatus(const QString &state)
{
    if (state == QLatin1String("dispatched"))
        return state;
    if (state == QLatin1String("en_route") || state == QLatin1String("on_scene") || state == QLatin1String("resolved"))
        return s("handling");
    if (state == QLatin1String("closed") || state == QLatin1String("cancelled"))
        return s("closed");
    return s("reported");
}

} // namespace

QStringList IncidentDesk::states()
{
    return {s("reported"), s("dispatched"), s("en_route"), s("on_scene"), s("resolved"), s("closed"), s("cancelled")};
}

QStringList IncidentDesk::kinds()
{
    return {s("waterlogging"), s("fallen_tree"), s("facade"), s("wall_seepage"), s("wall_breach"), s("gate_fault"),
            s("underground_inflow"), s("power_cut"), s("people_trapped"), s("other")};
}

QStringList IncidentDesk::priorities()
{
    return {s("low"), s("normal"), s("high"), s("urgent")};
}

QStringList IncidentDesk::activeDispatchStatuses()
{
    return {s("ordered"), s("en_route"), s("on_site")};
}

bool IncidentDesk::isActiveDispatch(const QString &status)
{
    return activeDispatchStatuses().contains(status);
}

QString IncidentDesk::activeDispatchWhere()
{
    return QStringLiteral("status IN ('%1')").arg(activeDispatchStatuses().join(QStringLiteral("', '")));
}

QString IncidentDesk::stateLabel(const QString &state)
{
    if (state == QLatin1String("reported")) return tr("reported");
    if (state == QLatin1String("dispatched")) return tr("dispatched");
    if (state == QLatin1String("en_route")) return tr("en route");
    if (state == QLatin1String("on_scene")) return tr("on scene");
    if (state == QLatin1String("resolved")) return tr("resolved");
    if (state == QLatin1String("closed")) return tr("closed");
    if (state == QLatin1String("cancelled")) return tr("cancelled");
    return state;
}

namespace {
// Incident kinds and their names (untranslated sources; kindLabel translates).
const char *kindSource(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {s("waterlogging"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "waterlogging")},
        {s("fallen_tree"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "fallen tree")},
        {s("facade"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "falling facade or sign")},
        {s("wall_seepage"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "flood-wall seepage")},
        {s("wall_breach"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "flood-wall breach")},
        {s("gate_fault"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "flood-gate fault")},
        {s("underground_inflow"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "underground-space inflow")},
        {s("power_cut"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "power cut")},
        {s("people_trapped"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "people trapped")},
        {s("other"), QT_TRANSLATE_NOOP("fc::IncidentDesk", "other")},
    };
    return names.value(kind, nullptr);
}
} // namespace

QString IncidentDesk::kindLabel(const QString &kind)
{
    const char *source = kindSource(kind);
    return source ? tr(source) : kind;
}

QString IncidentDesk::priorityLabel(const QString &priority)
{
    if (priority == QLatin1String("low")) return tr("low", "incident priority");
    if (priority.isEmpty() || priority == QLatin1String("normal")) return tr("normal", "incident priority");
    if (priority == QLatin1String("high")) return tr("high", "incident priority");
    if (priority == QLatin1String("urgent")) return tr("urgent", "incident priority");
    return tr("unknown priority");
}

QString IncidentDesk::titleOf(const StoreRow &incident)
{
    const QString title = str(incident, "title");
    const QString kind = str(incident, "kind");
    const char *source = kindSource(kind);
    if (title.isEmpty() || (source && title == QLatin1String(source)))
        return kindLabel(kind);
    return title;
}

QString IncidentDesk::dutyStatusLabel(const QString &status)
{
    if (status.isEmpty() || status == QLatin1String("available")) return tr("available");
    if (status == QLatin1String("standing_watch")) return tr("standing watch");
    if (status == QLatin1String("dispatched")) return tr("dispatched");
    if (status == QLatin1String("en_route")) return tr("en route");
    if (status == QLatin1String("on_scene")) return tr("on scene");
    if (status == QLatin1String("returning")) return tr("returning");
    if (status == QLatin1String("off_duty")) return tr("off duty");
    return status;
}

bool IncidentDesk::canMove(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> next = {
        {s("reported"), {s("dispatched"), s("cancelled")}},
        {s("dispatched"), {s("en_route"), s("on_scene"), s("reported"), s("cancelled")}},
        {s("en_route"), {s("on_scene"), s("reported"), s("cancelled")}},
        {s("on_scene"), {s("resolved"), s("cancelled")}},
        {s("resolved"), {s("closed"), s("on_scene")}},
        {s("closed"), {}},
        {s("cancelled"), {}},
    };
    return next.value(from).contains(to);
}

QString IncidentDesk::stateOf(const StoreRow &incident)
{
    const QString st = str(incident, "state");
    if (!st.isEmpty())
        return st;
    const QString legacy = str(incident, "status");
    if (legacy == QLatin1String("handling"))
        return s("on_scene");
    return legacy.isEmpty() ? s("reported") : legacy;
}

bool IncidentDesk::isStandby(const QString &dutyStatus)
{
    return dutyStatus.isEmpty() || dutyStatus == QLatin1String("available") || dutyStatus == QLatin1String("standing_watch");
}

bool IncidentDesk::isDispatchable(const QString &dutyStatus)
{
    return isStandby(dutyStatus) || dutyStatus == QLatin1String("returning");
}

QList<TeamCandidate> IncidentDesk::teams(const QList<StoreRow> &teamRows, const QList<StoreRow> &equipmentRows)
{
    QHash<qint64, QHash<QString, int>> equipment;
    for (const StoreRow &e : equipmentRows)
        equipment[v(e, "team_fid").toLongLong()][str(e, "kind")] += std::max(1, v(e, "count").toInt());
    QList<TeamCandidate> out;
    for (const StoreRow &r : teamRows) {
        TeamCandidate t;
        t.fid = r.fid;
        t.name = str(r, "name");
        t.dutyStatus = str(r, "duty_status");
        const QList<GeoPoint> p = RoadNetwork::parseWktPoints(str(r, "geom"));
        t.hasPosition = !p.isEmpty();
        if (t.hasPosition)
            t.position = p.first();
        t.equipment = equipment.value(r.fid);
        out.append(t);
    }
    return out;
}

QList<TeamRanking> IncidentDesk::recommend(const RoadNetwork &roads, GeoPoint at, const QList<TeamCandidate> &teams,
                                           const QStringList &requiredEquipment)
{
    QList<TeamCandidate> eligible;
    for (const TeamCandidate &t : teams) {
        if (!isDispatchable(t.dutyStatus) || !t.hasPosition)
            continue;
        bool ok = true;
        for (const QString &need : requiredEquipment) {
            const QStringList parts = need.split(QLatin1Char(':'));
            const int count = parts.size() > 1 ? std::max(1, parts[1].toInt()) : 1;
            if (t.equipment.value(parts[0].trimmed()) < count)
                ok = false;
        }
        if (ok)
            eligible.append(t);
    }
    std::vector<GeoPoint> sources;
    for (const TeamCandidate &t : eligible)
        sources.push_back(t.position);
    std::vector<RoadGraph::Route> routes;
    const std::vector<double> times = roads.graph().timesTo(at, sources, &routes);
    QList<TeamRanking> out;
    for (qsizetype i = 0; i < eligible.size(); ++i) {
        TeamRanking r;
        r.teamFid = eligible[i].fid;
        r.name = eligible[i].name;
        r.dutyStatus = eligible[i].dutyStatus;
        r.seconds = times[std::size_t(i)];
        r.route = routes[std::size_t(i)];
        r.metres = r.route.lengthM;
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const TeamRanking &a, const TeamRanking &b) {
        return a.seconds < b.seconds || (a.seconds == b.seconds && a.teamFid < b.teamFid);
    });
    return out;
}

RowChange IncidentDesk::newIncident(QVariantMap values, const QString &actor, const QDateTime &now)
{
    const QString kind = values.value(s("kind")).toString();
    // No title given: the kind's untranslated name, shown in each seat's interface language (titleOf).
    if (values.value(s("title")).toString().isEmpty()) {
        const char *source = kindSource(kind);
        values.insert(s("title"), source ? QString::fromLatin1(source) : kind);
    }
    if (values.value(s("priority")).toString().isEmpty())
        values.insert(s("priority"), s("normal"));
    values.insert(s("state"), s("reported"));
    values.insert(s("status"), s("reported"));
    if (!values.contains(s("reported_at")))
        values.insert(s("reported_at"), now);
    values.insert(s("state_since"), values.value(s("reported_at")));
    if (!values.contains(s("reporter")))
        values.insert(s("reporter"), actor);
    return insert(s("incidents"), values);
}

QList<RowChange> IncidentDesk::logChanges(const StoreRow &incident, const QString &from, const QString &to,
                                          qint64 teamFid, const QString &teamName, const QString &actor,
                                          const QDateTime &now, const QString &note)
{
    QVariantMap log = {{s("incident_fid"), incident.fid}, {s("at"), now},      {s("actor"), actor},
                       {s("to_state"), to},               {s("note"), note}};
    if (!from.isEmpty())
        log.insert(s("from_state"), from);
    if (teamFid > 0)
        log.insert(s("team_fid"), teamFid);
    QString entry = tr("Incident #%1 (%2): %3").arg(incident.fid).arg(kindLabel(str(incident, "kind")), stateLabel(to));
    if (!teamName.isEmpty())
        entry += QStringLiteral(" — ") + teamName;
    if (!note.isEmpty())
        entry += QStringLiteral(" — ") + note;
    return {insert(s("incident_log"), log),
            insert(s("duty_log"), {{s("at"), now}, {s("officer"), actor}, {s("entry"), entry}})};
}

IncidentStep IncidentDesk::dispatch(const StoreRow &incident, const StoreRow &team, const TeamRanking *eta,
                                    const QString &actor, const QDateTime &now)
{
    IncidentStep step;
    const QString from = stateOf(incident);
    if (from != QLatin1String("reported") && from != QLatin1String("dispatched")) {
        step.error = tr("Incident #%1 is %2: no team can be sent to it now.").arg(incident.fid).arg(stateLabel(from));
        return step;
    }
    const QString duty = str(team, "duty_status");
    if (!isDispatchable(duty)) {
        step.error = tr("Team %1 is %2, not available.").arg(str(team, "name"), dutyStatusLabel(duty));
        return step;
    }
    QVariantMap d = {{s("incident_fid"), incident.fid}, {s("team_fid"), team.fid}, {s("status"), s("ordered")},
                     {s("ordered_at"), now}, {s("dispatched_by"), actor}};
    if (eta && eta->seconds < RoadGraph::Infinite) {
        d.insert(s("travel_s"), eta->seconds);
        d.insert(s("route_m"), eta->metres);
        d.insert(s("eta_at"), now.addSecs(qint64(std::ceil(eta->seconds))));
    }
    step.forward.append(insert(s("dispatches"), d));
    const QVariantMap teamAfter = {{s("duty_status"), s("dispatched")}, {s("status_since"), now},
                                   {s("current_incident_fid"), incident.fid}};
    step.forward.append(update(s("rescue_teams"), team.fid, teamAfter));
    if (from != QLatin1String("dispatched")) {
        const QVariantMap incAfter = {{s("state"), s("dispatched")}, {s("status"), s("dispatched")},
                                      {s("state_since"), now}};
        step.forward.append(update(s("incidents"), incident.fid, incAfter));
    }
    step.forward += logChanges(incident, from, s("dispatched"), team.fid, str(team, "name"), actor, now, {});
    return step;
}

IncidentStep IncidentDesk::move(const StoreRow &incident, const QString &to, const QList<StoreRow> &dispatches,
                                const QList<StoreRow> &teams, const QString &actor, const QDateTime &now,
                                const QString &note)
{
    IncidentStep step;
    const QString from = stateOf(incident);
    if (!canMove(from, to)) {
        step.error = tr("Incident #%1 cannot go from %2 to %3.").arg(incident.fid).arg(stateLabel(from), stateLabel(to));
        return step;
    }
    if ((to == QLatin1String("en_route") || to == QLatin1String("on_scene")) && dispatches.isEmpty()
        && from != QLatin1String("resolved")) {
        step.error = tr("Incident #%1 has no team dispatched.").arg(incident.fid);
        return step;
    }
    auto both = [&](const QString &table, const StoreRow &row, const QVariantMap &after) {
        step.forward.append(update(table, row.fid, after));
        step.backward.append(update(table, row.fid, beforeOf(row, after)));
    };
    QVariantMap inc = {{s("state"), to}, {s("status"), legacyStatus(to)}, {s("state_since"), now}};
    if (to == QLatin1String("closed") || to == QLatin1String("cancelled"))
        inc.insert(s("closed_at"), now);
    both(s("incidents"), incident, inc);

    // Every team on the incident follows (a big incident may have several).
    qint64 firstTeam = 0;
    QStringList names;
    for (const StoreRow &dispatch : dispatches) {
        QString dStatus, teamStatus;
        QVariantMap d;
        if (to == QLatin1String("en_route")) {
            // Teams already on site stay there.
            if (str(dispatch, "status") == QLatin1String("on_site"))
                continue;
            dStatus = s("en_route");
            teamStatus = s("en_route");
        } else if (to == QLatin1String("on_scene")) {
            dStatus = s("on_site");
            teamStatus = s("on_scene");
            d.insert(s("arrived_at"), now);
        } else if (to == QLatin1String("resolved")) {
            dStatus = s("done");
            teamStatus = s("returning");
            d.insert(s("done_at"), now);
        } else if (to == QLatin1String("cancelled") || to == QLatin1String("reported")) {
            dStatus = s("cancelled");
            teamStatus = str(dispatch, "status") == QLatin1String("on_site") ? s("returning") : s("available");
            d.insert(s("done_at"), now);
        }
        if (dStatus.isEmpty())
            continue;
        d.insert(s("status"), dStatus);
        both(s("dispatches"), dispatch, d);
        const qint64 teamFid = v(dispatch, "team_fid").toLongLong();
        for (const StoreRow &team : teams) {
            if (team.fid != teamFid)
                continue;
            QVariantMap t = {{s("duty_status"), teamStatus}, {s("status_since"), now}};
            if (teamStatus == QLatin1String("available") || teamStatus == QLatin1String("returning"))
                t.insert(s("current_incident_fid"), QVariant());
            // On scene the team is where the incident is (the map draws it there, not at its base).
            const QVariant lon = v(incident, "lon"), lat = v(incident, "lat");
            if (teamStatus == QLatin1String("on_scene") && !lon.isNull() && !lat.isNull() && team.values.contains(s("geom"))) {
                t.insert(s("geom"), QStringLiteral("POINT (%1 %2)").arg(lon.toDouble(), 0, 'f', 7).arg(lat.toDouble(), 0, 'f', 7));
                t.insert(s("position_updated"), now);
            }
            both(s("rescue_teams"), team, t);
            if (!firstTeam)
                firstTeam = team.fid;
            names << str(team, "name");
        }
    }
    const QString teamNames = names.join(QStringLiteral(", "));
    step.forward += logChanges(incident, from, to, firstTeam, teamNames, actor, now, note);
    step.backward += logChanges(incident, to, from, firstTeam, teamNames, actor, now, tr("undo: %1").arg(stateLabel(to)));
    return step;
}

WriteResult IncidentDesk::createIncident(Store &store, const QVariantMap &values, const QDateTime &now)
{
    auto f = store.apply({newIncident(values, store.user(), now)}, s("incident"));
    f.waitForFinished();
    WriteResult r = f.result();
    if (!r.ok || r.fids.isEmpty())
        return r;
    StoreRow row;
    row.fid = r.fids.first();
    row.values = r.events.first().after;
    auto g = store.apply(logChanges(row, {}, s("reported"), 0, {}, store.user(), now, values.value(s("description")).toString()),
                         s("incident log"));
    g.waitForFinished();
    return r;
}

QList<StoreRow> IncidentDesk::activeDispatches(Store &store, qint64 incidentFid)
{
    auto f = store.rows(s("dispatches"), s("incident_fid = ? AND ") + activeDispatchWhere(),
                        {incidentFid});
    f.waitForFinished();
    return f.result();
}

QString IncidentDesk::whoHasTeam(Store &store, qint64 teamFid)
{
    auto f = store.rows(s("dispatches"), s("team_fid = ? AND ") + activeDispatchWhere(), {teamFid});
    f.waitForFinished();
    if (f.result().isEmpty())
        return {};
    const StoreRow d = f.result().first();
    return tr("already dispatched to incident #%1 by %2 at %3")
        .arg(v(d, "incident_fid").toLongLong())
        .arg(str(d, "dispatched_by").isEmpty() ? tr("another seat") : str(d, "dispatched_by"),
             tr("%1 (Beijing time)").arg(QDateTime::fromString(str(d, "ordered_at"), Qt::ISODateWithMs).toOffsetFromUtc(8 * 3600).toString(s("yyyy-MM-dd HH:mm:ss"))));
}

WriteResult IncidentDesk::dispatch(Store &store, qint64 incidentFid, qint64 teamFid, const QDateTime &now,
                                   const TeamRanking *eta)
{
    WriteResult r;
    auto inc = store.row(s("incidents"), incidentFid);
    auto team = store.row(s("rescue_teams"), teamFid);
    inc.waitForFinished();
    team.waitForFinished();
    if (inc.result().fid != incidentFid) {
        r.error = tr("No incident #%1.").arg(incidentFid);
        return r;
    }
    if (team.result().fid != teamFid) {
        r.error = tr("No rescue team #%1.").arg(teamFid);
        return r;
    }
    const IncidentStep step = dispatch(inc.result(), team.result(), eta, store.user(), now);
    if (!step.error.isEmpty()) {
        const QString who = whoHasTeam(store, teamFid);
        r.error = who.isEmpty() ? step.error : step.error + QStringLiteral(" (") + who + QLatin1Char(')');
        return r;
    }
    auto f = store.apply(step.forward, s("dispatch"));
    f.waitForFinished();
    r = f.result();
    if (!r.ok)
        r.error = dispatchRefused(store, team.result(), r);
    return r;
}

QString IncidentDesk::dispatchRefused(Store &store, const StoreRow &team, const WriteResult &refused)
{
    if (refused.refusal != WriteRefusal::Conflict || refused.constraint != QLatin1String(StoreBackend::OneActiveDispatchPerTeam))
        return refused.error;
    // The store refused a second active dispatch of this team: say who got there first.
    return tr("Team %1 was not dispatched: %2.").arg(str(team, "name"), whoHasTeam(store, team.fid));
}

WriteResult IncidentDesk::move(Store &store, qint64 incidentFid, const QString &to, const QDateTime &now,
                               const QString &note, IncidentStep *stepOut)
{
    WriteResult r;
    auto inc = store.row(s("incidents"), incidentFid);
    inc.waitForFinished();
    if (inc.result().fid != incidentFid) {
        r.error = tr("No incident #%1.").arg(incidentFid);
        return r;
    }
    const QList<StoreRow> dispatches = activeDispatches(store, incidentFid);
    QList<StoreRow> teams;
    for (const StoreRow &d : dispatches) {
        auto t = store.row(s("rescue_teams"), v(d, "team_fid").toLongLong(), true);
        t.waitForFinished();
        teams.append(t.result());
    }
    const IncidentStep step = move(inc.result(), to, dispatches, teams, store.user(), now, note);
    if (stepOut)
        *stepOut = step;
    if (!step.error.isEmpty()) {
        r.error = step.error;
        return r;
    }
    auto f = store.apply(step.forward, to);
    f.waitForFinished();
    return f.result();
}

} // namespace fc
