#pragma once

#include "widgets/panels/panel.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSlider;
class QToolBar;

namespace fc {

class Clock;

// The replay clock's controls: a past period, play at 1x..3600x, pause, scrub, back to live. While replaying,
// everything that reads the Clock (banner, checklist, charts, overdue rules) shows that time; writes that honour
// Clock::isReplaying are held back (replay is read-only).
class ReplayControls : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayControls(Clock *clock, QWidget *parent = nullptr);

    void setPeriod(const QDateTime &from, const QDateTime &to);
    QDateTime periodStart() const;
    QDateTime periodEnd() const;
    // Scrub position 0..1000 over the period.
    void scrubTo(int permille);
    void play();
    void pause();
    void goLive();

Q_SIGNALS:
    void replayingChanged(bool replaying);

private:
    void showTime();
    double rate() const;

    Clock *m_clock;
    QDateTimeEdit *m_from, *m_to;
    QComboBox *m_rate;
    QPushButton *m_play, *m_live;
    QSlider *m_scrub;
    QLabel *m_now;
    bool m_scrubbing = false;
};

// Registers the replay tool bar (Command menu > Replay a past period…; hidden while live).
class ReplayPanel : public Panel
{
    Q_OBJECT
public:
    using Panel::Panel;
    void install(PanelHost *host) override;
    void storeChanged(Store *) override {}

private:
    QToolBar *m_bar = nullptr;
};

} // namespace fc
