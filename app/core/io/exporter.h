#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace fc {

struct ExportOptions
{
    // Shapefiles hold at most 254 bytes per text value: cut longer values (at a character boundary) instead of
    // refusing the export. The report counts them.
    bool truncateText = false;
    // Replace an existing output (never the store itself, another operation store or a non-regular file).
    bool overwrite = false;
};

struct ExportReport
{
    bool ok = false;
    QString error;          // names the output file
    qint64 features = 0;    // rows written (read back from the finished file)
    qint64 truncated = 0;   // text values cut to fit (shapefile with truncateText)
    QStringList truncatedFields;
    QStringList files;      // the files written
    QStringList warnings;   // what GDAL warned about while writing (field names shortened ...), once each
};

// Writes one table of a store to a file through GDAL: GeoPackage (.gpkg), GeoJSON (.geojson, .json),
// Shapefile (.shp, UTF-8 with a .cpg), KML (.kml), CSV (.csv, geometry as WKT) or FlatGeobuf (.fgb).
// Reads the store through its own read-only connection (committed data only); never writes to it.
// The output appears complete or not at all: it is written next to the destination under a temporary name,
// read back and checked, flushed to disk and renamed; a failure (a full disk ...) leaves nothing behind.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    // The GDAL driver for an output path, or an empty string (error set) for an unknown extension.
    static QString driverFor(const QString &outPath, QString *error);
    static QStringList extensions();
    // The files an export to outPath writes (a shapefile's .shp, .shx, .dbf, .prj, .cpg and .fields.json).
    static QStringList outputFiles(const QString &outPath);
    // A shapefile's field names are cut to 10 characters: when any was, the export writes the full names in
    // NAME.fields.json beside NAME.shp ({"fields": {"descriptio": "description"}}); import reads it back.
    static QString fieldMapPath(const QString &shpPath);
    // The map beside a shapefile (short -> full name); empty when there is none (error set when unreadable).
    static QHash<QString, QString> readFieldMap(const QString &shpPath, QString *error = nullptr);
    // Refuses to overwrite an existing output unless options.overwrite.
    static ExportReport run(const QString &storePath, const QString &table, const QString &outPath,
                            const ExportOptions &options);
    static bool run(const QString &storePath, const QString &table, const QString &outPath, QString *error);
};

} // namespace fc
