#pragma once

#include "maps/vectorstyle.h"

namespace fc {

// Rescue teams on the map by duty state: each state its own marker shape in the team board's colour (available
// a circle, standing watch a square, dispatched and en route a triangle, on scene a star, returning a diamond,
// off duty a cross), so a glance at the map tells who is free. Labels and the rest come from `base`.
struct TeamStyle
{
    static constexpr const char *Field = "duty_status";
    static VectorStyle byDutyStatus(VectorStyle base);
    static bool isApplied(const VectorStyle &style);
};

} // namespace fc
