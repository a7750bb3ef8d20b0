#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace fc {

// The one source of domain time (ARCHITECTURE.md): real time, a replay of a past period, or a time set by a
// test. Overdue rules, alarms, banners and replays read now() from here, never QDateTime::currentDateTime().
// Times are UTC QDateTimes; display code converts to Asia/Shanghai.
class Clock : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Real, Replay, Fixed };
    Q_ENUM(Mode)

    explicit Clock(QObject *parent = nullptr);

    QDateTime now() const;
    // The present, even while a replay is shown: the time live work (the intake, a CAP alert arriving) is stamped
    // with. Real time, or the fixed time of a test.
    QDateTime liveNow() const;
    Mode mode() const { return m_mode; }
    // True while the application shows a past state: nothing may be written (replay is read-only).
    bool isReplaying() const { return m_mode == Mode::Replay; }

    // Tests: freeze time at t (UTC), and move it on by hand.
    void setFixed(const QDateTime &t);
    void advance(qint64 seconds);
    // Replay: show the state at `from`, then run at `rate` x real time (1..3600) until paused or stopped.
    void startReplay(const QDateTime &from, double rate = 1.0);
    void setReplayRate(double rate);
    void pauseReplay(bool paused);
    bool isPaused() const { return m_paused; }
    double replayRate() const { return m_rate; }
    void seek(const QDateTime &t);
    // Back to real time.
    void setReal();
    // For a view that can show the past (rows as of a time, map layers): the time it should show, given the time it
    // shows now — invalid (live) unless replaying; the replay time after a jump or mode change (`jumped`), or once
    // `stepS` seconds of replay time have passed while it plays; nullopt when the view can stay as it is.
    std::optional<QDateTime> asOfTarget(const QDateTime &shown, bool jumped, qint64 stepS = 60) const;

Q_SIGNALS:
    // Time moved other than by its normal running (seek, fixed time set, mode change): state must be recomputed.
    void jumped(const QDateTime &now);
    // Once a second of displayed time (real or replay); for clocks, overdue checks and scrolling charts.
    void ticked(const QDateTime &now);
    void modeChanged(fc::Clock::Mode mode);

private:
    void setMode(Mode m);

    Mode m_mode = Mode::Real;
    QDateTime m_anchor;        // replay: displayed time at the last anchor; fixed: the fixed time
    QElapsedTimer m_sinceAnchor;
    double m_rate = 1.0;
    bool m_paused = false;
    QTimer m_tick;
};

} // namespace fc
