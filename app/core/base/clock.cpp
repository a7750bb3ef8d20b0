#include "app/core/base/clock.h"

#include <algorithm>

namespace fc {

Clock::Clock(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT ticked(now()); });
    m_tick.start();
}

QDateTime Clock::now() const
{
    switch (m_mode) {
    case Mode::Real:
        return QDateTime::currentDateTimeUtc();
    case Mode::Fixed:
        return m_anchor;
    case Mode::Replay:
        if (m_paused)
            return m_anchor;
        return m_anchor.addMSecs(qint64(double(m_sinceAnchor.elapsed()) * m_rate));
    }
    return QDateTime::currentDateTimeUtc();
}

void Clock::setMode(Mode m)
{
    if (m_mode == m)
        return;
    m_mode = m;
    Q_EMIT modeChanged(m);
}

void Clock::setFixed(const QDateTime &t)
{
    m_anchor = t.toUTC();
    setMode(Mode::Fixed);
    Q_EMIT jumped(m_anchor);
}

void Clock::advance(qint64 seconds)
{
    const QDateTime t = now().addSecs(seconds);
    m_anchor = t;
    m_sinceAnchor.restart();
    if (m_mode == Mode::Real)
        setMode(Mode::Fixed);
    Q_EMIT jumped(t);
}

void Clock::startReplay(const QDateTime &from, double rate)
{
    m_anchor = from.toUTC();
    m_rate = std::clamp(rate, 1.0, 3600.0);
    m_paused = false;
    m_sinceAnchor.restart();
    setMode(Mode::Replay);
    Q_EMIT jumped(m_anchor);
}

void Clock::setReplayRate(double rate)
{
    m_anchor = now();
    m_sinceAnchor.restart();
    m_rate = std::clamp(rate, 1.0, 3600.0);
}

void Clock::pauseReplay(bool paused)
{
    m_anchor = now();
    m_sinceAnchor.restart();
    m_paused = paused;
}

void Clock::seek(const QDateTime &t)
{
    m_anchor = t.toUTC();
    m_sinceAnchor.restart();
    Q_EMIT jumped(m_anchor);
}

void Clock::setReal()
{
    m_paused = false;
    setMode(Mode::Real);
    Q_EMIT jumped(now());
}

std::optional<QDateTime> Clock::asOfTarget(const QDateTime &shown, bool jumped, qint64 stepS) const
{
    if (!isReplaying())
        return QDateTime();
    const QDateTime t = now();
    if (jumped || !shown.isValid() || qAbs(shown.secsTo(t)) >= stepS)
        return t;
    return std::nullopt;
}

QDateTime Clock::liveNow() const
{
    return m_mode == Mode::Fixed ? m_anchor : QDateTime::currentDateTimeUtc();
}

} // namespace fc
