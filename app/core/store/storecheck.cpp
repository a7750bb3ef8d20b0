#include "app/core/store/storecheck.h"

#include "app/core/base/geometrycheck.h"
#include "app/core/base/gpkg.h"
#include "app/core/base/readingdays.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <ogr_geometry.h>
#include <functional>

namespace fc {

namespace {

using RowFn = std::function<void(sqlite3_stmt *)>;

bool query(sqlite3 *db, const QString &sql, const RowFn &row, QString *error = nullptr)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(s);
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        row(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

QString text(sqlite3_stmt *s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)));
}

qint64 scalar(sqlite3 *db, const QString &sql, QString *error = nullptr)
{
    qint64 v = -1;
    query(db, sql, [&](sqlite3_stmt *s) { v = sqlite3_column_int64(s, 0); }, error);
    return v;
}

// Every day block of readings readable, of its own day, and agreeing with its row (count, first and last time):
// the blocks are opaque to other tools, so damage is named here by sensor and day.
void checkReadingDays(sqlite3 *db, QStringList *problems)
{
    constexpr int MaxListed = 20;
    qint64 bad = 0;
    query(db, QStringLiteral("SELECT fid, sensor_fid, day, first_at, last_at, n_readings, data FROM reading_days"),
          [&](sqlite3_stmt *s) {
              const qint64 sensor = sqlite3_column_int64(s, 1), dayNo = sqlite3_column_int64(s, 2);
              const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(s, 6)), sqlite3_column_bytes(s, 6));
              ReadingDay day;
              QString why;
              if (ReadingDay::decode(bytes, dayNo, &day, &why) && day.isEmpty())
                  why = QCoreApplication::translate("fc::StoreCheck", "an empty block");
              else if (why.isEmpty() && (qint64(day.size()) != sqlite3_column_int64(s, 5)
                                         || text(s, 3) != ReadingDays::storedTime(day.atMs(0))
                                         || text(s, 4) != ReadingDays::storedTime(day.atMs(day.size() - 1))))
                  why = QCoreApplication::translate("fc::StoreCheck", "its row says %1 readings from %2 to %3, the block holds %4 from %5 to %6")
                            .arg(sqlite3_column_int64(s, 5)).arg(text(s, 3), text(s, 4)).arg(day.size())
                            .arg(ReadingDays::storedTime(day.atMs(0)), ReadingDays::storedTime(day.atMs(day.size() - 1)));
              if (why.isEmpty())
                  return;
              if (++bad <= MaxListed)
                  problems->append(QCoreApplication::translate("fc::StoreCheck", "reading_days row %1 (sensor %2, %3): %4")
                                       .arg(sqlite3_column_int64(s, 0))
                                       .arg(sensor)
                                       .arg(ReadingDays::storedTime(dayNo * ReadingDays::DayMs).left(10), why));
          });
    if (bad > MaxListed)
        problems->append(QCoreApplication::translate("fc::StoreCheck", "%1 more damaged reading blocks").arg(bad - MaxListed));
}

// Every geometry structurally valid: finite coordinates, closed rings, no self-intersections.
void checkGeometries(sqlite3 *db, const TableSpec &t, QStringList *problems)
{
    constexpr int MaxListed = 20;
    qint64 invalid = 0;
    query(db, QStringLiteral("SELECT fid, geom FROM %1 WHERE geom IS NOT NULL").arg(Gpkg::quoted(t.name)),
          [&](sqlite3_stmt *s) {
              const auto *blob = static_cast<const char *>(sqlite3_column_blob(s, 1));
              std::unique_ptr<OGRGeometry> g(Gpkg::decode(blob, sqlite3_column_bytes(s, 1)));
              if (!g)
                  return; // reported as "not a GeoPackage geometry blob"
              const QString why = GeometryCheck::problem(*g);
              if (why.isEmpty())
                  return;
              if (++invalid <= MaxListed)
                  problems->append(StoreCheck::tr("%1 row %2: %3").arg(t.name).arg(sqlite3_column_int64(s, 0)).arg(why));
          });
    if (invalid > MaxListed)
        problems->append(StoreCheck::tr("%1: %2 invalid geometries in all (first %3 listed)").arg(t.name).arg(invalid).arg(MaxListed));
}

void checkFeatureTable(sqlite3 *db, const TableSpec &t, QStringList *problems)
{
    const QString q = Gpkg::quoted(t.name), r = Gpkg::quoted(Gpkg::rtreeName(t.name));
    QString gtype;
    qint64 srs = -1;
    query(db, QStringLiteral("SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = '%1' "
                             "AND column_name = 'geom'").arg(t.name),
          [&](sqlite3_stmt *s) {
              gtype = text(s, 0);
              srs = sqlite3_column_int64(s, 1);
          });
    if (gtype.isEmpty())
        problems->append(StoreCheck::tr("%1: not registered in gpkg_geometry_columns").arg(t.name));
    else if (gtype.compare(t.geometryType, Qt::CaseInsensitive) != 0 || srs != Gpkg::Wgs84)
        problems->append(StoreCheck::tr("%1: registered as %2 in SRS %3, expected %4 in EPSG:4326")
                             .arg(t.name, gtype).arg(srs).arg(t.geometryType));
    if (scalar(db, QStringLiteral("SELECT count(*) FROM gpkg_extensions WHERE table_name = '%1' AND extension_name = "
                                  "'gpkg_rtree_index'").arg(t.name)) != 1)
        problems->append(StoreCheck::tr("%1: R-tree extension not registered").arg(t.name));
    if (scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '%1' AND "
                                  "name LIKE 'rtree_%1_geom_%%'").arg(t.name)) != 6)
        problems->append(StoreCheck::tr("%1: R-tree triggers missing").arg(t.name));
    query(db, QStringLiteral("SELECT fid FROM %1 WHERE geom IS NOT NULL AND (ST_SRID(geom) IS NULL OR ST_IsEmpty(geom) "
                             "IS NULL) LIMIT 20").arg(q),
          [&](sqlite3_stmt *s) {
              problems->append(StoreCheck::tr("%1 row %2: geometry is not a GeoPackage geometry blob")
                                   .arg(t.name).arg(sqlite3_column_int64(s, 0)));
          });
    query(db, QStringLiteral("SELECT fid, ST_SRID(geom) FROM %1 WHERE ST_SRID(geom) IS NOT NULL AND ST_SRID(geom) <> %2 "
                             "LIMIT 20").arg(q).arg(Gpkg::Wgs84),
          [&](sqlite3_stmt *s) {
              problems->append(StoreCheck::tr("%1 row %2: geometry in SRS %3, expected 4326")
                                   .arg(t.name).arg(sqlite3_column_int64(s, 0)).arg(sqlite3_column_int64(s, 1)));
          });
    query(db, QStringLiteral("SELECT fid, ST_GeometryType(geom) FROM %1 WHERE geom IS NOT NULL AND "
                             "ST_GeometryType(geom) IS NOT '%2' LIMIT 20").arg(q, t.geometryType),
          [&](sqlite3_stmt *s) {
              problems->append(StoreCheck::tr("%1 row %2: geometry type %3, the layer holds %4")
                                   .arg(t.name).arg(sqlite3_column_int64(s, 0)).arg(text(s, 1), t.geometryType));
          });
    checkGeometries(db, t, problems);
    const qint64 rows = scalar(db, QStringLiteral("SELECT count(*) FROM %1 WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom)").arg(q));
    const qint64 indexed = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(r));
    if (rows != indexed)
        problems->append(StoreCheck::tr("%1: %2 geometries but %3 entries in the spatial index").arg(t.name).arg(rows).arg(indexed));
    // R-tree boxes are 32-bit floats rounded outwards: each must contain the geometry's envelope.
    query(db, QStringLiteral("SELECT t.fid FROM %1 t LEFT JOIN %2 r ON r.id = t.fid WHERE t.geom IS NOT NULL AND NOT "
                             "ST_IsEmpty(t.geom) AND (r.id IS NULL OR r.minx > ST_MinX(t.geom) + 1e-9 OR r.maxx < "
                             "ST_MaxX(t.geom) - 1e-9 OR r.miny > ST_MinY(t.geom) + 1e-9 OR r.maxy < ST_MaxY(t.geom) - 1e-9) "
                             "LIMIT 20").arg(q, r),
          [&](sqlite3_stmt *s) {
              problems->append(StoreCheck::tr("%1 row %2: spatial index entry missing or wrong")
                                   .arg(t.name).arg(sqlite3_column_int64(s, 0)));
          });
}

} // namespace

StoreCheck::Result StoreCheck::run(const QString &path)
{
    Result res;
    QString err;
    res.schemaVersion = Store::inspect(path, &err);
    if (res.schemaVersion < 0) {
        res.problems.append(err);
        return res;
    }
    if (res.schemaVersion < Schema::CurrentVersion)
        res.notes.append(tr("schema version %1; opening it in FloodCommand migrates it to %2")
                             .arg(res.schemaVersion).arg(Schema::CurrentVersion));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFileInfo(path).absoluteFilePath().toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK
        || !Gpkg::registerFunctions(db, &err)) {
        res.problems.append(tr("%1: cannot be opened: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_close(db);
        return res;
    }
    res.opened = true;
    QStringList &p = res.problems;
    const bool integrity = query(db, QStringLiteral("PRAGMA integrity_check(50)"), [&](sqlite3_stmt *s) {
        if (text(s, 0) != QLatin1String("ok"))
            p.append(tr("SQLite integrity: %1").arg(text(s, 0)));
    }, &err);
    if (!integrity) {
        p.append(tr("SQLite integrity check failed: %1").arg(err));
        sqlite3_close(db);
        return res;
    }
    if (scalar(db, QStringLiteral("PRAGMA application_id")) != Gpkg::ApplicationId)
        p.append(tr("application_id is not 'GPKG'"));
    if (scalar(db, QStringLiteral("PRAGMA user_version")) < 10200)
        p.append(tr("user_version is not a GeoPackage 1.2+ version"));
    for (const char *core : {"gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions"})
        if (scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(core))) != 1)
            p.append(tr("GeoPackage table %1 is missing").arg(QLatin1String(core)));
    for (int id : {-1, 0, 4326})
        if (scalar(db, QStringLiteral("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id = %1").arg(id)) != 1)
            p.append(tr("gpkg_spatial_ref_sys lacks the required SRS %1").arg(id));
    query(db, QStringLiteral("SELECT table_name FROM gpkg_contents WHERE table_name NOT IN (SELECT name FROM sqlite_master "
                             "WHERE type IN ('table', 'view'))"),
          [&](sqlite3_stmt *s) { p.append(tr("gpkg_contents lists %1, which does not exist").arg(text(s, 0))); });
    for (const TableSpec &t : Schema::tables()) {
        if (!t.existsAt(res.schemaVersion))
            continue;
        QString type;
        query(db, QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name = '%1'").arg(t.name),
              [&](sqlite3_stmt *s) { type = text(s, 0); });
        if (scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(t.name)) != 1) {
            p.append(tr("table %1 is missing").arg(t.name));
            continue;
        }
        if (type != (t.isFeature() ? QLatin1String("features") : QLatin1String("attributes")))
            p.append(tr("%1: registered in gpkg_contents as '%2'").arg(t.name, type));
        QStringList have;
        query(db, QStringLiteral("PRAGMA table_info(%1)").arg(Gpkg::quoted(t.name)),
              [&](sqlite3_stmt *s) { have.append(text(s, 1)); });
        for (const QString &c : t.columnNames(res.schemaVersion))
            if (!have.contains(c))
                p.append(tr("%1: column %2 is missing").arg(t.name, c));
        if (t.isFeature())
            checkFeatureTable(db, t, &p);
    }
    if (scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")) < 2)
        p.append(tr("audit_log is not protected against updates and deletes"));
    if (res.schemaVersion >= 5)
        checkReadingDays(db, &p);
    query(db, QStringLiteral("PRAGMA foreign_key_check"), [&](sqlite3_stmt *s) {
        p.append(tr("orphan row: %1 row %2 refers to a missing %3 row")
                     .arg(text(s, 0)).arg(sqlite3_column_int64(s, 1)).arg(text(s, 2)));
    });
    sqlite3_close(db);
    return res;
}

} // namespace fc
