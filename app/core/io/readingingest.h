#pragma once

#include "app/core/rules/alarmengine.h"
#include "app/core/io/readingcsv.h"

#include <QCoreApplication>
#include <QString>
#include <algorithm>

namespace fc {

class Store;

// Stores readings from CSV files through the store's bulk call, one transaction per file: the good rows and the
// alarms they raise together, or nothing. Blocking (waits on the store's futures): for floodctl, tests, benchmarks
// and worker threads, never the GUI thread.
class ReadingIngest
{
    Q_DECLARE_TR_FUNCTIONS(fc::ReadingIngest)
public:
    struct Summary
    {
        QString file;
        bool ok = false;
        QString error;
        qint64 rowsRead = 0, stored = 0, duplicates = 0, rejected = 0;
        qint64 conflicts = 0; // readings at a stored time with another value: left out, reported apart
        qint64 corrected = 0; // with setCorrections(true): stored values replaced by the file's, audited
        QList<ReadingCsv::Reject> rejects;
        int alarmChanges = 0;
        QString toText() const; // the summary line and one line per listed reject
    };

    // evaluateAlarms: also evaluate thresholds and write the alarms in the same transaction (floodctl). Leave it
    // off where an AlarmService evaluates the change feed (the application), or alarms would be raised twice.
    explicit ReadingIngest(Store &store, bool evaluateAlarms = true);

    // ingestFile streams the file in chunks of this many readings (each sorted by sensor and time, evaluated and
    // stored in the one transaction); the default keeps memory at a few tens of MB. Tests use small chunks.
    static constexpr size_t DefaultChunkRows = 256 * 1024;
    void setChunkRows(size_t rows) { m_chunkRows = std::max<size_t>(rows, 1); }
    // Corrections mode (floodctl ingest --corrections): a reading at a stored time with another value replaces the
    // stored one, with an audit entry listing both values (ReadingBatch::corrections). The alarm engine evaluates
    // the file's readings in time order as always: a corrected value older than a sensor's latest reading raises
    // or clears nothing, and alarms already recorded keep the values they were raised with.
    void setCorrections(bool on) { m_corrections = on; }

    // Reads sensors, walls, alarms in force and the recent readings the evaluation needs.
    bool load(QString *error);
    // Streamed in chunks (memory independent of the file's size); a file whose readings go back in time for a
    // sensor from one chunk to a later one is ingested whole instead (same alarms as sorting the whole file).
    Summary ingestFile(const QString &path);
    Summary ingestData(const QByteArray &csv, const QString &label);
    // Stores an already parsed batch (sorted here by sensor and time), whole.
    Summary ingestBatch(ReadingBatch batch, const QString &label);

    AlarmEngine &engine() { return m_engine; }
    const QHash<QString, qint32> &sensorLookup() const { return m_lookup; }

    // Loads the evaluation state of `engine` from the store (blocking): sensors, flood walls, alarms in force, the
    // latest reading of every sensor and the last 6 h of each rain gauge.
    static bool loadState(Store &store, AlarmEngine *engine, QString *error);
    // Flood wall segments with a crest elevation, each with its nearest tide gauge.
    static QList<WallSegment> loadWalls(Store &store);

private:
    Summary store(ReadingCsv::Result parsed, const QString &label);

    Store &m_store;
    bool m_evaluate = true;
    size_t m_chunkRows = DefaultChunkRows;
    bool m_corrections = false;
    AlarmEngine m_engine;
    QHash<QString, qint32> m_lookup;
};

} // namespace fc
