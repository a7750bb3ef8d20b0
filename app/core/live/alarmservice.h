#pragma once

#include "app/core/rules/alarmengine.h"
#include "app/core/store/store.h"

#include <QFutureWatcher>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <memory>

namespace fc {

class Clock;

// The live alarm state for panels and map styles, kept current from the store's change feed. It never evaluates or
// writes: every reading is evaluated by the intake that stores it (ReadingIntake, floodctl ingest), in the same
// transaction as the alarm rows it raises, and those rows arrive here on the feed and are adopted. Holds the latest
// reading per sensor, the recent rain, the latest tide and the recent alarm rows. Never waits on a future on this
// thread.
//
// While the clock replays, engine() and alarms() show the state at the replay time instead of the live one: the
// readings of the 48 h before it re-evaluated off this thread (as `floodctl replay --at` does), with the
// acknowledgements recorded by then. Replayed alarms have negative keys (they are not rows of the store). The view
// follows the clock (seek, play, scrub) with at most one evaluation in flight; back to live, the live state returns.
class AlarmService : public QObject
{
    Q_OBJECT
public:
    explicit AlarmService(Clock *clock, QObject *parent = nullptr);
    ~AlarmService() override;

    void setStore(Store *store); // null: forget everything
    Store *store() const { return m_store; }
    bool isReady() const { return m_ready; }
    const AlarmEngine &engine() const { return m_view ? m_view->engine : m_engine; }
    // Alarm rows in force and those cleared in the last 24 h (fid -> row); while replaying, those in force at the
    // replay time (negative keys).
    const QMap<qint64, QVariantMap> &alarms() const { return m_view ? m_view->alarms : m_alarms; }
    // The state of a sensor as every view shows it: the highest level of its alarms in force (reading or rain
    // source; None without one), the same rows the alarm list shows, so a map colour never disagrees with the list.
    AlarmLevel sensorLevel(qint64 sensorFid) const;
    // True once the replay view is shown (engine() and alarms() are those of replayAt()).
    bool isShowingReplay() const { return m_view != nullptr; }
    QDateTime replayAt() const { return m_view ? m_view->at : QDateTime(); }
    // Records an acknowledgement (who, when from the clock, remark). The result arrives on the change feed.
    QFuture<WriteResult> acknowledge(qint64 alarmFid, const QString &who, const QString &remark);

Q_SIGNALS:
    void alarmsChanged();
    void readingsChanged();
    void ready();

private:
    void reload();
    void onRows(const QList<fc::RowEvent> &events);
    void applyEvents(const QList<fc::RowEvent> &events);
    void clockModeChanged();
    void track(const QFuture<void> &job);
    void waitForJobs();
    void requestReplayView();

    struct ReplayView
    {
        QDateTime at;
        AlarmEngine engine;
        QMap<qint64, QVariantMap> alarms;
    };
    std::shared_ptr<const ReplayView> m_view;
    bool m_viewBusy = false;    // an evaluation is in flight
    bool m_viewPending = false; // the clock moved meanwhile: evaluate again when it is done
    int m_viewGeneration = 0;

    Clock *m_clock = nullptr;
    QPointer<Store> m_store;
    AlarmEngine m_engine;
    QMap<qint64, QVariantMap> m_alarms;
    bool m_ready = false;
    int m_generation = 0;
    QList<RowEvent> m_queued; // events that arrived while loading
    QMetaObject::Connection m_feed;
    QList<QFuture<void>> m_jobs; // pool jobs reading through m_store
};

} // namespace fc
