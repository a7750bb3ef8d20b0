#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fc {

// Writes one table of a store to a file through GDAL: GeoPackage (.gpkg), GeoJSON (.geojson, .json),
// Shapefile (.shp, UTF-8 with a .cpg), KML (.kml), CSV (.csv, geometry as WKT) or FlatGeobuf (.fgb).
// Reads the store through its own read-only connection (committed data only); never writes to it.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    // The GDAL driver for an output path, or an empty string (error set) for an unknown extension.
    static QString driverFor(const QString &outPath, QString *error);
    static QStringList extensions();
    // Refuses to overwrite an existing output.
    static bool run(const QString &storePath, const QString &table, const QString &outPath, QString *error);
};

} // namespace fc
