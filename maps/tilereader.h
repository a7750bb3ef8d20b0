#pragma once

#include "maps/tileid.h"

#include <QImage>
#include <QString>

namespace fc {

// The outcome of reading one tile from a tile source.
struct TileData
{
    enum class Status {
        Ok,       // image holds the tile
        Absent,   // the source has no such tile (outside its data, or a hole in an MBTiles file)
        NotLocal, // not available without downloading it (remote source, not in the disk cache)
        Error,    // the tile exists but could not be read or decoded (error says why)
    };
    Status status = Status::Absent;
    QImage image; // Format_ARGB32_Premultiplied when Ok
    QString error;

    bool isOk() const { return status == Status::Ok; }
    static TileData ok(QImage img) { return {Status::Ok, std::move(img), {}}; }
    static TileData absent() { return {Status::Absent, {}, {}}; }
    static TileData notLocal() { return {Status::NotLocal, {}, {}}; }
    static TileData failed(const QString &e) { return {Status::Error, {}, e}; }
};

// Reads tiles of one source on ONE thread: a reader is created, used and destroyed on the same thread
// (a render worker, typically for one render). It may hold per-thread resources (an SQLite
// connection, a GDAL dataset handle). It never touches the network: remote tiles come from a
// TileDownloader on the GUI thread.
class TileReader
{
public:
    virtual ~TileReader() = default;
    virtual TileData read(const TileId &id) = 0;
};

} // namespace fc
