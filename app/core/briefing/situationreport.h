#pragma once

#include "app/core/briefing/briefingtemplate.h"
#include "app/core/briefing/reportdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fc {

class Store;

struct BriefingOptions
{
    QDateTime at;                       // the time the report describes (invalid: now)
    QString language = QStringLiteral("zh_CN");
    ReportPaper paper = ReportPaper::A4Portrait;
    BriefingTemplate templ;             // empty: the built-in template of the language
    QString serial;                     // set by the archive when issued (BriefingArchive::nextSerial)
    QString author;
    QString nextSteps;                  // 下步工作, written by the officer before issuing
    int dpi = 300;                      // maps and charts
    bool withMap = true;
};

// The situation report (汛情/防汛工作简报): reads the operation as it stood at the time (signals, level and
// checklist through WarningState::asOf, readings and alarms through ReplayState, other rows rewound through the
// audit trail, AsOfRows) and fills the template's sections in its order. Every figure comes from the rule the
// panels use: rain totals (RainWindow), freeboard (FreeboardRules), road states (RoadNetwork::stateOf), overdue
// items (ChecklistItem::isOverdue), open incidents (IncidentReportRules), active dispatches (IncidentDesk).
// Blocking (waits on the store): floodctl, tests, or a pool thread holding a Store::Use.
class SituationReport
{
    Q_DECLARE_TR_FUNCTIONS(fc::SituationReport)
public:
    static bool build(Store &store, const BriefingOptions &options, ReportDocument *out, QString *error);
    // Beijing time as a report writes it: "2024年9月16日 06时" / "16 Sep 2024 06:00".
    static QString asOfText(const QDateTime &t, const QString &language);
    static QString timeText(const QDateTime &t); // "09-16 05:40" Beijing time
};

} // namespace fc
