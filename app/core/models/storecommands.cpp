#include "app/core/models/storecommands.h"

namespace fc {

StoreEditCommand::StoreEditCommand(Store *store, const QString &table, qint64 fid, const QVariantMap &before,
                                   const QVariantMap &after, QUndoCommand *parent, qint64 rev)
    : QUndoCommand(parent), m_store(store), m_table(table), m_fid(fid), m_before(before), m_after(after), m_rev(rev)
{
    setText(after.size() == 1 ? tr("Edit %1").arg(after.firstKey()) : tr("Edit %1 row").arg(table));
}

namespace {

// The values to write, with the revision the row should have (each of our writes moves it on by one).
QVariantMap withRevision(QVariantMap values, qint64 *rev)
{
    if (*rev > 0)
        values.insert(QStringLiteral("rev"), (*rev)++);
    return values;
}

} // namespace

void StoreEditCommand::redo()
{
    if (m_store)
        m_store->updateRow(m_table, m_fid, withRevision(m_after, &m_rev), QStringLiteral("redo"));
}

void StoreEditCommand::undo()
{
    if (m_store)
        m_store->updateRow(m_table, m_fid, withRevision(m_before, &m_rev), QStringLiteral("undo"));
}

StoreInsertCommand::StoreInsertCommand(Store *store, const QString &table, const QVariantMap &values,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_table(table), m_values(values)
{
    setText(tr("Add %1 row").arg(table));
}

void StoreInsertCommand::redo()
{
    if (!m_store)
        return;
    // A redo after an undo re-creates the same row (its fid taken from the first insert, without waiting).
    if (m_pendingFid) {
        const QString table = m_table;
        const QVariantMap values = m_values;
        m_insert = m_store->applyAfter(
            m_insert,
            [table, values](const WriteResult &r) {
                return QList<RowChange>{RowChange{RowChange::Kind::Insert, table, r.ok && !r.fids.isEmpty() ? r.fids.first() : 0, values}};
            },
            QStringLiteral("redo"));
        m_pendingFid = false;
        return;
    }
    RowChange c{RowChange::Kind::Insert, m_table, m_fid, m_values};
    m_insert = m_store->apply({c}, m_fid ? QStringLiteral("redo") : QString());
}

qint64 StoreInsertCommand::fid() const
{
    // Never waits: known once the insert has finished (the GUI thread must not wait for the store thread).
    if (!m_fid && m_insert.isValid() && m_insert.isFinished() && m_insert.resultCount() > 0) {
        const WriteResult r = m_insert.result();
        if (r.ok && !r.fids.isEmpty())
            m_fid = r.fids.first();
    }
    return m_fid;
}

void StoreInsertCommand::undo()
{
    if (!m_store)
        return;
    if (const qint64 id = fid()) {
        m_store->deleteRow(m_table, id, QStringLiteral("undo"));
        return;
    }
    // The insert may still be queued behind a long import: the delete is queued after it and takes the fid
    // from its result on the store thread.
    const QString table = m_table;
    m_undo = m_store->applyAfter(
        m_insert,
        [table](const WriteResult &r) {
            if (!r.ok || r.fids.isEmpty())
                return QList<RowChange>{};
            return QList<RowChange>{RowChange{RowChange::Kind::Delete, table, r.fids.first(), {}}};
        },
        QStringLiteral("undo"));
    m_fid = 0;
    m_pendingFid = true;
}

StoreDeleteCommand::StoreDeleteCommand(Store *store, const QString &table, const StoreRow &row, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_table(table), m_row(row)
{
    setText(tr("Delete %1 row").arg(table));
}

void StoreDeleteCommand::redo()
{
    if (m_store)
        m_store->deleteRow(m_table, m_row.fid);
}

void StoreDeleteCommand::undo()
{
    if (m_store)
        m_store->apply({RowChange{RowChange::Kind::Insert, m_table, m_row.fid, m_row.values}}, QStringLiteral("undo"));
}

} // namespace fc
