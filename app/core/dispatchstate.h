#pragma once

#include "app/core/store.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace fc {

// The rows the incident desk works from (incidents, rescue teams with positions, dispatches, team equipment),
// loaded once from the store and then kept current from its change feed, never re-read on a change. GUI side:
// results arrive through watchers owned by this object.
class DispatchState : public QObject
{
    Q_OBJECT
public:
    explicit DispatchState(QObject *parent = nullptr);

    static QStringList tables();
    void setStore(Store *store);
    Store *store() const { return m_store; }
    bool isLoaded() const { return m_pending == 0 && m_store; }

    const QHash<qint64, StoreRow> &rows(const QString &table) const;
    StoreRow row(const QString &table, qint64 fid) const { return rows(table).value(fid); }
    // The incident's active dispatches (ordered, en route or on site), in fid order.
    QList<StoreRow> activeDispatches(qint64 incidentFid) const;
    QList<StoreRow> list(const QString &table) const; // in fid order

Q_SIGNALS:
    void loaded();
    // Rows of `table` changed (fids inserted, updated or deleted).
    void changed(const QString &table, const QList<qint64> &fids);

private:
    void onRowsChanged(const QList<fc::RowEvent> &events);

    QPointer<Store> m_store;
    QHash<QString, QHash<qint64, StoreRow>> m_rows;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace fc
