#include "app/core/rules/dutydesk.h"

#include "app/core/rules/incidentdesk.h"
#include "app/core/store/schema.h"
#include "app/core/rules/alarmengine.h"
#include "app/core/rules/thresholdevaluator.h"
#include "app/core/base/uilanguage.h"
#include "app/core/rules/warningstate.h"

#include <algorithm>

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

QString DutyDesk::localText(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

namespace {

// One section of the handover: a heading and its lines.
struct Section
{
    QString heading;
    QStringList lines;
};

QList<StoreRow> rowsOf(Store &store, const QString &table, const QString &where = {}, const QVariantList &args = {})
{
    if (!Schema::table(table))
        return {};
    auto f = store.rows(table, where, args);
    f.waitForFinished();
    return f.result();
}

QString val(const StoreRow &r, const char *col)
{
    return r.values.value(QString::fromLatin1(col)).toString();
}

} // namespace

HandoverSummary DutyDesk::handoverSummary(Store &store, const QDateTime &now)
{
    HandoverSummary h;
    h.at = now;
    QDateTime lastSigned;
    for (const StoreRow &r : rowsOf(store, QStringLiteral("shift_handovers"))) {
        const QDateTime t = timeOf(r.values.value(QStringLiteral("signed_at")));
        if (t.isValid() && t <= now && (!lastSigned.isValid() || t > lastSigned))
            lastSigned = t;
    }
    h.shiftStart = lastSigned.isValid() ? lastSigned : now.addSecs(-12 * 3600);
    QList<Section> sections;

    // Warnings, the response and its checklist.
    const WarningState ws = WarningState::read(store);
    Section sig{tr("Signals in force"), {}};
    for (const WarningSignal &w : ws.inForce())
        sig.lines << tr("%1, issued %2").arg(WarningSignal::title(w.kind, w.colour), localText(w.issuedAt));
    h.signalsInForce = int(sig.lines.size());
    if (sig.lines.isEmpty())
        sig.lines << tr("none");
    sections << sig;
    const ResponseRecord resp = ws.currentResponse();
    h.responseLevel = resp.inForce() ? resp.level : QStringLiteral("none");
    Section level{tr("Response level"), {}};
    level.lines << (h.responseLevel == QLatin1String("none")
                        ? ResponseLevel::name(h.responseLevel)
                        : tr("%1 since %2").arg(ResponseLevel::name(h.responseLevel), localText(ws.levelSince())));
    sections << level;
    const ResponsePlan plan = ws.plan();
    Section overdue{tr("Overdue checklist items"), {}};
    for (const ChecklistItem &i : ws.checklist())
        if (i.isOverdue(now)) {
            const PlanItem p = plan.item(i.itemCode);
            overdue.lines << tr("%1 — %2, due %3")
                                 .arg(UiLanguage::pick(i.task, p.taskEn), UiLanguage::pick(i.unit, p.unitEn), localText(i.dueAt));
        }
    h.overdueItems = int(overdue.lines.size());
    if (overdue.lines.isEmpty())
        overdue.lines << tr("none");
    sections << overdue;

    // Alarms in force (the gauges' alarms table, where this store has it).
    Section alarms{tr("Alarms in force"), {}};
    if (Schema::table(QStringLiteral("alarms"))) {
        QHash<qint64, QString> names;
        for (const StoreRow &r : rowsOf(store, QStringLiteral("sensors")))
            names.insert(r.fid, val(r, "name"));
        QHash<qint64, QString> walls;
        const QList<StoreRow> inForce = rowsOf(store, QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL"));
        bool needWalls = false;
        for (const StoreRow &a : inForce)
            needWalls |= a.values.value(QStringLiteral("wall_fid")).toLongLong() != 0;
        if (needWalls)
            for (const StoreRow &r : rowsOf(store, QStringLiteral("flood_walls")))
                walls.insert(r.fid, val(r, "name"));
        h.unacknowledgedAlarms = 0;
        for (const StoreRow &a : inForce) {
            const qint64 wall = a.values.value(QStringLiteral("wall_fid")).toLongLong();
            const QString where = wall ? walls.value(wall, tr("wall segment %1").arg(wall))
                                       : names.value(a.values.value(QStringLiteral("sensor_fid")).toLongLong());
            const bool acked = !a.values.value(QStringLiteral("acknowledged_at")).isNull();
            h.unacknowledgedAlarms += acked ? 0 : 1;
            alarms.lines << tr("%1 %2: %3 %4, raised %5%6")
                                .arg(AlarmLevels::caption(AlarmLevels::fromCode(val(a, "level"))), where,
                                     alarmSourceLabel(val(a, "source")),
                                     QString::number(a.values.value(QStringLiteral("value")).toDouble(), 'f', 2),
                                     localText(timeOf(a.values.value(QStringLiteral("raised_at")))),
                                     acked ? tr(", acknowledged by %1").arg(val(a, "acknowledged_by")) : tr(", not acknowledged"));
        }
        h.alarmsInForce = int(inForce.size());
        if (alarms.lines.isEmpty())
            alarms.lines << tr("none");
        alarms.heading = tr("Alarms in force: %1 (unacknowledged: %2)").arg(h.alarmsInForce).arg(h.unacknowledgedAlarms);
    } else {
        alarms.lines << tr("not tracked in this store (no alarms table)");
    }
    sections << alarms;

    // Incidents and teams.
    const QList<StoreRow> inc = rowsOf(store, QStringLiteral("incidents"),
                                       QStringLiteral("coalesce(state, 'reported') NOT IN ('closed', 'cancelled')"));
    const QList<StoreRow> teams = rowsOf(store, QStringLiteral("rescue_teams"),
                                         QStringLiteral("duty_status IN ('dispatched', 'en_route', 'on_scene', 'returning')"));
    h.openIncidents = int(inc.size());
    Section incidents{tr("Open incidents: %1").arg(h.openIncidents), {}};
    for (const StoreRow &r : inc)
        incidents.lines << QStringLiteral("#%1 %2 [%3] %4 — %5")
                               .arg(r.fid)
                               .arg(IncidentDesk::kindLabel(val(r, "kind")), IncidentDesk::priorityLabel(val(r, "priority")),
                                    IncidentDesk::titleOf(r), IncidentDesk::stateLabel(IncidentDesk::stateOf(r)));
    sections << incidents;
    h.teamsOut = int(teams.size());
    Section out{tr("Teams out: %1").arg(h.teamsOut), {}};
    for (const StoreRow &r : teams) {
        const qint64 task = r.values.value(QStringLiteral("current_incident_fid")).toLongLong();
        out.lines << QStringLiteral("%1 — %2%3")
                         .arg(val(r, "name"), IncidentDesk::dutyStatusLabel(val(r, "duty_status")),
                              task ? tr(" (incident #%1)").arg(task) : QString());
    }
    sections << out;

    // The duty log of the shift, in time order.
    QList<StoreRow> log = rowsOf(store, QStringLiteral("duty_log"));
    std::stable_sort(log.begin(), log.end(), [](const StoreRow &a, const StoreRow &b) {
        return timeOf(a.values.value(QStringLiteral("at"))) < timeOf(b.values.value(QStringLiteral("at")));
    });
    Section duty{tr("Duty log since %1").arg(localText(h.shiftStart)), {}};
    for (const StoreRow &r : log) {
        const QDateTime t = timeOf(r.values.value(QStringLiteral("at")));
        if (t.isValid() && t >= h.shiftStart && t <= now)
            duty.lines << QStringLiteral("%1 %2: %3").arg(localText(t), val(r, "officer"), val(r, "entry"));
    }
    h.logEntries = int(duty.lines.size());
    if (duty.lines.isEmpty())
        duty.lines << tr("no entries");
    sections << duty;

    const QString title = tr("Shift handover at %1 (Beijing time)").arg(localText(now));
    const QString shift = tr("Shift from %1 to %2 (Beijing time)").arg(localText(h.shiftStart), localText(now));
    QStringList text{title, shift};
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title.toHtmlEscaped(), shift.toHtmlEscaped());
    for (const Section &sec : std::as_const(sections)) {
        text << QString() << sec.heading;
        html += QStringLiteral("<h3>%1</h3><ul>").arg(sec.heading.toHtmlEscaped());
        for (const QString &l : sec.lines) {
            text << QStringLiteral("  ") + l;
            html += QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    h.text = text.join(QLatin1Char('\n'));
    h.html = html;
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
