#pragma once

#include <QStringList>
#include <vector>

namespace fc {

// One sensor reading in compact form (bulk ingest): 24 bytes, so ten million fit in a quarter gigabyte.
struct Reading
{
    qint64 atMs = 0;       // observation time, ms since the epoch (UTC)
    double value = 0;
    qint32 sensorFid = 0;
    qint32 quality = -1;   // index into ReadingBatch::qualities, -1 = none
};

// Readings to store together (Store::appendReadings), with the distinct quality flags they use.
struct ReadingBatch
{
    std::vector<Reading> rows;
    QStringList qualities;
    // Corrections (floodctl ingest --corrections): a reading at a time already stored with another value replaces
    // the stored value (and its quality flag), counted and audited with both values. Otherwise it is a conflict:
    // left out, the stored value kept.
    bool corrections = false;
};

// A reading's time as stored (and as Audit::toStored writes times): "2024-09-16T00:00:00.000Z", written into
// `out` (at least 32 bytes); returns the length (24 for years 0-9999).
int formatReadingTime(qint64 ms, char *out);

} // namespace fc
