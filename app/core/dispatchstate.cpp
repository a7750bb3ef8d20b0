#include "app/core/dispatchstate.h"

#include <QFutureWatcher>
#include <algorithm>

namespace fc {

DispatchState::DispatchState(QObject *parent) : QObject(parent) {}

QStringList DispatchState::tables()
{
    return {QStringLiteral("incidents"), QStringLiteral("rescue_teams"), QStringLiteral("dispatches"),
            QStringLiteral("team_equipment")};
}

void DispatchState::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_rows.clear();
    const quint64 generation = ++m_generation;
    m_pending = 0;
    if (!store) {
        Q_EMIT loaded();
        return;
    }
    connect(store, &Store::rowsChanged, this, &DispatchState::onRowsChanged);
    for (const QString &t : tables()) {
        ++m_pending;
        auto *w = new QFutureWatcher<QList<StoreRow>>(this);
        connect(w, &QFutureWatcher<QList<StoreRow>>::finished, this, [this, w, t, generation] {
            w->deleteLater();
            if (generation != m_generation)
                return;
            QHash<qint64, StoreRow> &h = m_rows[t];
            for (const StoreRow &r : w->result())
                h.insert(r.fid, r);
            if (--m_pending == 0)
                Q_EMIT loaded();
        });
        w->setFuture(store->rows(t, {}, {}, t == QLatin1String("rescue_teams")));
    }
}

const QHash<qint64, StoreRow> &DispatchState::rows(const QString &table) const
{
    static const QHash<qint64, StoreRow> none;
    const auto it = m_rows.constFind(table);
    return it == m_rows.cend() ? none : *it;
}

QList<StoreRow> DispatchState::activeDispatches(qint64 incidentFid) const
{
    QList<StoreRow> out;
    for (const StoreRow &d : rows(QStringLiteral("dispatches"))) {
        const QString s = d.values.value(QStringLiteral("status")).toString();
        if (d.values.value(QStringLiteral("incident_fid")).toLongLong() == incidentFid
            && (s == QLatin1String("ordered") || s == QLatin1String("en_route") || s == QLatin1String("on_site")))
            out.append(d);
    }
    std::sort(out.begin(), out.end(), [](const StoreRow &a, const StoreRow &b) { return a.fid < b.fid; });
    return out;
}

QList<StoreRow> DispatchState::list(const QString &table) const
{
    QList<StoreRow> out = rows(table).values();
    std::sort(out.begin(), out.end(), [](const StoreRow &a, const StoreRow &b) { return a.fid < b.fid; });
    return out;
}

void DispatchState::onRowsChanged(const QList<RowEvent> &events)
{
    QHash<QString, QList<qint64>> touched;
    for (const RowEvent &e : events) {
        if (!tables().contains(e.table))
            continue;
        QHash<qint64, StoreRow> &h = m_rows[e.table];
        if (e.kind == RowEvent::Kind::Reset) {
            setStore(m_store); // an import replaced the table: load again
            return;
        }
        if (e.kind == RowEvent::Kind::Delete)
            h.remove(e.fid);
        else
            h.insert(e.fid, StoreRow{e.fid, e.after});
        touched[e.table].append(e.fid);
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        Q_EMIT changed(it.key(), it.value());
}

} // namespace fc
