#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3;
class OGRGeometry;

namespace fc {

// GeoPackage (OGC 12-128r18, version 1.3) building blocks for the operation store: the geometry blob
// format, the SQL functions the R-tree triggers call, and the DDL of the core tables, feature tables and
// their spatial index. Everything here is plain SQLite: no GDAL dataset is opened on the store.
namespace Gpkg {

inline constexpr int Wgs84 = 4326; // every spatial table of the store is EPSG:4326, x = lon, y = lat
inline constexpr int ApplicationId = 0x47504B47; // 'GPKG'
inline constexpr int UserVersion = 10300;        // GeoPackage 1.3.0

struct Envelope
{
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool empty = true;
};

// A GeoPackage geometry blob (standard binary, little endian, XY envelope except for points) for
// geometry g in srid. Empty geometries get the empty flag.
QByteArray encode(const OGRGeometry &g, int srid = Wgs84);
// Encodes ISO WKB with a known envelope (no parsing).
QByteArray encodeWkb(const char *wkb, int size, const Envelope &e, bool isPoint, int srid = Wgs84);
// Envelope of a geometry blob: from its header, or by scanning its WKB. False when the blob is malformed.
bool envelope(const char *blob, int size, Envelope *e);
// The WKB part of a blob (offset and size), false when the header is malformed.
bool wkbPart(const char *blob, int size, int *offset);
// Parses a blob into an OGR geometry (nullptr on malformed data). The caller owns the result.
OGRGeometry *decode(const char *blob, int size);

// Registers ST_MinX, ST_MaxX, ST_MinY, ST_MaxY, ST_IsEmpty, ST_GeometryType and ST_SRID
// on a connection so GeoPackage R-tree triggers (ours or GDAL's) work on it.
bool registerFunctions(sqlite3 *db, QString *error);

// DDL: gpkg_spatial_ref_sys (with the required rows and EPSG:4326), gpkg_contents, gpkg_geometry_columns,
// gpkg_extensions.
QStringList coreTablesSql();
// Registers an existing attribute table in gpkg_contents.
QString registerAttributesSql(const QString &table, const QString &description);
// A feature table: fid INTEGER PRIMARY KEY AUTOINCREMENT, geom <geometryType>, then columnsSql
// ("name TEXT, capacity INTEGER ..."), registered in gpkg_contents and gpkg_geometry_columns, with its
// R-tree and triggers.
QStringList featureTableSql(const QString &table, const QString &geometryType, const QString &columnsSql,
                            const QString &description);
QStringList rtreeTriggersSql(const QString &table);
QStringList dropRtreeTriggersSql(const QString &table);
// Fills rtree_<table>_geom from the rows with fid > afterFid in one statement (after a bulk load with the
// triggers dropped).
QString rtreeFillSql(const QString &table, qint64 afterFid);
QString rtreeName(const QString &table);
// Recomputes gpkg_contents' bounding box (from the R-tree) and last_change for a table.
QString touchContentsSql(const QString &table);
// Sets last_change and grows the bounding box by the bound values minx, minx, maxx, maxx, miny, miny,
// maxy, maxy (each bound twice; NULL leaves a side as it is).
QString extendContentsSql(const QString &table);

// Double-quotes an SQL identifier.
QString quoted(const QString &identifier);

} // namespace Gpkg

} // namespace fc
