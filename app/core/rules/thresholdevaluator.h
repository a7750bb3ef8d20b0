#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <algorithm>
#include <array>
#include <limits>
#include <optional>

namespace fc {

// Alarm levels, lowest first (None = no alarm).
enum class AlarmLevel { None = 0, Blue, Yellow, Orange, Red };

namespace AlarmLevels {
QString code(AlarmLevel level);                 // "blue" ... "red"; empty for None
AlarmLevel fromCode(const QString &code);       // None for anything else
QString caption(AlarmLevel level);              // translated (蓝色 ...)
} // namespace AlarmLevels

// Per-level thresholds of one monitored value. Rising: a value at or above a level's threshold reaches it
// (rain, depth, tide). Falling: a value at or below it does (freeboard). NaN = the level is not used.
struct Thresholds
{
    static constexpr double Unused = std::numeric_limits<double>::quiet_NaN();
    std::array<double, 4> level = {Unused, Unused, Unused, Unused}; // blue, yellow, orange, red
    bool falling = false;
    double hysteresis = 0.0;    // a level in force holds until the value is this far back past its threshold
    qint64 minDurationS = 0;    // a level change takes effect only after it has held this long

    bool isEmpty() const;
    // The level a value reaches with no level in force (plain thresholds, no hysteresis).
    AlarmLevel plainLevel(double value) const;
};

// The level of one monitored value over time, with hysteresis and a minimum duration so a value hovering at a
// threshold does not flap. Pure: feed readings in time order and read the transitions; no store, no clock.
//  - Levels above the one in force are reached at their plain threshold; levels at or below it are kept until the
//    value passes its threshold by the hysteresis (a falling value for rising thresholds).
//  - A different target level must hold for minDurationS (measured between readings) before it takes effect;
//    an escalation then takes the lowest level seen while pending, a de-escalation the highest (conservative).
//  - Readings older than the last one fed are ignored (late data cannot rewind the state).
class ThresholdEvaluator
{
public:
    struct Transition
    {
        AlarmLevel from = AlarmLevel::None;
        AlarmLevel to = AlarmLevel::None;
        QDateTime at;   // time of the reading that made the change take effect
        double value = 0;
    };

    ThresholdEvaluator() = default;
    explicit ThresholdEvaluator(const Thresholds &t, AlarmLevel initial = AlarmLevel::None);

    void setThresholds(const Thresholds &t) { m_t = t; }
    const Thresholds &thresholds() const { return m_t; }
    AlarmLevel level() const { return m_level; }
    // Sets the level in force (e.g. an alarm found in the store) and forgets any pending change.
    void setLevel(AlarmLevel level);
    QDateTime lastTime() const { return m_last; }
    // Readings at or before this time (ms since the epoch) are treated as already seen.
    void skipTo(qint64 atMs) { m_lastMs = std::max(m_lastMs, atMs); }
    qint64 lastMs() const { return m_lastMs; } // the time of the last reading evaluated

    // Feeds one reading; returns the transition it causes, if any.
    std::optional<Transition> feed(const QDateTime &at, double value);
    // Same, with the time as milliseconds since the epoch (UTC): the bulk path.
    std::optional<Transition> feedMs(qint64 atMs, double value);
    // The level the value would aim for now (with hysteresis relative to the level in force).
    AlarmLevel target(double value) const;

private:
    Thresholds m_t;
    AlarmLevel m_level = AlarmLevel::None;
    AlarmLevel m_pending = AlarmLevel::None;
    int m_pendingDir = 0;
    qint64 m_pendingSinceMs = 0;
    qint64 m_lastMs = std::numeric_limits<qint64>::min();
    QDateTime m_last;
};

} // namespace fc
