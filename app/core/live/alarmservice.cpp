#include "app/core/live/alarmservice.h"

#include "app/core/base/clock.h"
#include "app/core/io/readingingest.h"
#include "app/core/live/replayscenario.h"

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
    if (m_clock) {
        connect(m_clock, &Clock::modeChanged, this, &AlarmService::clockModeChanged);
        connect(m_clock, &Clock::jumped, this, [this] {
            if (m_clock->isReplaying())
                requestReplayView();
        });
        connect(m_clock, &Clock::ticked, this, [this] {
            if (m_clock->isReplaying() && !m_clock->isPaused())
                requestReplayView();
        });
    }
}

void AlarmService::clockModeChanged()
{
    if (m_clock->isReplaying()) {
        requestReplayView();
        return;
    }
    // Back to live: drop the replay view. The live state kept following the feed meanwhile (the intake evaluated
    // and stored every reading that arrived); nothing to catch up.
    ++m_viewGeneration;
    m_viewBusy = m_viewPending = false;
    const bool had = m_view != nullptr;
    m_view.reset();
    if (had) {
        Q_EMIT alarmsChanged();
        Q_EMIT readingsChanged();
    }
}

void AlarmService::requestReplayView()
{
    if (!m_store || !m_clock || !m_clock->isReplaying())
        return;
    if (m_viewBusy) {
        m_viewPending = true;
        return;
    }
    m_viewBusy = true;
    m_viewPending = false;
    const int gen = m_viewGeneration;
    Store *store = m_store;
    const QDateTime at = m_clock->now();
    auto *watcher = new QFutureWatcher<std::shared_ptr<ReplayView>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<ReplayView>>::finished, this, [this, watcher, gen] {
        watcher->deleteLater();
        if (gen != m_viewGeneration || !m_clock->isReplaying())
            return;
        m_viewBusy = false;
        if (const std::shared_ptr<ReplayView> v = watcher->result()) {
            m_view = v;
            Q_EMIT alarmsChanged();
            Q_EMIT readingsChanged();
        }
        if (m_viewPending)
            requestReplayView();
    });
    // Evaluation waits on the store's futures: on a pool thread, never on this one.
    const QFuture<std::shared_ptr<ReplayView>> job = QtConcurrent::run([use = store->use(), at]() -> std::shared_ptr<ReplayView> {
        Store *store = use.store();
        ReplayState state;
        QString e;
        if (!ReplayState::compute(*store, at, &state, &e))
            return {};
        auto v = std::make_shared<ReplayView>();
        v->at = at.toUTC();
        v->engine = std::move(state.engine);
        // Acknowledgements recorded by the replay time, from the stored alarm rows of the same source that were in
        // force then (the re-evaluated episode and the stored one start at the same reading).
        const QString t = at.toUTC().toString(Qt::ISODateWithMs);
        const QList<StoreRow> stored = store->rows(QStringLiteral("alarms"),
                                                   QStringLiteral("raised_at <= ? AND (cleared_at IS NULL OR cleared_at > ?)"), {t, t})
                                           .result();
        auto keyOf = [](const QVariantMap &a) -> QString {
            return a.value(QStringLiteral("source")).toString() + QLatin1Char('/')
                   + QString::number(a.value(QStringLiteral("sensor_fid")).toLongLong()) + QLatin1Char('/')
                   + QString::number(a.value(QStringLiteral("wall_fid")).toLongLong());
        };
        QHash<QString, QVariantMap> acks;
        for (const StoreRow &r : stored) {
            const QDateTime ackAt = QDateTime::fromString(r.values.value(QStringLiteral("acknowledged_at")).toString(), Qt::ISODateWithMs);
            if (ackAt.isValid() && ackAt <= at)
                acks.insert(keyOf(r.values), r.values);
        }
        qint64 key = 0;
        for (const StoreRow &r : v->engine.alarmsInForce()) {
            QVariantMap a = r.values;
            const QVariantMap ack = acks.value(keyOf(a));
            for (const char *c : {"acknowledged_by", "acknowledged_at", "remark"})
                if (!ack.isEmpty())
                    a.insert(QLatin1String(c), ack.value(QLatin1String(c)));
            v->alarms.insert(--key, a);
        }
        return v;
    });
    track(QFuture<void>(job));
    watcher->setFuture(job);
}

AlarmService::~AlarmService()
{
    ++m_generation;
    waitForJobs();
}

void AlarmService::waitForJobs()
{
    // Pool jobs read through the store (each holds a Store::Use, so the store outlives them anyway); waiting here
    // also keeps their results from landing on a service already switched to another store. They are reads of a
    // few thousand rows at most, so this wait (on close or on switching stores only) is short.
    for (QFuture<void> &f : m_jobs)
        f.waitForFinished();
    m_jobs.clear();
}

void AlarmService::track(const QFuture<void> &job)
{
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [](const QFuture<void> &f) { return f.isFinished(); }),
                 m_jobs.end());
    m_jobs.append(job);
}

void AlarmService::setStore(Store *store)
{
    if (m_feed)
        disconnect(m_feed);
    if (store != m_store)
        waitForJobs();
    m_store = store;
    m_engine = AlarmEngine();
    m_alarms.clear();
    m_ready = false;
    ++m_generation;
    ++m_viewGeneration;
    m_view.reset();
    m_viewBusy = m_viewPending = false;
    Q_EMIT alarmsChanged();
    Q_EMIT readingsChanged();
    if (!store)
        return;
    m_feed = connect(store, &Store::rowsChanged, this, &AlarmService::onRows);
    reload();
    if (m_clock && m_clock->isReplaying())
        requestReplayView();
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
    });
    // Loading waits on the store's futures: on a pool thread, never on this one.
    const QFuture<std::shared_ptr<Loaded>> job = QtConcurrent::run([use = store->use(), since] {
        Store *store = use.store();
        auto l = std::make_shared<Loaded>();
        QString e;
        l->ok = ReadingIngest::loadState(*store, &l->engine, &e);
        l->alarms = store->rows(QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL OR cleared_at > ?"), {since}).result();
        return l;
    });
    track(QFuture<void>(job));
    watcher->setFuture(job);
}

void AlarmService::onRows(const QList<RowEvent> &events)
{
    if (!m_ready) {
        m_queued += events;
        return;
    }
    applyEvents(events);
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
                // Evaluated by the intake that wrote it, in the same transaction as its alarm rows (which follow on
                // the feed and are adopted below): taken as it is here, whichever seat or process wrote it.
                m_engine.primeReading(sensor, at, ev.after.value(QStringLiteral("value")).toDouble());
                readings = true;
            }
        } else if (ev.table == QLatin1String("alarms")) {
            if (ev.kind == RowEvent::Kind::Delete) {
                m_alarms.remove(ev.fid);
            } else if (ev.kind == RowEvent::Kind::Reset) {
                reset = true;
            } else {
                // The list keeps alarms in force and those cleared in the last 24 h (as loaded).
                const QDateTime cleared = QDateTime::fromString(ev.after.value(QStringLiteral("cleared_at")).toString(), Qt::ISODateWithMs);
                if (cleared.isValid() && m_clock && cleared <= m_clock->now().addSecs(-24 * 3600))
                    m_alarms.remove(ev.fid);
                else
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

AlarmLevel AlarmService::sensorLevel(qint64 sensorFid) const
{
    AlarmLevel level = AlarmLevel::None;
    for (const QVariantMap &a : alarms()) {
        if (a.value(QStringLiteral("sensor_fid")).toLongLong() != sensorFid
            || a.value(QStringLiteral("source")).toString() == QLatin1String("freeboard")
            || !a.value(QStringLiteral("cleared_at")).isNull())
            continue;
        level = std::max(level, AlarmLevels::fromCode(a.value(QStringLiteral("level")).toString()));
    }
    return level;
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
