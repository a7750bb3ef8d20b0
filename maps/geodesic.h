#pragma once

#include "maps/geopoint.h"

#include <QList>

// Geodesics on the WGS 84 ellipsoid (PROJ's implementation of Karney's algorithm, geodesic.h): distances,
// azimuths, the point at a distance and azimuth, and shapes whose edge lies at a given ground distance from a
// centre. Generic: nothing here knows what the shapes stand for.
namespace fc::Geodesic {

struct Inverse
{
    double distanceM = 0;  // along the geodesic
    double azimuth1 = 0;   // degrees clockwise from north at the first point, [0, 360)
    double azimuth2 = 0;   // forward azimuth at the second point, [0, 360)
};

// Distance and azimuths from a to b.
Inverse inverse(GeoPoint a, GeoPoint b);
double distanceM(GeoPoint a, GeoPoint b);
// The point `distanceM` from `from` along the geodesic leaving it at `azimuthDeg` (clockwise from north).
GeoPoint direct(GeoPoint from, double azimuthDeg, double distanceM);
// The point a fraction f (0..1) of the way from a to b along the geodesic.
GeoPoint along(GeoPoint a, GeoPoint b, double f);
// The outline of a sector: the centre, then points radiusM away at azimuths fromDeg..toDeg (clockwise, steps of
// at most stepDeg), closed back to the centre. radiusM <= 0 gives an empty list.
QList<GeoPoint> sector(GeoPoint centre, double fromDeg, double toDeg, double radiusM, double stepDeg = 2.0);
// A closed ring of points radiusM from the centre (a geodesic circle).
QList<GeoPoint> circle(GeoPoint centre, double radiusM, double stepDeg = 2.0);
// Points along a ring's edges (closing edge included) no more than stepM apart on the ground, vertices included.
QList<GeoPoint> densify(const QList<GeoPoint> &ring, double stepM);
// Point in polygon (ray casting in lon/lat; good for rings a few hundred km across away from the poles).
bool contains(const QList<GeoPoint> &ring, GeoPoint p);

} // namespace fc::Geodesic
