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
};

} // namespace fc
