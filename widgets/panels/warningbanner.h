#pragma once

#include "app/core/rules/warningstate.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace fc {

class WarningService;

// What the banner shows for a state at a time (a value, so tests can check it without painting).
struct BannerContent
{
    Q_DECLARE_TR_FUNCTIONS(BannerContent)
public:
    struct Badge
    {
        QString kind, colour, text;
        QString shortText; // kind and colour only ("台风黄色"), where the full text does not fit
    };
    QList<Badge> badges;  // most severe first
    QString level;        // none, IV .. I
    QString levelText;    // "III 级响应" / "No response"
    QString since;        // "3 h 05 min" since the level started (empty when none)
    QString proposal;     // "Plan proposes II: confirm" when a decision is pending
    int overdue = 0, open = 0;
    QString clock;        // HH:mm:ss Beijing time (live)
    bool replay = false;  // the state shown is a replayed past moment
    QString replayText;   // "REPLAY 2024-09-16 14:00:00" (回放 ...): the replayed time with its date

    static BannerContent compute(const WarningState &state, const QDateTime &now, bool replay = false);
    static QColor replayColour(); // the one colour that marks a replay (banner, wall, controls)
    static QString duration(qint64 seconds);
};

// The banner across the top of the window: signals in force as coloured badges with their icons, the response
// level and how long it has run, overdue checklist items, the clock. Flashes on a new or raised signal, with an
// alert sound and a short spoken announcement where the machine has them (skipped quietly where not).
class WarningBanner : public QWidget
{
    Q_OBJECT
public:
    explicit WarningBanner(WarningService *service, QWidget *parent = nullptr);
    ~WarningBanner() override;

    // 1.0 desktop; wall mode uses a larger scale.
    void setScale(double scale);
    double scale() const { return m_scale; }
    const BannerContent &content() const { return m_content; }
    bool isFlashing() const { return m_flashLeft > 0; }
    // The alert for a new or raised signal: flash, sound, speech.
    void alert(const fc::WarningSignal &signal);
    // Announcement text spoken for a signal (Chinese).
    static QString announcement(const WarningSignal &signal);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    QPointer<WarningService> m_service;
    BannerContent m_content;
    double m_scale = 1.0;
    QTimer m_flash;
    int m_flashLeft = 0;
    bool m_flashOn = false;
    struct Audio;
    std::unique_ptr<Audio> m_audio;
};

} // namespace fc
