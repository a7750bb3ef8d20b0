#include "app/core/freeboard.h"

namespace fc {

Thresholds FreeboardRules::thresholds() const
{
    Thresholds t;
    t.falling = true;
    t.level = {Thresholds::Unused, Thresholds::Unused, marginM, redMarginM};
    t.hysteresis = hysteresisM;
    t.minDurationS = minDurationS;
    return t;
}

QList<SegmentFreeboard> FreeboardRules::evaluate(const QList<WallSegment> &walls, double tideM) const
{
    const Thresholds t = thresholds();
    QList<SegmentFreeboard> out;
    out.reserve(walls.size());
    for (const WallSegment &w : walls) {
        SegmentFreeboard s;
        s.fid = w.fid;
        s.name = w.name;
        s.crestM = w.crestM;
        s.freeboardM = w.crestM - tideM;
        s.level = t.plainLevel(s.freeboardM);
        out.append(s);
    }
    return out;
}

SegmentFreeboard FreeboardRules::lowest(const QList<SegmentFreeboard> &all)
{
    SegmentFreeboard best;
    for (const SegmentFreeboard &s : all)
        if (best.fid == 0 || s.freeboardM < best.freeboardM)
            best = s;
    return best;
}

} // namespace fc
