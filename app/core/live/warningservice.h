#pragma once

#include "app/core/rules/warningactions.h"
#include "app/core/rules/warningstate.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

namespace fc {

class Clock;
class Store;

// The warnings, response and checklist of the open store, for the GUI: loads the tables once (asynchronously),
// then keeps WarningState current from Store::rowsChanged. Actions compute their changes from the state and
// write them in one transaction; their result comes back as a QFuture (the change itself through the feed).
class WarningService : public QObject
{
    Q_OBJECT
public:
    explicit WarningService(Clock *clock, QObject *parent = nullptr);
    ~WarningService() override;

    void setStore(Store *store);
    Store *store() const { return m_store; }
    Clock *clock() const { return m_clock; }
    bool isLoaded() const { return m_pending == 0 && m_store; }
    // What the panels show: the live state, or while the clock replays the state as it stood at the replay time
    // (WarningState::asOf). Switching between the two, or a replay step that changes what is in force, emits
    // reset(); actions always work on the live state (and are refused while replaying).
    const WarningState &state() const { return m_view ? *m_view : m_state; }
    const WarningState &liveState() const { return m_state; }
    bool isShowingReplay() const { return m_view != nullptr; }
    QString user() const;

    QFuture<WriteResult> issue(SignalInput input);
    QFuture<WriteResult> lift(const QString &kind, const QDateTime &at = {});
    QFuture<WriteResult> decide(const QString &level, const QString &reason);
    QFuture<WriteResult> setItemDone(qint64 itemFid, bool done, const QString &remark = QString());
    QFuture<WriteResult> write(const QList<RowChange> &changes, const QString &error, const QString &note);

Q_SIGNALS:
    // The state was (re)loaded from the store.
    void reset();
    // Committed changes to the warning tables, already applied to state().
    void changed(const QList<fc::RowEvent> &events);
    // A signal was issued or raised (not on load): flash, sound, speech.
    void signalRaised(const fc::WarningSignal &signal);

private:
    void load();
    void onRowsChanged(const QList<fc::RowEvent> &events);
    void updateView(bool force);
    QByteArray liveKey() const; // the signals in force now (a lapse changes it)

    Clock *m_clock = nullptr;
    QPointer<Store> m_store;
    WarningState m_state;
    int m_pending = 0;
    std::vector<std::unique_ptr<QFutureWatcher<QList<StoreRow>>>> m_loads;
    QMetaObject::Connection m_feed;
    std::unique_ptr<WarningState> m_view; // the replayed state, while the clock replays
    QByteArray m_viewKey;                 // what is in force in m_view (a change emits reset())
    QByteArray m_liveKey;                 // what was in force at the last tick
};

} // namespace fc
