#pragma once

#include "maps/extent.h"

#include <QHashFunctions>
#include <QList>
#include <QString>

namespace fc {

// An XYZ (slippy map) tile: z zoom, x column from the west, y row from the north.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    bool isValid() const { return z >= 0 && z <= 30 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z); }
    TileId parent() const { return z > 0 ? TileId{z - 1, x / 2, y / 2} : *this; }
    // Row in TMS numbering (MBTiles stores tile_row from the south).
    int tmsRow() const { return (1 << z) - 1 - y; }
    // Web Mercator extent of the tile.
    Extent extent() const;
    QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }

    // Tiles at zoom z covering a Web Mercator extent (clamped to the world).
    static QList<TileId> covering(const Extent &mercator, int z);
    static TileId containing(QPointF mercator, int z);

    friend bool operator==(const TileId &, const TileId &) = default;
};

inline size_t qHash(const TileId &t, size_t seed = 0)
{
    return qHashMulti(seed, t.z, t.x, t.y);
}

} // namespace fc
