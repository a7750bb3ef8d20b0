#include "app/core/readingcsv.h"

#include "app/core/alarmengine.h"

#include <QFile>
#include <charconv>
#include <cmath>

namespace fc {

namespace {

// Days from 1970-01-01 to y-m-d (proleptic Gregorian).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

bool digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

QByteArray trimmed(QByteArray f)
{
    f = f.trimmed();
    if (f.size() >= 2 && f.startsWith('"') && f.endsWith('"'))
        f = f.mid(1, f.size() - 2).replace("\"\"", "\"").trimmed();
    return f;
}

// Splits one line on the separator, honouring double quotes.
void split(const char *b, const char *e, char sep, QList<QByteArray> *out)
{
    out->clear();
    const char *start = b;
    bool quoted = false;
    for (const char *p = b; p < e; ++p) {
        if (*p == '"')
            quoted = !quoted;
        else if (*p == sep && !quoted) {
            out->append(trimmed(QByteArray(start, p - start)));
            start = p + 1;
        }
    }
    out->append(trimmed(QByteArray(start, e - start)));
}

enum Column { Sensor, Time, Value, Quality };

int columnOf(const QByteArray &headerField)
{
    const QString h = QString::fromUtf8(headerField).toLower().remove(QLatin1Char(' '));
    static const QHash<QString, int> names = {
        {QStringLiteral("sensor"), Sensor}, {QStringLiteral("sensor_id"), Sensor}, {QStringLiteral("sensorid"), Sensor},
        {QStringLiteral("sensor_code"), Sensor}, {QStringLiteral("sensor_fid"), Sensor}, {QStringLiteral("code"), Sensor},
        {QStringLiteral("station"), Sensor}, {QStringLiteral("station_id"), Sensor}, {QStringLiteral("station_code"), Sensor},
        {QStringLiteral("stcd"), Sensor}, {QStringLiteral("id"), Sensor}, {QStringLiteral("站点编号"), Sensor},
        {QStringLiteral("测站编号"), Sensor}, {QStringLiteral("站码"), Sensor}, {QStringLiteral("站点"), Sensor},
        {QStringLiteral("编号"), Sensor}, {QStringLiteral("传感器"), Sensor},
        {QStringLiteral("time"), Time}, {QStringLiteral("observed_at"), Time}, {QStringLiteral("observedat"), Time},
        {QStringLiteral("timestamp"), Time}, {QStringLiteral("datetime"), Time}, {QStringLiteral("date_time"), Time},
        {QStringLiteral("tm"), Time}, {QStringLiteral("时间"), Time}, {QStringLiteral("观测时间"), Time},
        {QStringLiteral("监测时间"), Time}, {QStringLiteral("采集时间"), Time},
        {QStringLiteral("value"), Value}, {QStringLiteral("reading"), Value}, {QStringLiteral("val"), Value},
        {QStringLiteral("数值"), Value}, {QStringLiteral("值"), Value}, {QStringLiteral("观测值"), Value},
        {QStringLiteral("监测值"), Value},
        {QStringLiteral("quality"), Quality}, {QStringLiteral("flag"), Quality}, {QStringLiteral("qc"), Quality},
        {QStringLiteral("质量"), Quality}, {QStringLiteral("质量标志"), Quality}, {QStringLiteral("质量码"), Quality},
    };
    return names.value(h, -1);
}

} // namespace

QHash<QString, qint32> ReadingCsv::lookup(const QList<SensorInfo> &sensors)
{
    QHash<QString, qint32> out;
    for (const SensorInfo &s : sensors) {
        out.insert(QString::number(s.fid), qint32(s.fid));
        if (!s.id.isEmpty())
            out.insert(s.id, qint32(s.fid));
        if (!s.code.isEmpty())
            out.insert(s.code, qint32(s.fid));
    }
    return out;
}

bool ReadingCsv::parseTime(const char *s, qsizetype n, qint64 *ms, QString *why)
{
    auto fail = [why](const QString &w) {
        if (why)
            *why = w;
        return false;
    };
    int y, mo, d, h, mi, sec = 0, frac = 0;
    if (n < 16 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' || !digits(s + 8, 2, &d)
        || (s[10] != 'T' && s[10] != ' ') || !digits(s + 11, 2, &h) || s[13] != ':' || !digits(s + 14, 2, &mi))
        return fail(tr("not an ISO 8601 date-time (YYYY-MM-DDTHH:MM[:SS]+08:00)"));
    qsizetype p = 16;
    if (p < n && s[p] == ':') {
        if (p + 3 > n || !digits(s + p + 1, 2, &sec))
            return fail(tr("bad seconds"));
        p += 3;
        if (p < n && (s[p] == '.' || s[p] == ',')) {
            ++p;
            int scale = 100, k = 0;
            while (p < n && s[p] >= '0' && s[p] <= '9') {
                if (k++ < 3) {
                    frac += (s[p] - '0') * scale;
                    scale /= 10;
                }
                ++p;
            }
        }
    }
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] + (mo == 2 && leap) || h > 23 || mi > 59 || sec > 59)
        return fail(tr("date or time out of range"));
    int offsetMin = 0;
    if (p < n && (s[p] == 'Z' || s[p] == 'z') && p + 1 == n) {
        offsetMin = 0;
    } else if (p < n && (s[p] == '+' || s[p] == '-')) {
        const int sign = s[p] == '-' ? -1 : 1;
        int oh, om = 0;
        if (p + 3 > n || !digits(s + p + 1, 2, &oh))
            return fail(tr("bad UTC offset"));
        qsizetype q = p + 3;
        if (q < n && s[q] == ':')
            ++q;
        if (q < n) {
            if (q + 2 != n || !digits(s + q, 2, &om))
                return fail(tr("bad UTC offset"));
        }
        if (oh > 14 || om > 59)
            return fail(tr("bad UTC offset"));
        offsetMin = sign * (oh * 60 + om);
    } else if (p == n) {
        return fail(tr("time has no UTC offset (add +08:00 for Beijing time)"));
    } else {
        return fail(tr("unexpected text after the time"));
    }
    const qint64 days = daysFromCivil(y, mo, d);
    *ms = ((days * 24 + h) * 60 + mi - offsetMin) * 60000 + qint64(sec) * 1000 + frac;
    return true;
}

ReadingCsv::Result ReadingCsv::parseFile(const QString &path, const QHash<QString, qint32> &sensors, int maxRejectsListed)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = tr("%1: cannot be read (%2)").arg(path, f.errorString());
        return r;
    }
    // Memory-mapped: a year of 5-minute data from 100 sensors is ~500 MB of text.
    const qint64 size = f.size();
    uchar *map = size > 0 ? f.map(0, size) : nullptr;
    const QByteArray data = map ? QByteArray::fromRawData(reinterpret_cast<const char *>(map), size) : f.readAll();
    Result r = parse(data, sensors, maxRejectsListed);
    if (!r.ok)
        r.error = path + QStringLiteral(": ") + r.error;
    return r;
}

ReadingCsv::Result ReadingCsv::parse(const QByteArray &data, const QHash<QString, qint32> &sensors, int maxRejectsListed)
{
    Result r;
    const char *p = data.constData();
    const char *end = p + data.size();
    if (end - p >= 3 && uchar(p[0]) == 0xEF && uchar(p[1]) == 0xBB && uchar(p[2]) == 0xBF)
        p += 3;
    r.batch.rows.reserve(size_t(data.size() / 40));
    int col[4] = {0, 1, 2, 3};
    bool haveQuality = true;
    char sep = ',';
    bool first = true;
    qint64 line = 0;
    QList<QByteArray> f;
    QByteArray lastSensor;
    qint32 lastFid = 0;
    QHash<QByteArray, int> qualityIndex;
    auto reject = [&](const QString &why) {
        ++r.rejected;
        if (r.rejects.size() < maxRejectsListed)
            r.rejects.append({line, why});
    };
    while (p < end) {
        const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        const char *le = nl ? nl : end;
        const char *b = p;
        p = nl ? nl + 1 : end;
        ++line;
        const char *e = le;
        if (e > b && e[-1] == '\r')
            --e;
        bool blank = true;
        for (const char *c = b; c < e; ++c)
            if (*c != ' ' && *c != '\t' && *c != ',' && *c != ';') {
                blank = false;
                break;
            }
        if (blank)
            continue;
        if (first) {
            first = false;
            const QByteArray l(b, e - b);
            const qsizetype commas = l.count(','), semis = l.count(';'), tabs = l.count('\t');
            sep = tabs > commas && tabs > semis ? '\t' : semis > commas ? ';' : ',';
            split(b, e, sep, &f);
            bool header = false;
            for (const QByteArray &x : f)
                if (columnOf(x) >= 0)
                    header = true;
            if (header) {
                col[0] = col[1] = col[2] = col[3] = -1;
                for (int i = 0; i < f.size(); ++i) {
                    const int c = columnOf(f[i]);
                    if (c >= 0 && col[c] < 0)
                        col[c] = i;
                }
                const char *what[] = {"sensor", "time", "value"};
                for (int c = 0; c < 3; ++c)
                    if (col[c] < 0) {
                        r.error = tr("line %1: the header has no %2 column (header: %3)")
                                      .arg(line)
                                      .arg(QLatin1String(what[c]), QString::fromUtf8(l));
                        return r;
                    }
                haveQuality = col[Quality] >= 0;
                continue;
            }
        }
        ++r.rowsRead;
        split(b, e, sep, &f);
        const int need = std::max({col[0], col[1], col[2]}) + 1;
        if (f.size() < need) {
            reject(tr("expected %1 fields, found %2").arg(need).arg(f.size()));
            continue;
        }
        const QByteArray &sensor = f[col[Sensor]];
        if (sensor != lastSensor || lastFid == 0) {
            lastSensor = sensor;
            lastFid = sensors.value(QString::fromUtf8(sensor), 0);
        }
        if (lastFid == 0) {
            reject(sensor.isEmpty() ? tr("sensor is missing") : tr("unknown sensor '%1'").arg(QString::fromUtf8(sensor.left(60))));
            continue;
        }
        Reading rd;
        rd.sensorFid = lastFid;
        const QByteArray &t = f[col[Time]];
        QString why;
        if (!parseTime(t.constData(), t.size(), &rd.atMs, &why)) {
            reject(tr("time '%1': %2").arg(QString::fromUtf8(t.left(60)), why));
            continue;
        }
        const QByteArray &v = f[col[Value]];
        if (v.isEmpty()) {
            reject(tr("value is missing"));
            continue;
        }
        const char *vb = v.constData(), *ve = vb + v.size();
        if (*vb == '+')
            ++vb;
        const auto [ptr, ec] = std::from_chars(vb, ve, rd.value);
        if (ec != std::errc() || ptr != ve || !std::isfinite(rd.value)) {
            reject(tr("value '%1' is not a number").arg(QString::fromUtf8(v.left(60))));
            continue;
        }
        if (haveQuality && col[Quality] < f.size() && !f[col[Quality]].isEmpty()) {
            const QByteArray &qf = f[col[Quality]];
            auto it = qualityIndex.constFind(qf);
            if (it == qualityIndex.cend()) {
                it = qualityIndex.insert(qf, int(r.batch.qualities.size()));
                r.batch.qualities.append(QString::fromUtf8(qf));
            }
            rd.quality = *it;
        }
        r.batch.rows.push_back(rd);
    }
    r.ok = true;
    return r;
}

} // namespace fc
