#include "app/core/base/gpkg.h"

#include <ogr_geometry.h>
#include <sqlite3.h>

#include <QtEndian>
#include <cmath>
#include <cstring>
#include <limits>

namespace fc::Gpkg {

namespace {

// Reads ISO WKB (and the EWKB Z/M flags, for robustness) and grows an envelope. Bounds-checked.
class WkbScanner
{
public:
    WkbScanner(const unsigned char *p, int n) : m_p(p), m_n(n) {}
    bool scan(Envelope *e, int depth = 0)
    {
        if (depth > 32)
            return false;
        quint8 order;
        if (!byte(&order) || order > 1)
            return false;
        m_le = order == 1;
        quint32 type;
        if (!u32(&type))
            return false;
        int dims = 2;
        if (type & 0x80000000u)
            ++dims;
        if (type & 0x40000000u)
            ++dims;
        type &= 0x0FFFFFFFu;
        const quint32 base = type % 1000;
        const quint32 variant = type / 1000;
        if (variant == 1 || variant == 2)
            ++dims;
        else if (variant == 3)
            dims += 2;
        else if (variant != 0)
            return false;
        switch (base) {
        case 1:
            return points(1, dims, e);
        case 2: {
            quint32 n;
            return u32(&n) && points(n, dims, e);
        }
        case 3: {
            quint32 rings;
            if (!u32(&rings))
                return false;
            for (quint32 r = 0; r < rings; ++r) {
                quint32 n;
                if (!u32(&n) || !points(n, dims, e))
                    return false;
            }
            return true;
        }
        case 4:
        case 5:
        case 6:
        case 7: {
            quint32 parts;
            if (!u32(&parts))
                return false;
            for (quint32 k = 0; k < parts; ++k)
                if (!scan(e, depth + 1))
                    return false;
            return true;
        }
        default:
            return false;
        }
    }

private:
    bool byte(quint8 *v)
    {
        if (m_pos + 1 > m_n)
            return false;
        *v = m_p[m_pos++];
        return true;
    }
    bool u32(quint32 *v)
    {
        if (m_pos + 4 > m_n)
            return false;
        *v = m_le ? qFromLittleEndian<quint32>(m_p + m_pos) : qFromBigEndian<quint32>(m_p + m_pos);
        m_pos += 4;
        return true;
    }
    bool f64(double *v)
    {
        if (m_pos + 8 > m_n)
            return false;
        const quint64 bits = m_le ? qFromLittleEndian<quint64>(m_p + m_pos) : qFromBigEndian<quint64>(m_p + m_pos);
        std::memcpy(v, &bits, 8);
        m_pos += 8;
        return true;
    }
    bool points(quint32 n, int dims, Envelope *e)
    {
        if (qint64(n) * dims * 8 > qint64(m_n - m_pos))
            return false;
        for (quint32 i = 0; i < n; ++i) {
            double x, y, skip;
            if (!f64(&x) || !f64(&y))
                return false;
            for (int d = 2; d < dims; ++d)
                f64(&skip);
            if (std::isnan(x) || std::isnan(y))
                continue; // an empty point
            if (e->empty) {
                *e = {x, x, y, y, false};
            } else {
                e->minX = std::min(e->minX, x);
                e->maxX = std::max(e->maxX, x);
                e->minY = std::min(e->minY, y);
                e->maxY = std::max(e->maxY, y);
            }
        }
        return true;
    }
    const unsigned char *m_p;
    int m_n;
    int m_pos = 0;
    bool m_le = true;
};

// Header: "GP", version, flags, srs_id, envelope. Returns the header size or -1.
int headerSize(const unsigned char *b, int n, quint8 *flags)
{
    if (n < 8 || b[0] != 'G' || b[1] != 'P' || b[2] != 0)
        return -1;
    *flags = b[3];
    if (*flags & 0x20) // extended geometry types are not used by the store
        return -1;
    static const int envelopeBytes[] = {0, 32, 48, 48, 64};
    const int indicator = (*flags >> 1) & 0x07;
    if (indicator > 4)
        return -1;
    const int size = 8 + envelopeBytes[indicator];
    return size <= n ? size : -1;
}

void stEnvelope(sqlite3_context *ctx, int argc, sqlite3_value **argv, int which)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_null(ctx);
        return;
    }
    Envelope e;
    const auto *b = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    if (!envelope(b, sqlite3_value_bytes(argv[0]), &e) || e.empty) {
        sqlite3_result_null(ctx);
        return;
    }
    const double v[] = {e.minX, e.maxX, e.minY, e.maxY};
    sqlite3_result_double(ctx, v[which]);
}

void stMinX(sqlite3_context *c, int n, sqlite3_value **v) { stEnvelope(c, n, v, 0); }
void stMaxX(sqlite3_context *c, int n, sqlite3_value **v) { stEnvelope(c, n, v, 1); }
void stMinY(sqlite3_context *c, int n, sqlite3_value **v) { stEnvelope(c, n, v, 2); }
void stMaxY(sqlite3_context *c, int n, sqlite3_value **v) { stEnvelope(c, n, v, 3); }

void stIsEmpty(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *b = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    quint8 flags = 0;
    if (headerSize(b, sqlite3_value_bytes(argv[0]), &flags) < 0) {
        sqlite3_result_null(ctx);
        return;
    }
    Envelope e;
    const bool ok = envelope(reinterpret_cast<const char *>(b), sqlite3_value_bytes(argv[0]), &e);
    sqlite3_result_int(ctx, (flags & 0x10) || !ok || e.empty ? 1 : 0);
}

void stSrid(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const auto *b = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    quint8 flags = 0;
    if (argc != 1 || headerSize(b, sqlite3_value_bytes(argv[0]), &flags) < 0) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int(ctx, (flags & 1) ? qFromLittleEndian<qint32>(b + 4) : qFromBigEndian<qint32>(b + 4));
}

void stGeometryType(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    std::unique_ptr<OGRGeometry> g(argc == 1 && sqlite3_value_type(argv[0]) == SQLITE_BLOB
                                       ? decode(static_cast<const char *>(sqlite3_value_blob(argv[0])),
                                                sqlite3_value_bytes(argv[0]))
                                       : nullptr);
    if (!g) {
        sqlite3_result_null(ctx);
        return;
    }
    const QByteArray name = QByteArray(OGRToOGCGeomType(g->getGeometryType())).toUpper();
    sqlite3_result_text(ctx, name.constData(), int(name.size()), SQLITE_TRANSIENT);
}

} // namespace

QString quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QByteArray encodeWkb(const char *wkb, int size, const Envelope &e, bool isPoint, int srid)
{
    const bool withEnvelope = !isPoint && !e.empty;
    QByteArray out;
    out.reserve(8 + (withEnvelope ? 32 : 0) + size);
    out.append('G').append('P').append(char(0));
    out.append(char(0x01 | (withEnvelope ? 0x02 : 0) | (e.empty ? 0x10 : 0)));
    char buf[8];
    qToLittleEndian<qint32>(srid, buf);
    out.append(buf, 4);
    if (withEnvelope) {
        for (double v : {e.minX, e.maxX, e.minY, e.maxY}) {
            quint64 bits;
            std::memcpy(&bits, &v, 8);
            qToLittleEndian<quint64>(bits, buf);
            out.append(buf, 8);
        }
    }
    out.append(wkb, size);
    return out;
}

QByteArray encode(const OGRGeometry &g, int srid)
{
    Envelope e;
    if (!g.IsEmpty()) {
        OGREnvelope oe;
        g.getEnvelope(&oe);
        e = {oe.MinX, oe.MaxX, oe.MinY, oe.MaxY, false};
    }
    QByteArray wkb(int(g.WkbSize()), Qt::Uninitialized);
    g.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return encodeWkb(wkb.constData(), int(wkb.size()), e, wkbFlatten(g.getGeometryType()) == wkbPoint, srid);
}

bool wkbPart(const char *blob, int size, int *offset)
{
    quint8 flags = 0;
    const int h = headerSize(reinterpret_cast<const unsigned char *>(blob), size, &flags);
    if (h < 0)
        return false;
    *offset = h;
    return true;
}

bool envelope(const char *blob, int size, Envelope *e)
{
    const auto *b = reinterpret_cast<const unsigned char *>(blob);
    quint8 flags = 0;
    const int h = headerSize(b, size, &flags);
    if (h < 0)
        return false;
    *e = Envelope();
    if (flags & 0x10)
        return true;
    if (((flags >> 1) & 0x07) != 0) {
        double v[4];
        for (int k = 0; k < 4; ++k) {
            const quint64 bits = (flags & 1) ? qFromLittleEndian<quint64>(b + 8 + 8 * k)
                                             : qFromBigEndian<quint64>(b + 8 + 8 * k);
            std::memcpy(&v[k], &bits, 8);
        }
        *e = {v[0], v[1], v[2], v[3], false};
        return true;
    }
    WkbScanner scanner(b + h, size - h);
    return scanner.scan(e);
}

OGRGeometry *decode(const char *blob, int size)
{
    int offset = 0;
    if (!wkbPart(blob, size, &offset))
        return nullptr;
    OGRGeometry *g = nullptr;
    size_t consumed = 0;
    if (OGRGeometryFactory::createFromWkb(blob + offset, nullptr, &g, size - offset, wkbVariantIso, consumed)
        != OGRERR_NONE)
        return nullptr;
    return g;
}

bool registerFunctions(sqlite3 *db, QString *error)
{
    struct Fn
    {
        const char *name;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
    };
    static const Fn fns[] = {{"ST_MinX", stMinX},       {"ST_MaxX", stMaxX},   {"ST_MinY", stMinY},
                             {"ST_MaxY", stMaxY},       {"ST_IsEmpty", stIsEmpty}, {"ST_SRID", stSrid},
                             {"ST_GeometryType", stGeometryType}};
    for (const Fn &f : fns) {
        if (sqlite3_create_function(db, f.name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, f.fn, nullptr, nullptr)
            != SQLITE_OK) {
            if (error)
                *error = QStringLiteral("cannot register %1: %2")
                             .arg(QLatin1String(f.name), QString::fromUtf8(sqlite3_errmsg(db)));
            return false;
        }
    }
    return true;
}

QStringList coreTablesSql()
{
    static const char *wgs84 =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
        "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\","
        "0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
        "AUTHORITY[\"EPSG\",\"4326\"]]";
    return {
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
        QStringLiteral("PRAGMA user_version = %1").arg(UserVersion),
        QStringLiteral("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
                       "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
                       "description TEXT)"),
        QStringLiteral("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', "
                       "'undefined cartesian coordinate reference system')"),
        QStringLiteral("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', "
                       "'undefined geographic coordinate reference system')"),
        QStringLiteral("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '%1', "
                       "'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')")
            .arg(QLatin1String(wgs84)),
        QStringLiteral("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                       "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
                       "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
                       "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES "
                       "gpkg_spatial_ref_sys(srs_id))"),
        QStringLiteral("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                       "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                       "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name "
                       "UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES "
                       "gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES "
                       "gpkg_spatial_ref_sys (srs_id))"),
        QStringLiteral("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
                       "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, "
                       "column_name, extension_name))"),
    };
}

QString registerAttributesSql(const QString &table, const QString &description)
{
    QString d = description;
    d.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                          "VALUES ('%1', 'attributes', '%1', '%2')")
        .arg(table, d);
}

QString rtreeName(const QString &table)
{
    return QStringLiteral("rtree_%1_geom").arg(table);
}

QStringList featureTableSql(const QString &table, const QString &geometryType, const QString &columnsSql,
                            const QString &description)
{
    QString d = description;
    d.replace(QLatin1Char('\''), QLatin1String("''"));
    QStringList sql = {
        QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom %2%3%4)")
            .arg(quoted(table), geometryType, columnsSql.isEmpty() ? QString() : QStringLiteral(", "), columnsSql),
        QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                       "VALUES ('%1', 'features', '%1', '%2', %3)")
            .arg(table, d)
            .arg(Wgs84),
        QStringLiteral("INSERT INTO gpkg_geometry_columns VALUES ('%1', 'geom', '%2', %3, 0, 0)")
            .arg(table, geometryType)
            .arg(Wgs84),
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy)").arg(quoted(rtreeName(table))),
        QStringLiteral("INSERT INTO gpkg_extensions VALUES ('%1', 'geom', 'gpkg_rtree_index', "
                       "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")
            .arg(table),
    };
    return sql + rtreeTriggersSql(table);
}

QStringList rtreeTriggersSql(const QString &t)
{
    const QString r = quoted(rtreeName(t)), q = quoted(t);
    const QString vals = QStringLiteral("VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), "
                                        "ST_MaxY(NEW.geom))");
    auto name = [&](const char *suffix) { return quoted(rtreeName(t) + QLatin1Char('_') + QLatin1String(suffix)); };
    return {
        QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN (NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)) "
                       "BEGIN INSERT OR REPLACE INTO %3 %4; END")
            .arg(name("insert"), q, r, vals),
        QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF geom ON %2 WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND "
                       "NOT ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO %3 %4; END")
            .arg(name("update1"), q, r, vals),
        QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF geom ON %2 WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR "
                       "ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %3 WHERE id = OLD.fid; END")
            .arg(name("update2"), q, r),
        QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT "
                       "ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %3 WHERE id = OLD.fid; INSERT OR REPLACE INTO %3 %4; END")
            .arg(name("update3"), q, r, vals),
        QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR "
                       "ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %3 WHERE id IN (OLD.fid, NEW.fid); END")
            .arg(name("update4"), q, r),
        QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN OLD.geom NOT NULL "
                       "BEGIN DELETE FROM %3 WHERE id = OLD.fid; END")
            .arg(name("delete"), q, r),
    };
}

QStringList dropRtreeTriggersSql(const QString &t)
{
    QStringList out;
    for (const char *suffix : {"insert", "update1", "update2", "update3", "update4", "delete"})
        out.append(QStringLiteral("DROP TRIGGER IF EXISTS %1")
                       .arg(quoted(rtreeName(t) + QLatin1Char('_') + QLatin1String(suffix))));
    return out;
}

QString rtreeFillSql(const QString &t, qint64 afterFid)
{
    return QStringLiteral("INSERT OR REPLACE INTO %1 SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
                          "ST_MaxY(geom) FROM %2 WHERE fid > %3 AND geom NOT NULL AND NOT ST_IsEmpty(geom)")
        .arg(quoted(rtreeName(t)), quoted(t))
        .arg(afterFid);
}

QString extendContentsSql(const QString &t)
{
    return QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                          "min_x = min(coalesce(min_x, ?), coalesce(?, min_x)), "
                          "max_x = max(coalesce(max_x, ?), coalesce(?, max_x)), "
                          "min_y = min(coalesce(min_y, ?), coalesce(?, min_y)), "
                          "max_y = max(coalesce(max_y, ?), coalesce(?, max_y)) WHERE table_name = '%1'")
        .arg(t);
}

QString touchContentsSql(const QString &t)
{
    return QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                          "min_x = (SELECT min(minx) FROM %1), max_x = (SELECT max(maxx) FROM %1), "
                          "min_y = (SELECT min(miny) FROM %1), max_y = (SELECT max(maxy) FROM %1) "
                          "WHERE table_name = '%2'")
        .arg(quoted(rtreeName(t)), t);
}

} // namespace fc::Gpkg
