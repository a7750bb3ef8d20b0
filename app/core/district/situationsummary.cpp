#include "app/core/district/situationsummary.h"

#include "app/core/rules/freeboard.h"
#include "app/core/rules/incidentdesk.h"
#include "app/core/store/hazardworkflow.h"

#include <QDate>
#include <limits>

namespace fc {

SituationSummary SituationSummary::compute(const LayerStores &stores, double tide, const QDate &today)
{
    SituationSummary s;
    s.tideLevel = tide;
    if (const auto h = stores.value(QStringLiteral("hazards"))) {
        const int status = h->fieldIndex(QStringLiteral("status")), sev = h->fieldIndex(QStringLiteral("severity")),
                  deadline = h->fieldIndex(QStringLiteral("deadline"));
        for (int i = 0; i < h->count(); ++i) {
            if (!HazardWorkflow::isOpen(h->attribute(i, status).toString()))
                continue;
            ++s.hazardsOpen;
            const QString v = h->attribute(i, sev).toString();
            s.hazardsMajor += v == QLatin1String("major");
            s.hazardsHigh += v == QLatin1String("high");
            const QDate d = QDate::fromString(h->attribute(i, deadline).toString().left(10), Qt::ISODate);
            s.hazardsOverdue += d.isValid() && d < today;
        }
    }
    if (const auto w = stores.value(QStringLiteral("flood_walls"))) {
        const int crest = w->fieldIndex(QStringLiteral("crest_m")), name = w->fieldIndex(QStringLiteral("name"));
        s.minFreeboard = std::numeric_limits<double>::max();
        for (int i = 0; i < w->count(); ++i) {
            const QVariant c = w->attribute(i, crest);
            if (!c.isValid())
                continue;
            ++s.wallSegments;
            const double fb = c.toDouble() - tide;
            const AlarmLevel level = FreeboardRules().levelOf(fb);
            s.wallsOrange += level >= AlarmLevel::Orange;
            s.wallsRed += level == AlarmLevel::Red;
            if (fb < s.minFreeboard) {
                s.minFreeboard = fb;
                s.minFreeboardWall = w->attribute(i, name).toString();
            }
        }
        if (s.wallSegments == 0)
            s.minFreeboard = 0;
    }
    if (const auto g = stores.value(QStringLiteral("flood_gates"))) {
        const int state = g->fieldIndex(QStringLiteral("state"));
        s.gates = g->count();
        for (int i = 0; i < g->count(); ++i)
            s.gatesOpen += g->attribute(i, state).toString() == QLatin1String("open");
    }
    if (const auto sh = stores.value(QStringLiteral("shelters"))) {
        const int cap = sh->fieldIndex(QStringLiteral("capacity")), occ = sh->fieldIndex(QStringLiteral("occupancy"));
        s.shelters = sh->count();
        for (int i = 0; i < sh->count(); ++i) {
            s.shelterCapacity += sh->attribute(i, cap).toInt();
            s.shelterOccupancy += sh->attribute(i, occ).toInt();
        }
    }
    if (const auto t = stores.value(QStringLiteral("rescue_teams"))) {
        // The duty state the team board shows (duty_status), not the fixed roster column `status`.
        const int duty = t->fieldIndex(QStringLiteral("duty_status"));
        s.teams = t->count();
        for (int i = 0; i < t->count(); ++i)
            s.teamsStandby += IncidentDesk::isStandby(t->attribute(i, duty).toString());
    }
    return s;
}

QString SituationSummary::toHtml() const
{
    const auto row = [](const QString &k, const QString &v, bool alert = false) { // label, value, highlight
        return QStringLiteral("<tr><td>%1</td><td align=right><b%3>%2</b></td></tr>")
            .arg(k, v, alert ? QStringLiteral(" style='color:#ff6b5a'") : QString());
    };
    QString h = QStringLiteral("<h3>%1</h3><table width=100% cellspacing=4>").arg(tr("Situation at a glance"));
    h += row(tr("Water level used (Huangpu Park)"), tr("%1 m").arg(tideLevel, 0, 'f', 2));
    h += row(tr("Lowest flood-wall freeboard"),
             wallSegments ? tr("%1 m (%2)").arg(minFreeboard, 0, 'f', 2).arg(QStringLiteral("<br><small>") + minFreeboardWall.toHtmlEscaped() + QStringLiteral("</small>"))
                          : QStringLiteral("—"),
             wallSegments && FreeboardRules().levelOf(minFreeboard) >= AlarmLevel::Orange);
    const FreeboardRules rules;
    h += row(tr("Wall segments with freeboard < %1 m (orange)").arg(rules.marginM, 0, 'f', 1),
             QStringLiteral("%1 / %2").arg(wallsOrange).arg(wallSegments), wallsOrange > 0);
    if (wallsRed > 0)
        h += row(tr("of them < %1 m (red)").arg(rules.redMarginM, 0, 'f', 1), QString::number(wallsRed), true);
    h += row(tr("Flood gates open"), QStringLiteral("%1 / %2").arg(gatesOpen).arg(gates), gatesOpen > 0 && wallsOrange > 0);
    h += row(tr("Open hazards (major / high)"), QStringLiteral("%1 (%2 / %3)").arg(hazardsOpen).arg(hazardsMajor).arg(hazardsHigh),
             hazardsMajor > 0);
    h += row(tr("Hazards past their deadline"), QString::number(hazardsOverdue), hazardsOverdue > 0);
    h += row(tr("Shelter places free"), QStringLiteral("%1 / %2").arg(shelterCapacity - shelterOccupancy).arg(shelterCapacity));
    h += row(tr("Rescue teams on standby"), QStringLiteral("%1 / %2").arg(teamsStandby).arg(teams));
    h += QStringLiteral("</table><p>%1</p>").arg(tr("Click a feature on the map to see its attributes."));
    return h;
}

} // namespace fc
