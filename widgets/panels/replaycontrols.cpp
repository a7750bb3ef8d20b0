#include "widgets/panels/replaycontrols.h"

#include "app/core/base/clock.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QTimeZone>
#include <QToolBar>

namespace fc {

namespace {

const QTimeZone &beijing()
{
    static const QTimeZone tz("Asia/Shanghai");
    return tz;
}

} // namespace

ReplayControls::ReplayControls(Clock *clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 0, 4, 0);
    m_from = new QDateTimeEdit(this);
    m_to = new QDateTimeEdit(this);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        // Beijing wall-clock time, whatever the machine's zone (Qt 6.4's editor has no time zone of its own).
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
    }
    const QDateTime now = clock->now();
    setPeriod(now.addDays(-3), now);
    m_rate = new QComboBox(this);
    for (int r : {1, 10, 60, 600, 3600})
        m_rate->addItem(tr("%1×").arg(r), r);
    m_rate->setCurrentIndex(3);
    m_play = new QPushButton(tr("Play"), this);
    m_scrub = new QSlider(Qt::Horizontal, this);
    m_scrub->setRange(0, 1000);
    m_scrub->setMinimumWidth(240);
    m_now = new QLabel(this);
    m_now->setObjectName(QStringLiteral("replayTime"));
    m_live = new QPushButton(tr("Back to live"), this);
    auto *bebinca = new QPushButton(tr("Typhoon Bebinca (2024)"), this);
    bebinca->setToolTip(tr("The replay scenario written by floodctl replay-scenario (illustrative gauge series)"));
    row->addWidget(new QLabel(tr("Replay from"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_to);
    row->addWidget(bebinca);
    row->addWidget(m_rate);
    row->addWidget(m_play);
    row->addWidget(m_scrub, 1);
    row->addWidget(m_now);
    row->addWidget(m_live);

    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_clock->isReplaying() && !m_clock->isPaused())
            pause();
        else
            play();
    });
    connect(m_live, &QPushButton::clicked, this, &ReplayControls::goLive);
    connect(bebinca, &QPushButton::clicked, this, [this] {
        setPeriod(QDateTime(QDate(2024, 9, 14), QTime(12, 0), beijing()), QDateTime(QDate(2024, 9, 17), QTime(0, 0), beijing()));
        scrubTo(0);
    });
    connect(m_rate, &QComboBox::currentIndexChanged, this, [this] {
        if (m_clock->isReplaying())
            m_clock->setReplayRate(rate());
    });
    connect(m_scrub, &QSlider::sliderMoved, this, &ReplayControls::scrubTo);
    connect(m_clock, &Clock::modeChanged, this, [this](Clock::Mode mode) {
        // A replay started elsewhere (--replay-at): the period around it, so the slider shows where it is.
        const QDateTime t = m_clock->now();
        if (mode == Clock::Mode::Replay && (t < periodStart() || t > periodEnd()))
            setPeriod(t.addSecs(-12 * 3600), t.addSecs(12 * 3600));
        showTime();
    });
    connect(m_clock, &Clock::ticked, this, &ReplayControls::showTime);
    connect(m_clock, &Clock::jumped, this, &ReplayControls::showTime);
    showTime();
}

void ReplayControls::setPeriod(const QDateTime &from, const QDateTime &to)
{
    const QDateTime a = from.toTimeZone(beijing()), b = to.toTimeZone(beijing());
    m_from->setDate(a.date());
    m_from->setTime(a.time());
    m_to->setDate(b.date());
    m_to->setTime(b.time());
}

QDateTime ReplayControls::periodStart() const
{
    return QDateTime(m_from->date(), m_from->time(), beijing()).toUTC();
}

QDateTime ReplayControls::periodEnd() const
{
    return QDateTime(m_to->date(), m_to->time(), beijing()).toUTC();
}

double ReplayControls::rate() const
{
    return m_rate->currentData().toDouble();
}

void ReplayControls::scrubTo(int permille)
{
    const qint64 span = periodStart().msecsTo(periodEnd());
    const QDateTime t = periodStart().addMSecs(span * std::clamp(permille, 0, 1000) / 1000);
    if (!m_clock->isReplaying()) {
        m_clock->startReplay(t, rate());
        m_clock->pauseReplay(true);
        Q_EMIT replayingChanged(true);
    } else {
        m_clock->seek(t);
    }
    showTime();
}

void ReplayControls::play()
{
    if (!m_clock->isReplaying()) {
        m_clock->startReplay(periodStart(), rate());
        Q_EMIT replayingChanged(true);
    } else {
        m_clock->setReplayRate(rate());
        m_clock->pauseReplay(false);
    }
    showTime();
}

void ReplayControls::pause()
{
    if (m_clock->isReplaying())
        m_clock->pauseReplay(true);
    showTime();
}

void ReplayControls::goLive()
{
    m_clock->setReal();
    Q_EMIT replayingChanged(false);
    showTime();
}

void ReplayControls::showTime()
{
    const bool replaying = m_clock->isReplaying();
    m_play->setText(replaying && !m_clock->isPaused() ? tr("Pause") : tr("Play"));
    m_live->setEnabled(replaying);
    if (!replaying) {
        m_now->setText(tr("Live"));
        return;
    }
    const QDateTime t = m_clock->now();
    m_now->setText(tr("Replay %1").arg(t.toTimeZone(beijing()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    const qint64 span = periodStart().msecsTo(periodEnd());
    if (span > 0 && !m_scrub->isSliderDown()) {
        const QSignalBlocker block(m_scrub);
        m_scrub->setValue(int(std::clamp<qint64>(periodStart().msecsTo(t) * 1000 / span, 0, 1000)));
    }
    if (t >= periodEnd() && !m_clock->isPaused())
        m_clock->pauseReplay(true); // stop at the end of the period
}

void ReplayPanel::install(PanelHost *host)
{
    m_bar = new QToolBar(tr("Replay"), host->window());
    m_bar->setObjectName(QStringLiteral("ReplayBar"));
    auto *controls = new ReplayControls(host->clock(), m_bar);
    m_bar->addWidget(controls);
    host->window()->addToolBarBreak(Qt::BottomToolBarArea);
    host->window()->addToolBar(Qt::BottomToolBarArea, m_bar);
    m_bar->hide();
    QAction *open = host->menu(PanelHost::Menu::Command)->addAction(tr("&Replay a past period…"));
    connect(open, &QAction::triggered, this, [this] {
        m_bar->show();
        m_bar->raise();
    });
    // However a replay starts (these controls, --replay-at, a test), its controls are at hand; the wall shows only
    // the banner's REPLAY mark.
    connect(host->clock(), &Clock::modeChanged, this, [this, host](Clock::Mode mode) {
        if (mode == Clock::Mode::Replay && !host->wallMode())
            m_bar->show();
    });
    connect(controls, &ReplayControls::replayingChanged, this, [this, host](bool on) {
        if (on) {
            m_bar->show();
            host->showMessage(tr("Replay: the window shows a past state; nothing is written while replaying"), 15000);
        } else {
            host->showMessage(tr("Back to live"), 5000);
        }
    });
}

} // namespace fc
