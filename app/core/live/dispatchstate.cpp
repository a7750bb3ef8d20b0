#include "app/core/live/dispatchstate.h"

#include "app/core/rules/incidentdesk.h"

#include "app/core/store/asofrows.h"

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
    m_view.reset(); // rebuilt from the new rows once they are loaded, if a replay is showing
    m_viewInFlight = false;
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
            if (--m_pending == 0) {
                Q_EMIT loaded();
                requestView();
            }
        });
        w->setFuture(store->rows(t, {}, {}, t == QLatin1String("rescue_teams")));
    }
}

const QHash<qint64, StoreRow> &DispatchState::rows(const QString &table) const
{
    static const QHash<qint64, StoreRow> none;
    const Tables &shown = m_view ? *m_view : m_rows;
    const auto it = shown.constFind(table);
    return it == shown.cend() ? none : *it;
}

void DispatchState::setAsOf(const QDateTime &at)
{
    if (!at.isValid()) {
        if (!m_asOf.isValid() && !m_view)
            return;
        m_asOf = {};
        m_unrecoverable.clear();
        if (m_view)
            showTables(std::nullopt);
        Q_EMIT asOfChanged();
        return;
    }
    m_asOf = at;
    requestView();
}

void DispatchState::requestView()
{
    if (!m_store || m_pending > 0 || !m_asOf.isValid() || m_viewInFlight)
        return; // a rebuild in flight asks again for the latest time when it lands
    m_viewInFlight = true;
    m_viewRequested = m_asOf;
    // The live rows now, then the changes after the time: the audit read runs after this copy was taken, so it
    // holds every change the copy holds (AsOfRows).
    const Tables snapshot = m_rows;
    const quint64 generation = m_generation;
    auto *w = new QFutureWatcher<QList<StoreRow>>(this);
    connect(w, &QFutureWatcher<QList<StoreRow>>::finished, this, [this, w, snapshot, generation] {
        w->deleteLater();
        if (generation != m_generation)
            return;
        m_viewInFlight = false;
        if (!m_asOf.isValid())
            return; // back to live meanwhile
        AsOfRows r = AsOfRows::rewind(snapshot, w->result());
        m_unrecoverable = r.unrecoverable;
        showTables(std::move(r.rows));
        Q_EMIT asOfChanged();
        if (m_viewRequested != m_asOf)
            requestView(); // the clock moved on while this one was read
    });
    w->setFuture(m_store->rows(QStringLiteral("audit_log"), AsOfRows::auditWhere(tables()),
                               AsOfRows::auditBinds(tables(), m_viewRequested)));
}

void DispatchState::showTables(std::optional<Tables> view)
{
    const Tables before = m_view ? *m_view : m_rows; // shared copies, not deep ones
    m_view = std::move(view);
    const Tables &after = m_view ? *m_view : m_rows;
    for (const QString &t : tables()) {
        const QHash<qint64, StoreRow> a = before.value(t), b = after.value(t);
        QList<qint64> fids;
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            const auto other = b.constFind(it.key());
            if (other == b.cend() || other->values != it->values)
                fids.append(it.key());
        }
        for (auto it = b.cbegin(); it != b.cend(); ++it)
            if (!a.contains(it.key()))
                fids.append(it.key());
        if (!fids.isEmpty()) {
            std::sort(fids.begin(), fids.end());
            Q_EMIT changed(t, fids);
        }
    }
}

QList<StoreRow> DispatchState::activeDispatches(qint64 incidentFid) const
{
    QList<StoreRow> out;
    for (const StoreRow &d : rows(QStringLiteral("dispatches"))) {
        const QString s = d.values.value(QStringLiteral("status")).toString();
        if (d.values.value(QStringLiteral("incident_fid")).toLongLong() == incidentFid
            && IncidentDesk::isActiveDispatch(s))
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
    // While a replay shows the past, live changes go into the live rows only: they are later than the replay time.
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
    if (m_view)
        return;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        Q_EMIT changed(it.key(), it.value());
}

} // namespace fc
