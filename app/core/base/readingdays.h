#pragma once

// Sensor readings as stored (schema version 5): one row of reading_days per sensor and UTC day, holding
// that day's readings in one compact block, instead of one row per reading. A year of 5-minute data from 100
// sensors is 36,500 rows instead of ten million, and the unique (sensor, day) index is ~300 times smaller than the
// former (sensor, time) index, whose upkeep was most of the cost of a bulk ingest on the server.
//
// Block layout (little-endian), version 1:
//   'R' 'D' 1 flags            flags bit 0: the block carries quality flags
//   varint n                   readings, in time order, at most one per millisecond
//   [flags & 1] varint q, then q times (varint length, UTF-8 text): the block's distinct quality flags
//   n varints                  milliseconds since the day's midnight (UTC): the first absolute, then increments
//   n doubles                  values (NaN: no value)
//   [flags & 1] n bytes        quality of each reading: 0 none, k the k-th flag
// Regular 5-minute data takes 11 bytes a reading.

#include "app/core/base/reading.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <vector>

namespace fc {

namespace ReadingDays {

inline constexpr qint64 DayMs = 86400000;

// The UTC day (days since 1970-01-01) of a time in ms since the epoch; times before 1970 fall on negative days.
inline qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / DayMs : -((-ms + DayMs - 1) / DayMs);
}

// The readings of one sensor and day in a batch, in batch order.
struct Group
{
    qint32 sensor = 0;
    qint64 day = 0;
    std::vector<const Reading *> readings;
};
// A batch's readings by sensor and day, ordered by (sensor, day).
std::vector<Group> groupByDay(const ReadingBatch &batch);

// A time as stored in first_at / last_at (and on the change feed): "2024-09-16T00:00:00.000Z".
QString storedTime(qint64 ms);
// The index of quality flag `flag` in `qualities`, appended when new (`seen` maps the flags listed so far).
qint32 qualityIndex(const QString &flag, QStringList *qualities, QHash<QString, qint32> *seen);
// A reading as the change feed and Store::readingRows carry it: sensor_fid, observed_at (storedTime), value (null
// for no value), quality (null for none; `qualities` are the flags its index refers to).
QVariantMap values(const Reading &r, const QStringList &qualities);

// Schema step 5 (and server layout 3): moves every row of sensor_readings into reading_days blocks, in the
// caller's transaction. Rows that cannot be carried over (no sensor, a time that cannot be read) are left out,
// counted in `note` with the first of them; a duplicate time keeps the row first in (sensor, time) order.
bool convertRows(QSqlDatabase &db, QString *note, QString *error);


} // namespace ReadingDays

// One sensor's readings of one UTC day.
class ReadingDay
{
public:
    explicit ReadingDay(qint64 day = 0) : m_day(day) {}

    qint64 day() const { return m_day; }
    size_t size() const { return m_ms.size(); }
    bool isEmpty() const { return m_ms.empty(); }
    qint64 atMs(size_t i) const { return m_day * ReadingDays::DayMs + m_ms[i]; }
    double value(size_t i) const { return m_values[i]; }
    // The reading's quality flag, empty when none.
    QString quality(size_t i) const;

    // Reads a stored block of day `day`; false with a reason when the bytes are not a valid block.
    static bool decode(const QByteArray &bytes, qint64 day, ReadingDay *out, QString *error);
    QByteArray encode() const;

    // Adds the readings of `adds` (all of this day, any order) that are not stored yet: a reading at a time already
    // stored is a duplicate and leaves the stored one as it was; of several at one time in `adds`, the first in
    // `adds` order is kept. `qualities` are the flags the readings' quality indexes refer to. The readings stored
    // are appended to `stored` (when given) in time order; returns how many. Of the readings left out, those whose
    // value differs from the one kept at their time are counted in `conflicts` (when given): a conflict, not a
    // duplicate. False (nothing changed) when the day would hold more than 255 distinct quality flags.
    // With `corrected` given, a reading at a stored time with another value replaces the stored one (value and
    // quality flag) instead, listed in `corrected` and not counted as a conflict; repeats of one time within `adds`
    // stay conflicts (the input contradicts itself). The day then changed even when `count` is 0.
    struct Correction
    {
        qint64 atMs = 0;
        double before = 0;
        double after = 0;
    };
    bool merge(const std::vector<const Reading *> &adds, const QStringList &qualities, std::vector<const Reading *> *stored,
               qint64 *count, QString *error, qint64 *conflicts = nullptr, std::vector<Correction> *corrected = nullptr);

private:
    qint64 m_day = 0;
    std::vector<qint32> m_ms;     // ms since midnight, ascending, distinct
    std::vector<double> m_values;
    std::vector<quint8> m_quality; // 0 none, k: m_qualities[k - 1]; empty when no reading has a flag
    QStringList m_qualities;
};

namespace ReadingDays {
// Corrections as the audit entry lists them: "sensor 12, 2024-09-16T00:00:00.000Z: 1.5 -> 2.5", appended to `out`
// (at most CorrectionsListed in all), and the text added to the import's audit note for `count` corrections.
inline constexpr int CorrectionsListed = 200;
void noteCorrections(qint64 sensor, const std::vector<ReadingDay::Correction> &list, QStringList *out);
QString correctionsAuditText(qint64 count, const QStringList &listed);
} // namespace ReadingDays

} // namespace fc
