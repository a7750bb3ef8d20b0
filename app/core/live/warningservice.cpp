#include "app/core/live/warningservice.h"

#include "app/core/base/clock.h"
#include "app/core/store/store.h"

namespace fc {

namespace {

QFuture<WriteResult> failed(const QString &error)
{
    WriteResult r;
    r.error = error;
    QPromise<WriteResult> p;
    p.start();
    p.addResult(r);
    p.finish();
    return p.future();
}

} // namespace

WarningService::WarningService(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    if (!clock)
        return;
    connect(clock, &Clock::modeChanged, this, [this] { updateView(true); });
    connect(clock, &Clock::jumped, this, [this] {
        if (m_clock->isReplaying())
            updateView(false);
    });
    connect(clock, &Clock::ticked, this, [this] {
        if (m_clock->isReplaying()) {
            updateView(false);
            return;
        }
        // A signal lapses at its expiry (WarningState's rule): the views hear of it like any other change.
        if (m_pending == 0 && m_store && liveKey() != m_liveKey) {
            m_liveKey = liveKey();
            Q_EMIT reset();
        }
    });
}

QByteArray WarningService::liveKey() const
{
    QByteArray key;
    for (const WarningSignal &w : m_state.inForce())
        key += QByteArray::number(w.fid) + ',';
    return key;
}

void WarningService::updateView(bool force)
{
    if (!m_clock || !m_clock->isReplaying()) {
        if (m_view) {
            m_view.reset();
            m_viewKey.clear();
            Q_EMIT reset();
        }
        return;
    }
    auto v = std::make_unique<WarningState>(m_state.asOf(m_clock->now()));
    // What a panel lists: signals and their state, decisions, checklist items and their state.
    QByteArray key;
    for (const WarningSignal &w : v->allSignals())
        key += QByteArray::number(w.fid) + (w.liftedAt.isValid() ? "l," : "f,");
    for (const ResponseRecord &r : v->responses())
        key += QByteArray::number(r.fid) + (r.endedAt.isValid() ? "e;" : "r;");
    for (const ChecklistItem &i : v->checklist())
        key += QByteArray::number(i.fid) + i.status.toLatin1() + (i.closedAt.isValid() ? "c|" : "|");
    const bool changed = force || !m_view || key != m_viewKey;
    m_view = std::move(v);
    m_viewKey = key;
    if (changed)
        Q_EMIT reset();
}

WarningService::~WarningService() = default;

void WarningService::setStore(Store *store)
{
    if (m_feed)
        disconnect(m_feed);
    m_store = store;
    m_state = WarningState();
    m_state.setClock(m_clock);
    m_liveKey.clear();
    m_view.reset();
    m_viewKey.clear();
    m_loads.clear();
    m_pending = 0;
    if (!store) {
        Q_EMIT reset();
        return;
    }
    m_feed = connect(store, &Store::rowsChanged, this, &WarningService::onRowsChanged);
    load();
}

void WarningService::load()
{
    m_loads.clear();
    m_pending = int(WarningState::tables().size());
    for (const QString &table : WarningState::tables()) {
        auto w = std::make_unique<QFutureWatcher<QList<StoreRow>>>();
        QFutureWatcher<QList<StoreRow>> *raw = w.get();
        connect(raw, &QFutureWatcherBase::finished, this, [this, raw, table] {
            m_state.load(table, raw->result());
            if (--m_pending == 0) {
                m_liveKey = liveKey();
                if (m_clock && m_clock->isReplaying())
                    updateView(true); // emits reset() with the replayed state
                else
                    Q_EMIT reset();
            }
        });
        raw->setFuture(m_store->rows(table));
        m_loads.push_back(std::move(w));
    }
}

QString WarningService::user() const
{
    return m_store ? m_store->user() : QString();
}

void WarningService::onRowsChanged(const QList<RowEvent> &events)
{
    QList<RowEvent> mine;
    bool reload = false;
    for (const RowEvent &e : events) {
        if (!WarningState::tables().contains(e.table))
            continue;
        if (e.kind == RowEvent::Kind::Reset) {
            reload = true;
            continue;
        }
        const WarningSignal before = e.table == QLatin1String("warning_signals") ? m_state.signal(e.fid) : WarningSignal();
        m_state.apply(e);
        mine.append(e);
        if (e.table == QLatin1String("warning_signals") && e.kind != RowEvent::Kind::Delete) {
            const WarningSignal after = m_state.signal(e.fid);
            const bool raised = after.inForceAt(m_state.now())
                                && (before.fid == 0 ? after.action != QLatin1String("downgrade")
                                                    : WarningSignal::colourRank(after.colour)
                                                          > WarningSignal::colourRank(before.colour));
            if (raised && m_pending == 0)
                Q_EMIT signalRaised(after);
        }
    }
    if (reload) {
        load();
        return;
    }
    if (mine.isEmpty())
        return;
    if (m_view)
        updateView(false); // a replay shows the state at its time: a change after it shows nothing new
    else {
        m_liveKey = liveKey();
        Q_EMIT changed(mine);
    }
}

QFuture<WriteResult> WarningService::write(const QList<RowChange> &changes, const QString &error, const QString &note)
{
    if (!m_store)
        return failed(tr("no operation store is open"));
    if (m_clock && m_clock->isReplaying())
        return failed(tr("a replay is showing: nothing can be written"));
    if (changes.isEmpty())
        return failed(error);
    return m_store->apply(changes, note);
}

QFuture<WriteResult> WarningService::issue(SignalInput in)
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    if (!in.issuedAt.isValid())
        in.issuedAt = now;
    if (!in.enteredAt.isValid())
        in.enteredAt = now;
    if (in.enteredBy.isEmpty())
        in.enteredBy = user();
    QString error;
    const QList<RowChange> c = WarningActions::issue(m_state, in, &error);
    return write(c, error, tr("warning signal: %1").arg(WarningSignal::title(in.kind, in.colour)));
}

QFuture<WriteResult> WarningService::lift(const QString &kind, const QDateTime &at)
{
    const QDateTime t = at.isValid() ? at : m_clock->now();
    QString error;
    return write(WarningActions::lift(m_state, kind, t, user(), &error), error,
                 tr("warning signal lifted: %1").arg(WarningSignal::kindName(kind)));
}

QFuture<WriteResult> WarningService::decide(const QString &level, const QString &reason)
{
    QString error;
    return write(WarningActions::decide(m_state, level, reason, user(), m_clock->now(), &error), error,
                 tr("response level: %1").arg(ResponseLevel::name(level)));
}

QFuture<WriteResult> WarningService::setItemDone(qint64 itemFid, bool done, const QString &remark)
{
    QString error;
    return write(WarningActions::setItemDone(m_state, itemFid, done, user(), remark, m_clock->now(), &error), error,
                 tr("checklist"));
}

} // namespace fc
