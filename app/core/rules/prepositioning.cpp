#include "app/core/rules/prepositioning.h"

#include <algorithm>
#include <cmath>

namespace fc {

GeoPoint Prepositioning::postPoint(const StoreRow &section)
{
    const QList<GeoPoint> pts = RoadNetwork::parseWktPoints(section.values.value(QStringLiteral("geom")).toString());
    if (pts.isEmpty())
        return {};
    const qsizetype n = pts.size();
    if (n % 2)
        return pts[n / 2];
    return GeoPoint((pts[n / 2 - 1].lon + pts[n / 2].lon) / 2, (pts[n / 2 - 1].lat + pts[n / 2].lat) / 2);
}

QList<WatchPost> Prepositioning::propose(const RoadNetwork &roads, const QList<StoreRow> &waterloggingRoads,
                                         const QList<TeamCandidate> &teams, int maxPosts, const QStringList &kits)
{
    QList<StoreRow> sections = waterloggingRoads;
    std::stable_sort(sections.begin(), sections.end(), [](const StoreRow &a, const StoreRow &b) {
        return a.values.value(QStringLiteral("max_depth_cm")).toDouble() > b.values.value(QStringLiteral("max_depth_cm")).toDouble();
    });
    QList<TeamCandidate> free;
    for (const TeamCandidate &t : teams) {
        if (!t.hasPosition || !(t.dutyStatus.isEmpty() || t.dutyStatus == QLatin1String("available")))
            continue;
        if (std::any_of(kits.begin(), kits.end(), [&](const QString &k) { return t.equipment.value(k) > 0; }))
            free.append(t);
    }
    QList<WatchPost> out;
    for (const StoreRow &s : std::as_const(sections)) {
        if (out.size() >= maxPosts || free.isEmpty())
            break;
        WatchPost p;
        p.sectionFid = s.fid;
        p.name = s.values.value(QStringLiteral("name")).toString();
        p.at = postPoint(s);
        p.historicDepthCm = s.values.value(QStringLiteral("max_depth_cm")).toDouble();
        std::vector<GeoPoint> from;
        for (const TeamCandidate &t : std::as_const(free))
            from.push_back(t.position);
        const std::vector<double> t = roads.graph().timesTo(p.at, from);
        const auto best = std::min_element(t.begin(), t.end());
        if (best == t.end() || std::isinf(*best))
            continue;
        const int i = int(best - t.begin());
        p.teamFid = free[i].fid;
        p.teamName = free[i].name;
        p.seconds = *best;
        free.removeAt(i);
        out.append(p);
    }
    return out;
}

QList<RowChange> Prepositioning::confirm(const QList<WatchPost> &posts, const QString &actor, const QDateTime &now)
{
    QList<RowChange> c;
    QStringList names;
    for (const WatchPost &p : posts) {
        c.append({RowChange::Kind::Update, QStringLiteral("rescue_teams"), p.teamFid,
                  {{QStringLiteral("duty_status"), QStringLiteral("standing_watch")},
                   {QStringLiteral("post"), p.name},
                   {QStringLiteral("status_since"), now}}});
        names << tr("%1 at %2").arg(p.teamName, p.name);
    }
    if (!posts.isEmpty())
        c.append({RowChange::Kind::Insert, QStringLiteral("duty_log"), 0,
                  {{QStringLiteral("at"), now},
                   {QStringLiteral("officer"), actor},
                   {QStringLiteral("entry"), tr("Pre-positioning confirmed: %1").arg(names.join(QStringLiteral("; ")))}}});
    return c;
}

} // namespace fc
