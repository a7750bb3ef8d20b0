#include "app/core/models/storetablemodel.h"

#include "app/core/district/floodlayers.h"
#include "app/core/models/storecommands.h"

#include <QFutureWatcher>
#include <QUndoStack>

namespace fc {

StoreTableModel::StoreTableModel(Store *store, const QString &table, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_table(table), m_zone(QByteArrayLiteral("Asia/Shanghai"))
{
    if (const TableSpec *t = Schema::table(table)) {
        for (const ColumnSpec &c : t->columns) {
            m_columns.append(c.name);
            m_types.append(c.type);
        }
        m_editable = !t->appendOnly && !t->bulkOnly && table != QLatin1String("schema_version");
    }
    if (m_store)
        connect(m_store, &Store::rowsChanged, this, &StoreTableModel::onRowsChanged);
    reload();
}

void StoreTableModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void StoreTableModel::reload()
{
    if (!m_store)
        return;
    const quint64 generation = ++m_generation;
    // A watcher owned by the model, not QFuture::then(this, ...): the model may be deleted (the panel switched
    // tables) while the store thread is still reading, and Qt 6.4 then runs the continuation on the store thread
    // against a dead context. A watcher stops delivering when it dies, and always delivers through the event
    // loop, so loaded() never fires inside reload() or the constructor.
    auto *watcher = new QFutureWatcher<QList<StoreRow>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QFuture<QList<StoreRow>> f = watcher->future();
        if (generation != m_generation || f.isCanceled() || f.resultCount() == 0)
            return; // a newer reload is on its way, or the store closed before answering
        setRows(f.result());
        Q_EMIT loaded();
    });
    watcher->setFuture(m_store->rows(m_table));
}

void StoreTableModel::setRows(const QList<StoreRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    rebuildIndex();
    endResetModel();
}

void StoreTableModel::rebuildIndex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].fid, i);
}

qint64 StoreTableModel::fidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].fid : 0;
}

int StoreTableModel::rowOfFid(qint64 fid) const
{
    return m_rowOf.value(fid, -1);
}

void StoreTableModel::onRowsChanged(const QList<RowEvent> &events)
{
    for (const RowEvent &e : events) {
        if (e.table != m_table)
            continue;
        switch (e.kind) {
        case RowEvent::Kind::Reset:
            reload();
            return;
        case RowEvent::Kind::Insert: {
            if (m_rowOf.contains(e.fid))
                break;
            // Rows stay in fid order (a restored row goes back to its place).
            int at = int(m_rows.size());
            while (at > 0 && m_rows[at - 1].fid > e.fid)
                --at;
            StoreRow r{e.fid, e.after};
            r.values.remove(QStringLiteral("geom"));
            beginInsertRows({}, at, at);
            m_rows.insert(at, r);
            rebuildIndex();
            endInsertRows();
            break;
        }
        case RowEvent::Kind::Update: {
            const int row = rowOfFid(e.fid);
            if (row < 0)
                break;
            QVariantMap after = e.after;
            after.remove(QStringLiteral("geom"));
            m_rows[row].values = after;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            break;
        }
        case RowEvent::Kind::Delete: {
            const int row = rowOfFid(e.fid);
            if (row < 0)
                break;
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            rebuildIndex();
            endRemoveRows();
            break;
        }
        }
    }
}

int StoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant StoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const StoreRow &r = m_rows[index.row()];
    const QVariant v = r.values.value(m_columns[index.column()]);
    switch (role) {
    case RawValueRole:
        return v;
    case FidRole:
        return r.fid;
    case Qt::EditRole:
        return v;
    case Qt::DisplayRole: {
        if (v.isNull())
            return {};
        const ColumnType t = m_types[index.column()];
        if (t == ColumnType::DateTime) {
            const QDateTime utc = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            return utc.isValid() ? utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : v;
        }
        if (t == ColumnType::Boolean)
            return FloodLayers::valueCaption(m_columns[index.column()], QVariant(v.toBool()));
        if (t == ColumnType::Text)
            return FloodLayers::valueCaption(m_columns[index.column()], v);
        if (t == ColumnType::Blob)
            return tr("%1 bytes").arg(v.toByteArray().size());
        return v;
    }
    default:
        return {};
    }
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    static const QHash<QString, QString> captions = FloodLayers::fieldCaptions();
    return captions.value(m_columns[section], m_columns[section]);
}

Qt::ItemFlags StoreTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // The revision is the store's to keep (optimistic concurrency), never typed in.
    if (index.isValid() && m_editable && m_columns.value(index.column()) != QLatin1String("rev"))
        f |= Qt::ItemIsEditable;
    return f;
}

bool StoreTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_store || !index.isValid() || role != Qt::EditRole || !m_editable || index.row() >= m_rows.size())
        return false;
    const StoreRow &r = m_rows[index.row()];
    const QString column = m_columns[index.column()];
    const QVariant before = r.values.value(column);
    if (before == value)
        return false;
    if (m_undo)
        m_undo->push(new StoreEditCommand(m_store, m_table, r.fid, {{column, before}}, {{column, value}}, nullptr,
                                          r.values.value(QStringLiteral("rev")).toLongLong()));
    else
        m_store->updateRow(m_table, r.fid, {{column, value}, {QStringLiteral("rev"), r.values.value(QStringLiteral("rev"))}});
    // The view updates when the store commits (rowsChanged), not before.
    return true;
}

} // namespace fc
