#pragma once

#include "app/core/store/import/importer.h"
#include "app/core/store/schema.h"
#include "app/core/store/import/sourceencoding.h"
#include "maps/coordinatetransform.h"

#include <QByteArray>
#include <QRectF>
#include <QVariantList>
#include <memory>

class GDALDataset;
class OGRLayer;
class OGRFeature;
class OGRFeatureDefn;

namespace fc::detail {

// The source side of an import: the dataset and layer, opened with the options its driver needs
// (ENCODING for shapefiles, geometry column names for CSV).
class ImportSource
{
public:
    ImportSource();
    ~ImportSource();
    bool open(const ImportOptions &o, QString *error);
    OGRLayer *layer() const { return m_layer; }
    QString where() const { return m_where; }
    // The CRS definition features are in (the file's, the override or EPSG:4326) and whether it was known.
    QString crs() const { return m_crs; }
    bool crsKnown() const { return m_crsKnown; }
    // A short name of the CRS for messages ("CGCS2000 / 3-degree Gauss-Kruger CM 120E").
    QString crsName() const { return m_crsName; }
    // Where the CRS is valid, in longitude (x) and latitude (y); invalid when unknown.
    QRectF areaOfUse() const { return m_area; }
    // True when the CRS is projected (coordinates in metres or feet, not degrees).
    bool projected() const { return m_projected; }
    // The text encoding used and how it was chosen.
    const SourceEncoding &encoding() const { return m_encoding; }
    qint64 featureCount() const;

private:
    struct Closer
    {
        void operator()(GDALDataset *d) const;
    };
    std::unique_ptr<GDALDataset, Closer> m_ds;
    OGRLayer *m_layer = nullptr;
    QString m_where, m_crs, m_crsName;
    QRectF m_area;
    SourceEncoding m_encoding;
    bool m_projected = false;
    bool m_crsKnown = false;
};

// Turns source features into store rows: field mapping, type checks and conversion, recoding, reprojection
// to EPSG:4326 (GCJ-02 included), geometry family checks, multi-part explosion.
QString compact(double v);       // a number for messages: 1e+300, not 300 digits
bool integerInRange(qint64 v);   // false for the limits OGR clamps oversized integers to
QString explainGdalError(const QString &message); // GDAL's words, made plain where they mislead

class FeatureConverter
{
    Q_DECLARE_TR_FUNCTIONS(FeatureConverter)
public:
    struct Row
    {
        QByteArray geometry;     // GeoPackage blob
        QVariantList values;     // in columns() order
    };

    bool setup(OGRFeatureDefn *defn, const TableSpec &table, const ImportOptions &o, const ImportSource &src,
               QString *error);
    const QList<FieldMapping> &mapping() const { return m_mapping; }
    QStringList columns() const { return m_columns; }
    QStringList unmappedColumns() const { return m_unmapped; }
    // Features whose geometry was repaired (ImportOptions::makeValid).
    qint64 repaired() const { return m_repaired; }
    // Converts one feature into one or more rows; false and why on a bad feature.
    bool convert(OGRFeature *f, QList<Row> *rows, bool *exploded, QString *why) const;
    // Coded values mapped so far ("severity: 重大 -> major" -> count) and features given extra attributes.
    QMap<QString, qint64> valuesMapped() const { return m_valuesMapped; }
    qint64 extraFeatures() const { return m_extraFeatures; }

private:
    bool convertValue(OGRFeature *f, int field, const ColumnSpec &c, QVariant *out, QString *why) const;
    QString decode(const char *s) const;
    bool mapValue(const QString &fieldName, QString s, const ColumnSpec &c, QVariant *out, QString *why) const;
    bool extraAttributes(OGRFeature *f, QVariant *out, QString *why) const;

    const TableSpec *m_table = nullptr;
    QList<FieldMapping> m_mapping;
    QStringList m_columns, m_unmapped;
    QList<int> m_sourceIndex;             // per target column
    QList<const ColumnSpec *> m_specs;    // per target column
    QList<int> m_extraIndex;              // source fields kept in the extra attributes
    QStringList m_extraNames;
    QHash<QString, QHash<QString, QString>> m_valueMap;
    mutable QMap<QString, qint64> m_valuesMapped;
    mutable qint64 m_extraFeatures = 0;
    QByteArray m_encoding;                // recode strings from this (non-shapefile sources)
    CoordinateTransform m_ct;
    QRectF m_area;
    QString m_crsName;
    bool m_projected = false;
    bool m_crsKnown = true;
    bool m_makeValid = false;
    mutable qint64 m_repaired = 0;
};

} // namespace fc::detail
