#include "app/core/briefing/incidentreport.h"

#include "app/core/briefing/situationreport.h"
#include "app/core/rules/incidentdesk.h"
#include "app/core/rules/incidentreporting.h"
#include "app/core/store/store.h"

#include <algorithm>

namespace fc {

namespace {

QString v(const StoreRow &r, const char *c)
{
    return r.values.value(QString::fromLatin1(c)).toString();
}

QDateTime timeOf(const StoreRow &r, const char *c)
{
    const QVariant x = r.values.value(QString::fromLatin1(c));
    if (x.metaType().id() == QMetaType::QDateTime)
        return x.toDateTime().toUTC();
    return QDateTime::fromString(x.toString(), Qt::ISODateWithMs).toUTC();
}

QString pick(const QString &language, const QString &zh, const QString &en)
{
    return language == QLatin1String("en") ? en : zh;
}

} // namespace

bool IncidentReport::build(Store &store, qint64 incidentFid, const QString &kind, const QDateTime &atIn,
                           const QString &language, const QString &author, const QString &serial, ReportDocument *out,
                           QString *error)
{
    if (!IncidentReportRules::kinds().contains(kind)) {
        if (error)
            *error = tr("unknown report kind '%1' (first, followup or verified)").arg(kind);
        return false;
    }
    const QList<StoreRow> found = store.rows(QStringLiteral("incidents"), QStringLiteral("fid = ?"), QVariantList{QVariant(incidentFid)}).result();
    if (found.isEmpty()) {
        if (error)
            *error = tr("no incident %1").arg(incidentFid);
        return false;
    }
    const StoreRow inc = found.first();
    const QDateTime at = atIn.isValid() ? atIn.toUTC() : QDateTime::currentDateTimeUtc();
    QList<StoreRow> log = store.rows(QStringLiteral("incident_log"), QStringLiteral("incident_fid = ?"), QVariantList{QVariant(incidentFid)}).result();
    std::sort(log.begin(), log.end(), [](const StoreRow &a, const StoreRow &b) { return timeOf(a, "at") < timeOf(b, "at"); });
    QHash<qint64, QString> teamNames;
    for (const StoreRow &t : store.rows(QStringLiteral("rescue_teams")).result())
        teamNames.insert(t.fid, v(t, "name"));
    const QList<StoreRow> dispatches = store.rows(QStringLiteral("dispatches"), QStringLiteral("incident_fid = ?"), QVariantList{QVariant(incidentFid)}).result();
    QDateTime firstIssued;
    for (const StoreRow &b : store.rows(QStringLiteral("briefings"), QStringLiteral("kind = 'incident-first' AND incident_fid = ?"),
                                        QVariantList{QVariant(incidentFid)})
                                 .result()) {
        const QDateTime t = timeOf(b, "issued_at");
        if (t.isValid() && (!firstIssued.isValid() || t < firstIssued))
            firstIssued = t;
    }

    ReportDocument d;
    d.kind = QStringLiteral("incident-") + kind;
    d.language = language;
    d.asOf = at;
    d.issuedAt = QDateTime::currentDateTimeUtc();
    d.author = author;
    d.serial = serial;
    for (const StoreRow &r : store.rows(QStringLiteral("district_boundary")).result()) {
        d.district = language == QLatin1String("en") && !v(r, "name_en").isEmpty() ? v(r, "name_en") : v(r, "name");
        break;
    }
    const QString kindTitle = kind == QLatin1String("first") ? pick(language, QStringLiteral("险情首报"), QStringLiteral("Incident report: first"))
                              : kind == QLatin1String("followup") ? pick(language, QStringLiteral("险情续报"), QStringLiteral("Incident report: follow-up"))
                                                                  : pick(language, QStringLiteral("险情核报"), QStringLiteral("Incident report: verified"));
    d.title = d.district + kindTitle;
    d.subtitle = serial.isEmpty() ? QString() : pick(language, QStringLiteral("第%1号").arg(serial), QStringLiteral("No. %1").arg(serial));
    d.header = QStringLiteral("%1  %2").arg(d.district, kindTitle + (serial.isEmpty() ? QString() : QLatin1Char(' ') + serial));
    d.footer = pick(language, QStringLiteral("第 {page} 页 共 {pages} 页"), QStringLiteral("page {page} of {pages}"));

    const IncidentReportRules rules;
    const QDateTime reported = timeOf(inc, "reported_at");
    const QString priority = v(inc, "priority").isEmpty() ? QStringLiteral("normal") : v(inc, "priority");
    const bool overdue = rules.isFirstReportOverdue(priority, reported, kind == QLatin1String("first") && !firstIssued.isValid() ? at : firstIssued, at);
    QString deadline = SituationReport::timeText(rules.firstReportDue(reported));
    if (IncidentReportRules::isSerious(priority))
        deadline += overdue ? tr(" (overdue)") : tr(" (in time)");
    else
        deadline = tr("not required (priority %1)").arg(IncidentDesk::priorityLabel(priority));
    QStringList measures;
    for (const StoreRow &dsp : dispatches)
        measures.append(tr("%1 dispatched %2 (%3)").arg(teamNames.value(dsp.values.value(QStringLiteral("team_fid")).toLongLong()),
                                                        SituationReport::timeText(timeOf(dsp, "ordered_at")), v(dsp, "status")));
    ReportSection facts;
    facts.id = QStringLiteral("facts");
    facts.blocks.append(ReportBlock::heading(pick(language, QStringLiteral("一、基本情况"), QStringLiteral("1. The incident"))));
    facts.blocks.append(ReportBlock::facts({
        {tr("Incident"), IncidentDesk::titleOf(inc)},
        {tr("Time reported"), SituationReport::asOfText(reported, language) + QStringLiteral(" (") + SituationReport::timeText(reported) + QLatin1Char(')')},
        {tr("Place"), QStringLiteral("%1 (%2, %3)").arg(v(inc, "address"), QString::number(inc.values.value(QStringLiteral("lon")).toDouble(), 'f', 5),
                                                       QString::number(inc.values.value(QStringLiteral("lat")).toDouble(), 'f', 5))},
        {tr("Source"), QStringList{v(inc, "reporter"), v(inc, "phone")}.join(QLatin1Char(' ')).trimmed()},
        {tr("Nature"), QStringLiteral("%1, %2").arg(IncidentDesk::kindLabel(v(inc, "kind")), IncidentDesk::priorityLabel(priority))},
        {tr("Extent"), (inc.values.value(QStringLiteral("depth_cm")).isNull() ? QString() : tr("water %1 cm; ").arg(v(inc, "depth_cm"))) + v(inc, "description")},
        {tr("Trend (state now)"), IncidentDesk::stateLabel(IncidentDesk::stateOf(inc))},
        {tr("Measures taken"), measures.isEmpty() ? tr("none yet") : measures.join(QStringLiteral("; "))},
        {tr("First report due"), deadline},
    }));
    d.sections.append(facts);
    if (kind != QLatin1String("first") && !log.isEmpty()) {
        ReportSection s;
        s.id = QStringLiteral("log");
        s.blocks.append(ReportBlock::heading(pick(language, QStringLiteral("二、处置经过"), QStringLiteral("2. What was done"))));
        QList<QStringList> rows;
        for (const StoreRow &l : log)
            if (timeOf(l, "at") <= at)
                rows.append({SituationReport::timeText(timeOf(l, "at")),
                             IncidentDesk::stateLabel(v(l, "from_state")) + QStringLiteral(" → ") + IncidentDesk::stateLabel(v(l, "to_state")),
                             teamNames.value(l.values.value(QStringLiteral("team_fid")).toLongLong()), v(l, "actor"), v(l, "note")});
        s.blocks.append(ReportBlock::table({tr("Time"), tr("Step"), tr("Team"), tr("By"), tr("Note")}, rows));
        d.sections.append(s);
    }
    if (kind == QLatin1String("verified")) {
        ReportSection s;
        s.id = QStringLiteral("verified");
        s.blocks.append(ReportBlock::heading(pick(language, QStringLiteral("三、核实情况"), QStringLiteral("3. Verified"))));
        const QDateTime closed = timeOf(inc, "closed_at");
        s.blocks.append(ReportBlock::facts({{tr("State"), IncidentDesk::stateLabel(IncidentDesk::stateOf(inc))},
                                            {tr("Closed"), closed.isValid() ? SituationReport::timeText(closed) : tr("not closed")},
                                            {tr("First report issued"), firstIssued.isValid() ? SituationReport::timeText(firstIssued) : tr("none recorded")}}));
        d.sections.append(s);
    }
    *out = d;
    return true;
}

} // namespace fc
