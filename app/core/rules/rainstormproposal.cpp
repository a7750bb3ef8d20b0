#include "app/core/rules/rainstormproposal.h"

#include "app/core/rules/warningstate.h"

namespace fc {

AlarmLevel RainstormProposal::level(AlarmLevel fromTotals, AlarmLevel inForce)
{
    return fromTotals > inForce ? fromTotals : AlarmLevel::None;
}

AlarmLevel RainstormProposal::level(AlarmLevel fromTotals, const WarningState &state)
{
    const WarningSignal s = state.inForce(QStringLiteral("rainstorm"));
    return level(fromTotals, s.fid ? AlarmLevels::fromCode(s.colour) : AlarmLevel::None);
}

} // namespace fc
