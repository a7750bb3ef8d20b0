#include "app/core/storelayersync.h"

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
    int n = 0;
    for (const auto &t : m_tracks)
        n += (t->busy ? 1 : 0) + int(t->queued.size()) + (t->reloadWanted ? 1 : 0);
    return n;
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
                t->layer->setStore(r.layers.value(table));
                t->changeId = r.changeId;
                // Events that arrived while reading and are already in the data are dropped.
                t->queued.removeIf([&](const RowEvent &e) { return e.changeId && e.changeId <= r.changeId; });
                Q_EMIT layerUpdated(t->layer);
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
    const std::shared_ptr<const FeatureStore> old = t->layer->store();
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
            t->layer->setStore(p.store);
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
