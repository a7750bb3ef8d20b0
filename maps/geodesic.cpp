#include "maps/geodesic.h"

#include <geodesic.h>

#include <cmath>

namespace fc::Geodesic {

namespace {

const geod_geodesic &wgs84()
{
    static const geod_geodesic g = [] {
        geod_geodesic x;
        geod_init(&x, 6378137.0, 1.0 / 298.257223563);
        return x;
    }();
    return g;
}

double normalised(double az)
{
    az = std::fmod(az, 360.0);
    return az < 0 ? az + 360.0 : az;
}

} // namespace

Inverse inverse(GeoPoint a, GeoPoint b)
{
    Inverse r;
    double azi1 = 0, azi2 = 0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &r.distanceM, &azi1, &azi2);
    r.azimuth1 = normalised(azi1);
    r.azimuth2 = normalised(azi2);
    return r;
}

double distanceM(GeoPoint a, GeoPoint b)
{
    double s12 = 0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
    return s12;
}

GeoPoint direct(GeoPoint from, double azimuthDeg, double distanceM)
{
    double lat = 0, lon = 0;
    geod_direct(&wgs84(), from.lat, from.lon, azimuthDeg, distanceM, &lat, &lon, nullptr);
    if (lon > 180.0)
        lon -= 360.0;
    else if (lon < -180.0)
        lon += 360.0;
    return {lon, lat};
}

GeoPoint along(GeoPoint a, GeoPoint b, double f)
{
    if (f <= 0)
        return a;
    if (f >= 1)
        return b;
    const Inverse i = inverse(a, b);
    if (i.distanceM == 0)
        return a;
    return direct(a, i.azimuth1, f * i.distanceM);
}

QList<GeoPoint> sector(GeoPoint centre, double fromDeg, double toDeg, double radiusM, double stepDeg)
{
    QList<GeoPoint> out;
    if (!(radiusM > 0) || !(toDeg > fromDeg))
        return out;
    const int n = std::max(1, int(std::ceil((toDeg - fromDeg) / stepDeg)));
    out.reserve(n + 3);
    out.append(centre);
    for (int i = 0; i <= n; ++i)
        out.append(direct(centre, fromDeg + (toDeg - fromDeg) * i / n, radiusM));
    out.append(centre);
    return out;
}

QList<GeoPoint> circle(GeoPoint centre, double radiusM, double stepDeg)
{
    QList<GeoPoint> out;
    if (!(radiusM > 0))
        return out;
    const int n = std::max(8, int(std::ceil(360.0 / stepDeg)));
    for (int i = 0; i < n; ++i)
        out.append(direct(centre, 360.0 * i / n, radiusM));
    out.append(out.first());
    return out;
}

QList<GeoPoint> densify(const QList<GeoPoint> &ring, double stepM)
{
    QList<GeoPoint> out;
    const int n = int(ring.size());
    for (int i = 0; i < n; ++i) {
        const GeoPoint a = ring[i], b = ring[(i + 1) % n];
        out.append(a);
        if (i == n - 1 && a == ring.first())
            break;
        const Inverse inv = inverse(a, b);
        const int parts = int(std::ceil(inv.distanceM / stepM));
        for (int k = 1; k < parts; ++k)
            out.append(direct(a, inv.azimuth1, inv.distanceM * k / parts));
    }
    return out;
}

bool contains(const QList<GeoPoint> &ring, GeoPoint p)
{
    bool in = false;
    const int n = int(ring.size());
    for (int i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint a = ring[i], b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)
            && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            in = !in;
    }
    return in;
}

} // namespace fc::Geodesic
