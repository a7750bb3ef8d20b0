#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fc {

// Reporting incidents to the level above: a serious incident is first reported (首报) within an hour of being
// reported to the HQ, then followed up (续报) and finally verified (核报). The one place these rules live: the
// report writer, floodctl and the window's overdue marks read them from here.
struct IncidentReportRules
{
    Q_DECLARE_TR_FUNCTIONS(fc::IncidentReportRules)
public:
    int firstReportMinutes = 60;

    static QStringList kinds(); // first, followup, verified
    static QString kindLabel(const QString &kind); // translated
    // Incidents that are still open (not closed or cancelled): the ones a situation report counts.
    static bool isOpenState(const QString &state);
    // Serious enough to report to the level above: urgent or high priority.
    static bool isSerious(const QString &priority);
    QDateTime firstReportDue(const QDateTime &reportedAt) const { return reportedAt.addSecs(qint64(firstReportMinutes) * 60); }
    // The first report is overdue at `now`: a serious incident reported more than the limit ago without one
    // (firstIssuedAt invalid), or whose first report was issued after the limit (then overdue for good).
    bool isFirstReportOverdue(const QString &priority, const QDateTime &reportedAt, const QDateTime &firstIssuedAt,
                              const QDateTime &now) const;
};

} // namespace fc
