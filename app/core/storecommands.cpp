#include "app/core/storecommands.h"

namespace fc {

StoreEditCommand::StoreEditCommand(Store *store, const QString &table, qint64 fid, const QVariantMap &before,
                                   const QVariantMap &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_table(table), m_fid(fid), m_before(before), m_after(after)
{
    setText(after.size() == 1 ? tr("Edit %1").arg(after.firstKey()) : tr("Edit %1 row").arg(table));
}

void StoreEditCommand::redo()
{
    if (m_store)
        m_store->updateRow(m_table, m_fid, m_after, QStringLiteral("redo"));
}

void StoreEditCommand::undo()
{
    if (m_store)
        m_store->updateRow(m_table, m_fid, m_before, QStringLiteral("undo"));
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
    // A redo after an undo re-creates the same row.
    RowChange c{RowChange::Kind::Insert, m_table, m_fid, m_values};
    m_insert = m_store->apply({c}, m_fid ? QStringLiteral("redo") : QString());
}

qint64 StoreInsertCommand::fid() const
{
    if (!m_fid && m_insert.isValid()) {
        // Requests run in order on the store thread: this waits at most for the writes queued before it.
        m_insert.waitForFinished();
        const WriteResult r = m_insert.result();
        if (r.ok && !r.fids.isEmpty())
            m_fid = r.fids.first();
    }
    return m_fid;
}

void StoreInsertCommand::undo()
{
    const qint64 id = fid();
    if (m_store && id)
        m_store->deleteRow(m_table, id, QStringLiteral("undo"));
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
