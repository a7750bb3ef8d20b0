#include "app/core/intake/readingintake.h"

#include "app/core/io/readingjson.h"
#include "app/core/store/store.h"

#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace fc {

struct ReadingIntake::State
{
    Store::Use use;
    QString session;
    std::unique_ptr<ReadingIngest> ingest; // only touched on the worker thread
    std::atomic_bool dirty{true};
    std::atomic_bool closed{false};
};

namespace {

bool changesEvaluation(const RowEvent &e, const QString &session)
{
    static const QStringList tables = {QStringLiteral("sensor_readings"), QStringLiteral("alarms"),
                                       QStringLiteral("sensors"), QStringLiteral("flood_walls")};
    if (!tables.contains(e.table))
        return false;
    // Our own batches come back with our session; anything else (another process or seat, an edit of a sensor's
    // thresholds, a reset of unknown origin) means the loaded state may be stale.
    return e.origin.isEmpty() || e.origin != session;
}

ReadingIntake::Result failed(const QString &label, const QString &error, bool badInput)
{
    ReadingIntake::Result r;
    r.summary.file = label;
    r.summary.error = error;
    r.badInput = badInput;
    return r;
}

} // namespace

ReadingIntake::ReadingIntake(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<fc::ReadingIntake::Result>();
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

ReadingIntake::~ReadingIntake()
{
    if (m_state)
        m_state->closed = true; // queued batches return at once
    m_pool.waitForDone();       // the batch being written, if any
}

void ReadingIntake::setStore(Store *store)
{
    if (m_feed)
        disconnect(m_feed);
    if (m_state)
        m_state->closed = true;
    m_state.reset();
    m_store = store;
    if (!store)
        return;
    m_state = std::make_shared<State>();
    m_state->use = store->use();
    m_state->session = store->session();
    m_feed = connect(store, &Store::rowsChanged, this, &ReadingIntake::onRows);
}

void ReadingIntake::onRows(const QList<RowEvent> &events)
{
    if (!m_state || m_state->dirty)
        return;
    for (const RowEvent &e : events)
        if (changesEvaluation(e, m_state->session)) {
            m_state->dirty = true;
            return;
        }
}

qint64 ReadingIntake::batchesDone() const
{
    return m_done->load();
}

QFuture<ReadingIntake::Result> ReadingIntake::run(std::function<Result(ReadingIngest &, bool)> job, const QString &label)
{
    const std::shared_ptr<State> state = m_state;
    QPointer<ReadingIntake> self(this);
    auto done = m_done;
    return QtConcurrent::run(&m_pool, [state, job = std::move(job), label, self, done]() -> Result {
        Result r;
        if (!state || state->closed || !state->use) {
            r = failed(label, tr("no operation store is open"), false);
        } else {
            bool loadedNow = false;
            auto load = [&]() -> bool {
                // Cleared before reading: a change that lands while loading marks the state stale again.
                state->dirty = false;
                state->ingest = std::make_unique<ReadingIngest>(*state->use.store(), true);
                QString e;
                if (!state->ingest->load(&e)) {
                    state->ingest.reset();
                    state->dirty = true;
                    r = failed(label, tr("cannot read the evaluation state: %1").arg(e), false);
                    return false;
                }
                loadedNow = true;
                return true;
            };
            if ((!state->ingest || state->dirty) && !load()) {
                // r holds the error
            } else {
                r = job(*state->ingest, loadedNow);
                if (!r.summary.ok && !r.badInput && !loadedNow && load()) {
                    // Refused on a state loaded earlier (another writer got there first): evaluate afresh, once.
                    r = job(*state->ingest, true);
                }
                if (!r.summary.ok)
                    state->dirty = true; // the engine kept its state, but the store may differ: reload next time
            }
        }
        done->fetch_add(1);
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, r] {
                if (self)
                    Q_EMIT self->batchDone(r);
            }, Qt::QueuedConnection);
        return r;
    });
}

QFuture<ReadingIntake::Result> ReadingIntake::submit(Input kind, const QByteArray &data, const QString &label)
{
    return run([kind, data, label](ReadingIngest &ingest, bool) -> Result {
        Result r;
        if (kind == Input::CsvFile) {
            r.summary = ingest.ingestFile(QString::fromUtf8(data));
            return r;
        }
        ReadingCsv::Result parsed = kind == Input::Json ? ReadingJson::parse(data, ingest.sensorLookup())
                                                        : ReadingCsv::parse(data, ingest.sensorLookup(), 100);
        if (!parsed.ok) {
            r = failed(label, parsed.error, true);
            r.summary.rowsRead = parsed.rowsRead;
            return r;
        }
        const qint64 read = parsed.rowsRead, rejected = parsed.rejected;
        const QList<ReadingCsv::Reject> rejects = parsed.rejects;
        if (parsed.batch.rows.empty()) {
            r.summary.file = label;
            r.summary.ok = true;
        } else {
            r.summary = ingest.ingestBatch(std::move(parsed.batch), label);
        }
        r.summary.rowsRead = read;
        r.summary.rejected = rejected;
        r.summary.rejects = rejects;
        return r;
    }, label);
}

QFuture<ReadingIntake::Result> ReadingIntake::submitBatch(ReadingBatch batch, const QString &label)
{
    return run([batch = std::move(batch), label](ReadingIngest &ingest, bool) -> Result {
        Result r;
        r.summary = ingest.ingestBatch(batch, label); // a copy: a refused batch may be evaluated again
        return r;
    }, label);
}

} // namespace fc
