#include "app/core/rules/typhoonproposal.h"

#include "app/core/rules/warningsignal.h"

#include <QTimeZone>

namespace fc {

TyphoonProposal TyphoonProposal::propose(const QList<TyphoonProposalRule> &rules, const std::array<Circle, 3> &circles,
                                         const QDateTime &now, const QString &inForce)
{
    TyphoonProposal best;
    for (const TyphoonProposalRule &r : rules) {
        const Circle &c = circles[r.circle == 7 ? 0 : r.circle == 10 ? 1 : 2];
        if (!c.enter.isValid() || (c.leave.isValid() && c.leave <= now))
            continue;
        if (now.secsTo(c.enter) > qint64(r.withinHours * 3600))
            continue;
        if (WarningSignal::colourRank(r.colour) <= WarningSignal::colourRank(best.colour))
            continue;
        best.colour = r.colour;
        const QString at = c.enter.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("MM-dd hh:mm"));
        best.reason = c.enter <= now ? tr("the %1-level wind circle is over the district (since %2, UTC+8)").arg(r.circle).arg(at)
                                     : tr("the %1-level wind circle is forecast to reach the district at %2 (UTC+8), "
                                          "within %3 h")
                                           .arg(r.circle)
                                           .arg(at)
                                           .arg(r.withinHours);
    }
    if (!best.colour.isEmpty() && WarningSignal::colourRank(inForce) >= WarningSignal::colourRank(best.colour))
        return {};
    return best;
}

} // namespace fc
