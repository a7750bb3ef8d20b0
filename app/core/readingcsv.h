#pragma once

#include "app/core/reading.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace fc {

struct SensorInfo;

// Parses sensor readings from CSV: sensor (fid, id or platform code), ISO 8601 time with a UTC offset (or Z),
// value, optional quality flag. A UTF-8 BOM, CRLF, comma/semicolon/tab separators, quoted fields and header
// variants are accepted (sensor|sensor_id|code|station|站点编号..., time|observed_at|时间..., value|数值...);
// without a header the columns are sensor, time, value[, quality]. Bad rows are reported by line number and
// reason and left out; the caller stores the good rows in one transaction. Pure: no store.
class ReadingCsv
{
    Q_DECLARE_TR_FUNCTIONS(fc::ReadingCsv)
public:
    struct Reject
    {
        qint64 line = 0;
        QString reason;
    };
    struct Result
    {
        bool ok = false;         // false: the file as a whole is unusable (error says why); nothing to store
        QString error;
        qint64 rowsRead = 0;     // data rows (header and blank lines not counted)
        qint64 rejected = 0;
        QList<Reject> rejects;   // the first maxRejectsListed of them
        ReadingBatch batch;
    };

    // Sensor look-up: fid (as text), id and code -> fid.
    static QHash<QString, qint32> lookup(const QList<SensorInfo> &sensors);
    static Result parse(const QByteArray &data, const QHash<QString, qint32> &sensors, int maxRejectsListed = 1000);
    static Result parseFile(const QString &path, const QHash<QString, qint32> &sensors, int maxRejectsListed = 1000);
    // ISO 8601 date-time with offset -> ms since the epoch (UTC). Fast path for bulk input; false when the text is
    // not a valid date-time or has no offset.
    static bool parseTime(const char *s, qsizetype n, qint64 *ms, QString *why = nullptr);
};

} // namespace fc
