#include "app/core/exporter.h"

#include "app/core/importmapping.h"
#include "app/core/schema.h"
#include "app/core/store.h"
#include "maps/ogrreader.h"

#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>

namespace fc {

QStringList Exporter::extensions()
{
    return {QStringLiteral("gpkg"), QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("shp"),
            QStringLiteral("kml"),  QStringLiteral("csv"),     QStringLiteral("fgb")};
}

QString Exporter::driverFor(const QString &outPath, QString *error)
{
    const QString ext = QFileInfo(outPath).suffix().toLower();
    if (ext == QLatin1String("gpkg"))
        return QStringLiteral("GPKG");
    if (ext == QLatin1String("geojson") || ext == QLatin1String("json"))
        return QStringLiteral("GeoJSON");
    if (ext == QLatin1String("shp"))
        return QStringLiteral("ESRI Shapefile");
    if (ext == QLatin1String("kml"))
        return QStringLiteral("KML");
    if (ext == QLatin1String("csv"))
        return QStringLiteral("CSV");
    if (ext == QLatin1String("fgb"))
        return QStringLiteral("FlatGeobuf");
    *error = tr("%1: unknown output format '.%2' (use %3)")
                 .arg(outPath, ext, QStringLiteral(".") + extensions().join(QLatin1String(", .")));
    return {};
}

bool Exporter::run(const QString &storePath, const QString &table, const QString &outPath, QString *error)
{
    QString err;
    if (Store::inspect(storePath, &err) < 0) {
        *error = err;
        return false;
    }
    const TableSpec *spec = Schema::table(table);
    if (!spec || table == QLatin1String("schema_version")) {
        *error = tr("%1: no layer or table '%2' (layers: %3)")
                     .arg(storePath, table, Schema::featureKinds().join(QLatin1String(", ")));
        return false;
    }
    const QString driver = driverFor(outPath, error);
    if (driver.isEmpty())
        return false;
    if (QFileInfo::exists(outPath)) {
        *error = tr("%1: already exists; choose a new file").arg(outPath);
        return false;
    }
    if (!spec->isFeature() && driver != QLatin1String("CSV") && driver != QLatin1String("GPKG")) {
        *error = tr("%1 is a table without geometry: export it as .csv or .gpkg").arg(table);
        return false;
    }
    OgrReader::registerDrivers();
    GDALDatasetH src = GDALOpenEx(storePath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                  nullptr, nullptr);
    if (!src) {
        *error = tr("%1: GDAL cannot read the store: %2").arg(storePath, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    QList<QByteArray> args = {"-f", driver.toUtf8(), "-nln", table.toUtf8()};
    if (driver == QLatin1String("ESRI Shapefile"))
        args += {"-lco", "ENCODING=UTF-8"};
    // Shapefile and KML have no date-time type: write times as text (GDAL's "YYYY/MM/DD HH:MM:SS+00", UTC), which the
    // importer reads back exactly, rather than a date without its time.
    if (driver == QLatin1String("ESRI Shapefile") || driver == QLatin1String("KML") || driver == QLatin1String("CSV"))
        args += {"-mapFieldType", "DateTime=String"};
    if (driver == QLatin1String("CSV") && spec->isFeature())
        args += {"-lco", "GEOMETRY=AS_WKT"};
    if (driver == QLatin1String("KML")) {
        args += {"-dsco", "NameField=name"};
        if (spec->column(QStringLiteral("description")))
            args += {"-dsco", "DescriptionField=description"};
    }
    if (driver == QLatin1String("GeoJSON"))
        args += {"-lco", "RFC7946=YES", "-lco", "WRITE_NAME=NO"};
    // Extra attributes (source fields an import kept, issue 8) go out again as their own fields.
    const QByteArray extraSql = ImportMapping::exportSql(src, *spec);
    if (!extraSql.isEmpty()) {
        args += {"-sql", extraSql};
    } else {
        if (spec->column(QLatin1String(ExtraColumn))) {
            QStringList keep = spec->columnNames();
            keep.removeAll(QLatin1String(ExtraColumn));
            args += {"-select", keep.join(QLatin1Char(',')).toUtf8()};
        }
        args.append(table.toUtf8()); // the source layer
    }
    QList<char *> argv;
    for (QByteArray &a : args)
        argv.append(a.data());
    argv.append(nullptr);
    GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    if (!opts) {
        GDALClose(src);
        *error = tr("%1: %2").arg(outPath, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    int usageError = 0;
    CPLErrorReset();
    GDALDatasetH out = GDALVectorTranslate(outPath.toUtf8().constData(), nullptr, 1, &src, opts, &usageError);
    GDALVectorTranslateOptionsFree(opts);
    const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
    const bool ok = out && !usageError && CPLGetLastErrorType() != CE_Failure;
    if (out)
        GDALClose(out);
    GDALClose(src);
    if (!ok) {
        *error = tr("%1: export failed: %2").arg(outPath, why);
        return false;
    }
    return true;
}

} // namespace fc
