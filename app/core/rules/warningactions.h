#pragma once

#include "app/core/store/store.h"
#include "app/core/rules/warningstate.h"

#include <QCoreApplication>

namespace fc {

// A signal as entered by the duty officer or read from a CAP alert.
struct SignalInput
{
    QString kind, colour;
    QDateTime issuedAt;  // may be earlier than entry
    QString issuer, area, text, source, enteredBy, capIdentifier;
    QDateTime enteredAt; // clock time of entry
    QDateTime expiresAt; // the signal lapses then unless renewed (CAP <expires>); invalid: until lifted
};

// The store changes for each warning and response action, computed from the current state (pure functions:
// the store's constraints still guard the invariants across seats). An empty list and an error when the
// action does not apply.
class WarningActions
{
    Q_DECLARE_TR_FUNCTIONS(WarningActions)
public:
    // Issue a signal of a kind; if that kind is in force at another colour this is an upgrade or downgrade
    // (the old row is ended, the new one records the previous). Same colour: the details are updated.
    static QList<RowChange> issue(const WarningState &state, const SignalInput &in, QString *error);
    // A signal that is already over when it is entered (an expired or late CAP alert): a row of history that
    // ends at endedAt (`ended`: lift, upgrade, downgrade) and leaves the signal in force alone.
    static QList<RowChange> history(const SignalInput &in, const QDateTime &endedAt, const QString &ended,
                                    QString *error);
    // Lift (or cancel, for CAP Cancel) the signal of a kind in force.
    static QList<RowChange> lift(const WarningState &state, const QString &kind, const QDateTime &at,
                                 const QString &by, QString *error, bool cancel = false);
    // Decide the response level: confirm the proposal, or override with a reason. Starts the level's checklist
    // (items of every level up to it not already open, due relative to `at`) and closes open items of levels
    // above it, keeping their history. Level "none" ends the response.
    static QList<RowChange> decide(const WarningState &state, const QString &level, const QString &reason,
                                   const QString &who, const QDateTime &at, QString *error);
    // Mark an item done (or open again) with a remark.
    static QList<RowChange> setItemDone(const WarningState &state, qint64 itemFid, bool done, const QString &who,
                                        const QString &remark, const QDateTime &at, QString *error);
    // A new version of the plan (the first stored version when none is in the store).
    static QList<RowChange> storePlan(const WarningState &state, const ResponsePlan &plan, const QString &who,
                                      const QDateTime &at);
};

} // namespace fc
