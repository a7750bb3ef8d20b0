#pragma once

#include "app/core/rules/thresholdevaluator.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fc {

// One first-line flood wall segment as the freeboard watch needs it.
struct WallSegment
{
    qint64 fid = 0;
    QString id, name;
    double crestM = 0; // crest elevation, Wusong datum
    qint64 tideFid = 0; // the tide gauge whose level this segment faces (the nearest); 0 = the district's first
};

// Gives every wall segment the nearest tide gauge (by distance from the segment's geometry to the gauge, WKT in
// lon/lat as the store returns it), so a district with gauges up and down the river measures each segment's
// freeboard against its own stretch. Segments without geometry, or districts without tide gauges, keep 0.
void assignNearestTideGauges(QList<WallSegment> *walls, const QHash<qint64, QString> &wallWkt,
                             const QHash<qint64, QString> &tideGaugeWkt);

struct SegmentFreeboard
{
    qint64 fid = 0;
    QString name;
    double crestM = 0;
    double freeboardM = 0; // crest - water level
    AlarmLevel level = AlarmLevel::None;
};

// The one definition of a flood-wall segment's freeboard state (crest − water level), read by the alarm evaluation,
// the map's wall colours, the situation summary and the briefings, so they never disagree: red under `redMarginM`,
// orange under `marginM`, watched (yellow on the map, no alarm) under `watchMarginM`. The alarm evaluation adds
// hysteresis and a minimum duration to the same margins. Pure: no store, no clock.
struct FreeboardRules
{
    double watchMarginM = 1.5;
    double marginM = 1.0;
    double redMarginM = 0.3;
    double hysteresisM = 0.05;
    qint64 minDurationS = 0;

    Thresholds thresholds() const; // falling thresholds: orange at marginM, red at redMarginM
    // The state of one freeboard now, without hysteresis or duration: Red, Orange, Yellow (watched) or None.
    AlarmLevel levelOf(double freeboardM) const;
    QList<SegmentFreeboard> evaluate(const QList<WallSegment> &walls, double tideM) const;
    // The segment with the least freeboard (fid 0 when there are no walls).
    static SegmentFreeboard lowest(const QList<SegmentFreeboard> &all);
};

} // namespace fc
