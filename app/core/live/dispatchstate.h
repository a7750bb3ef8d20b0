#pragma once

#include "app/core/store/store.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

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

    // A replay shows the rows as they were at `at` (rebuilt from the audit trail off the GUI thread, see AsOfRows);
    // an invalid time goes back to the live rows. Rows that differ are announced through changed(), row by row,
    // so views keep their selection. At most one rebuild is in flight; the latest time asked for wins.
    void setAsOf(const QDateTime &at);
    QDateTime asOf() const { return m_asOf; }
    bool isShowingPast() const { return m_view.has_value(); }
    // Tables an import replaced after the replay time: shown as they are now, not as they were.
    QStringList unrecoverable() const { return m_unrecoverable; }

    // The rows shown: live, or as of the replay time.
    const QHash<qint64, StoreRow> &rows(const QString &table) const;
    StoreRow row(const QString &table, qint64 fid) const { return rows(table).value(fid); }
    // The incident's active dispatches (ordered, en route or on site), in fid order.
    QList<StoreRow> activeDispatches(qint64 incidentFid) const;
    QList<StoreRow> list(const QString &table) const; // in fid order

Q_SIGNALS:
    void loaded();
    // The replay view was rebuilt (or left): asOf(), isShowingPast(), unrecoverable() changed.
    void asOfChanged();
    // Rows of `table` changed (fids inserted, updated or deleted).
    void changed(const QString &table, const QList<qint64> &fids);

private:
    using Tables = QHash<QString, QHash<qint64, StoreRow>>;
    void onRowsChanged(const QList<fc::RowEvent> &events);
    void requestView();
    void showTables(std::optional<Tables> view);

    QPointer<Store> m_store;
    Tables m_rows; // live
    std::optional<Tables> m_view; // as of m_asOf
    QDateTime m_asOf, m_viewRequested;
    bool m_viewInFlight = false;
    QStringList m_unrecoverable;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace fc
