#pragma once

#include "app/core/district/demodistrict.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace fc {

// The report's map, drawn by the application's own renderer (maps/: MapRenderJob) at print resolution, with the
// operation's layer styles (FloodLayers, light theme: paper) and the report's points on top (open incidents).
// Same layers, order and extent as `floodctl render DB OUT --style flood`: polygons under lines under points,
// the extent of every layer with 2 % margin.
namespace ReportMap {

struct Marker
{
    double lon = 0, lat = 0;
    QString label;
    QColor colour;
};
struct Result
{
    QImage image;        // widthMm x heightMm at dpi
    QString extentLonLat; // minlon,minlat,maxlon,maxlat actually shown
    QString error;
};

Result render(const LayerStores &layers, const QList<Marker> &markers, double widthMm, double heightMm, int dpi);

} // namespace ReportMap

} // namespace fc
