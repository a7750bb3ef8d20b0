#include "maps/measure.h"

#include "maps/webmercator.h"

#include <cmath>

namespace fc::Measure {

double groundDistance(QPointF a, QPointF b)
{
    const GeoPoint p = WebMercator::toGeo(a), q = WebMercator::toGeo(b);
    const double r = 6371008.8, d2r = M_PI / 180.0;
    const double dLat = (q.lat - p.lat) * d2r, dLon = (q.lon - p.lon) * d2r;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(p.lat * d2r) * std::cos(q.lat * d2r) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * r * std::asin(std::sqrt(h));
}

double groundLength(const QList<QPointF> &m, bool closed)
{
    double len = 0;
    for (int i = 1; i < m.size(); ++i)
        len += groundDistance(m[i - 1], m[i]);
    if (closed && m.size() >= 3)
        len += groundDistance(m.last(), m.first());
    return len;
}

double groundArea(const QList<QPointF> &m)
{
    if (m.size() < 3)
        return 0;
    double a = 0;
    for (int i = 0, j = int(m.size()) - 1; i < m.size(); j = i++)
        a += m[j].x() * m[i].y() - m[i].x() * m[j].y();
    const double k = WebMercator::scaleFactor(WebMercator::toGeo(m.first()).lat);
    return std::abs(a) / 2 * k * k;
}

} // namespace fc::Measure
