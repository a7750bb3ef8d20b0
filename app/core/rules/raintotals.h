#pragma once

#include "app/core/rules/thresholdevaluator.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <deque>

namespace fc {

// Rainstorm signal thresholds (DOMAIN.md, Shanghai 2019 rules; blue as reported, unconfirmed). Configurable:
// a level is reached when the 1 h total or the 6 h total reaches its value (mm).
struct RainThresholds
{
    std::array<double, 4> oneHour = {35, 50, 80, 100};
    std::array<double, 4> sixHours = {50, 80, 100, 150};
    double hysteresisMm = 5.0;
    qint64 minDurationS = 0;

    Thresholds forOneHour() const;
    Thresholds forSixHours() const;
    AlarmLevel level(double total1h, double total6h) const;
};

// Running rain totals of one gauge. Each reading is the rain (mm) of the interval ending at its time; the total
// over a window W at time t sums the readings with time in (t - W, t]. Absolute UTC time throughout: windows
// run across midnight and across day boundaries without resetting. Pure; readings fed in time order.
class RainWindow
{
public:
    static constexpr qint64 OneHourMs = 3600 * 1000;
    static constexpr qint64 SixHoursMs = 6 * OneHourMs;

    // Adds a reading (older than the last one: ignored, returns false).
    bool add(qint64 atMs, double mm);
    bool add(const QDateTime &at, double mm) { return add(at.toMSecsSinceEpoch(), mm); }
    // Totals ending at the last reading.
    double total1h() const { return m_sum1h; }
    double total6h() const { return m_sum6h; }
    // Total over any window up to 6 h ending at `atMs` (from the kept readings).
    double total(qint64 windowMs, qint64 atMs) const;
    qint64 lastMs() const { return m_lastMs; }
    // The same rule over any window (24 h, the event) from a gauge's readings (time ms, mm; any order): the sum of
    // the readings with time in (atMs - windowMs, atMs].
    static double totalOf(const QList<QPair<qint64, double>> &readings, qint64 windowMs, qint64 atMs);

private:
    struct Sample
    {
        qint64 atMs;
        double mm;
    };
    std::deque<Sample> m_samples; // the last 6 h
    size_t m_first1h = 0;         // index of the first sample inside the 1 h window
    double m_sum1h = 0, m_sum6h = 0;
    qint64 m_lastMs = std::numeric_limits<qint64>::min();
};

} // namespace fc
