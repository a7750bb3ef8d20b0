#include "maps/gpkgreader.h"

#include "maps/coordinatetransform.h"
#include "maps/webmercator.h"

#include <sqlite3.h>

#include <bit>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace fc {

namespace {

struct DbCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct StmtCloser
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// One geometry in lon/lat (before the transform), as parts of a flat vertex array.
struct Scratch
{
    std::vector<double> xy;           // x0, y0, x1, y1 ...
    std::vector<qsizetype> partEnds;  // vertex count at the end of each part
    void clear()
    {
        xy.clear();
        partEnds.clear();
    }
};

// Bounds-checked reader of ISO WKB. decode() returns false for anything it does not reproduce
// exactly as OGR reads it (other types, NaN coordinates, malformed data): that blob goes to OGR.
class WkbDecoder
{
public:
    WkbDecoder(const unsigned char *p, const unsigned char *end, Scratch &s) : m_p(p), m_end(end), m_s(s) {}

    // base type of the top-level geometry (1..6) or 0 when not decoded
    int decode()
    {
        int base = 0;
        return geometry(0, &base) ? base : 0;
    }

private:
    bool u32(bool le, quint32 *v)
    {
        if (m_end - m_p < 4)
            return false;
        quint32 x;
        std::memcpy(&x, m_p, 4);
        m_p += 4;
        *v = le ? x : __builtin_bswap32(x);
        if constexpr (std::endian::native == std::endian::big)
            *v = __builtin_bswap32(*v);
        return true;
    }
    bool points(bool le, quint32 n, int dims)
    {
        const std::size_t bytes = std::size_t(n) * std::size_t(dims) * 8;
        if (std::size_t(m_end - m_p) < bytes)
            return false;
        const std::size_t at = m_s.xy.size();
        m_s.xy.resize(at + std::size_t(n) * 2);
        double *out = m_s.xy.data() + at;
        for (quint32 k = 0; k < n; ++k) {
            for (int d = 0; d < 2; ++d) {
                quint64 bits;
                std::memcpy(&bits, m_p + d * 8, 8);
                if (le != (std::endian::native == std::endian::little))
                    bits = __builtin_bswap64(bits);
                double v;
                std::memcpy(&v, &bits, 8);
                if (!std::isfinite(v))
                    return false;
                out[d] = v;
            }
            out += 2;
            m_p += dims * 8;
        }
        m_s.partEnds.push_back(qsizetype(m_s.xy.size() / 2));
        return true;
    }
    // expect: 0 any top-level type, else the base type a multi geometry's member must have.
    bool geometry(int expect, int *base)
    {
        if (m_p >= m_end || *m_p > 1)
            return false;
        const bool le = *m_p++ == 1;
        quint32 code;
        if (!u32(le, &code) || code >= 4000)
            return false;
        const int b = int(code % 1000);
        const int dims = 2 + (code / 1000 == 1 || code / 1000 == 2 ? 1 : code / 1000 == 3 ? 2 : 0);
        if (b < 1 || b > 6 || (expect && b != expect))
            return false;
        *base = b;
        if (expect && m_dims != dims)
            return false; // members with other dimensions than their collection: leave to OGR
        m_dims = dims;
        quint32 n;
        switch (b) {
        case 1:
            return points(le, 1, dims);
        case 2:
            return u32(le, &n) && points(le, n, dims);
        case 3:
            if (!u32(le, &n) || n > quint32(m_end - m_p) / 4)
                return false;
            for (quint32 r = 0; r < n; ++r) {
                quint32 m;
                if (!u32(le, &m) || !points(le, m, dims))
                    return false;
            }
            return true;
        default: {
            if (!u32(le, &n) || n > quint32(m_end - m_p) / 5)
                return false;
            for (quint32 g = 0; g < n; ++g) {
                int sub = 0;
                if (!geometry(b - 3, &sub))
                    return false;
            }
            return true;
        }
        }
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    Scratch &m_s;
    int m_dims = 2;
};

GeometryType typeOfBase(int base)
{
    switch (base) {
    case 1:
    case 4:
        return GeometryType::Point;
    case 2:
    case 5:
        return GeometryType::Line;
    case 3:
    case 6:
        return GeometryType::Polygon;
    default:
        return GeometryType::Unknown;
    }
}

// Text values of a column: while the column has few distinct values (classes, kinds, states), equal
// values share one QString (implicit sharing: one allocation instead of one per row).
class TextColumn
{
public:
    QString get(const char *utf8, int size)
    {
        if (!m_interning)
            return QString::fromUtf8(utf8, size);
        const std::string_view key(utf8, std::size_t(size));
        const auto it = m_values.find(key);
        if (it != m_values.end())
            return it->second;
        QString v = QString::fromUtf8(utf8, size);
        if (m_values.size() >= MaxDistinct) {
            m_interning = false;
            m_values.clear();
            return v;
        }
        m_values.emplace(std::string(key), v);
        return v;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); }
    };
    static constexpr std::size_t MaxDistinct = 64;
    bool m_interning = true;
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_values;
};

struct Chunk
{
    qint64 lo = 0, hi = 0; // fid range [lo, hi]
    bool ranged = false;
    qint64 expected = -1; // rows expected in the chunk (-1: unknown)
};

using Outcome = GpkgReader::Outcome;
using Column = GpkgReader::Column;
using Kind = GpkgReader::Kind;

// Reads the rows of one fid range (or of the whole table) into the builder.
Outcome readChunk(sqlite3 *db, const GpkgReader::Table &table, const Chunk &chunk, const CoordinateTransform &ct,
                  const GpkgReader::Options &options, FeatureStoreBuilder &builder, QString &error,
                  GpkgReader::Stats &st, std::atomic<qint64> &rowsDone, bool reportProgress)
{
    auto fallback = [&](const QString &why) {
        error = why;
        return Outcome::Fallback;
    };
    QString sql = QStringLiteral("SELECT %1, %2").arg(quoted(table.fidColumn), quoted(table.geometryColumn));
    for (const Column &c : table.columns)
        sql += QStringLiteral(", ") + quoted(c.name);
    sql += QStringLiteral(" FROM %1").arg(quoted(table.name));
    if (chunk.ranged)
        sql += QStringLiteral(" WHERE %1 BETWEEN %2 AND %3").arg(quoted(table.fidColumn)).arg(chunk.lo).arg(chunk.hi);
    sql += QStringLiteral(" ORDER BY %1").arg(quoted(table.fidColumn));
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
        return fallback(QStringLiteral("cannot query the table (%1)").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    std::unique_ptr<sqlite3_stmt, StmtCloser> stmt(s);

    Scratch scratch;
    std::vector<QPointF> merc;
    QList<QVariant> attrs;
    std::vector<TextColumn> texts(table.columns.size());
    const int nc = int(table.columns.size());
    const bool identity = ct.isIdentity();
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        ++st.rows;
        if (st.rows == 2048 && chunk.expected > 4096 && builder.count() > 0) {
            // Reserve the vertices this chunk will likely need (from the rows so far), so the
            // vertex array is not regrown and copied on a large table.
            const double perRow = double(builder.vertexCount()) / double(st.rows);
            builder.reserve(qsizetype(chunk.expected), qsizetype(perRow * 1.1 * double(chunk.expected)) + 1024);
        }
        if ((st.rows & 4095) == 0) {
            const qint64 done = rowsDone.fetch_add(4096) + 4096;
            if (options.cancel && options.cancel->load()) {
                error = QStringLiteral("cancelled");
                return Outcome::Failed;
            }
            if (reportProgress && options.progress)
                options.progress(done, table.expectedRows);
        }
        const qint64 fid = sqlite3_column_int64(s, 0);
        const int geomType = sqlite3_column_type(s, 1);
        if (geomType == SQLITE_NULL) {
            ++st.nullGeometry;
            continue;
        }
        if (geomType != SQLITE_BLOB)
            return fallback(QStringLiteral("feature %1: the geometry is not a blob").arg(fid));
        const auto *blob = static_cast<const unsigned char *>(sqlite3_column_blob(s, 1));
        const int size = sqlite3_column_bytes(s, 1);
        if (size < 8 || blob[0] != 'G' || blob[1] != 'P')
            return fallback(QStringLiteral("feature %1: not a GeoPackage geometry blob").arg(fid));
        const unsigned char flags = blob[3];
        if (flags & 0x20)
            return fallback(QStringLiteral("feature %1: extended GeoPackage geometry").arg(fid));
        static constexpr int envelopeBytes[8] = {0, 32, 48, 48, 64, -1, -1, -1};
        const int env = envelopeBytes[(flags >> 1) & 7];

        attrs.resize(0);
        for (int c = 0; c < nc; ++c) {
            const int col = c + 2;
            const int t = sqlite3_column_type(s, col);
            if (t == SQLITE_NULL) {
                attrs.append(QVariant());
                continue;
            }
            switch (table.columns[std::size_t(c)].kind) {
            case Kind::Int: {
                if (t != SQLITE_INTEGER)
                    return fallback(QStringLiteral("feature %1: a non-integer value in an integer column").arg(fid));
                const qint64 v = sqlite3_column_int64(s, col);
                if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
                    return fallback(QStringLiteral("feature %1: a value outside a 32-bit column's range").arg(fid));
                attrs.append(int(v));
                break;
            }
            case Kind::Int64:
                if (t != SQLITE_INTEGER)
                    return fallback(QStringLiteral("feature %1: a non-integer value in an integer column").arg(fid));
                attrs.append(qint64(sqlite3_column_int64(s, col)));
                break;
            case Kind::Real:
                if (t != SQLITE_FLOAT && t != SQLITE_INTEGER)
                    return fallback(QStringLiteral("feature %1: a non-numeric value in a real column").arg(fid));
                attrs.append(sqlite3_column_double(s, col));
                break;
            case Kind::Text:
                if (t != SQLITE_TEXT)
                    return fallback(QStringLiteral("feature %1: a non-text value in a text column").arg(fid));
                attrs.append(texts[std::size_t(c)].get(reinterpret_cast<const char *>(sqlite3_column_text(s, col)),
                                                       sqlite3_column_bytes(s, col)));
                break;
            }
        }

        const bool emptyFlag = flags & 0x10;
        int base = 0;
        scratch.clear();
        if (env >= 0 && 8 + env <= size && !emptyFlag)
            base = WkbDecoder(blob + 8 + env, blob + size, scratch).decode();
        if (base == 0) {
            // Not ours to decode: OGR reads this blob (or finds it malformed, as its own loop would).
            ++st.other;
            if (!options.decodeOther)
                return fallback(QStringLiteral("feature %1: a geometry only OGR decodes").arg(fid));
            const int wkbAt = env >= 0 && 8 + env <= size ? 8 + env : size;
            const int r = options.decodeOther(builder, fid, blob + wkbAt, size - wkbAt, attrs, ct);
            if (r < 0) {
                error = QStringLiteral("feature %1 cannot be transformed to WGS84").arg(fid);
                return Outcome::Failed;
            }
            continue;
        }
        if (scratch.xy.empty())
            continue; // an empty geometry (OGR's IsEmpty): nothing to draw or find
        const std::size_t nv = scratch.xy.size() / 2;
        merc.resize(nv);
        for (std::size_t k = 0; k < nv; ++k) {
            double x = scratch.xy[2 * k], y = scratch.xy[2 * k + 1];
            if (!identity && !ct.transform(x, y)) {
                error = QStringLiteral("feature %1 cannot be transformed to WGS84").arg(fid);
                return Outcome::Failed;
            }
            merc[k] = WebMercator::fromLonLat(x, y);
        }
        builder.beginFeature(fid, typeOfBase(base));
        qsizetype begin = 0;
        for (const qsizetype end : scratch.partEnds) {
            builder.addPart(merc.data() + begin, end - begin);
            begin = end;
        }
        builder.endFeature(attrs);
        ++st.fast;
    }
    if (step != SQLITE_DONE) {
        error = QStringLiteral("read error: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return Outcome::Failed;
    }
    return Outcome::Done;
}

} // namespace

GpkgReader::Outcome GpkgReader::read(const QString &path, const Table &table, const CoordinateTransform &ct,
                                     const Options &options, FeatureStoreBuilder &builder, QString *error,
                                     Stats *stats)
{
    auto fallback = [&](const QString &why) {
        if (error)
            *error = why;
        return Outcome::Fallback;
    };
    const QByteArray file = path.toUtf8();
    auto open = [&](std::unique_ptr<sqlite3, DbCloser> *out) {
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
        out->reset(raw);
        if (rc != SQLITE_OK)
            return false;
        sqlite3_busy_timeout(raw, 5000);
        return true;
    };
    std::unique_ptr<sqlite3, DbCloser> db;
    if (!open(&db))
        return fallback(QStringLiteral("SQLite cannot open the file read-only"));

    // The fid must be the rowid (INTEGER PRIMARY KEY), so that "ORDER BY fid" is the table's own
    // order, the one OGR reads in, and fid ranges are cheap to seek.
    {
        sqlite3_stmt *s = nullptr;
        const QByteArray sql = QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table.name)).toUtf8();
        if (sqlite3_prepare_v2(db.get(), sql.constData(), -1, &s, nullptr) != SQLITE_OK)
            return fallback(QStringLiteral("cannot read the table's columns"));
        std::unique_ptr<sqlite3_stmt, StmtCloser> info(s);
        int pkColumns = 0;
        bool fidIsRowid = false;
        while (sqlite3_step(s) == SQLITE_ROW) {
            if (sqlite3_column_int(s, 5) > 0) {
                ++pkColumns;
                const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)));
                const QString type = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 2)));
                fidIsRowid = name.compare(table.fidColumn, Qt::CaseInsensitive) == 0
                             && type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
            }
        }
        if (pkColumns != 1 || !fidIsRowid)
            return fallback(QStringLiteral("the fid is not the table's integer primary key"));
    }

    // Large tables are read in fid ranges on parallel threads (each its own connection, builder and
    // transform), then joined in fid order: the result is the same as one pass.
    int threads = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, 8);
    if (table.expectedRows >= 0 && table.expectedRows < qint64(threads) * 20000)
        threads = int(std::max<qint64>(1, table.expectedRows / 20000));
    if (!ct.isIdentity() && !options.makeTransform)
        threads = 1;
    std::vector<Chunk> chunks(1);
    if (threads > 1) {
        sqlite3_stmt *s = nullptr;
        const QByteArray sql =
            QStringLiteral("SELECT min(%1), max(%1) FROM %2").arg(quoted(table.fidColumn), quoted(table.name)).toUtf8();
        if (sqlite3_prepare_v2(db.get(), sql.constData(), -1, &s, nullptr) == SQLITE_OK) {
            std::unique_ptr<sqlite3_stmt, StmtCloser> range(s);
            if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) == SQLITE_INTEGER) {
                const qint64 lo = sqlite3_column_int64(s, 0), hi = sqlite3_column_int64(s, 1);
                const qint64 span = hi - lo; // fids are int64: keep the arithmetic in range
                if (span >= threads && span < std::numeric_limits<qint64>::max() / 16) {
                    chunks.clear();
                    auto bound = [&](int k) { return lo + span / threads * k + span % threads * k / threads; };
                    for (int k = 0; k < threads; ++k)
                        chunks.push_back({k == 0 ? lo : bound(k) + 1, k + 1 == threads ? hi : bound(k + 1), true});
                }
            }
        }
    }

    for (Chunk &c : chunks)
        c.expected = table.expectedRows > 0 ? table.expectedRows / qint64(chunks.size()) : -1;
    std::vector<FeatureStoreBuilder> parts;
    QStringList fields;
    for (const Column &c : table.columns)
        fields.append(c.name);
    const qsizetype perChunk = table.expectedRows > 0 ? qsizetype(table.expectedRows) / qsizetype(chunks.size()) + 1 : 0;
    for (std::size_t k = 1; k < chunks.size(); ++k) {
        parts.emplace_back(fields);
        if (perChunk > 0)
            parts.back().reserve(perChunk, perChunk * 4);
    }
    std::vector<Outcome> outcomes(chunks.size(), Outcome::Done);
    std::vector<QString> errors(chunks.size());
    std::vector<Stats> chunkStats(chunks.size());
    std::atomic<qint64> rowsDone{0};
    std::vector<std::thread> workers;
    for (std::size_t k = 1; k < chunks.size(); ++k) {
        workers.emplace_back([&, k] {
            std::unique_ptr<sqlite3, DbCloser> own;
            if (!open(&own)) {
                outcomes[k] = Outcome::Fallback;
                errors[k] = QStringLiteral("SQLite cannot open the file read-only");
                return;
            }
            const CoordinateTransform own_ct = options.makeTransform ? options.makeTransform() : CoordinateTransform();
            outcomes[k] = readChunk(own.get(), table, chunks[k], own_ct, options, parts[k - 1], errors[k],
                                    chunkStats[k], rowsDone, false);
        });
    }
    if (table.expectedRows > 0)
        builder.reserve(qsizetype(table.expectedRows) / qsizetype(chunks.size()) + 1,
                        qsizetype(table.expectedRows) * 4 / qsizetype(chunks.size()) + 1);
    outcomes[0] = readChunk(db.get(), table, chunks[0], ct, options, builder, errors[0], chunkStats[0], rowsDone, true);
    for (std::thread &w : workers)
        w.join();

    Stats st;
    for (std::size_t k = 0; k < chunks.size(); ++k) {
        if (outcomes[k] != Outcome::Done) {
            if (error)
                *error = errors[k];
            return outcomes[k];
        }
        st.rows += chunkStats[k].rows;
        st.fast += chunkStats[k].fast;
        st.other += chunkStats[k].other;
        st.nullGeometry += chunkStats[k].nullGeometry;
    }
    if (!parts.empty()) {
        qsizetype features = builder.count(), vertices = builder.vertexCount();
        for (const FeatureStoreBuilder &b : parts) {
            features += b.count();
            vertices += b.vertexCount();
        }
        builder.reserve(features, vertices);
        for (FeatureStoreBuilder &b : parts)
            builder.append(std::move(b));
    }
    if (options.progress)
        options.progress(st.rows, table.expectedRows);
    if (stats)
        *stats = st;
    return Outcome::Done;
}

} // namespace fc
