#include "app/core/io/readingcsv.h"
#include "app/core/store/storefile.h"

#include "app/core/rules/alarmengine.h"

#include <QFile>
#include <QIODevice>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

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

// One field of a line: a view into the input, or into `own` when unquoting changed it.
struct Field
{
    const char *p = nullptr;
    qsizetype n = 0;
    QByteArray own;
    QByteArray bytes() const { return QByteArray(p, n); }
    bool isEmpty() const { return n == 0; }
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

void setField(Field *f, const char *b, const char *e)
{
    while (b < e && isSpace(*b))
        ++b;
    while (e > b && isSpace(e[-1]))
        --e;
    if (e - b >= 2 && *b == '"' && e[-1] == '"') {
        ++b;
        --e;
        if (std::search(b, e, "\"\"", "\"\"" + 2) != e) {
            f->own = QByteArray(b, e - b).replace("\"\"", "\"").trimmed();
            f->p = f->own.constData();
            f->n = f->own.size();
            return;
        }
        while (b < e && isSpace(*b))
            ++b;
        while (e > b && isSpace(e[-1]))
            --e;
    }
    f->p = b;
    f->n = e - b;
}

// Splits one line on the separator, honouring double quotes. `out` keeps its capacity from line to line.
void split(const char *b, const char *e, char sep, std::vector<Field> *out, int *count)
{
    int k = 0;
    const char *start = b;
    bool quoted = false;
    auto add = [&](const char *s, const char *t) {
        if (size_t(k) >= out->size())
            out->emplace_back();
        setField(&(*out)[size_t(k++)], s, t);
    };
    for (const char *p = b; p < e; ++p) {
        if (*p == '"')
            quoted = !quoted;
        else if (*p == sep && !quoted) {
            add(start, p);
            start = p + 1;
        }
    }
    add(start, e);
    *count = k;
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
    // Stored in UTC and shown in Beijing time: both must be years 0001..9999 (readings --out writes it back).
    static const qint64 first = daysFromCivil(1, 1, 1) * 86400000LL;
    static const qint64 last = daysFromCivil(10000, 1, 1) * 86400000LL - 8 * 3600000LL - 1;
    if (*ms < first || *ms > last)
        return fail(tr("outside the years 0001 to 9999 (in UTC and in Beijing time)"));
    return true;
}

ReadingCsv::Result ReadingCsv::parseFile(const QString &path, const QHash<QString, qint32> &sensors, int maxRejectsListed)
{
    FileReader reader(path, sensors, maxRejectsListed);
    ReadingBatch all;
    while (reader.next(&all, size_t(1) << 20)) {
    }
    Result r = reader.result();
    if (!reader.error().isEmpty()) {
        r.ok = false;
        r.error = reader.error();
        return r;
    }
    r.batch = std::move(all);
    return r;
}

ReadingCsv::Result ReadingCsv::parse(const QByteArray &data, const QHash<QString, qint32> &sensors, int maxRejectsListed)
{
    Parser parser(sensors, maxRejectsListed);
    ReadingBatch batch;
    batch.rows.reserve(size_t(data.size() / 40));
    parser.parse(data.constData(), data.constData() + data.size(), &batch);
    Result r = parser.result();
    if (r.ok)
        r.batch = std::move(batch);
    return r;
}

ReadingCsv::FileReader::FileReader(const QString &path, const QHash<QString, qint32> &sensors, int maxRejectsListed)
    : m_file(path), m_parser(sensors, maxRejectsListed), m_path(path)
{
    // A named pipe would block and a device (/dev/zero) never ends: only regular files are read.
    if (!StoreFile::regularFile(path, &m_error))
        return;
    if (!m_file.open(QIODevice::ReadOnly))
        m_error = tr("%1: cannot be read (%2)").arg(path, m_file.errorString());
}

bool ReadingCsv::FileReader::next(ReadingBatch *out, size_t rows)
{
    constexpr qsizetype BlockBytes = 4 << 20;
    const size_t had = out->rows.size(), want = had + rows;
    while (m_error.isEmpty() && out->rows.size() < want) {
        if (m_eof && m_have == 0)
            return out->rows.size() > had;
        if (!m_eof) {
            if (m_buffer.size() < m_have + BlockBytes)
                m_buffer.resize(m_have + BlockBytes);
            const qint64 n = m_file.read(m_buffer.data() + m_have, BlockBytes);
            if (n < 0) {
                m_error = tr("%1: read error (%2)").arg(m_path, m_file.errorString());
                return false;
            }
            m_eof = n == 0;
            m_have += n;
        }
        // Parse up to the last complete line (everything at the end of the file).
        const char *b = m_buffer.constData();
        const char *e = b + m_have;
        if (!m_eof) {
            const char *nl = e;
            while (nl > b && nl[-1] != '\n')
                --nl;
            if (nl == b) {
                // No complete line yet: read more, up to the longest line a readings file can have.
                if (m_have > MaxLineBytes) {
                    m_error = tr("%1: a line longer than %2 bytes after data row %3: not a readings file; nothing "
                                 "was stored")
                                  .arg(m_path)
                                  .arg(MaxLineBytes)
                                  .arg(m_parser.result().rowsRead);
                    return false;
                }
                continue;
            }
            e = nl;
        } else if (m_have > MaxLineBytes && !std::memchr(b, '\n', size_t(m_have))) {
            m_error = tr("%1: a line longer than %2 bytes after data row %3: not a readings file; nothing was stored")
                          .arg(m_path)
                          .arg(MaxLineBytes)
                          .arg(m_parser.result().rowsRead);
            return false;
        }
        if (!m_parser.parse(b, e, out)) {
            m_error = m_path + QStringLiteral(": ") + m_parser.result().error;
            return false;
        }
        const qsizetype used = e - b;
        std::memmove(m_buffer.data(), m_buffer.constData() + used, size_t(m_have - used));
        m_have -= used;
    }
    return m_error.isEmpty();
}

ReadingCsv::Parser::Parser(const QHash<QString, qint32> &sensors, int maxRejectsListed)
    : m_sensors(sensors), m_maxRejects(maxRejectsListed)
{
    m_r.ok = true;
}

qint32 ReadingCsv::Parser::sensorFid(const char *b, qsizetype n)
{
    const auto it = m_fidCache.constFind(QByteArray::fromRawData(b, n));
    if (it != m_fidCache.cend())
        return *it;
    const qint32 fid = m_sensors.value(QString::fromUtf8(b, n), 0);
    if (m_fidCache.size() < 100000)
        m_fidCache.insert(QByteArray(b, n), fid);
    return fid;
}

bool ReadingCsv::Parser::parse(const char *p, const char *end, ReadingBatch *out)
{
    if (!m_r.ok)
        return false;
    Result &r = m_r;
    if (m_line == 0 && end - p >= 3 && uchar(p[0]) == 0xEF && uchar(p[1]) == 0xBB && uchar(p[2]) == 0xBF)
        p += 3;
    int *col = m_col;
    std::vector<Field> f;
    f.reserve(8);
    int nf = 0;
    auto reject = [&](const QString &why) {
        ++r.rejected;
        if (r.rejects.size() < m_maxRejects)
            r.rejects.append({m_line, why});
    };
    while (p < end) {
        const char *nl = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        const char *le = nl ? nl : end;
        const char *b = p;
        p = nl ? nl + 1 : end;
        ++m_line;
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
        if (m_first) {
            m_first = false;
            const QByteArray l(b, e - b);
            const qsizetype commas = l.count(','), semis = l.count(';'), tabs = l.count('\t');
            m_sep = tabs > commas && tabs > semis ? '\t' : semis > commas ? ';' : ',';
            split(b, e, m_sep, &f, &nf);
            bool header = false;
            for (int i = 0; i < nf; ++i)
                if (columnOf(f[size_t(i)].bytes()) >= 0)
                    header = true;
            if (header) {
                col[0] = col[1] = col[2] = col[3] = -1;
                for (int i = 0; i < nf; ++i) {
                    const int c = columnOf(f[size_t(i)].bytes());
                    if (c >= 0 && col[c] < 0)
                        col[c] = i;
                }
                const char *what[] = {"sensor", "time", "value"};
                for (int c = 0; c < 3; ++c)
                    if (col[c] < 0) {
                        r.ok = false;
                        r.error = tr("line %1: the header has no %2 column (header: %3)")
                                      .arg(m_line)
                                      .arg(QLatin1String(what[c]), QString::fromUtf8(l));
                        return false;
                    }
                m_haveQuality = col[Quality] >= 0;
                m_fields = nf;
                continue;
            }
        }
        ++r.rowsRead;
        split(b, e, m_sep, &f, &nf);
        const int need = std::max({col[0], col[1], col[2]}) + 1;
        if (nf < need) {
            reject(tr("expected %1 fields, found %2").arg(need).arg(nf));
            continue;
        }
        int used = nf; // trailing empty fields (a spreadsheet's) are not extra
        while (used > m_fields && f[size_t(used - 1)].isEmpty())
            --used;
        if (used > m_fields) {
            reject(tr("expected at most %1 fields, found %2 (a decimal comma or an unquoted separator in a value?)")
                       .arg(m_fields)
                       .arg(used));
            continue;
        }
        const Field &sensor = f[size_t(col[Sensor])];
        Reading rd;
        rd.sensorFid = sensor.isEmpty() ? 0 : sensorFid(sensor.p, sensor.n);
        if (rd.sensorFid == 0) {
            reject(sensor.isEmpty() ? tr("sensor is missing") : tr("unknown sensor '%1'").arg(QString::fromUtf8(sensor.bytes().left(60))));
            continue;
        }
        const Field &t = f[size_t(col[Time])];
        QString why;
        if (!parseTime(t.p, t.n, &rd.atMs, &why)) {
            reject(tr("time '%1': %2").arg(QString::fromUtf8(t.bytes().left(60)), why));
            continue;
        }
        const Field &v = f[size_t(col[Value])];
        if (v.isEmpty()) {
            reject(tr("value is missing"));
            continue;
        }
        const char *vb = v.p, *ve = vb + v.n;
        if (*vb == '+')
            ++vb;
        const auto [ptr, ec] = std::from_chars(vb, ve, rd.value);
        if (ec != std::errc() || ptr != ve || !std::isfinite(rd.value)) {
            reject(tr("value '%1' is not a number").arg(QString::fromUtf8(v.bytes().left(60))));
            continue;
        }
        if (m_haveQuality && col[Quality] < nf && !f[size_t(col[Quality])].isEmpty()) {
            const QByteArray qf = f[size_t(col[Quality])].bytes();
            auto it = m_qualityIndex.constFind(qf);
            if (it == m_qualityIndex.cend()) {
                it = m_qualityIndex.insert(qf, int(m_qualities.size()));
                m_qualities.append(QString::fromUtf8(qf));
            }
            rd.quality = *it;
        }
        out->rows.push_back(rd);
    }
    out->qualities = m_qualities;
    return true;
}

} // namespace fc

namespace fc {

bool ReadingCsv::write(const ReadingBatch &readings, const QHash<qint64, QString> &sensorNames, QIODevice *out)
{
    auto quoted = [](const QString &s) -> QByteArray {
        if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
            return s.toUtf8();
        return '"' + QString(s).replace(QLatin1Char('"'), QLatin1String("\"\"")).toUtf8() + '"';
    };
    QHash<qint64, QByteArray> names;
    QList<QByteArray> flags;
    for (const QString &q : readings.qualities)
        flags.append(quoted(q));
    QByteArray buf = "sensor,time,value,quality\n";
    constexpr qint64 BeijingMs = 8 * 3600 * 1000;
    for (const Reading &r : readings.rows) {
        auto n = names.constFind(r.sensorFid);
        if (n == names.cend())
            n = names.insert(r.sensorFid, quoted(sensorNames.value(r.sensorFid, QString::number(r.sensorFid))));
        buf += n.value();
        buf += ',';
        char t[40];
        int len = formatReadingTime(r.atMs + BeijingMs, t); // "....T08:00:00.000Z" in Beijing's wall time
        len -= (len >= 5 && std::memcmp(t + len - 5, ".000Z", 5) == 0) ? 5 : 1;
        buf.append(t, len);
        buf += "+08:00,";
        if (!std::isnan(r.value)) {
            char v[32];
            const auto res = std::to_chars(v, v + sizeof v, r.value); // shortest text that reads back exactly
            buf.append(v, res.ptr - v);
        }
        buf += ',';
        if (r.quality >= 0 && r.quality < flags.size())
            buf += flags[r.quality];
        buf += '\n';
        if (buf.size() > (1 << 20)) {
            if (out->write(buf) != buf.size())
                return false;
            buf.clear();
        }
    }
    return out->write(buf) == buf.size();
}

} // namespace fc
