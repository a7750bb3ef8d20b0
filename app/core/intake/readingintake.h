#pragma once

#include "app/core/io/readingingest.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <memory>

namespace fc {

class Store;
struct RowEvent;

// The evaluating writer of readings for one operation in this process. Every batch (a feed request, a drop-folder
// file, a file or a body handed in by a tool) is evaluated against the thresholds and stored together with the
// alarm changes it causes in one transaction (ReadingIngest): no reading is ever stored unevaluated, whatever the
// batch's size, the change feed's event limit, a replay shown on a window, or a crash between two steps (there is
// only one). Batches run one at a time on this intake's own worker thread, in the order they were handed in.
//
// The evaluation state (sensors, walls, alarms in force, the latest readings and 6 h of rain) is loaded before the
// first batch and again whenever another process or seat changed readings, alarms, sensors or walls (seen on the
// change feed), and after a refused write, which is then tried once more on the fresh state: two intakes on one
// operation cannot both raise the same alarm (the store refuses the second), and the loser re-evaluates.
// `floodctl serve` and the window hold the operation's intake lock (Store::lockIntake) so only one runs anyway.
class ReadingIntake : public QObject
{
    Q_OBJECT
public:
    enum class Input { CsvFile, CsvData, Json };
    struct Result
    {
        ReadingIngest::Summary summary;
        bool badInput = false; // the input as a whole was unusable (not the store refusing it)
    };

    explicit ReadingIntake(QObject *parent = nullptr);
    ~ReadingIntake() override; // waits for the batch being written (at most one), never for queued ones

    void setStore(Store *store); // null: stop (queued batches are answered "no operation store")
    Store *store() const { return m_store; }

    // Parses (off the calling thread) and stores `data`: a CSV file's path, CSV text, or a JSON body.
    QFuture<Result> submit(Input kind, const QByteArray &data, const QString &label);
    QFuture<Result> submitFile(const QString &path) { return submit(Input::CsvFile, path.toUtf8(), path); }
    // Stores readings already parsed (sensor fids), e.g. a scenario or a test's batch.
    QFuture<Result> submitBatch(ReadingBatch batch, const QString &label);

    // Batches stored or refused so far by this intake, and alarm changes written with them (for logs and tests).
    qint64 batchesDone() const;

Q_SIGNALS:
    // After each batch, on this object's thread.
    void batchDone(const fc::ReadingIntake::Result &result);

private:
    struct State;
    void onRows(const QList<fc::RowEvent> &events);
    QFuture<Result> run(std::function<Result(ReadingIngest &, bool loadedNow)> job, const QString &label);

    QPointer<Store> m_store;
    std::shared_ptr<State> m_state;
    QThreadPool m_pool; // one thread: batches in order
    QMetaObject::Connection m_feed;
    std::shared_ptr<std::atomic<qint64>> m_done = std::make_shared<std::atomic<qint64>>(0);
};

} // namespace fc

Q_DECLARE_METATYPE(fc::ReadingIntake::Result)
