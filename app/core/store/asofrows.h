#pragma once

#include "app/core/store/store.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace fc {

// Rows of some tables as they were at a past time, rebuilt from the rows now and the audit trail (every change
// made through the store is recorded with the row before and after it, in commit order). A row's state at T is
// the `before` of its first recorded change after T; a row first inserted after T did not exist yet; a row with no
// change after T is as it is now. A bulk load (import) of a table after T replaced it without row-by-row records:
// that table cannot be rebuilt: it is shown as it is now, and reported, not guessed.
//
// The rows "now" may be older than the audit entries read (a seat's copy lags the store), never newer: read the
// audit trail after taking the copy of the rows, and the result is exact either way.
struct AsOfRows
{
    using Tables = QHash<QString, QHash<qint64, StoreRow>>;

    Tables rows;
    QStringList unrecoverable; // tables replaced by an import after the time

    // The audit_log condition for Store::rows: changes to `tables` committed after `at`.
    static QString auditWhere(const QStringList &tables);
    static QVariantList auditBinds(const QStringList &tables, const QDateTime &at);
    // Undo the audit entries (rows of audit_log, any order) on top of `now`.
    static AsOfRows rewind(const Tables &now, const QList<StoreRow> &auditEntries);

    // What undoing means for each row of `tables` changed after the time: its row then, or nothing (inserted
    // after it). Tables imported after the time are left out and listed in *unrecoverable.
    using Undo = QHash<QString, QHash<qint64, std::optional<QVariantMap>>>;
    static Undo undo(const QList<StoreRow> &auditEntries, const QStringList &tables, QStringList *unrecoverable);
};

} // namespace fc
