#include "app/core/forecast/floodinputs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QList>

#include <cmath>
#include <gdal.h>
#include <gdal_alg.h>
#include <gdalwarper.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_string.h>

namespace fc {
// The context of this file's user-visible texts.
class FloodInputs
{
    Q_DECLARE_TR_FUNCTIONS(fc::FloodInputs)
};
} // namespace fc

namespace fc::flood {

namespace {
} // namespace

QMap<QString, RainSeries> parseRainProfile(const QByteArray &csv, const QString &fileName, QString *error)
{
    QMap<QString, RainSeries> out;
    const QList<QByteArray> lines = csv.split('\n');
    int colMin = -1, colMm = -1, colGauge = -1, lineNo = 0;
    bool header = false;
    QMap<QString, double> lastMinute;
    auto fail = [&](const QString &m) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(fileName).arg(lineNo).arg(m);
        return QMap<QString, RainSeries>();
    };
    for (const QByteArray &raw : lines) {
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        if (!header) {
            for (int c = 0; c < cells.size(); ++c) {
                const QString name = cells[c].trimmed().toLower();
                if (name == QLatin1String("minutes") || name == QLatin1String("minute"))
                    colMin = c;
                else if (name == QLatin1String("mm"))
                    colMm = c;
                else if (name == QLatin1String("gauge"))
                    colGauge = c;
            }
            if (colMin < 0 || colMm < 0)
                return fail(FloodInputs::tr("the header must name the columns minutes and mm (and optionally gauge)"));
            header = true;
            continue;
        }
        if (cells.size() <= std::max({colMin, colMm, colGauge}))
            return fail(FloodInputs::tr("too few columns"));
        bool ok1 = false, ok2 = false;
        const double minute = cells[colMin].trimmed().toDouble(&ok1);
        const double mm = cells[colMm].trimmed().toDouble(&ok2);
        if (!ok1 || !ok2 || !std::isfinite(minute) || !std::isfinite(mm))
            return fail(FloodInputs::tr("'%1' is not a number of minutes and millimetres").arg(line));
        if (mm < 0 || mm > 500)
            return fail(FloodInputs::tr("%1 mm is outside 0 to 500 mm").arg(mm));
        const QString gauge = colGauge >= 0 ? cells[colGauge].trimmed() : QString();
        const double prev = lastMinute.value(gauge, 0.0);
        if (minute <= prev)
            return fail(FloodInputs::tr("minutes must increase (%1 after %2)").arg(minute).arg(prev));
        lastMinute[gauge] = minute;
        RainSeries &s = out[gauge];
        if (s.t.empty())
            s.t.push_back(0.0);
        s.t.push_back(minute * 60.0);
        s.rate.push_back(mm / 1000.0 / ((minute - prev) * 60.0));
    }
    if (out.isEmpty())
        return fail(FloodInputs::tr("no rain rows"));
    return out;
}

bool writeGeoTiff(const QString &path, const RasterGeo &geo, const std::vector<float> &values,
                  const std::vector<std::uint8_t> &mask, bool overwrite, QString *error)
{
    if (values.size() != std::size_t(geo.nx) * geo.ny) {
        if (error)
            *error = FloodInputs::tr("%1: the raster does not match its grid").arg(path);
        return false;
    }
    if (QFileInfo::exists(path) && !overwrite) {
        if (error)
            *error = FloodInputs::tr("%1: exists (give --overwrite to replace it)").arg(path);
        return false;
    }
    GDALAllRegister();
    GDALDriverH drv = GDALGetDriverByName("GTiff");
    if (!drv) {
        if (error)
            *error = FloodInputs::tr("GDAL has no GeoTIFF driver");
        return false;
    }
    char **opts = nullptr;
    opts = CSLSetNameValue(opts, "COMPRESS", "DEFLATE");
    opts = CSLSetNameValue(opts, "TILED", "YES");
    const QByteArray tmp = (path + QStringLiteral(".part")).toUtf8();
    GDALDatasetH ds = GDALCreate(drv, tmp.constData(), geo.nx, geo.ny, 1, GDT_Float32, opts);
    CSLDestroy(opts);
    if (!ds) {
        if (error)
            *error = FloodInputs::tr("%1: cannot create (%2)").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    double gt[6] = {geo.originX, geo.pixel, 0, geo.originY, 0, -geo.pixel};
    GDALSetGeoTransform(ds, gt);
    GDALSetProjection(ds, geo.crsWkt.toUtf8().constData());
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    GDALSetRasterNoDataValue(band, -9999.0);
    std::vector<float> buf(values);
    for (std::size_t c = 0; c < buf.size(); ++c)
        if ((!mask.empty() && !mask[c]) || !std::isfinite(buf[c]))
            buf[c] = -9999.0f;
    const CPLErr e = GDALRasterIO(band, GF_Write, 0, 0, geo.nx, geo.ny, buf.data(), geo.nx, geo.ny, GDT_Float32, 0, 0);
    GDALClose(ds);
    if (e != CE_None) {
        VSIUnlink(tmp.constData());
        if (error)
            *error = FloodInputs::tr("%1: write failed (%2)").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    const QByteArray dst = path.toUtf8();
    VSIUnlink(dst.constData());
    if (VSIRename(tmp.constData(), dst.constData()) != 0) {
        if (error)
            *error = FloodInputs::tr("%1: cannot rename the finished file into place").arg(path);
        return false;
    }
    return true;
}

bool rasterInfo(const QString &path, RasterGeo *geo, QString *error)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    if (!ds) {
        if (error)
            *error = FloodInputs::tr("%1: not a raster GDAL can read").arg(path);
        return false;
    }
    double gt[6];
    const bool ok = GDALGetGeoTransform(ds, gt) == CE_None && gt[2] == 0 && gt[4] == 0 && gt[1] > 0
                    && std::fabs(std::fabs(gt[5]) - gt[1]) < 1e-6 * gt[1];
    if (ok) {
        geo->nx = GDALGetRasterXSize(ds);
        geo->ny = GDALGetRasterYSize(ds);
        geo->pixel = gt[1];
        geo->originX = gt[0];
        geo->originY = gt[5] < 0 ? gt[3] : gt[3] + gt[5] * geo->ny;
        geo->crsWkt = QString::fromUtf8(GDALGetProjectionRef(ds));
    }
    GDALClose(ds);
    if (!ok && error)
        *error = FloodInputs::tr("%1: the raster must be north-up with square pixels").arg(path);
    return ok;
}

bool readRaster(const QString &path, const RasterGeo &geo, std::vector<float> *values, QString *error)
{
    GDALAllRegister();
    GDALDatasetH src = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    if (!src) {
        if (error)
            *error = FloodInputs::tr("%1: not a raster GDAL can read").arg(path);
        return false;
    }
    // Warp into an in-memory raster of the target grid (averaging when coarser, bilinear otherwise).
    GDALDriverH mem = GDALGetDriverByName("MEM");
    GDALDatasetH dst = GDALCreate(mem, "", geo.nx, geo.ny, 1, GDT_Float32, nullptr);
    double gt[6] = {geo.originX, geo.pixel, 0, geo.originY, 0, -geo.pixel};
    GDALSetGeoTransform(dst, gt);
    GDALSetProjection(dst, geo.crsWkt.toUtf8().constData());
    GDALRasterBandH db = GDALGetRasterBand(dst, 1);
    GDALSetRasterNoDataValue(db, -9999.0);
    GDALFillRaster(db, -9999.0, 0);
    double srcGt[6];
    GDALGetGeoTransform(src, srcGt);
    GDALWarpOptions *wo = GDALCreateWarpOptions();
    wo->hSrcDS = src;
    wo->hDstDS = dst;
    wo->nBandCount = 1;
    wo->panSrcBands = static_cast<int *>(CPLMalloc(sizeof(int)));
    wo->panSrcBands[0] = 1;
    wo->panDstBands = static_cast<int *>(CPLMalloc(sizeof(int)));
    wo->panDstBands[0] = 1;
    int hasNd = 0;
    const double nd = GDALGetRasterNoDataValue(GDALGetRasterBand(src, 1), &hasNd);
    if (hasNd) {
        wo->padfSrcNoDataReal = static_cast<double *>(CPLMalloc(sizeof(double)));
        wo->padfSrcNoDataReal[0] = nd;
    }
    wo->padfDstNoDataReal = static_cast<double *>(CPLMalloc(sizeof(double)));
    wo->padfDstNoDataReal[0] = -9999.0;
    wo->eResampleAlg = std::fabs(srcGt[1]) < geo.pixel * 0.75 ? GRA_Average : GRA_Bilinear;
    wo->pTransformerArg = GDALCreateGenImgProjTransformer(src, GDALGetProjectionRef(src), dst,
                                                          geo.crsWkt.toUtf8().constData(), FALSE, 0.0, 1);
    bool ok = wo->pTransformerArg != nullptr;
    if (ok) {
        wo->pfnTransformer = GDALGenImgProjTransform;
        GDALWarpOperationH op = GDALCreateWarpOperation(wo);
        ok = op && GDALChunkAndWarpImage(op, 0, 0, geo.nx, geo.ny) == CE_None;
        if (op)
            GDALDestroyWarpOperation(op);
        GDALDestroyGenImgProjTransformer(wo->pTransformerArg);
    }
    GDALDestroyWarpOptions(wo);
    if (ok) {
        values->assign(std::size_t(geo.nx) * geo.ny, 0.0f);
        ok = GDALRasterIO(db, GF_Read, 0, 0, geo.nx, geo.ny, values->data(), geo.nx, geo.ny, GDT_Float32, 0, 0)
             == CE_None;
        for (float &v : *values)
            if (v <= -9998.0f || !std::isfinite(v))
                v = std::nanf("");
    }
    GDALClose(dst);
    GDALClose(src);
    if (!ok && error)
        *error = FloodInputs::tr("%1: cannot reproject onto the model grid (%2)").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
    return ok;
}

} // namespace fc::flood
