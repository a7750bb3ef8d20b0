#pragma once

#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace fc {

// When an incident is overdue: no team assigned within assignMinutes (by priority), or a team not on scene by
// its ETA + onSceneGraceMinutes (ordered_at + defaultTravelMinutes when no ETA was recorded).
struct OverdueRules
{
    QHash<QString, int> assignMinutes = {{QStringLiteral("urgent"), 5}, {QStringLiteral("high"), 10},
                                         {QStringLiteral("normal"), 20}, {QStringLiteral("low"), 30}};
    int onSceneGraceMinutes = 10;
    int defaultTravelMinutes = 30;
};

struct OverdueAlert
{
    enum class Kind { NoTeam, NotOnScene };
    Kind kind = Kind::NoTeam;
    qint64 incidentFid = 0;
    qint64 dispatchFid = 0;
    qint64 minutesLate = 0;
    QString text;
};

struct HandoverSummary
{
    QDateTime at;
    QDateTime shiftStart; // the last signed handover, else 12 h before `at`
    int openIncidents = 0;
    int teamsOut = 0;
    int unacknowledgedAlarms = -1; // -1: this store has no alarms table
    int signalsInForce = 0, overdueItems = 0, alarmsInForce = 0, logEntries = 0;
    QString responseLevel = QStringLiteral("none");
    QString text; // plain text (the record kept in shift_handovers)
    QString html; // the same, for the screen and the printer
};

// The duty officer's desk: overdue rules (time from fc::Clock, passed in), shift handover summary and signing.
class DutyDesk
{
    Q_DECLARE_TR_FUNCTIONS(fc::DutyDesk)
public:
    static QList<OverdueAlert> overdue(const QList<StoreRow> &incidents, const QList<StoreRow> &dispatches,
                                       const QDateTime &now, const OverdueRules &rules = {});
    // Reads the signals in force, the response level, overdue checklist items, alarms in force, the duty log of
    // the shift, open incidents and teams out (blocking: tools, tests, worker threads). Times in Beijing time,
    // with their dates.
    static HandoverSummary handoverSummary(Store &store, const QDateTime &now);
    // The next officer signs: one shift_handovers row and a duty log entry in one write.
    static WriteResult signHandover(Store &store, const HandoverSummary &summary, const QString &fromOfficer,
                                    const QString &toOfficer, const QDateTime &now);
    // A time as a person reads it: Beijing time with its date ("2024-09-16 14:05").
    static QString localText(const QDateTime &t);
    // A free-text duty log entry.
    static WriteResult note(Store &store, const QString &text, const QDateTime &now);
};

} // namespace fc
