#pragma once

#include "app/core/briefing/reportdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fc {

class Store;

// Incident reports to the level above (首报 first, 续报 follow-up, 核报 verified) from the incident and its log:
// time, place, source, nature, extent, trend and measures taken (the teams dispatched), the first report's
// deadline (IncidentReportRules) and whether it was kept, and for follow-up and verified reports the log.
// Blocking (floodctl, tests, pool threads).
class IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(fc::IncidentReport)
public:
    static bool build(Store &store, qint64 incidentFid, const QString &kind, const QDateTime &at, const QString &language,
                      const QString &author, const QString &serial, ReportDocument *out, QString *error);
};

} // namespace fc
