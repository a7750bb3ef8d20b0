#pragma once

#include "maps/coordinatetransform.h"
#include "maps/featurestore.h"

#include <QString>
#include <QVariant>
#include <atomic>
#include <functional>
#include <vector>

namespace fc {

// Fast path for OgrReader on GeoPackage feature tables: reads the rows with SQLite directly and
// decodes the geometry blobs (GeoPackage header + ISO WKB: points, line strings, polygons and their
// multi forms, XY/Z/M/ZM) straight into a FeatureStoreBuilder, without an OGRFeature or OGRGeometry
// per feature. It gives the same features as OgrReader's OGR loop (same order, fids, coordinates,
// attributes); what it does not decode itself it hands back:
//  - per feature, to Options::decodeOther (OGR decodes that blob: curves, geometry collections,
//    empty-flagged blobs, NaN coordinates, malformed WKB);
//  - for the whole table (Outcome::Fallback, nothing was kept) when the table or a value is of a kind
//    whose OGR reading it does not reproduce (non-GeoPackage blobs, extended GeoPackage binary, an
//    attribute value stored with another type than its column's, a column type other than integer,
//    real or text, no integer primary key, a file SQLite cannot open read-only).
class GpkgReader
{
public:
    enum class Kind { Int, Int64, Real, Text };
    struct Column
    {
        QString name;
        Kind kind = Kind::Text;
    };
    struct Table
    {
        QString name;           // the feature table
        QString fidColumn;      // its integer primary key
        QString geometryColumn; // its geometry column
        std::vector<Column> columns;
        qint64 expectedRows = -1; // for reserving memory (-1: unknown)
    };
    struct Options
    {
        const std::atomic_bool *cancel = nullptr;
        std::function<void(qint64 done, qint64 total)> progress;
        // Appends one feature from a WKB geometry the fast path does not decode; returns 1 appended,
        // 0 skipped (null, empty or undrawable geometry), -1 when a coordinate cannot be transformed.
        std::function<int(FeatureStoreBuilder &, qint64 fid, const unsigned char *wkb, int size,
                          const QList<QVariant> &attributes, const CoordinateTransform &ct)>
            decodeOther; // called from the reading threads: must be thread-safe
        // Threads reading fid ranges of a large table (0: one per core). A transform other than the
        // identity is not shared between threads: without makeTransform (a new, equal transform per
        // thread) such a table is read on one thread.
        int threads = 0;
        std::function<CoordinateTransform()> makeTransform;
    };
    struct Stats
    {
        qint64 rows = 0;        // rows read
        qint64 fast = 0;        // features decoded by the fast path
        qint64 other = 0;       // rows handed to decodeOther
        qint64 nullGeometry = 0; // rows without geometry (skipped, as OGR's loop does)
    };
    enum class Outcome { Done, Fallback, Failed };

    // Reads every row of the table (ordered by fid) into the builder (whose fields are the columns).
    // Failed: error set (cancelled, a coordinate that cannot be transformed, an SQLite read error).
    // Fallback: why set; the builder may hold partial data and must be discarded.
    static Outcome read(const QString &path, const Table &table, const CoordinateTransform &ct, const Options &options,
                        FeatureStoreBuilder &builder, QString *error, Stats *stats = nullptr);
};

} // namespace fc
