#pragma once

// The model's inputs and outputs as files: a forecast rain profile (CSV) and rasters (any GDAL raster in, GeoTIFF
// out). No operation here.

#include "app/core/forecast/floodmodel.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace fc::flood {

// A rain profile: one series per gauge ("" when the file has no gauge column).
// CSV with a header naming at least `minutes` and `mm` (and optionally `gauge`); each row gives the rain (mm) that
// falls from the gauge's previous row (or minute 0) to `minutes`, evenly over that interval. Rows of one gauge must
// have increasing minutes. Errors name the file and line.
QMap<QString, RainSeries> parseRainProfile(const QByteArray &csv, const QString &fileName, QString *error);

// A north-up raster georeferenced in a projected CRS: origin is the top-left corner, pixel size in CRS units
// (EPSG code or WKT).
struct RasterGeo
{
    int nx = 0, ny = 0;
    double originX = 0, originY = 0, pixel = 1;
    QString crsWkt;
};

// Writes one band of float32 (cells with `mask` 0, or NaN, as nodata -9999) as a tiled, deflate-compressed GeoTIFF.
// Refuses an existing file unless overwrite.
bool writeGeoTiff(const QString &path, const RasterGeo &geo, const std::vector<float> &values,
                  const std::vector<std::uint8_t> &mask, bool overwrite, QString *error);

// Reads band 1 of any GDAL raster into the grid `geo` (its CRS, origin, pixel and size), reprojecting and averaging
// as needed. Cells without data come back as NaN.
bool readRaster(const QString &path, const RasterGeo &geo, std::vector<float> *values, QString *error);
// The extent and pixel size of a raster in its own CRS (for --dem without a district: the model on the DEM alone).
bool rasterInfo(const QString &path, RasterGeo *geo, QString *error);

} // namespace fc::flood
