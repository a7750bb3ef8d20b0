#pragma once

#include "app/core/rules/incidentdesk.h"

#include <QCoreApplication>

namespace fc {

// A proposed watch post (蹲点值守): a waterlogging-prone road section and the team to stand watch there.
struct WatchPost
{
    qint64 sectionFid = 0; // waterlogging_roads
    QString name;
    GeoPoint at;
    double historicDepthCm = 0;
    qint64 teamFid = 0;
    QString teamName;
    double seconds = RoadGraph::Infinite; // travel time of the team to the post
};

// Pre-positioning before a rainstorm or typhoon: the deepest waterlogging-prone sections first, each given the
// nearest free team (by travel time on today's roads) that carries one of the kits, one team per post.
class Prepositioning
{
    Q_DECLARE_TR_FUNCTIONS(fc::Prepositioning)
public:
    static QList<WatchPost> propose(const RoadNetwork &roads, const QList<StoreRow> &waterloggingRoads,
                                    const QList<TeamCandidate> &teams, int maxPosts,
                                    const QStringList &kits = {QStringLiteral("pump"), QStringLiteral("sandbags")});
    // The officer confirms: the teams stand watch at their posts (one write, with a duty log entry).
    static QList<RowChange> confirm(const QList<WatchPost> &posts, const QString &actor, const QDateTime &now);
    // The midpoint of a section's line (where the post is drawn).
    static GeoPoint postPoint(const StoreRow &section);
};

} // namespace fc
