#include "app/core/rules/thresholdevaluator.h"

#include <cmath>

namespace fc {

namespace AlarmLevels {

QString code(AlarmLevel level)
{
    switch (level) {
    case AlarmLevel::Blue:
        return QStringLiteral("blue");
    case AlarmLevel::Yellow:
        return QStringLiteral("yellow");
    case AlarmLevel::Orange:
        return QStringLiteral("orange");
    case AlarmLevel::Red:
        return QStringLiteral("red");
    case AlarmLevel::None:
        break;
    }
    return {};
}

AlarmLevel fromCode(const QString &code)
{
    if (code == QLatin1String("blue"))
        return AlarmLevel::Blue;
    if (code == QLatin1String("yellow"))
        return AlarmLevel::Yellow;
    if (code == QLatin1String("orange"))
        return AlarmLevel::Orange;
    if (code == QLatin1String("red"))
        return AlarmLevel::Red;
    return AlarmLevel::None;
}

QString caption(AlarmLevel level)
{
    switch (level) {
    case AlarmLevel::Blue:
        return QCoreApplication::translate("fc::AlarmLevels", "Blue");
    case AlarmLevel::Yellow:
        return QCoreApplication::translate("fc::AlarmLevels", "Yellow");
    case AlarmLevel::Orange:
        return QCoreApplication::translate("fc::AlarmLevels", "Orange");
    case AlarmLevel::Red:
        return QCoreApplication::translate("fc::AlarmLevels", "Red");
    case AlarmLevel::None:
        break;
    }
    return QCoreApplication::translate("fc::AlarmLevels", "Normal");
}

} // namespace AlarmLevels

bool Thresholds::isEmpty() const
{
    for (double v : level)
        if (!std::isnan(v))
            return false;
    return true;
}

AlarmLevel Thresholds::plainLevel(double value) const
{
    AlarmLevel out = AlarmLevel::None;
    for (int k = 0; k < 4; ++k) {
        const double t = level[size_t(k)];
        if (std::isnan(t))
            continue;
        if (falling ? value <= t : value >= t)
            out = AlarmLevel(k + 1);
    }
    return out;
}

ThresholdEvaluator::ThresholdEvaluator(const Thresholds &t, AlarmLevel initial) : m_t(t), m_level(initial) {}

void ThresholdEvaluator::setLevel(AlarmLevel level)
{
    m_level = level;
    m_pendingDir = 0;
}

AlarmLevel ThresholdEvaluator::target(double value) const
{
    AlarmLevel out = AlarmLevel::None;
    for (int k = 0; k < 4; ++k) {
        double t = m_t.level[size_t(k)];
        if (std::isnan(t))
            continue;
        // Levels up to the one in force hold until the value is back past the threshold by the hysteresis.
        if (AlarmLevel(k + 1) <= m_level)
            t += m_t.falling ? m_t.hysteresis : -m_t.hysteresis;
        if (m_t.falling ? value <= t : value >= t)
            out = AlarmLevel(k + 1);
    }
    return out;
}

std::optional<ThresholdEvaluator::Transition> ThresholdEvaluator::feed(const QDateTime &at, double value)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    if (ms > m_lastMs)
        m_last = at;
    auto r = feedMs(ms, value);
    if (r)
        r->at = at;
    return r;
}

std::optional<ThresholdEvaluator::Transition> ThresholdEvaluator::feedMs(qint64 atMs, double value)
{
    if (atMs <= m_lastMs || std::isnan(value))
        return std::nullopt;
    m_lastMs = atMs;
    const AlarmLevel want = target(value);
    const int dir = want > m_level ? 1 : want < m_level ? -1 : 0;
    if (dir == 0) {
        m_pendingDir = 0;
        return std::nullopt;
    }
    if (dir != m_pendingDir) {
        m_pendingDir = dir;
        m_pendingSinceMs = atMs;
        m_pending = want;
    } else {
        m_pending = dir > 0 ? std::min(m_pending, want) : std::max(m_pending, want);
    }
    if (atMs - m_pendingSinceMs < m_t.minDurationS * 1000)
        return std::nullopt;
    Transition tr;
    tr.from = m_level;
    tr.to = m_pending;
    tr.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    tr.value = value;
    m_level = m_pending;
    m_pendingDir = 0;
    return tr;
}

} // namespace fc
