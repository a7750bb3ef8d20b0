#pragma once

#include "app/core/rules/responseplan.h"

#include <QDateTime>
#include <array>

namespace fc {

// The one rule for proposing a typhoon signal from the storm's forecast, read by floodctl status and the banner:
// the plan's typhoon_proposals (e.g. blue when the 7-level circle is forecast to reach the district within 48 h),
// the highest colour whose circle arrives within its hours (or is over the district now), proposed only while no
// typhoon signal of that colour or higher is in force. The arrival and departure times are the ones the track as
// known at `now` gives (TyphoonFigures on TyphoonTrack::asOf); an unknown arrival (radii not issued) proposes nothing.
struct TyphoonProposal
{
    Q_DECLARE_TR_FUNCTIONS(fc::TyphoonProposal)
public:
    struct Circle
    {
        QDateTime enter, leave;
    };
    QString colour;  // empty: nothing to propose
    QString reason;  // in the interface language
    // circles: the 7, 10 and 12-level times; inForce: the colour of the typhoon signal in force ("" none).
    static TyphoonProposal propose(const QList<TyphoonProposalRule> &rules, const std::array<Circle, 3> &circles,
                                   const QDateTime &now, const QString &inForce);
};

} // namespace fc
