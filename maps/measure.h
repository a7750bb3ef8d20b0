#pragma once

#include <QList>
#include <QPointF>

namespace fc::Measure {

// Ground distance in metres between two Web Mercator points (haversine on the WGS84 mean radius,
// good to 0.5 % over a district).
double groundDistance(QPointF a, QPointF b);
// Ground length of a path of Web Mercator points; closed adds the closing segment.
double groundLength(const QList<QPointF> &mercator, bool closed);
// Ground area in square metres of a polygon of Web Mercator points (Mercator area scaled by the
// local scale factor squared at its first vertex); 0 below three points.
double groundArea(const QList<QPointF> &mercator);

} // namespace fc::Measure
