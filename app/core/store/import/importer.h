#pragma once

#include "app/core/store/import/importmapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <atomic>
#include <functional>

struct sqlite3;

namespace fc {

// What to import and how. Any vector format OGR reads: Shapefile (with or without .prj, .cpg), GeoPackage,
// GeoJSON, KML, CSV (WKT column or lon/lat columns), FlatGeobuf ...
struct ImportOptions
{
    enum class OnError { Abort, Skip };

    QString source;             // file (or /vsimem/ path)
    QString sourceLayer;        // OGR layer name; empty = the first layer
    QString kind;               // target feature table (a layer kind: roads, shelters ...)
    QString sourceCrs;          // overrides the file's CRS: "EPSG:4549", "GCJ02" ...; empty = the file's (WGS84 if none)
    QString encoding;           // attribute encoding such as "GBK"; empty = declared (.cpg) or detected
    QHash<QString, QString> fieldMap; // source field -> store column; an empty column ignores the field
    // A saved mapping (--mapping NAME): applied to the fields the source has, after fieldMap.
    QString mappingName;
    QHash<QString, QString> savedFieldMap;
    // Coded values: column -> source value -> code, before the shipped table (重大 -> major).
    QHash<QString, QHash<QString, QString>> valueMap;
    OnError onError = OnError::Abort;
    bool makeValid = false;     // repair invalid geometry (OGR MakeValid) instead of refusing the feature
    int previewCount = 5;
    QString displayName;        // name used in messages (defaults to source)
};

struct ImportIssue
{
    qint64 index = 0;           // 1-based position of the feature in the source layer
    qint64 sourceFid = -1;
    QString reason;
};

struct FieldMapping
{
    QString sourceField;
    QString column;             // empty = not imported
    QString sourceType;
    QString columnType;
    MatchRule rule = MatchRule::Extra;
};

struct ImportReport
{
    bool ok = false;
    bool cancelled = false;
    QString error;              // why nothing was imported (names file, layer, feature)
    qint64 read = 0;            // features read from the source
    qint64 imported = 0;        // rows written (a multi-part feature into a single-part layer gives several)
    qint64 skipped = 0;
    qint64 exploded = 0;        // multi-part features split into parts
    qint64 repaired = 0;        // features whose invalid geometry was repaired (makeValid)
    QList<ImportIssue> issues;  // skipped features with their reasons (first 1000)
    qint64 firstFid = 0, lastFid = 0;
    QString table;
    QString encoding;           // the encoding used and how it was chosen
    QList<FieldMapping> mapping; // every source field and where it went
    QMap<QString, qint64> valuesMapped; // "severity: 重大 -> major" -> count
    qint64 extraFeatures = 0;   // features that kept extra attributes
};

// A dry run: the mapping and the first features as they would be stored (geometry as WGS84 WKT).
struct ImportPreview
{
    bool ok = false;
    QString error;
    QString sourceCrs;          // what the source CRS was taken to be
    QString sourceLayer;
    qint64 featureCount = -1;   // -1 when the format cannot count without reading
    QString encoding;           // the encoding used and how it was chosen
    QList<FieldMapping> mapping;
    QStringList unmappedColumns; // store columns no source field feeds
    QList<QVariantMap> features;
    QList<ImportIssue> issues;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static ImportPreview preview(const ImportOptions &options);
    // Imports into an open store connection in one transaction, with one audit entry. On an abort, a cancel
    // or any error, the transaction is rolled back and the store is unchanged.
    static ImportReport run(sqlite3 *db, const ImportOptions &options, const QString &actor,
                            const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
    // Parses "src=column" pairs into a field map; false (error set) on a malformed pair.
    static bool parseFieldMap(const QStringList &pairs, QHash<QString, QString> *map, QString *error);
    // One line per source field: "名称 (String) -> name (synonym)", "备注 (String) -> extra attributes".
    static QStringList describeMapping(const QList<FieldMapping> &mapping);
};

} // namespace fc
