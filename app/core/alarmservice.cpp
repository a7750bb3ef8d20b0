#include "app/core/alarmservice.h"

#include "app/core/clock.h"
#include "app/core/readingingest.h"

#include <QtConcurrent/QtConcurrentRun>

namespace fc {

namespace {

struct Loaded
{
    AlarmEngine engine;
    QList<StoreRow> alarms;
    bool ok = false;
};

} // namespace

AlarmService::AlarmService(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    connect(&m_write, &QFutureWatcher<WriteResult>::finished, this, [this] {
        const WriteResult r = m_write.result();
        m_writing = false;
        if (r.ok) {
            m_engine.committed(m_tokens, r.fids);
            m_tokens.clear();
            flush();
        } else {
            // Another seat raised the same alarm first (one alarm in force per key): take the store's state.
            m_tokens.clear();
            reload();
        }
    });
}

AlarmService::~AlarmService()
{
    ++m_generation;
}

void AlarmService::setStore(Store *store)
{
    if (m_feed)
        disconnect(m_feed);
    m_store = store;
    m_engine = AlarmEngine();
    m_alarms.clear();
    m_ready = false;
    ++m_generation;
    Q_EMIT alarmsChanged();
    Q_EMIT readingsChanged();
    if (!store)
        return;
    m_feed = connect(store, &Store::rowsChanged, this, &AlarmService::onRows);
    reload();
}

void AlarmService::reload()
{
    if (!m_store)
        return;
    m_ready = false;
    m_queued.clear();
    const int gen = ++m_generation;
    Store *store = m_store;
    const QString since = m_clock->now().addSecs(-24 * 3600).toUTC().toString(Qt::ISODateWithMs);
    auto *watcher = new QFutureWatcher<std::shared_ptr<Loaded>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Loaded>>::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen != m_generation)
            return;
        const std::shared_ptr<Loaded> l = watcher->result();
        m_engine = l->engine;
        m_alarms.clear();
        for (const StoreRow &r : l->alarms)
            m_alarms.insert(r.fid, r.values);
        m_ready = true;
        const QList<RowEvent> queued = std::exchange(m_queued, {});
        applyEvents(queued);
        Q_EMIT ready();
        Q_EMIT alarmsChanged();
        Q_EMIT readingsChanged();
        flush();
    });
    // Loading waits on the store's futures: on a pool thread, never on this one.
    watcher->setFuture(QtConcurrent::run([store, since] {
        auto l = std::make_shared<Loaded>();
        QString e;
        l->ok = ReadingIngest::loadState(*store, &l->engine, &e);
        l->alarms = store->rows(QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL OR cleared_at > ?"), {since}).result();
        return l;
    }));
}

void AlarmService::onRows(const QList<RowEvent> &events)
{
    if (!m_ready) {
        m_queued += events;
        return;
    }
    applyEvents(events);
    flush();
}

void AlarmService::applyEvents(const QList<RowEvent> &events)
{
    bool alarms = false, readings = false, reset = false;
    for (const RowEvent &ev : events) {
        if (ev.table == QLatin1String("sensor_readings")) {
            if (ev.kind == RowEvent::Kind::Reset) {
                reset = true;
            } else if (ev.kind == RowEvent::Kind::Insert) {
                const qint64 sensor = ev.after.value(QStringLiteral("sensor_fid")).toLongLong();
                const qint64 at = QDateTime::fromString(ev.after.value(QStringLiteral("observed_at")).toString(), Qt::ISODateWithMs)
                                      .toMSecsSinceEpoch();
                const double v = ev.after.value(QStringLiteral("value")).toDouble();
                // While replaying, the live state is not evaluated (nothing may be written); reload on return.
                if (m_clock && m_clock->isReplaying())
                    m_engine.primeReading(sensor, at, v);
                else
                    m_engine.feed(sensor, at, v);
                readings = true;
            }
        } else if (ev.table == QLatin1String("alarms")) {
            if (ev.kind == RowEvent::Kind::Delete) {
                m_alarms.remove(ev.fid);
            } else if (ev.kind == RowEvent::Kind::Reset) {
                reset = true;
            } else {
                m_alarms.insert(ev.fid, ev.after);
                m_engine.adoptAlarm(StoreRow{ev.fid, ev.after});
            }
            alarms = true;
        } else if (ev.table == QLatin1String("sensors") || ev.table == QLatin1String("flood_walls")) {
            reset = true; // thresholds, codes or crests changed: rebuild (small tables)
        }
    }
    if (reset) {
        reload();
        return;
    }
    if (alarms)
        Q_EMIT alarmsChanged();
    if (readings)
        Q_EMIT readingsChanged();
}

void AlarmService::flush()
{
    if (!m_store || m_writing || !m_ready || !m_engine.hasChanges())
        return;
    if (m_clock && m_clock->isReplaying())
        return;
    const QList<RowChange> changes = m_engine.takeChanges(&m_tokens);
    m_writing = true;
    m_write.setFuture(m_store->apply(changes, tr("alarm evaluation")));
}

QFuture<WriteResult> AlarmService::acknowledge(qint64 alarmFid, const QString &who, const QString &remark)
{
    return m_store->updateRow(QStringLiteral("alarms"), alarmFid,
                              {{QStringLiteral("acknowledged_by"), who},
                               {QStringLiteral("acknowledged_at"), m_clock->now()},
                               {QStringLiteral("remark"), remark}},
                              tr("alarm acknowledged"));
}

} // namespace fc
