#pragma once

#include "app/core/base/reading.h"

#include <QByteArray>
#include <QFile>
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

    // Incremental parsing (bulk files): the input in pieces of whole lines, in order; counts and rejects accumulate.
    class Parser
    {
    public:
        explicit Parser(const QHash<QString, qint32> &sensors, int maxRejectsListed = 1000);
        // Parses the lines in [b, e) (complete lines: e is just after a '\n' or the end of the input) and appends
        // the good rows to `out` (its qualities become the flags seen so far). False when the input is unusable
        // (result().error says why).
        bool parse(const char *b, const char *e, ReadingBatch *out);
        // ok, error, rowsRead, rejected, rejects (the batch is not used).
        const Result &result() const { return m_r; }

    private:
        qint32 sensorFid(const char *b, qsizetype n);

        const QHash<QString, qint32> &m_sensors;
        QHash<QByteArray, qint32> m_fidCache; // sensor text as in the file -> fid (0 = unknown)
        int m_maxRejects;
        Result m_r;
        int m_col[4] = {0, 1, 2, 3};
        bool m_haveQuality = true;
        int m_fields = 4; // fields a line may have: the header's, or sensor, time, value, quality
        char m_sep = ',';
        bool m_first = true;
        qint64 m_line = 0;
        QHash<QByteArray, int> m_qualityIndex;
        QStringList m_qualities;
    };

    // Reads a CSV file in blocks (a few MB in memory at a time, whatever the file's size).
    class FileReader
    {
    public:
        // A readings line is short; a longer one means the file is something else (and is not held in memory).
        static constexpr qsizetype MaxLineBytes = 1 << 20;
        // Refuses what is not a regular file (a named pipe, a device) before opening it.
        FileReader(const QString &path, const QHash<QString, qint32> &sensors, int maxRejectsListed = 1000);
        // Appends at least `rows` readings to `out` (fewer at the end of the file). False when it added none: at the
        // end, or on an error (then error() is set).
        bool next(ReadingBatch *out, size_t rows);
        QString error() const { return m_error; }
        const Result &result() const { return m_parser.result(); }

    private:
        QFile m_file;
        Parser m_parser;
        QByteArray m_buffer;
        qsizetype m_have = 0; // bytes of m_buffer holding unparsed text
        bool m_eof = false;
        QString m_error;
        QString m_path;
    };

    // Sensor look-up: fid (as text), id and code -> fid.
    static QHash<QString, qint32> lookup(const QList<SensorInfo> &sensors);
    static Result parse(const QByteArray &data, const QHash<QString, qint32> &sensors, int maxRejectsListed = 1000);
    static Result parseFile(const QString &path, const QHash<QString, qint32> &sensors, int maxRejectsListed = 1000);
    // ISO 8601 date-time with offset -> ms since the epoch (UTC). Fast path for bulk input; false when the text is
    // not a valid date-time or has no offset.
    static bool parseTime(const char *s, qsizetype n, qint64 *ms, QString *why = nullptr);
    // Readings as CSV in the form parse() reads back: "sensor,time,value,quality", the sensor by its id (or code,
    // or fid), the time in Beijing time with its offset, the value in the shortest form that reads back to the same
    // double (empty for no value). Returns false when the device refuses a write.
    static bool write(const ReadingBatch &readings, const QHash<qint64, QString> &sensorNames, QIODevice *out);
};

} // namespace fc
