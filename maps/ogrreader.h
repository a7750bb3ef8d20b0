#pragma once

#include "maps/featurestore.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <memory>

class OGRGeometry;

namespace fc {

// Reads vector data through GDAL/OGR into FeatureStores in Web Mercator. Any format OGR reads;
// sources without a CRS are taken as WGS84 unless a source CRS is given. Errors name the file and
// layer (and the feature when one is at fault).
class OgrReader
{
public:
    struct Options
    {
        QString sourceCrs;                 // overrides the file's CRS ("EPSG:4549", "GCJ02" ...)
        QString encoding;                  // attribute encoding for formats that need it (e.g. "GBK")
        const std::atomic_bool *cancel = nullptr;
        std::function<void(qint64 done, qint64 total)> progress;
        // GeoPackage tables are read with SQLite directly (GpkgReader), giving the same features as
        // OGR's loop; false forces OGR (the reference in tests).
        bool fastGeoPackage = true;
        int threads = 0; // fast path: threads reading a large table (0: one per core)
        // The store's R-tree is built by its first query, not while reading (FeatureStoreBuilder::build).
        bool lazyIndex = false;
        // Read only these attribute fields (kept in the file's order; names not in the layer are
        // ignored); unset: every field. A renderer whose style uses no attribute needs none.
        std::optional<QStringList> fields;
        struct Stats
        {
            qint64 rows = 0;  // rows read by the fast path
            qint64 fast = 0;  // features it decoded itself
            qint64 other = 0; // rows whose geometry OGR decoded (curves, collections, empty ...)
            bool ogr = false; // true: the layer was read by OGR's loop
        };
        Stats *stats = nullptr; // filled in when set
    };

    static void registerDrivers();
    // Layer names of a data source, or an error.
    static QStringList layerNames(const QString &path, QString *error);
    // Reads one layer (empty name = the first). Returns null and sets error on failure.
    static std::shared_ptr<const FeatureStore> read(const QString &path, const QString &layer, const Options &options,
                                                    QString *error);
    // Appends one feature whose geometry is in lon/lat (WGS84) to a builder, in Web Mercator. False (nothing
    // appended) for an empty geometry or one of no drawable type. For readers that get geometries elsewhere
    // (e.g. the operation store's own connection).
    static bool appendFeature(FeatureStoreBuilder &builder, qint64 fid, const OGRGeometry &lonLat,
                              const QList<QVariant> &attributes);
    // Features from WKT strings in lon/lat (previews, scratch layers); unreadable strings are skipped.
    static std::shared_ptr<const FeatureStore> fromWkt(const QStringList &wkt);
    static std::shared_ptr<const FeatureStore> read(const QString &path, const QString &layer, QString *error)
    {
        return read(path, layer, Options{}, error);
    }
};

} // namespace fc
