#include "app/core/live/storelayersync.h"

#include "app/core/store/asofrows.h"
#include "maps/ogrreader.h"
#include "maps/vectorlayer.h"

#include <ogr_geometry.h>

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace fc {

StoreLayerSync::StoreLayerSync(Store *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &Store::rowsChanged, this, &StoreLayerSync::onChanges);
}

void StoreLayerSync::track(VectorLayer *layer, qint64 changeId)
{
    auto t = std::make_shared<Track>();
    t->layer = layer;
    t->changeId = changeId;
    m_tracks.insert(layer->id(), t);
}

int StoreLayerSync::pendingJobs() const
{
    int n = m_viewInFlight ? 1 : 0;
    for (const auto &t : m_tracks)
        n += (t->busy ? 1 : 0) + int(t->queued.size()) + (t->reloadWanted ? 1 : 0);
    return n;
}

std::shared_ptr<const FeatureStore> StoreLayerSync::Track::current() const
{
    return live ? live : (layer ? layer->store() : nullptr);
}

void StoreLayerSync::Track::setCurrent(std::shared_ptr<const FeatureStore> s)
{
    if (live)
        live = std::move(s); // a replay shows the past: the live data changes underneath
    else if (layer)
        layer->setStore(std::move(s));
}

void StoreLayerSync::setAsOf(const QDateTime &at)
{
    m_asOf = at;
    if (at.isValid()) {
        requestView();
        return;
    }
    m_unrecoverable.clear();
    if (!m_viewing)
        return;
    m_viewing = false;
    for (const auto &t : std::as_const(m_tracks)) {
        if (!t->live)
            continue;
        if (t->layer) {
            t->layer->setStore(t->live);
            Q_EMIT layerUpdated(t->layer);
        }
        t->live.reset();
    }
    Q_EMIT asOfApplied();
}

void StoreLayerSync::requestView()
{
    if (m_viewInFlight || !m_store || !m_asOf.isValid())
        return; // a rebuild in flight asks again for the latest time when it lands
    m_viewInFlight = true;
    m_viewRequested = m_asOf;
    // The data each layer holds now, then the audit trail read after it (AsOfRows: exact whatever the data's age).
    QHash<QString, std::shared_ptr<const FeatureStore>> bases;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it)
        if (it.value()->layer)
            bases.insert(it.key(), it.value()->current());
    const QStringList tables = bases.keys();
    struct View
    {
        QHash<QString, std::shared_ptr<const FeatureStore>> layers; // only the tables that differ from now
        QStringList unrecoverable;
        int dropped = 0;
    };
    auto *read = new QFutureWatcher<QList<StoreRow>>(this);
    connect(read, &QFutureWatcher<QList<StoreRow>>::finished, this, [this, read, bases, tables] {
        read->deleteLater();
        const QList<StoreRow> entries = read->result();
        auto *build = new QFutureWatcher<View>(this);
        connect(build, &QFutureWatcher<View>::finished, this, [this, build] {
            build->deleteLater();
            m_viewInFlight = false;
            const View v = build->result();
            if (m_asOf.isValid()) {
                m_viewing = true;
                m_unrecoverable = v.unrecoverable;
                for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
                    Track &t = **it;
                    if (!t.layer)
                        continue;
                    if (!t.live)
                        t.live = t.layer->store();
                    const std::shared_ptr<const FeatureStore> shown = v.layers.value(it.key(), t.live);
                    if (shown != t.layer->store()) {
                        t.layer->setStore(shown);
                        Q_EMIT layerUpdated(t.layer);
                    }
                }
                if (v.dropped)
                    Q_EMIT failed(tr("Replay: %1 past rows have a geometry that cannot be drawn").arg(v.dropped));
                Q_EMIT asOfApplied();
                if (m_viewRequested != m_asOf)
                    requestView(); // the clock moved on meanwhile
            }
            if (pendingJobs() == 0)
                Q_EMIT idle();
        });
        build->setFuture(QtConcurrent::run([bases, tables, entries] {
            View v;
            const AsOfRows::Undo undo = AsOfRows::undo(entries, tables, &v.unrecoverable);
            for (auto t = undo.cbegin(); t != undo.cend(); ++t) {
                const std::shared_ptr<const FeatureStore> base = bases.value(t.key());
                if (!base || t->isEmpty())
                    continue;
                QList<RowEvent> events;
                for (auto r = t->cbegin(); r != t->cend(); ++r) {
                    RowEvent e;
                    e.table = t.key();
                    e.fid = r.key();
                    e.kind = r.value() ? RowEvent::Kind::Update : RowEvent::Kind::Delete;
                    e.after = r.value().value_or(QVariantMap());
                    events.append(e);
                }
                int dropped = 0;
                v.layers.insert(t.key(), patched(*base, events, &dropped));
                v.dropped += dropped;
            }
            return v;
        }));
    });
    read->setFuture(m_store->rows(QStringLiteral("audit_log"), AsOfRows::auditWhere(tables),
                                  AsOfRows::auditBinds(tables, m_viewRequested)));
}

void StoreLayerSync::onChanges(const QList<RowEvent> &events)
{
    QSet<QString> touched;
    for (const RowEvent &e : events) {
        const auto it = m_tracks.constFind(e.table);
        if (it == m_tracks.cend())
            continue;
        Track &t = **it;
        if (e.changeId && e.changeId <= t.changeId)
            continue; // already in the data (read after this change)
        if (e.kind == RowEvent::Kind::Reset) {
            t.queued.clear(); // the re-read includes them
            t.reloadWanted = true;
        } else if (!t.reloadWanted) {
            t.queued.append(e);
        }
        touched.insert(e.table);
    }
    for (const QString &table : std::as_const(touched))
        pump(table);
}

void StoreLayerSync::pump(const QString &table)
{
    const std::shared_ptr<Track> t = m_tracks.value(table);
    if (!t || t->busy || !m_store)
        return;
    if (!t->layer) {
        m_tracks.remove(table);
        return;
    }
    if (t->reloadWanted) {
        t->reloadWanted = false;
        t->busy = true;
        auto *w = new QFutureWatcher<LayerRead>(this);
        connect(w, &QFutureWatcher<LayerRead>::finished, this, [this, w, t, table] {
            w->deleteLater();
            t->busy = false;
            const LayerRead r = w->future().resultCount() ? w->result() : LayerRead{};
            if (!r.ok) {
                Q_EMIT failed(tr("Map layer %1 could not be re-read: %2").arg(table, r.error));
            } else if (t->layer) {
                t->setCurrent(r.layers.value(table));
                t->changeId = r.changeId;
                // Events that arrived while reading and are already in the data are dropped.
                t->queued.removeIf([&](const RowEvent &e) { return e.changeId && e.changeId <= r.changeId; });
                Q_EMIT layerUpdated(t->layer);
                if (m_viewing)
                    requestView(); // an import replaced the table: the replay shows it as it is now
            }
            pump(table);
            if (pendingJobs() == 0)
                Q_EMIT idle();
        });
        w->setFuture(m_store->readLayers({table}));
        return;
    }
    if (t->queued.isEmpty()) {
        if (pendingJobs() == 0)
            Q_EMIT idle();
        return;
    }
    const QList<RowEvent> batch = std::exchange(t->queued, {});
    const std::shared_ptr<const FeatureStore> old = t->current();
    t->busy = true;
    struct Patched
    {
        std::shared_ptr<const FeatureStore> store;
        int dropped = 0;
    };
    auto *w = new QFutureWatcher<Patched>(this);
    connect(w, &QFutureWatcher<Patched>::finished, this, [this, w, t, table, batch] {
        w->deleteLater();
        t->busy = false;
        const Patched p = w->result();
        if (t->layer && p.store) {
            t->setCurrent(p.store);
            t->changeId = std::max(t->changeId, batch.last().changeId);
            Q_EMIT layerUpdated(t->layer);
        }
        if (p.dropped)
            Q_EMIT failed(tr("Map layer %1: %2 changed rows have a geometry that cannot be drawn").arg(table).arg(p.dropped));
        pump(table);
    });
    w->setFuture(QtConcurrent::run([old, batch] {
        Patched p;
        p.store = old ? patched(*old, batch, &p.dropped) : std::shared_ptr<const FeatureStore>();
        return p;
    }));
}

std::shared_ptr<const FeatureStore> StoreLayerSync::patched(const FeatureStore &old, const QList<RowEvent> &events,
                                                            int *dropped)
{
    // Final state of every changed row: its last "after" row, or gone.
    QHash<qint64, QVariantMap> finalRows;
    QList<qint64> order;
    for (const RowEvent &e : events) {
        if (!order.contains(e.fid))
            order.append(e.fid);
        if (e.kind == RowEvent::Kind::Delete)
            finalRows.insert(e.fid, QVariantMap());
        else
            finalRows.insert(e.fid, e.after);
    }
    const QStringList fields = old.fields();
    FeatureStoreBuilder b(fields);
    QList<QVariant> attrs;
    for (int i = 0; i < old.count(); ++i) {
        if (finalRows.contains(old.fid(i)))
            continue;
        b.beginFeature(old.fid(i), old.type(i));
        for (int p = 0; p < old.partCount(i); ++p) {
            int n = 0;
            const QPointF *pts = old.part(i, p, &n);
            b.addPart(pts, n);
        }
        attrs.resize(0);
        for (int k = 0; k < fields.size(); ++k)
            attrs.append(old.attribute(i, k));
        b.endFeature(attrs);
    }
    int bad = 0;
    for (qint64 fid : std::as_const(order)) {
        const QVariantMap row = finalRows.value(fid);
        if (row.isEmpty())
            continue;
        const QByteArray wkt = row.value(QStringLiteral("geom")).toString().toUtf8();
        if (wkt.isEmpty())
            continue; // a row without geometry has nothing to draw
        OGRGeometry *raw = nullptr;
        const char *p = wkt.constData();
        if (OGRGeometryFactory::createFromWkt(&p, nullptr, &raw) != OGRERR_NONE || !raw) {
            ++bad;
            continue;
        }
        std::unique_ptr<OGRGeometry> g(raw);
        attrs.resize(0);
        for (const QString &f : fields)
            attrs.append(row.value(f));
        if (!OgrReader::appendFeature(b, fid, *g, attrs))
            ++bad;
    }
    if (dropped)
        *dropped = bad;
    return b.build();
}

} // namespace fc
