#include "maps/tileid.h"

#include "maps/webmercator.h"

#include <algorithm>
#include <cmath>

namespace fc {

Extent TileId::extent() const
{
    const double size = 2.0 * WebMercator::HalfWorld / double(1 << z);
    const double xMin = -WebMercator::HalfWorld + x * size;
    const double yMax = WebMercator::HalfWorld - y * size;
    return {xMin, yMax - size, xMin + size, yMax};
}

TileId TileId::containing(QPointF p, int z)
{
    const int n = 1 << z;
    const double size = 2.0 * WebMercator::HalfWorld / n;
    const int x = std::clamp(int(std::floor((p.x() + WebMercator::HalfWorld) / size)), 0, n - 1);
    const int y = std::clamp(int(std::floor((WebMercator::HalfWorld - p.y()) / size)), 0, n - 1);
    return {z, x, y};
}

QList<TileId> TileId::covering(const Extent &e, int z)
{
    QList<TileId> out;
    if (e.isNull() || z < 0 || z > 30)
        return out;
    const TileId a = containing({e.xMin(), e.yMax()}, z);
    // Points exactly on the right/bottom edge belong to the previous tile.
    const double eps = 1e-6;
    const TileId b = containing({e.xMax() - eps, e.yMin() + eps}, z);
    for (int y = a.y; y <= b.y; ++y)
        for (int x = a.x; x <= b.x; ++x)
            out.append({z, x, y});
    return out;
}

} // namespace fc
