#include "app/core/base/readingdays.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace fc {

// ISO 8601 UTC with milliseconds, exactly as Audit::toStored writes it (so the UNIQUE index sees one spelling per
// instant). Hand-formatted: QDateTime::toString was a fifth of the bulk insert's time, snprintf still a tenth.
int formatReadingTime(qint64 ms, char *out)
{
    qint64 days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    qint64 rest = ms - days * 86400000;
    // civil_from_days (Howard Hinnant's algorithm)
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = qint64(yoe) + era * 400 + (m <= 2);
    const int h = int(rest / 3600000), mi = int(rest / 60000 % 60), sec = int(rest / 1000 % 60), msec = int(rest % 1000);
    if (y < 0 || y > 9999)
        return std::snprintf(out, 32, "%04lld-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<long long>(y), m, d, h, mi,
                             sec, msec);
    auto put = [](char *p, unsigned v, int n) {
        for (int i = n - 1; i >= 0; --i, v /= 10)
            p[i] = char('0' + v % 10);
    };
    put(out, unsigned(y), 4);
    out[4] = '-';
    put(out + 5, m, 2);
    out[7] = '-';
    put(out + 8, d, 2);
    out[10] = 'T';
    put(out + 11, unsigned(h), 2);
    out[13] = ':';
    put(out + 14, unsigned(mi), 2);
    out[16] = ':';
    put(out + 17, unsigned(sec), 2);
    out[19] = '.';
    put(out + 20, unsigned(msec), 3);
    out[23] = 'Z';
    return 24;
}

namespace {

constexpr char Magic0 = 'R', Magic1 = 'D';
constexpr quint8 FormatVersion = 1;
constexpr quint8 HasQuality = 1;

QString tr_(const char *text)
{
    return QCoreApplication::translate("fc::ReadingDay", text);
}

void putVarint(QByteArray *out, quint64 v)
{
    while (v >= 0x80) {
        out->append(char(quint8(v) | 0x80));
        v >>= 7;
    }
    out->append(char(quint8(v)));
}

bool getVarint(const uchar *&p, const uchar *end, quint64 *v)
{
    quint64 r = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const uchar b = *p++;
        r |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *v = r;
            return true;
        }
    }
    return false;
}

} // namespace

QString ReadingDay::quality(size_t i) const
{
    if (m_quality.empty() || m_quality[i] == 0)
        return {};
    return m_qualities.value(int(m_quality[i]) - 1);
}

bool ReadingDay::decode(const QByteArray &bytes, qint64 day, ReadingDay *out, QString *error)
{
    *out = ReadingDay(day);
    const uchar *p = reinterpret_cast<const uchar *>(bytes.constData());
    const uchar *end = p + bytes.size();
    auto bad = [&](const char *why) {
        *out = ReadingDay(day);
        if (error)
            *error = QCoreApplication::translate("fc::ReadingDay", "damaged readings block (%1)").arg(tr_(why));
        return false;
    };
    if (bytes.size() < 5 || p[0] != uchar(Magic0) || p[1] != uchar(Magic1))
        return bad(QT_TRANSLATE_NOOP("fc::ReadingDay", "not a readings block"));
    if (p[2] != FormatVersion)
        return bad(QT_TRANSLATE_NOOP("fc::ReadingDay", "written by a newer FloodCommand"));
    const quint8 flags = p[3];
    p += 4;
    quint64 n = 0;
    if (!getVarint(p, end, &n) || n > quint64(ReadingDays::DayMs))
        return bad(QT_TRANSLATE_NOOP("fc::ReadingDay", "bad count"));
    if (flags & HasQuality) {
        quint64 q = 0;
        if (!getVarint(p, end, &q) || q > 255)
            return bad(QT_TRANSLATE_NOOP("fc::ReadingDay", "bad quality flags"));
        for (quint64 k = 0; k < q; ++k) {
            quint64 len = 0;
            if (!getVarint(p, end, &len) || len > quint64(end - p))
                return bad(QT_TRANSLATE_NOOP("fc::ReadingDay", "bad quality flags"));
            out->m_qualities.append(QString::fromUtf8(reinterpret_cast<const char *>(p), qsizetype(len)));
            p += len;
        }
    }
    out->m_ms.resize(n);
    quint64 t = 0;
    for (quint64 i = 0; i < n; ++i) {
        quint64 d = 0;
        if (!getVarint(p, end, &d) || (i > 0 && d == 0))
            return bad(QT_TRANSLATE_NOOP("fc::ReadingDay", "bad times"));
        t += d;
        if (t >= quint64(ReadingDays::DayMs))
            return bad(QT_TRANSLATE_NOOP("fc::ReadingDay", "bad times"));
        out->m_ms[i] = qint32(t);
    }
    const quint64 rest = quint64(end - p);
    if (rest != n * 8 + ((flags & HasQuality) ? n : 0))
        return bad(QT_TRANSLATE_NOOP("fc::ReadingDay", "bad length"));
    out->m_values.resize(n);
    for (quint64 i = 0; i < n; ++i, p += 8) {
        const quint64 bits = qFromLittleEndian<quint64>(p);
        std::memcpy(&out->m_values[i], &bits, 8);
    }
    if (flags & HasQuality) {
        out->m_quality.assign(p, p + n);
        for (quint8 k : out->m_quality)
            if (k > out->m_qualities.size())
                return bad(QT_TRANSLATE_NOOP("fc::ReadingDay", "bad quality flags"));
    }
    return true;
}

QByteArray ReadingDay::encode() const
{
    const bool withQuality = !m_quality.empty();
    QByteArray out;
    out.reserve(qsizetype(16 + m_ms.size() * 12));
    out.append(Magic0);
    out.append(Magic1);
    out.append(char(FormatVersion));
    out.append(char(withQuality ? HasQuality : 0));
    putVarint(&out, m_ms.size());
    if (withQuality) {
        putVarint(&out, quint64(m_qualities.size()));
        for (const QString &q : m_qualities) {
            const QByteArray u = q.toUtf8();
            putVarint(&out, quint64(u.size()));
            out.append(u);
        }
    }
    qint32 prev = 0;
    for (qint32 ms : m_ms) {
        putVarint(&out, quint64(ms - prev));
        prev = ms;
    }
    const qsizetype at = out.size();
    out.resize(at + qsizetype(m_values.size() * 8));
    uchar *p = reinterpret_cast<uchar *>(out.data()) + at;
    for (double v : m_values) {
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        qToLittleEndian(bits, p);
        p += 8;
    }
    if (withQuality)
        out.append(reinterpret_cast<const char *>(m_quality.data()), qsizetype(m_quality.size()));
    return out;
}

bool ReadingDay::merge(const std::vector<const Reading *> &adds, const QStringList &qualities,
                       std::vector<const Reading *> *stored, qint64 *count, QString *error, qint64 *conflicts,
                       std::vector<Correction> *corrected)
{
    *count = 0;
    std::vector<std::pair<size_t, const Reading *>> replace; // (stored index, reading) for corrections
    qint64 differing = 0;
    std::vector<const Reading *> in = adds;
    std::stable_sort(in.begin(), in.end(), [](const Reading *a, const Reading *b) { return a->atMs < b->atMs; });
    const qint64 base = m_day * ReadingDays::DayMs;
    // The new readings: not stored, first of their time.
    std::vector<const Reading *> fresh;
    fresh.reserve(in.size());
    size_t j = 0;
    double keptValue = 0; // the value kept at the previous time of `in`
    for (size_t i = 0; i < in.size(); ++i) {
        const qint64 ms = in[i]->atMs - base;
        if (i > 0 && in[i]->atMs == in[i - 1]->atMs) {
            differing += in[i]->value != keptValue; // same time, other value: a conflict
            continue;
        }
        while (j < m_ms.size() && m_ms[j] < ms)
            ++j;
        if (j < m_ms.size() && m_ms[j] == ms) {
            const bool differs = in[i]->value != m_values[j]
                                 && !(std::isnan(in[i]->value) && std::isnan(m_values[j]));
            if (corrected && differs) {
                replace.emplace_back(j, in[i]);
                keptValue = in[i]->value;
                continue;
            }
            keptValue = m_values[j];
            differing += differs;
            continue;
        }
        keptValue = in[i]->value;
        fresh.push_back(in[i]);
    }
    if (conflicts)
        *conflicts = differing;
    if (fresh.empty() && replace.empty())
        return true;
    // Quality flags: the block's own list, extended with the new readings' flags.
    QStringList flags = m_qualities;
    std::vector<quint8> codeOf(size_t(qualities.size()), 0);
    bool anyFlag = !m_quality.empty();
    std::vector<const Reading *> flagged = fresh;
    for (const auto &[index, r] : replace)
        flagged.push_back(r);
    for (const Reading *r : flagged) {
        if (r->quality < 0 || r->quality >= qualities.size() || codeOf[size_t(r->quality)])
            continue;
        int k = flags.indexOf(qualities[r->quality]);
        if (k < 0) {
            if (flags.size() >= 255) {
                if (error)
                    *error = QCoreApplication::translate("fc::ReadingDay", "more than 255 different quality flags in one day of one sensor");
                return false;
            }
            flags.append(qualities[r->quality]);
            k = int(flags.size()) - 1;
        }
        codeOf[size_t(r->quality)] = quint8(k + 1);
        anyFlag = true;
    }
    // Corrections replace the stored value and flag in place (before the merge below copies them).
    if (!replace.empty() && anyFlag && m_quality.empty())
        m_quality.assign(m_ms.size(), 0);
    for (const auto &[index, r] : replace) {
        corrected->push_back({base + m_ms[index], m_values[index], r->value});
        m_values[index] = r->value;
        if (anyFlag)
            m_quality[index] = r->quality >= 0 && r->quality < qualities.size() ? codeOf[size_t(r->quality)] : 0;
    }
    m_qualities = flags;
    const size_t n = m_ms.size() + fresh.size();
    std::vector<qint32> ms;
    std::vector<double> values;
    std::vector<quint8> quality;
    ms.reserve(n);
    values.reserve(n);
    if (anyFlag)
        quality.reserve(n);
    size_t a = 0, b = 0;
    while (a < m_ms.size() || b < fresh.size()) {
        const bool old = b == fresh.size() || (a < m_ms.size() && m_ms[a] < fresh[b]->atMs - base);
        if (old) {
            ms.push_back(m_ms[a]);
            values.push_back(m_values[a]);
            if (anyFlag)
                quality.push_back(m_quality.empty() ? 0 : m_quality[a]);
            ++a;
        } else {
            const Reading *r = fresh[b++];
            ms.push_back(qint32(r->atMs - base));
            values.push_back(r->value);
            if (anyFlag)
                quality.push_back(r->quality >= 0 && r->quality < qualities.size() ? codeOf[size_t(r->quality)] : 0);
        }
    }
    m_ms = std::move(ms);
    m_values = std::move(values);
    m_quality = std::move(quality);
    m_qualities = flags;
    if (stored)
        stored->insert(stored->end(), fresh.begin(), fresh.end());
    *count = qint64(fresh.size());
    return true;
}

namespace ReadingDays {

std::vector<Group> groupByDay(const ReadingBatch &batch)
{
    std::vector<const Reading *> order;
    order.reserve(batch.rows.size());
    for (const Reading &r : batch.rows)
        order.push_back(&r);
    auto key = [](const Reading *r) { return std::make_pair(r->sensorFid, dayOf(r->atMs)); };
    std::stable_sort(order.begin(), order.end(), [&](const Reading *a, const Reading *b) { return key(a) < key(b); });
    std::vector<Group> out;
    for (const Reading *r : order) {
        const auto k = key(r);
        if (out.empty() || out.back().sensor != k.first || out.back().day != k.second)
            out.push_back(Group{k.first, k.second, {}});
        out.back().readings.push_back(r);
    }
    return out;
}

QString storedTime(qint64 ms)
{
    char buf[32];
    return QString::fromLatin1(buf, formatReadingTime(ms, buf));
}

qint32 qualityIndex(const QString &flag, QStringList *qualities, QHash<QString, qint32> *seen)
{
    auto it = seen->constFind(flag);
    if (it != seen->cend())
        return it.value();
    qualities->append(flag);
    return seen->insert(flag, qint32(qualities->size() - 1)).value();
}

QVariantMap values(const Reading &r, const QStringList &qualities)
{
    return {{QStringLiteral("sensor_fid"), qint64(r.sensorFid)},
            {QStringLiteral("observed_at"), storedTime(r.atMs)},
            {QStringLiteral("value"), std::isnan(r.value) ? QVariant() : QVariant(r.value)},
            {QStringLiteral("quality"), r.quality >= 0 && r.quality < qualities.size() ? QVariant(qualities[r.quality]) : QVariant()}};
}

bool convertRows(QSqlDatabase &db, QString *note, QString *error)
{
    // Sensor by sensor, each read to its end before its blocks are written (a server connection carries one
    // statement's results at a time).
    QSqlQuery read(db), write(db);
    read.setForwardOnly(true);
    auto failed = [&](const QSqlQuery &q, const QString &where) {
        *error = QStringLiteral("sensor_readings -> reading_days%1: %2").arg(where, q.lastError().text().trimmed());
        return false;
    };
    QList<qint64> sensorFids;
    qint64 unreadable = 0, moved = 0, blocks = 0, duplicates = 0;
    QString firstBad;
    if (!read.exec(QStringLiteral("SELECT DISTINCT sensor_fid FROM sensor_readings WHERE sensor_fid IS NOT NULL ORDER BY 1")))
        return failed(read, {});
    while (read.next())
        sensorFids.append(read.value(0).toLongLong());
    if (!read.exec(QStringLiteral("SELECT count(*), min(observed_at) FROM sensor_readings WHERE sensor_fid IS NULL")))
        return failed(read, {});
    if (read.next() && read.value(0).toLongLong() > 0) {
        unreadable = read.value(0).toLongLong();
        firstBad = QStringLiteral("sensor none at '%1'").arg(read.value(1).toString());
    }
    read.finish();
    if (!write.prepare(QStringLiteral("INSERT INTO reading_days (sensor_fid, day, first_at, last_at, n_readings, data) "
                                      "VALUES (?, ?, ?, ?, ?, ?)")))
        return failed(write, {});
    for (qint64 fid : std::as_const(sensorFids)) {
        const QString where = QStringLiteral(", sensor %1").arg(fid);
        ReadingBatch sensor;
        QHash<QString, qint32> seenFlags;
        if (!read.exec(QStringLiteral("SELECT observed_at, value, quality FROM sensor_readings WHERE sensor_fid = %1 "
                                      "ORDER BY observed_at, fid")
                           .arg(fid)))
            return failed(read, where);
        while (read.next()) {
            const QString at = read.value(0).toString();
            const QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
            if (!t.isValid()) {
                if (firstBad.isEmpty())
                    firstBad = QStringLiteral("sensor %1 at '%2'").arg(fid).arg(at);
                ++unreadable;
                continue;
            }
            Reading r;
            r.sensorFid = qint32(fid);
            r.atMs = t.toMSecsSinceEpoch();
            r.value = read.value(1).isNull() ? std::nan("") : read.value(1).toDouble();
            if (!read.value(2).isNull())
                r.quality = qualityIndex(read.value(2).toString(), &sensor.qualities, &seenFlags);
            sensor.rows.push_back(r);
        }
        if (read.lastError().isValid())
            return failed(read, where);
        read.finish();
        for (const Group &g : groupByDay(sensor)) {
            ReadingDay day(g.day);
            qint64 n = 0;
            QString why;
            if (!day.merge(g.readings, sensor.qualities, nullptr, &n, &why)) {
                *error = QStringLiteral("sensor_readings -> reading_days%1: %2").arg(where, why);
                return false;
            }
            duplicates += qint64(g.readings.size()) - n;
            write.addBindValue(qint64(g.sensor));
            write.addBindValue(g.day);
            write.addBindValue(storedTime(day.atMs(0)));
            write.addBindValue(storedTime(day.atMs(day.size() - 1)));
            write.addBindValue(qint64(day.size()));
            write.addBindValue(day.encode());
            if (!write.exec())
                return failed(write, where);
            moved += n;
            ++blocks;
        }
    }
    if (moved > 0 || unreadable > 0 || duplicates > 0)
        *note = QStringLiteral("%1 readings moved into %2 day blocks").arg(moved).arg(blocks);
    if (duplicates > 0)
        *note += QStringLiteral("; %1 readings at a time already taken (another spelling of it) left out").arg(duplicates);
    if (unreadable > 0) {
        *note += QStringLiteral("; %1 readings without a sensor or a readable time left out (first: %2)").arg(unreadable).arg(firstBad);
        qWarning("schema 5: %s", qPrintable(*note));
    }
    return true;
}

} // namespace ReadingDays

namespace ReadingDays {

void noteCorrections(qint64 sensor, const std::vector<ReadingDay::Correction> &list, QStringList *out)
{
    for (const ReadingDay::Correction &c : list) {
        if (out->size() >= CorrectionsListed)
            return;
        out->append(QStringLiteral("sensor %1, %2: %3 -> %4")
                        .arg(sensor)
                        .arg(storedTime(c.atMs))
                        .arg(QString::number(c.before, 'g', 17), QString::number(c.after, 'g', 17)));
    }
}

QString correctionsAuditText(qint64 count, const QStringList &listed)
{
    if (count <= 0)
        return {};
    QString text = QStringLiteral("; %1 stored values corrected (before -> after): %2").arg(count).arg(listed.join(QLatin1String("; ")));
    if (count > listed.size())
        text += QStringLiteral("; %1 more not listed").arg(count - listed.size());
    return text;
}

} // namespace ReadingDays

} // namespace fc
