#pragma once

#include "app/core/rules/responseplan.h"
#include "app/core/rules/warningsignal.h"

#include <QDateTime>
#include <QList>
#include <QMap>

namespace fc {

class Clock;
class Store;
struct RowChange;
struct RowEvent;
struct StoreRow;

// One response level decision (a row of response_levels): in force until ended_at.
struct ResponseRecord
{
    qint64 fid = 0;
    QString level = QStringLiteral("none"), proposed, decision, reason, decidedBy, scope;
    QDateTime changedAt, endedAt, enteredAt;
    qint64 signalFid = 0, planFid = 0;
    bool inForce() const { return fid != 0 && !endedAt.isValid(); }
    static ResponseRecord fromRow(qint64 fid, const QVariantMap &row);
};

// One checklist item (a row of checklist_items).
struct ChecklistItem
{
    qint64 fid = 0, responseFid = 0, planFid = 0;
    QString level, task, unit, status, doneBy, remark, itemCode, closedReason;
    int dueMinutes = 0;
    QDateTime doneAt, startedAt, dueAt, closedAt;
    bool isDone() const { return status == QLatin1String("done"); }
    bool isClosed() const { return closedAt.isValid(); }
    bool isOpen() const { return !isDone() && !isClosed(); }
    bool isOverdue(const QDateTime &now) const { return isOpen() && dueAt.isValid() && dueAt < now; }
    static ChecklistItem fromRow(qint64 fid, const QVariantMap &row);
};

// What the store says about warnings, the response and its checklist, kept current from the change feed
// (apply each RowEvent; load() once per table at start or after a Reset). A value: cheap to copy for a test.
class WarningState
{
public:
    static const QStringList &tables(); // warning_signals, response_levels, checklist_items, plans
    // Reads every table through the store, blocking (floodctl and tests only; the GUI uses WarningService).
    static WarningState read(Store &store, QString *error = nullptr);

    void load(const QString &table, const QList<StoreRow> &rows);
    // The state as it stood at t (a replay): rows not yet entered are left out, later lifts, ends, completions
    // and closures are undone.
    WarningState asOf(const QDateTime &t) const;
    // Applies one committed change; false when it is not about these tables.
    bool apply(const RowEvent &event);
    // Applies changes not yet written (checking a batch before writing it): inserted rows get provisional fids.
    void applyPending(const QList<RowChange> &changes);

    // The time "in force" is judged at: a signal whose lift time (CAP <expires>) has passed has lapsed, for
    // every reader. The clock's time when one is set (the GUI), else the time set (asOf, tests), else the
    // current time.
    void setClock(const Clock *clock) { m_clock = clock; }
    void setNow(const QDateTime &t) { m_now = t; }
    QDateTime now() const;
    // The earliest lapse still to come (invalid when none): when what is in force changes by itself.
    QDateTime nextLapse() const;

    QList<WarningSignal> inForce() const; // in kind order
    WarningSignal inForce(const QString &kind) const; // fid 0 when that kind has none
    WarningSignal signal(qint64 fid) const { return m_signals.value(fid); }
    // Signal rows in time order (history included).
    QList<WarningSignal> allSignals() const;
    WarningSignal byCapIdentifier(const QString &identifier) const;

    ResponseRecord currentResponse() const; // fid 0 when none was ever decided
    QList<ResponseRecord> responses() const; // in time order
    // When the level in force started (the earliest of the unbroken run of decisions at that level).
    QDateTime levelSince() const;
    // When the current event began: the first decision after the last "none" (invalid while no response runs).
    QDateTime eventStart() const;

    const QMap<qint64, ChecklistItem> &checklist() const { return m_items; }
    ChecklistItem item(qint64 fid) const { return m_items.value(fid); }
    int openCount() const;
    int overdueCount(const QDateTime &now) const;

    // The latest stored plan version, else the default plan from the resources.
    ResponsePlan plan() const;
    // The level the plan implies for the signals in force.
    QString proposedLevel(qint64 *signalFid = nullptr) const;
    // The proposal differs from the level in force: the duty officer should confirm or override.
    bool decisionPending() const;

private:
    QMap<qint64, WarningSignal> m_signals;
    QMap<qint64, ResponseRecord> m_responses;
    QMap<qint64, ChecklistItem> m_items;
    QMap<qint64, QVariantMap> m_plans;
    const Clock *m_clock = nullptr;
    QDateTime m_now;
    qint64 m_pendingFid = qint64(1) << 50;
    mutable qint64 m_planCacheFid = -1; // plan() parses the stored JSON once per version
    mutable ResponsePlan m_planCache;
};

} // namespace fc
