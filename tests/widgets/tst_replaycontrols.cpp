// The replay controls drive the one application clock: play from a past period, scrub, pause, back to live.
#include "app/core/base/clock.h"
#include "widgets/panels/replaycontrols.h"

#include <QTest>
#include <QTimeZone>

using namespace fc;

class TstReplayControls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrubPlayAndLive()
    {
        Clock clock;
        ReplayControls controls(&clock);
        // Typhoon Bebinca's landfall day, Beijing time (DOMAIN.md): 2024-09-16 00:00 .. 2024-09-17 00:00.
        const QTimeZone bj("Asia/Shanghai");
        const QDateTime from(QDate(2024, 9, 16), QTime(0, 0), bj), to(QDate(2024, 9, 17), QTime(0, 0), bj);
        controls.setPeriod(from, to);
        QCOMPARE(controls.periodStart(), from.toUTC());
        QVERIFY(!clock.isReplaying());

        // Scrubbing to 312.5‰ of 24 h lands at 07:30, the landfall (15 min at the slider's 1/1000 resolution).
        controls.scrubTo(312);
        QVERIFY(clock.isReplaying());
        QVERIFY(clock.isPaused());
        const QDateTime landfall(QDate(2024, 9, 16), QTime(7, 30), bj);
        QVERIFY(std::abs(clock.now().secsTo(landfall)) <= 120);

        // Playing at the chosen rate moves replay time forward faster than real time.
        controls.play();
        QVERIFY(!clock.isPaused());
        const QDateTime before = clock.now();
        QTest::qWait(300);
        QVERIFY(before.msecsTo(clock.now()) >= 300 * 100); // 600x by default; at least 100x even on a slow machine
        controls.pause();
        const QDateTime paused = clock.now();
        QTest::qWait(100);
        QCOMPARE(clock.now(), paused);

        controls.goLive();
        QVERIFY(!clock.isReplaying());
        QVERIFY(std::abs(clock.now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }
};

QTEST_MAIN(TstReplayControls)
#include "tst_replaycontrols.moc"
