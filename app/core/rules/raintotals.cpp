#include "app/core/rules/raintotals.h"

#include <cmath>

namespace fc {

namespace {
Thresholds make(const std::array<double, 4> &v, double hysteresis, qint64 minDuration)
{
    Thresholds t;
    t.level = v;
    t.hysteresis = hysteresis;
    t.minDurationS = minDuration;
    return t;
}
} // namespace

Thresholds RainThresholds::forOneHour() const
{
    return make(oneHour, hysteresisMm, minDurationS);
}

Thresholds RainThresholds::forSixHours() const
{
    return make(sixHours, hysteresisMm, minDurationS);
}

AlarmLevel RainThresholds::level(double total1h, double total6h) const
{
    return std::max(forOneHour().plainLevel(total1h), forSixHours().plainLevel(total6h));
}

bool RainWindow::add(qint64 atMs, double mm)
{
    if (atMs <= m_lastMs || std::isnan(mm))
        return false;
    m_lastMs = atMs;
    m_samples.push_back({atMs, mm});
    m_sum1h += mm;
    m_sum6h += mm;
    while (!m_samples.empty() && m_samples.front().atMs <= atMs - SixHoursMs) {
        m_sum6h -= m_samples.front().mm;
        m_samples.pop_front();
        if (m_first1h > 0)
            --m_first1h;
    }
    while (m_first1h < m_samples.size() && m_samples[m_first1h].atMs <= atMs - OneHourMs) {
        m_sum1h -= m_samples[m_first1h].mm;
        ++m_first1h;
    }
    // Guard against floating-point drift from many additions and subtractions.
    if (std::abs(m_sum1h) < 1e-9)
        m_sum1h = 0;
    if (std::abs(m_sum6h) < 1e-9)
        m_sum6h = 0;
    return true;
}

double RainWindow::total(qint64 windowMs, qint64 atMs) const
{
    double sum = 0;
    for (const Sample &s : m_samples)
        if (s.atMs > atMs - windowMs && s.atMs <= atMs)
            sum += s.mm;
    return sum;
}

double RainWindow::totalOf(const QList<QPair<qint64, double>> &readings, qint64 windowMs, qint64 atMs)
{
    double sum = 0;
    for (const auto &r : readings)
        if (r.first > atMs - windowMs && r.first <= atMs)
            sum += r.second;
    return sum;
}

} // namespace fc
