#include "maps/gdalrastersource.h"

#include "maps/webmercator.h"

#include <QFileInfo>
#include <QVarLengthArray>
#include <cmath>
#include <gdal.h>
#include <gdal_utils.h>
#include <mutex>
#include <ogr_srs_api.h>

namespace fc {

namespace {

struct DatasetCloser
{
    void operator()(GDALDatasetH h) const { if (h) GDALClose(h); }
};
using Dataset = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;

void registerGdal()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString lastGdalError()
{
    const char *m = CPLGetLastErrorMsg();
    return m && *m ? QString::fromUtf8(m) : QString();
}

// How the warped bands become ARGB32 pixels.
enum class Kind { Grey, Palette, Rgb, Stretch };

class GdalTileReader : public TileReader
{
public:
    explicit GdalTileReader(const GdalRasterSource *s) : m_source(s) {}

    TileData read(const TileId &id) override
    {
        if (!id.isValid() || id.z < m_source->minZoom() || id.z > m_source->maxZoom())
            return TileData::absent();
        const Extent e = id.extent();
        if (!e.intersects(m_source->extent()))
            return TileData::absent();
        if (!m_ds && !open())
            return TileData::failed(GdalRasterSource::tr("Cannot read the raster %1: %2").arg(m_source->path(), m_error));
        const int size = m_source->tileSize();
        // The tile's window in warped-raster pixels (fractional), clipped to the raster.
        const double px = (e.xMin() - m_gt[0]) / m_gt[1], py = (e.yMax() - m_gt[3]) / m_gt[5];
        const double pw = e.width() / m_gt[1], ph = e.height() / -m_gt[5];
        const double x0 = std::max(0.0, px), y0 = std::max(0.0, py);
        const double x1 = std::min(double(m_width), px + pw), y1 = std::min(double(m_height), py + ph);
        if (x1 <= x0 || y1 <= y0)
            return TileData::absent();
        // Where that part lands in the tile (whole tile pixels).
        const int bx0 = int(std::lround((x0 - px) / pw * size)), by0 = int(std::lround((y0 - py) / ph * size));
        const int bx1 = int(std::lround((x1 - px) / pw * size)), by1 = int(std::lround((y1 - py) / ph * size));
        const int bw = bx1 - bx0, bh = by1 - by0;
        if (bw <= 0 || bh <= 0)
            return TileData::absent();

        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        extra.eResampleAlg = GRIORA_Bilinear;
        extra.bFloatingPointWindowValidity = TRUE;
        extra.dfXOff = x0;
        extra.dfYOff = y0;
        extra.dfXSize = x1 - x0;
        extra.dfYSize = y1 - y0;
        const int ix0 = int(std::floor(x0)), iy0 = int(std::floor(y0));
        const int iw = std::max(1, std::min(m_width, int(std::ceil(x1))) - ix0);
        const int ih = std::max(1, std::min(m_height, int(std::ceil(y1))) - iy0);

        QImage img(size, size, QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        uchar *origin = img.bits() + by0 * img.bytesPerLine() + bx0 * 4;
        const GSpacing line = img.bytesPerLine();
        CPLErr err = CE_None;
        if (m_kind == Kind::Rgb) {
            // QImage ARGB32 is B, G, R, A in memory.
            int map[3] = {3, 2, 1};
            err = GDALDatasetRasterIOEx(m_ds.get(), GF_Read, ix0, iy0, iw, ih, origin, bw, bh, GDT_Byte, 3, map, 4, line, 1, &extra);
        } else if (m_kind == Kind::Stretch) {
            QVarLengthArray<float, 65536> v(bw * bh);
            err = GDALRasterIOEx(GDALGetRasterBand(m_ds.get(), 1), GF_Read, ix0, iy0, iw, ih, v.data(), bw, bh, GDT_Float32, 4, GSpacing(4) * bw, &extra);
            const double lo = m_source->stretchMin(), span = std::max(1e-12, m_source->stretchMax() - lo);
            for (int r = 0; r < bh && err == CE_None; ++r)
                for (int c = 0; c < bw; ++c) {
                    const int g = int(std::clamp((v[r * bw + c] - lo) / span, 0.0, 1.0) * 255 + 0.5);
                    uchar *p = origin + r * line + c * 4;
                    p[0] = p[1] = p[2] = uchar(g);
                }
        } else {
            QVarLengthArray<uchar, 65536> v(bw * bh);
            err = GDALRasterIOEx(GDALGetRasterBand(m_ds.get(), 1), GF_Read, ix0, iy0, iw, ih, v.data(), bw, bh, GDT_Byte, 1, bw, &extra);
            for (int r = 0; r < bh && err == CE_None; ++r)
                for (int c = 0; c < bw; ++c) {
                    uchar *p = origin + r * line + c * 4;
                    const uchar g = v[r * bw + c];
                    if (m_kind == Kind::Palette) {
                        const QRgb rgb = m_palette.value(g);
                        p[0] = uchar(qBlue(rgb));
                        p[1] = uchar(qGreen(rgb));
                        p[2] = uchar(qRed(rgb));
                    } else {
                        p[0] = p[1] = p[2] = g;
                    }
                }
        }
        if (err == CE_None) {
            // Alpha: the warper's (no data and outside the source are 0).
            GDALRasterIOExtraArg alphaExtra = extra;
            alphaExtra.eResampleAlg = GRIORA_NearestNeighbour;
            err = GDALRasterIOEx(GDALGetRasterBand(m_ds.get(), m_alphaBand), GF_Read, ix0, iy0, iw, ih, origin + 3, bw, bh, GDT_Byte, 4, line, &alphaExtra);
        }
        if (err != CE_None)
            return TileData::failed(GdalRasterSource::tr("Cannot read tile %1 of %2: %3").arg(id.toString(), m_source->path(), lastGdalError()));
        img.convertTo(QImage::Format_ARGB32_Premultiplied);
        return TileData::ok(img);
    }

private:
    bool open()
    {
        m_ds.reset(GDALOpenEx(m_source->vrtXml().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        if (!m_ds) {
            m_error = lastGdalError();
            return false;
        }
        GDALGetGeoTransform(m_ds.get(), m_gt);
        m_width = GDALGetRasterXSize(m_ds.get());
        m_height = GDALGetRasterYSize(m_ds.get());
        const int n = GDALGetRasterCount(m_ds.get());
        m_alphaBand = n; // the warper's alpha band comes last
        GDALRasterBandH b1 = GDALGetRasterBand(m_ds.get(), 1);
        if (n >= 4)
            m_kind = Kind::Rgb;
        else if (GDALGetRasterDataType(b1) != GDT_Byte)
            m_kind = Kind::Stretch;
        else if (GDALColorTableH ct = GDALGetRasterColorTable(b1)) {
            m_kind = Kind::Palette;
            m_palette.fill(qRgb(0, 0, 0), 256);
            for (int i = 0; i < std::min(256, GDALGetColorEntryCount(ct)); ++i) {
                const GDALColorEntry *c = GDALGetColorEntry(ct, i);
                m_palette[i] = qRgb(c->c1, c->c2, c->c3);
            }
        } else {
            m_kind = Kind::Grey;
        }
        return true;
    }

    const GdalRasterSource *m_source;
    Dataset m_ds;
    QString m_error;
    double m_gt[6] = {0, 1, 0, 0, 0, -1};
    int m_width = 0, m_height = 0, m_alphaBand = 1;
    Kind m_kind = Kind::Grey;
    QList<QRgb> m_palette;
};

} // namespace

GdalRasterSource::GdalRasterSource(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath()), m_name(QFileInfo(path).completeBaseName())
{
    registerGdal();
    open();
}

void GdalRasterSource::setStretch(double min, double max)
{
    m_stretchMin = min;
    m_stretchMax = max;
}

void GdalRasterSource::open()
{
    CPLErrorReset();
    const QByteArray file = m_path.toUtf8();
    Dataset src(GDALOpenEx(file.constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!src) {
        setError(tr("Cannot open the raster %1: %2").arg(m_path, lastGdalError()));
        return;
    }
    m_bands = GDALGetRasterCount(src.get());
    if (m_bands < 1) {
        setError(tr("The raster %1 has no bands").arg(m_path));
        return;
    }
    OGRSpatialReferenceH srs = GDALGetSpatialRef(src.get());
    double gt[6];
    if (!srs || GDALGetGeoTransform(src.get(), gt) != CE_None) {
        setError(tr("The raster %1 has no coordinate system or georeferencing").arg(m_path));
        return;
    }
    GDALRasterBandH b1 = GDALGetRasterBand(src.get(), 1);
    m_overviews = GDALGetOverviewCount(b1);
    if (GDALGetRasterDataType(b1) != GDT_Byte) {
        double mm[2] = {0, 0};
        if (GDALComputeRasterMinMax(b1, TRUE, mm) == CE_None)
            setStretch(mm[0], mm[1]);
    }

    // The warped VRT: the source, in EPSG:3857, with an alpha band (no data and outside -> 0).
    QList<QByteArray> args{"-of", "VRT", "-t_srs", "EPSG:3857", "-r", "bilinear", "-et", "0.125"};
    // A last band that is alpha is taken as the source alpha; the warped alpha band comes last.
    args << "-dstalpha";
    QList<char *> argv;
    for (QByteArray &a : args)
        argv << a.data();
    argv << nullptr;
    GDALWarpAppOptions *opts = GDALWarpAppOptionsNew(argv.data(), nullptr);
    GDALDatasetH srcH = src.get();
    int usageError = 0;
    Dataset warped(GDALWarp("", nullptr, 1, &srcH, opts, &usageError));
    GDALWarpAppOptionsFree(opts);
    if (!warped) {
        setError(tr("Cannot warp the raster %1 to Web Mercator: %2").arg(m_path, lastGdalError()));
        return;
    }
    char **xml = GDALGetMetadata(warped.get(), "xml:VRT");
    double wgt[6];
    if (!xml || !xml[0] || GDALGetGeoTransform(warped.get(), wgt) != CE_None) {
        setError(tr("Cannot warp the raster %1 to Web Mercator: %2").arg(m_path, lastGdalError()));
        return;
    }
    m_vrtXml = QByteArray(xml[0]);
    const int w = GDALGetRasterXSize(warped.get()), h = GDALGetRasterYSize(warped.get());
    m_extent = Extent(wgt[0], wgt[3] + h * wgt[5], wgt[0] + w * wgt[1], wgt[3]);
    m_resolution = wgt[1];
    // Deepest zoom: the first whose tiles are at least as fine as the raster; shallowest: a few
    // levels below the coarsest overview (further out, a tile would read too many pixels).
    m_maxZoom = std::clamp(int(std::ceil(WebMercator::zoomForResolution(m_resolution) - 0.01)), 0, 24);
    m_minZoom = std::max(0, m_maxZoom - m_overviews - 4);
}

std::unique_ptr<TileReader> GdalRasterSource::createReader() const
{
    return std::make_unique<GdalTileReader>(this);
}

} // namespace fc
