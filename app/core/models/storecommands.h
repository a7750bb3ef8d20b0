#pragma once

#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace fc {

// Undo commands for person-made edits of the store (the Edit menu's undo and redo). Each redo and undo is a
// write of its own through the store, so it is audited like any edit (note "undo" / "redo"). The store runs
// requests in order, so an undo always follows the write it reverses.

// Changes column values of one row (before and after hold the same columns).
class StoreEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreEditCommand)
public:
    // rev: the row's revision as the editor read it (0 = unknown). Each write then carries the revision it expects,
    // so an edit, undo or redo over a change made meanwhile by another seat is refused, not silently overwritten.
    StoreEditCommand(Store *store, const QString &table, qint64 fid, const QVariantMap &before,
                     const QVariantMap &after, QUndoCommand *parent = nullptr, qint64 rev = 0);
    void redo() override;
    void undo() override;

private:
    QPointer<Store> m_store;
    QString m_table;
    qint64 m_fid;
    QVariantMap m_before, m_after;
    qint64 m_rev = 0;
};

// Inserts a row; undo deletes it.
class StoreInsertCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreInsertCommand)
public:
    StoreInsertCommand(Store *store, const QString &table, const QVariantMap &values, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 fid() const;

private:
    QPointer<Store> m_store;
    QString m_table;
    QVariantMap m_values;
    mutable QFuture<WriteResult> m_insert;
    QFuture<WriteResult> m_undo;
    mutable qint64 m_fid = 0;
    bool m_pendingFid = false; // undone before the insert's fid was known: redo takes it from m_insert
};

// Deletes a row; undo restores it with its fid (so rows that refer to it stay valid).
class StoreDeleteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreDeleteCommand)
public:
    // row: the full row as the store returned it (StoreRow, geometry included when the table has one).
    StoreDeleteCommand(Store *store, const QString &table, const StoreRow &row, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<Store> m_store;
    QString m_table;
    StoreRow m_row;
};

} // namespace fc
