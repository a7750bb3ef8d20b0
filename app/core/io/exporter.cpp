#include "app/core/io/exporter.h"
#include "app/core/store/import/shapefieldmap.h"

#include "app/core/store/import/importmapping.h"
#include "app/core/base/gpkg.h"
#include "app/core/base/outputfile.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "maps/ogrreader.h"

#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc {

namespace {

constexpr int DbfTextLimit = 254; // bytes per text value in a dBASE (.dbf) file

// Collects GDAL's errors while an export runs (instead of printing them), keeping the first failure.
struct ErrorCollector
{
    QString failure;
    int failures = 0;
    QStringList warnings;
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char *msg)
    {
        auto *self = static_cast<ErrorCollector *>(CPLGetErrorHandlerUserData());
        if (level >= CE_Failure) {
            if (self->failure.isEmpty())
                self->failure = QString::fromUtf8(msg);
            ++self->failures;
        } else if (level == CE_Warning && self->warnings.size() < 20) {
            const QString w = QString::fromUtf8(msg);
            if (!self->warnings.contains(w))
                self->warnings.append(w);
        }
    }
    ErrorCollector() { CPLPushErrorHandlerEx(&ErrorCollector::handler, this); }
    ~ErrorCollector() { CPLPopErrorHandler(); }
};

struct DatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

// Text values longer than a .dbf holds: count per field and the first row that has one.
struct Oversize
{
    qint64 count = 0;
    QStringList fields;
    QString first;
};

Oversize oversizeText(GDALDataset *src, const QString &table)
{
    Oversize o;
    OGRLayer *layer = src->GetLayerByName(table.toUtf8().constData());
    if (!layer)
        return o;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        OGRFieldDefn *f = defn->GetFieldDefn(i);
        if (f->GetType() != OFTString)
            continue;
        const QString col = QString::fromUtf8(f->GetNameRef());
        const QByteArray sql = QStringLiteral("SELECT count(*), min(fid), max(length(CAST(%1 AS BLOB))) FROM %2 WHERE "
                                              "length(CAST(%1 AS BLOB)) > %3")
                                   .arg(Gpkg::quoted(col), Gpkg::quoted(table))
                                   .arg(DbfTextLimit)
                                   .toUtf8();
        OGRLayer *r = src->ExecuteSQL(sql.constData(), nullptr, nullptr);
        if (!r)
            continue;
        std::unique_ptr<OGRFeature> row(r->GetNextFeature());
        if (row && row->GetFieldAsInteger64(0) > 0) {
            o.count += row->GetFieldAsInteger64(0);
            o.fields.append(col);
            if (o.first.isEmpty())
                o.first = Exporter::tr("row %1, field %2: %3 bytes")
                              .arg(row->GetFieldAsInteger64(1))
                              .arg(col)
                              .arg(row->GetFieldAsInteger64(2));
        }
        src->ReleaseResultSet(r);
    }
    return o;
}

// Features in the first layer of a finished file; -1 (why set) when it cannot be read.
// Writes {"fields": {"descriptio": "description", ...}} for the names the shapefile driver shortened (nothing
// when none was): the names asked for, in order, against the names the written file has.
bool writeFieldMap(GDALDataset *src, OGRLayer *srcLayer, const QByteArray &sql, const QList<QByteArray> &args,
                   const QString &shp, const QString &mapPath, QString *error)
{
    QStringList wanted;
    if (!sql.isEmpty()) {
        OGRLayer *r = src->ExecuteSQL(sql.constData(), nullptr, nullptr);
        if (r) {
            for (int k = 0; k < r->GetLayerDefn()->GetFieldCount(); ++k)
                wanted.append(QString::fromUtf8(r->GetLayerDefn()->GetFieldDefn(k)->GetNameRef()));
            src->ReleaseResultSet(r);
        }
    } else {
        const int sel = int(args.indexOf(QByteArray("-select")));
        if (sel >= 0 && sel + 1 < args.size()) {
            wanted = QString::fromUtf8(args[sel + 1]).split(QLatin1Char(','));
        } else {
            for (int k = 0; k < srcLayer->GetLayerDefn()->GetFieldCount(); ++k)
                wanted.append(QString::fromUtf8(srcLayer->GetLayerDefn()->GetFieldDefn(k)->GetNameRef()));
        }
    }
    Dataset out(static_cast<GDALDataset *>(GDALOpenEx(shp.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                      nullptr, nullptr, nullptr)));
    OGRLayer *layer = out ? out->GetLayer(0) : nullptr;
    if (!layer) {
        *error = Exporter::tr("the written shapefile cannot be read back");
        return false;
    }
    QJsonObject fields;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int k = 0; k < defn->GetFieldCount() && k < wanted.size(); ++k) {
        const QString got = QString::fromUtf8(defn->GetFieldDefn(k)->GetNameRef());
        if (got != wanted[k])
            fields.insert(got, wanted[k]);
    }
    if (fields.isEmpty())
        return true;
    QFile f(mapPath);
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("fields"), fields}}).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.flush()) {
        *error = Exporter::tr("cannot write the field-name map: %1").arg(f.errorString());
        return false;
    }
    return true;
}

qint64 readBack(const QString &path, QString *why)
{
    ErrorCollector errors;
    Dataset ds(static_cast<GDALDataset *>(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!ds || ds->GetLayerCount() < 1) {
        *why = errors.failure.isEmpty() ? Exporter::tr("cannot be opened") : errors.failure;
        return -1;
    }
    OGRLayer *l = ds->GetLayer(0);
    qint64 n = 0;
    l->ResetReading();
    // Read every feature: a count from a header alone would not notice a file cut short.
    while (std::unique_ptr<OGRFeature>(l->GetNextFeature()))
        ++n;
    if (errors.failures) {
        *why = errors.failure;
        return -1;
    }
    return n;
}

} // namespace

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
    const QString formats = QStringLiteral(".") + extensions().join(QLatin1String(", ."));
    *error = ext.isEmpty() ? tr("%1: the file name has no extension, which names the format (use %2)").arg(outPath, formats)
                           : tr("%1: unknown output format '.%2' (use %3)").arg(outPath, ext, formats);
    return {};
}

QString Exporter::fieldMapPath(const QString &shpPath)
{
    return ShapeFieldMap::path(shpPath);
}

QHash<QString, QString> Exporter::readFieldMap(const QString &shpPath, QString *error)
{
    return ShapeFieldMap::read(shpPath, error);
}

QStringList Exporter::outputFiles(const QString &outPath)
{
    if (QFileInfo(outPath).suffix().toLower() != QLatin1String("shp"))
        return {outPath};
    const QString base = outPath.left(outPath.size() - 4);
    QStringList files = {outPath};
    for (const char *ext : {".shx", ".dbf", ".prj", ".cpg"})
        files.append(base + QLatin1String(ext));
    files.append(fieldMapPath(outPath));
    return files;
}

bool Exporter::run(const QString &storePath, const QString &table, const QString &outPath, QString *error)
{
    const ExportReport r = run(storePath, table, outPath, ExportOptions());
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

ExportReport Exporter::run(const QString &storePath, const QString &table, const QString &outPath,
                           const ExportOptions &options)
{
    ExportReport rep;
    QString err;
    if (Store::inspect(storePath, &err) < 0) {
        rep.error = err;
        return rep;
    }
    const TableSpec *spec = Schema::table(table);
    if (!spec || table == QLatin1String("schema_version")) {
        rep.error = tr("%1: no layer or table '%2' (layers: %3)")
                        .arg(storePath, table, Schema::featureKinds().join(QLatin1String(", ")));
        return rep;
    }
    const QString driver = driverFor(outPath, &rep.error);
    if (driver.isEmpty())
        return rep;
    if (!spec->isFeature() && driver != QLatin1String("CSV") && driver != QLatin1String("GPKG")) {
        rep.error = tr("%1 is a table without geometry: export it as .csv or .gpkg").arg(table);
        return rep;
    }
    const bool shapefile = driver == QLatin1String("ESRI Shapefile");
    OutputFile output(outputFiles(outPath));
    output.setOverwrite(options.overwrite);
    output.setSources({storePath});
    if (!output.begin(&rep.error))
        return rep;
    OgrReader::registerDrivers();
    Dataset src(static_cast<GDALDataset *>(GDALOpenEx(storePath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                      nullptr, nullptr, nullptr)));
    if (!src) {
        rep.error = tr("%1: GDAL cannot read the store: %2").arg(storePath, QString::fromUtf8(CPLGetLastErrorMsg()));
        return rep;
    }
    OGRLayer *srcLayer = src->GetLayerByName(table.toUtf8().constData());
    if (!srcLayer) {
        rep.error = tr("%1: the store has no table %2").arg(storePath, table);
        return rep;
    }
    const qint64 expected = srcLayer->GetFeatureCount(TRUE);
    if (shapefile) {
        const Oversize o = oversizeText(src.get(), table);
        if (o.count > 0 && !options.truncateText) {
            rep.error = tr("%1: %2 text value(s) are longer than the %3 bytes a shapefile holds (%4; fields: %5); "
                           "nothing was written. Export as .gpkg, .geojson or .fgb to keep the full text, or allow "
                           "cutting them with --truncate-text.")
                            .arg(outPath)
                            .arg(o.count)
                            .arg(DbfTextLimit)
                            .arg(o.first, o.fields.join(QLatin1String(", ")));
            return rep;
        }
        rep.truncated = o.count;
        rep.truncatedFields = o.fields;
    }

    QList<QByteArray> args = {"-f", driver.toUtf8(), "-nln", table.toUtf8()};
    if (shapefile)
        args += {"-lco", "ENCODING=UTF-8"};
    // Shapefile and KML have no date-time type: write times as text (GDAL's "YYYY/MM/DD HH:MM:SS+00", UTC), which the
    // importer reads back exactly, rather than a date without its time.
    if (shapefile || driver == QLatin1String("KML") || driver == QLatin1String("CSV"))
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
    // Extra attributes (source fields an import kept) go out again as their own fields.
    const QByteArray extraSql = ImportMapping::exportSql(src.get(), *spec);
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
    const QString staged = output.stagingPath(0);
    {
        ErrorCollector errors;
        GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
        if (!opts) {
            rep.error = tr("%1: %2").arg(outPath, errors.failure);
            return rep;
        }
        int usageError = 0;
        GDALDatasetH srcH = GDALDataset::ToHandle(src.get());
        GDALDatasetH out = GDALVectorTranslate(staged.toUtf8().constData(), nullptr, 1, &srcH, opts, &usageError);
        GDALVectorTranslateOptionsFree(opts);
        if (out)
            GDALClose(out); // flushes and closes: the drivers report write errors here too
        for (QString w : std::as_const(errors.warnings))
            rep.warnings.append(w.replace(staged, outPath));
        if (!out || usageError || errors.failures) {
            rep.error = tr("%1: export failed: %2%3; nothing was written")
                            .arg(outPath, errors.failure.isEmpty() ? tr("GDAL gave no reason") : QString(errors.failure).replace(staged, outPath),
                                 OutputFile::diskNote(outPath));
            return rep;
        }
    }
    // A shapefile keeps 10 characters of a field name: the full names go beside it (read back on import).
    if (shapefile && !writeFieldMap(src.get(), srcLayer, extraSql, args, staged, output.stagingPath(5), &rep.error)) {
        rep.error = tr("%1: %2; nothing was written").arg(outPath, rep.error);
        return rep;
    }
    // Several drivers ignore failed writes (GeoJSON, KML): read the finished file back before it counts.
    QString why;
    const qint64 written = readBack(staged, &why);
    if (written < 0 || (expected >= 0 && written != expected)) {
        rep.error = written < 0 ? tr("%1: export failed: the written file is incomplete or unreadable (disk full?): "
                                     "%2%3; nothing was written")
                                      .arg(outPath, why.replace(staged, outPath), OutputFile::diskNote(outPath))
                                : tr("%1: export failed: the written file holds %2 of %3 rows (disk full?)%4; nothing "
                                     "was written")
                                      .arg(outPath)
                                      .arg(written)
                                      .arg(expected)
                                      .arg(OutputFile::diskNote(outPath));
        return rep;
    }
    if (!output.commit(&rep.error))
        return rep;
    rep.features = written;
    for (const QString &f : outputFiles(outPath))
        if (QFileInfo::exists(f))
            rep.files.append(f);
    rep.ok = true;
    return rep;
}

} // namespace fc
