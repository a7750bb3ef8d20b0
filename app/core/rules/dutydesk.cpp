#include "app/core/rules/dutydesk.h"

#include "app/core/rules/incidentdesk.h"
#include "app/core/store/schema.h"

namespace fc {

namespace {

QDateTime timeOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

} // namespace

QList<OverdueAlert> DutyDesk::overdue(const QList<StoreRow> &incidents, const QList<StoreRow> &dispatches,
                                      const QDateTime &now, const OverdueRules &rules)
{
    QList<OverdueAlert> out;
    QHash<qint64, StoreRow> incidentByFid;
    for (const StoreRow &i : incidents) {
        incidentByFid.insert(i.fid, i);
        if (IncidentDesk::stateOf(i) != QLatin1String("reported"))
            continue;
        const QDateTime reported = timeOf(i.values.value(QStringLiteral("reported_at")));
        const QString priority = i.values.value(QStringLiteral("priority")).toString();
        const int limit = rules.assignMinutes.value(priority.isEmpty() ? QStringLiteral("normal") : priority, 20);
        if (!reported.isValid())
            continue;
        const qint64 late = (reported.secsTo(now) - qint64(limit) * 60) / 60;
        if (reported.addSecs(qint64(limit) * 60) < now) {
            OverdueAlert a;
            a.kind = OverdueAlert::Kind::NoTeam;
            a.incidentFid = i.fid;
            a.minutesLate = late;
            a.text = tr("Incident #%1: no team assigned %2 min after the report (limit %3 min)")
                         .arg(i.fid).arg(reported.secsTo(now) / 60).arg(limit);
            out.append(a);
        }
    }
    for (const StoreRow &d : dispatches) {
        const QString status = d.values.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("ordered") && status != QLatin1String("en_route"))
            continue;
        QDateTime due = timeOf(d.values.value(QStringLiteral("eta_at")));
        if (!due.isValid()) {
            const QDateTime ordered = timeOf(d.values.value(QStringLiteral("ordered_at")));
            if (!ordered.isValid())
                continue;
            due = ordered.addSecs(qint64(rules.defaultTravelMinutes) * 60);
        }
        due = due.addSecs(qint64(rules.onSceneGraceMinutes) * 60);
        if (due < now) {
            OverdueAlert a;
            a.kind = OverdueAlert::Kind::NotOnScene;
            a.incidentFid = d.values.value(QStringLiteral("incident_fid")).toLongLong();
            a.dispatchFid = d.fid;
            a.minutesLate = due.secsTo(now) / 60;
            a.text = tr("Incident #%1: the team is not on scene %2 min after its ETA")
                         .arg(a.incidentFid).arg(due.secsTo(now) / 60 + rules.onSceneGraceMinutes);
            out.append(a);
        }
    }
    return out;
}

HandoverSummary DutyDesk::handoverSummary(Store &store, const QDateTime &now)
{
    HandoverSummary h;
    h.at = now;
    QStringList lines;
    lines << tr("Shift handover at %1 UTC").arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    auto inc = store.rows(QStringLiteral("incidents"),
                          QStringLiteral("coalesce(state, 'reported') NOT IN ('closed', 'cancelled')"));
    auto teams = store.rows(QStringLiteral("rescue_teams"),
                            QStringLiteral("duty_status IN ('dispatched', 'en_route', 'on_scene', 'returning')"));
    inc.waitForFinished();
    teams.waitForFinished();
    h.openIncidents = int(inc.result().size());
    lines << tr("Open incidents: %1").arg(h.openIncidents);
    for (const StoreRow &r : inc.result())
        lines << QStringLiteral("  #%1 %2 [%3] %4 — %5")
                     .arg(r.fid)
                     .arg(IncidentDesk::kindLabel(r.values.value(QStringLiteral("kind")).toString()),
                          r.values.value(QStringLiteral("priority")).toString(),
                          r.values.value(QStringLiteral("title")).toString(),
                          IncidentDesk::stateLabel(IncidentDesk::stateOf(r)));
    h.teamsOut = int(teams.result().size());
    lines << tr("Teams out: %1").arg(h.teamsOut);
    for (const StoreRow &r : teams.result()) {
        const qint64 task = r.values.value(QStringLiteral("current_incident_fid")).toLongLong();
        lines << QStringLiteral("  %1 — %2%3")
                     .arg(r.values.value(QStringLiteral("name")).toString(),
                          IncidentDesk::dutyStatusLabel(r.values.value(QStringLiteral("duty_status")).toString()),
                          task ? tr(" (incident #%1)").arg(task) : QString());
    }
    // Alarms belong to the gauges work (issue 11); count them only where this store has that table.
    const TableSpec *alarms = Schema::table(QStringLiteral("alarms"));
    const char *ackColumn = nullptr;
    if (alarms) {
        for (const char *c : {"acknowledged_at", "acked_at", "ack_at"})
            if (alarms->column(QString::fromLatin1(c))) {
                ackColumn = c;
                break;
            }
    }
    if (alarms && ackColumn) {
        auto a = store.rows(QStringLiteral("alarms"), QStringLiteral("%1 IS NULL").arg(QLatin1String(ackColumn)));
        a.waitForFinished();
        h.unacknowledgedAlarms = int(a.result().size());
        lines << tr("Unacknowledged alarms: %1").arg(h.unacknowledgedAlarms);
    } else {
        lines << tr("Unacknowledged alarms: not tracked in this store (no alarms table)");
    }
    h.text = lines.join(QLatin1Char('\n'));
    return h;
}

WriteResult DutyDesk::signHandover(Store &store, const HandoverSummary &summary, const QString &fromOfficer,
                                   const QString &toOfficer, const QDateTime &now)
{
    WriteResult r;
    if (toOfficer.trimmed().isEmpty()) {
        r.error = tr("The next duty officer must sign the handover.");
        return r;
    }
    RowChange h{RowChange::Kind::Insert, QStringLiteral("shift_handovers"), 0,
                {{QStringLiteral("at"), summary.at}, {QStringLiteral("from_officer"), fromOfficer},
                 {QStringLiteral("to_officer"), toOfficer}, {QStringLiteral("summary"), summary.text},
                 {QStringLiteral("signed_at"), now}}};
    RowChange log{RowChange::Kind::Insert, QStringLiteral("duty_log"), 0,
                  {{QStringLiteral("at"), now}, {QStringLiteral("officer"), toOfficer},
                   {QStringLiteral("entry"), tr("Shift handed over by %1 to %2 (%3 open incidents, %4 teams out)")
                                                 .arg(fromOfficer, toOfficer)
                                                 .arg(summary.openIncidents)
                                                 .arg(summary.teamsOut)}}};
    auto f = store.apply({h, log}, QStringLiteral("handover"));
    f.waitForFinished();
    return f.result();
}

WriteResult DutyDesk::note(Store &store, const QString &text, const QDateTime &now)
{
    auto f = store.insertRow(QStringLiteral("duty_log"), {{QStringLiteral("at"), now},
                                                          {QStringLiteral("officer"), store.user()},
                                                          {QStringLiteral("entry"), text}});
    f.waitForFinished();
    return f.result();
}

} // namespace fc
