#pragma once

#include "maps/tilesource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fc {

// Tiles cut from a GDAL raster (GeoTIFF orthophoto or DEM, any CRS GDAL knows), warped on the fly to
// Web Mercator. When made, the source opens the file, checks it and describes a warped VRT
// (EPSG:3857, bilinear, alpha where there is no data); each TileReader opens that VRT for itself
// (GDAL datasets are single-threaded) and reads a tile window with RasterIO, which uses the file's
// overviews when zoomed out. Byte rasters show as they are (grey, palette, RGB, RGBA); other
// single-band rasters (DEMs) are stretched to grey between their minimum and maximum.
class GdalRasterSource : public TileSource
{
    Q_DECLARE_TR_FUNCTIONS(fc::GdalRasterSource)
public:
    explicit GdalRasterSource(const QString &path);

    QString path() const { return m_path; }
    QString name() const override { return m_name; }
    QString key() const override { return m_path; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    Extent extent() const override { return m_extent; }
    std::unique_ptr<TileReader> createReader() const override;

    int bandCount() const { return m_bands; }
    int overviewCount() const { return m_overviews; }
    // Web Mercator metres per pixel of the warped raster at full resolution.
    double nativeResolution() const { return m_resolution; }
    // Grey stretch for non-Byte single-band rasters (by default the raster's minimum and maximum).
    double stretchMin() const { return m_stretchMin; }
    double stretchMax() const { return m_stretchMax; }
    void setStretch(double min, double max);

    // The warped VRT (XML) the readers open.
    QByteArray vrtXml() const { return m_vrtXml; }

private:
    void open();

    QString m_path;
    QString m_name;
    QByteArray m_vrtXml;
    Extent m_extent;
    double m_resolution = 0;
    double m_stretchMin = 0;
    double m_stretchMax = 255;
    int m_minZoom = 0;
    int m_maxZoom = 0;
    int m_bands = 0;
    int m_overviews = 0;
};

} // namespace fc
