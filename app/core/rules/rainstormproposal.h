#pragma once

#include "app/core/rules/thresholdevaluator.h"

namespace fc {

class WarningState;

// The one rule for proposing a rainstorm signal from the district's rain totals, read by the alarm panel and the
// warnings panel alike: propose the level the totals reach only while no rainstorm signal of that colour or
// higher is in force (the observatory issues rainstorm signals; the HQ records the one it is told of).
struct RainstormProposal
{
    // fromTotals: the highest level the 1 h / 6 h totals reach; inForce: the rainstorm signal's colour in force
    // (None when there is none). None: nothing to propose.
    static AlarmLevel level(AlarmLevel fromTotals, AlarmLevel inForce);
    static AlarmLevel level(AlarmLevel fromTotals, const WarningState &state);
};

} // namespace fc
