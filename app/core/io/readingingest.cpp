#include "app/core/io/readingingest.h"

#include "app/core/store/store.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

void sortBySensorAndTime(std::vector<Reading> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Reading &a, const Reading &b) {
        return a.sensorFid != b.sensorFid ? a.sensorFid < b.sensorFid : a.atMs < b.atMs;
    });
}

// A CSV file as chunks for Store::appendReadings: read in blocks, each chunk sorted by sensor and time and fed to
// the alarm engine. Evaluating chunk by chunk equals evaluating the whole file sorted by sensor and time as long as
// no sensor's readings go back in time from one chunk to the next (loggers write in time order); when one does,
// the stream stops with outOfOrder() and the caller ingests the file whole instead.
class CsvStream : public ReadingStream
{
public:
    CsvStream(const QString &path, const QHash<QString, qint32> &lookup, AlarmEngine *engine, size_t chunkRows,
              bool corrections)
        : m_reader(path, lookup), m_engine(engine), m_chunkRows(chunkRows)
    {
        m_chunk.corrections = corrections;
    }
    const ReadingBatch *next() override
    {
        m_chunk.rows.clear();
        if (!m_reader.next(&m_chunk, m_chunkRows))
            return nullptr;
        sortBySensorAndTime(m_chunk.rows);
        if (m_engine) {
            // Each sensor's first reading in this chunk must not be older than its last one in earlier chunks.
            qint32 sensor = 0;
            for (const Reading &r : m_chunk.rows) {
                if (r.sensorFid == sensor)
                    continue;
                sensor = r.sensorFid;
                const auto it = m_lastMs.constFind(sensor);
                if (it != m_lastMs.cend() && r.atMs < *it) {
                    m_outOfOrder = true;
                    return nullptr;
                }
            }
            for (size_t i = 0; i < m_chunk.rows.size(); ++i) {
                const Reading &r = m_chunk.rows[i];
                m_engine->feed(r.sensorFid, r.atMs, r.value);
                if (i + 1 == m_chunk.rows.size() || m_chunk.rows[i + 1].sensorFid != r.sensorFid)
                    m_lastMs.insert(r.sensorFid, r.atMs);
            }
        }
        return &m_chunk;
    }
    QString error() const override
    {
        return m_outOfOrder ? ReadingIngest::tr("readings out of time order across chunks") : m_reader.error();
    }
    QList<RowChange> changes() override
    {
        return m_engine ? m_engine->takeChanges(&m_tokens) : QList<RowChange>();
    }
    bool outOfOrder() const { return m_outOfOrder; }
    const ReadingCsv::Result &parsed() const { return m_reader.result(); }
    const QList<int> &tokens() const { return m_tokens; }

private:
    ReadingCsv::FileReader m_reader;
    AlarmEngine *m_engine;
    size_t m_chunkRows;
    ReadingBatch m_chunk;
    QHash<qint32, qint64> m_lastMs;
    QList<int> m_tokens;
    bool m_outOfOrder = false;
};

} // namespace

QString ReadingIngest::Summary::toText() const
{
    QStringList out;
    if (!ok) {
        out.append(tr("%1: nothing stored: %2").arg(file, error));
    } else {
        out.append(tr("%1: %2 rows read, %3 stored, %4 duplicates, %5 rejected, %6 alarm changes")
                       .arg(file)
                       .arg(rowsRead)
                       .arg(stored)
                       .arg(duplicates)
                       .arg(rejected)
                       .arg(alarmChanges));
        if (corrected > 0)
            out.append(tr("%1: %2 stored values corrected (the audit log keeps the values they replaced)")
                           .arg(file)
                           .arg(corrected));
        if (conflicts > 0)
            out.append(tr("%1: %2 readings conflict with stored ones (same sensor and time, another value): left out, "
                          "the stored values kept")
                           .arg(file)
                           .arg(conflicts));
    }
    for (const ReadingCsv::Reject &r : rejects)
        out.append(tr("%1:%2: %3").arg(file).arg(r.line).arg(r.reason));
    if (rejected > rejects.size())
        out.append(tr("%1: %2 more rejected rows not listed").arg(file).arg(rejected - rejects.size()));
    return out.join(QLatin1Char('\n'));
}

ReadingIngest::ReadingIngest(Store &store, bool evaluateAlarms) : m_store(store), m_evaluate(evaluateAlarms) {}

QList<WallSegment> ReadingIngest::loadWalls(Store &store)
{
    QHash<qint64, QString> gauges, shapes;
    for (const StoreRow &r : store.rows(QStringLiteral("sensors"), QStringLiteral("kind = 'tide'"), {}, true).result())
        gauges.insert(r.fid, r.values.value(QStringLiteral("geom")).toString());
    QList<WallSegment> walls;
    for (const StoreRow &r : store.rows(QStringLiteral("flood_walls"), {}, {}, true).result()) {
        const QVariant crest = r.values.value(QStringLiteral("crest_m"));
        if (crest.isNull())
            continue;
        WallSegment w;
        w.fid = r.fid;
        w.id = r.values.value(QStringLiteral("id")).toString();
        w.name = r.values.value(QStringLiteral("name")).toString();
        w.crestM = crest.toDouble();
        walls.append(w);
        shapes.insert(r.fid, r.values.value(QStringLiteral("geom")).toString());
    }
    assignNearestTideGauges(&walls, shapes, gauges);
    return walls;
}

bool ReadingIngest::loadState(Store &store, AlarmEngine *engine, QString *error)
{
    const QList<StoreRow> sensorRows = store.rows(QStringLiteral("sensors")).result();
    QList<SensorInfo> sensors;
    for (const StoreRow &r : sensorRows)
        sensors.append(SensorInfo::fromRow(r));
    engine->setSensors(sensors);
    const QList<WallSegment> walls = loadWalls(store);
    engine->setWalls(walls);
    for (const StoreRow &r : store.rows(QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL")).result())
        engine->adoptAlarm(r);
    ReadingQuery last;
    last.latestOnly = true;
    for (const Reading &r : store.readings(last).result().rows) {
        const qint64 sensor = r.sensorFid;
        if (engine->sensors().value(sensor).isRain()) {
            // The rain windows need the 6 h before the latest reading.
            ReadingQuery hist;
            hist.sensors = {sensor};
            hist.after = QDateTime::fromMSecsSinceEpoch(r.atMs - RainWindow::SixHoursMs, Qt::UTC);
            for (const Reading &h : store.readings(hist).result().rows)
                if (!std::isnan(h.value))
                    engine->primeReading(sensor, h.atMs, h.value);
        } else if (!std::isnan(r.value)) {
            engine->primeReading(sensor, r.atMs, r.value);
        }
    }
    Q_UNUSED(error)
    return true;
}

bool ReadingIngest::load(QString *error)
{
    m_engine = AlarmEngine();
    if (!loadState(m_store, &m_engine, error))
        return false;
    m_lookup = ReadingCsv::lookup(m_engine.sensors().values());
    return true;
}

ReadingIngest::Summary ReadingIngest::ingestFile(const QString &path)
{
    // Streamed: parse, evaluate and store chunk by chunk in one transaction (memory does not grow with the file).
    // Evaluate on a copy so a failed write leaves the engine as the store is.
    AlarmEngine trial = m_engine;
    auto stream = std::make_shared<CsvStream>(path, m_lookup, m_evaluate ? &trial : nullptr, m_chunkRows, m_corrections);
    const AppendResult res =
        m_store.appendReadings(stream, tr("readings from %1").arg(QFileInfo(path).fileName())).result();
    if (stream->outOfOrder()) // rolled back: nothing stored; the whole file sorted at once
        return store(ReadingCsv::parseFile(path, m_lookup), path);
    const ReadingCsv::Result &parsed = stream->parsed();
    Summary s;
    s.file = path;
    s.rowsRead = parsed.rowsRead;
    s.rejected = parsed.rejected;
    s.rejects = parsed.rejects;
    if (!res.ok) {
        s.error = res.error;
        return s;
    }
    trial.committed(stream->tokens(), res.changes.fids);
    m_engine = std::move(trial);
    s.ok = true;
    s.stored = res.stored;
    s.duplicates = res.duplicates;
    s.conflicts = res.conflicts;
    s.corrected = res.corrected;
    s.alarmChanges = int(stream->tokens().size());
    return s;
}

ReadingIngest::Summary ReadingIngest::ingestData(const QByteArray &csv, const QString &label)
{
    ReadingCsv::Result r = ReadingCsv::parse(csv, m_lookup);
    if (!r.ok)
        r.error = label + QStringLiteral(": ") + r.error;
    return store(std::move(r), label);
}

ReadingIngest::Summary ReadingIngest::ingestBatch(ReadingBatch batch, const QString &label)
{
    ReadingCsv::Result r;
    r.ok = true;
    r.rowsRead = qint64(batch.rows.size());
    r.batch = std::move(batch);
    return store(std::move(r), label);
}

ReadingIngest::Summary ReadingIngest::store(ReadingCsv::Result parsed, const QString &label)
{
    Summary s;
    s.file = label;
    s.rowsRead = parsed.rowsRead;
    s.rejected = parsed.rejected;
    s.rejects = parsed.rejects;
    if (!parsed.ok) {
        s.error = parsed.error;
        return s;
    }
    std::vector<Reading> &rows = parsed.batch.rows;
    sortBySensorAndTime(rows);
    // Evaluate on a copy so a failed write leaves the engine as the store is.
    AlarmEngine trial = m_engine;
    QList<RowChange> alarms;
    QList<int> tokens;
    if (m_evaluate) {
        for (const Reading &r : rows)
            trial.feed(r.sensorFid, r.atMs, r.value);
        alarms = trial.takeChanges(&tokens);
    }
    const QString note = tr("readings from %1").arg(QFileInfo(label).fileName());
    parsed.batch.corrections = m_corrections;
    const AppendResult res = m_store.appendReadings(std::move(parsed.batch), alarms, note).result();
    if (!res.ok) {
        s.error = res.error;
        return s;
    }
    trial.committed(tokens, res.changes.fids);
    m_engine = std::move(trial);
    s.ok = true;
    s.stored = res.stored;
    s.duplicates = res.duplicates;
    s.conflicts = res.conflicts;
    s.corrected = res.corrected;
    s.alarmChanges = int(alarms.size());
    return s;
}

} // namespace fc
