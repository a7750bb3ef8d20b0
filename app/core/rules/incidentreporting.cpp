#include "app/core/rules/incidentreporting.h"

namespace fc {

QStringList IncidentReportRules::kinds()
{
    return {QStringLiteral("first"), QStringLiteral("followup"), QStringLiteral("verified")};
}

QString IncidentReportRules::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("first"))
        return tr("First report");
    if (kind == QLatin1String("followup"))
        return tr("Follow-up report");
    if (kind == QLatin1String("verified"))
        return tr("Verified report");
    return kind;
}

bool IncidentReportRules::isOpenState(const QString &state)
{
    return state != QLatin1String("closed") && state != QLatin1String("cancelled");
}

bool IncidentReportRules::isSerious(const QString &priority)
{
    return priority == QLatin1String("urgent") || priority == QLatin1String("high");
}

bool IncidentReportRules::isFirstReportOverdue(const QString &priority, const QDateTime &reportedAt,
                                               const QDateTime &firstIssuedAt, const QDateTime &now) const
{
    if (!isSerious(priority) || !reportedAt.isValid())
        return false;
    const QDateTime due = firstReportDue(reportedAt);
    if (firstIssuedAt.isValid())
        return firstIssuedAt > due;
    return now > due;
}

} // namespace fc
