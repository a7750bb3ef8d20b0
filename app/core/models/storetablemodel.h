#pragma once

#include "app/core/store/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimeZone>
#include <QUndoStack>



namespace fc {

// A table of the operation store for a panel (incidents, shelters, hazards, stock ...): one column per
// schema column, rows in fid order. Fed by the store, then kept current by its change notifications
// (row inserts, updates and removals; a reload only after an import). Edits through setData() become undo
// commands on the undo stack when one is set, else direct writes; the model changes when the store commits.
class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the stored value (UTC ISO text for times), for sorting and filtering
        FidRole,
    };

    StoreTableModel(Store *store, const QString &table, QObject *parent = nullptr);

    QString table() const { return m_table; }
    QStringList columns() const { return m_columns; }
    int columnOf(const QString &name) const { return int(m_columns.indexOf(name)); }
    qint64 fidAt(int row) const;
    int rowOfFid(qint64 fid) const;
    // The zone times are shown in (stored in UTC). Default Asia/Shanghai.
    void setDisplayZone(const QTimeZone &zone);
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    // Reloads all rows from the store (asynchronously; loaded() follows).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void loaded();

private:
    void onRowsChanged(const QList<fc::RowEvent> &events);
    void setRows(const QList<StoreRow> &rows);
    void rebuildIndex();

    QPointer<Store> m_store;
    QString m_table;
    QStringList m_columns;
    QList<ColumnType> m_types;
    QList<StoreRow> m_rows;
    QHash<qint64, int> m_rowOf;
    QTimeZone m_zone;
    QPointer<QUndoStack> m_undo;
    bool m_editable = true;
    quint64 m_generation = 0;
};

} // namespace fc
