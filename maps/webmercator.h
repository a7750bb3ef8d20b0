#pragma once

#include "maps/extent.h"
#include "maps/geopoint.h"

namespace fc::WebMercator {

// EPSG:3857 spherical Mercator, the display projection of the map and of XYZ tiles.
inline constexpr double EarthRadius = 6378137.0;
inline constexpr double HalfWorld = 20037508.342789244; // pi * R
inline constexpr double MaxLatitude = 85.05112877980659;

QPointF fromLonLat(double lon, double lat);
inline QPointF fromGeo(GeoPoint g) { return fromLonLat(g.lon, g.lat); }
GeoPoint toGeo(QPointF p);
Extent fromGeoExtent(const Extent &lonLat);
Extent toGeoExtent(const Extent &merc);

// Ground metres per Mercator metre at a latitude (Mercator inflates distances by 1/cos(lat)).
double scaleFactor(double lat);
// Mercator metres per pixel at a zoom level for 256 px tiles.
double resolutionForZoom(double zoom);
double zoomForResolution(double mercatorMetresPerPixel);

} // namespace fc::WebMercator
