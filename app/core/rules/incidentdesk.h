#pragma once

#include "app/core/rules/roadnetwork.h"
#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

// A rescue team as the recommendation sees it.
struct TeamCandidate
{
    qint64 fid = 0;
    QString name;
    QString dutyStatus; // rescue_teams.duty_status (null read as available)
    GeoPoint position;
    bool hasPosition = false;
    QHash<QString, int> equipment; // kind -> count
};

struct TeamRanking
{
    qint64 teamFid = 0;
    QString name;
    QString dutyStatus;
    double seconds = RoadGraph::Infinite; // Infinite: no route
    double metres = 0;
    RoadGraph::Route route;
};

// A lifecycle step as writes: forward changes and the changes that put every touched row back (undo).
struct IncidentStep
{
    QList<RowChange> forward;
    QList<RowChange> backward;
    QString error; // non-empty: the step is not allowed
};

// The incident desk's rules: lifecycle (reported -> dispatched -> en_route -> on_scene -> resolved -> closed, or
// cancelled), dispatch (the team, the incident and the dispatch row in one write, logged in incident_log and the
// duty log), and team recommendation by travel time. Changes are built from rows the caller holds; the blocking
// helpers read and write through a Store for tools and tests (never on the GUI thread).
class IncidentDesk
{
    Q_DECLARE_TR_FUNCTIONS(fc::IncidentDesk)
public:
    static QStringList states();
    static QStringList kinds();
    static QStringList priorities();
    static QStringList activeDispatchStatuses(); // ordered, en_route, on_site
    // The one definition of an active dispatch (the database's one-per-team rule uses the same set).
    static bool isActiveDispatch(const QString &status);
    static QString activeDispatchWhere(); // "status IN ('ordered', 'en_route', 'on_site')"
    static QString stateLabel(const QString &state);
    static QString kindLabel(const QString &kind);
    static QString dutyStatusLabel(const QString &status);
    static QString priorityLabel(const QString &priority); // translated; never the code
    // The incident's title in the interface language: its own title, or for one created without a title (stored
    // as the kind's untranslated name) the kind's name in the interface language.
    static QString titleOf(const StoreRow &incident);
    static bool canMove(const QString &from, const QString &to);
    static QString stateOf(const StoreRow &incident); // state, or derived from the v1 status
    // Duty statuses a team can be sent from.
    static bool isDispatchable(const QString &dutyStatus);
    // On standby: at its base or standing watch at a post, on no task (null read as available). The team board,
    // the situation summary and the wall count standby teams by this one rule.
    static bool isStandby(const QString &dutyStatus);

    static QList<TeamCandidate> teams(const QList<StoreRow> &teamRows, const QList<StoreRow> &equipmentRows);
    // Teams that may go (dispatchable, with the equipment: kind or kind:count), fastest first; unreachable last.
    static QList<TeamRanking> recommend(const RoadNetwork &roads, GeoPoint at, const QList<TeamCandidate> &teams,
                                        const QStringList &requiredEquipment);

    // A new incident row (state reported) from the caller's values (kind, lon, lat, priority, title ...).
    static RowChange newIncident(QVariantMap values, const QString &actor, const QDateTime &now);
    // The log rows for one step (incident_log and the duty log).
    static QList<RowChange> logChanges(const StoreRow &incident, const QString &from, const QString &to, qint64 teamFid,
                                       const QString &teamName, const QString &actor, const QDateTime &now,
                                       const QString &note);
    static IncidentStep dispatch(const StoreRow &incident, const StoreRow &team, const TeamRanking *eta,
                                 const QString &actor, const QDateTime &now);
    // A step other than dispatch; dispatches: the incident's active dispatches, teams: their teams. Every team on
    // the incident follows the step.
    static IncidentStep move(const StoreRow &incident, const QString &to, const QList<StoreRow> &dispatches,
                             const QList<StoreRow> &teams, const QString &actor, const QDateTime &now,
                             const QString &note = {});

    // Blocking helpers (tools, tests).
    static WriteResult createIncident(Store &store, const QVariantMap &values, const QDateTime &now);
    static WriteResult dispatch(Store &store, qint64 incidentFid, qint64 teamFid, const QDateTime &now,
                                const TeamRanking *eta = nullptr);
    static WriteResult move(Store &store, qint64 incidentFid, const QString &to, const QDateTime &now,
                            const QString &note = {}, IncidentStep *step = nullptr);
    // Who holds the team now ("dispatched to incident #3 by wang at 10:02"), empty when nobody.
    static QString whoHasTeam(Store &store, qint64 teamFid);
    // The message for a dispatch write the store refused (a second active dispatch of one team names the first).
    static QString dispatchRefused(Store &store, const StoreRow &team, const WriteResult &refused);
    static QList<StoreRow> activeDispatches(Store &store, qint64 incidentFid);
};

} // namespace fc
