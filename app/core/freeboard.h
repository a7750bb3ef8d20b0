#pragma once

#include "app/core/thresholdevaluator.h"

#include <QList>
#include <QString>

namespace fc {

// One first-line flood wall segment as the freeboard watch needs it.
struct WallSegment
{
    qint64 fid = 0;
    QString id, name;
    double crestM = 0; // crest elevation, Wusong datum
};

struct SegmentFreeboard
{
    qint64 fid = 0;
    QString name;
    double crestM = 0;
    double freeboardM = 0; // crest - water level
    AlarmLevel level = AlarmLevel::None;
};

// Freeboard (crest − water level) of every wall segment against one tide reading, and the alarm level when it
// falls under the configured margins: orange under `marginM`, red under `redMarginM` (0 = overtopping).
// Pure: no store, no clock.
struct FreeboardRules
{
    double marginM = 1.0;
    double redMarginM = 0.3;
    double hysteresisM = 0.05;
    qint64 minDurationS = 0;

    Thresholds thresholds() const; // falling thresholds: orange at marginM, red at redMarginM
    QList<SegmentFreeboard> evaluate(const QList<WallSegment> &walls, double tideM) const;
    // The segment with the least freeboard (fid 0 when there are no walls).
    static SegmentFreeboard lowest(const QList<SegmentFreeboard> &all);
};

} // namespace fc
