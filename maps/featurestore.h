#pragma once

#include "maps/extent.h"
#include "maps/geometrytype.h"
#include "maps/spatialindex.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace fc {

// An immutable, thread-safe collection of features in map coordinates (Web Mercator metres),
// packed into flat arrays, with a packed R-tree over feature bounding boxes. Built once by a
// FeatureStoreBuilder and shared (std::shared_ptr<const FeatureStore>) between the layer and its
// render snapshots: renderers on worker threads only read it.
class FeatureStore
{
public:
    int count() const { return int(m_records.size()); }
    const QStringList &fields() const { return m_fields; }
    int fieldIndex(const QString &name) const { return int(m_fields.indexOf(name)); }
    GeometryType geometryType() const { return m_type; }
    Extent extent() const { return m_extent; }

    qint64 fid(int i) const { return m_records[i].fid; }
    GeometryType type(int i) const { return m_records[i].type; }
    const Extent &bbox(int i) const { return m_records[i].bbox; }
    int partCount(int i) const { return int(m_records[i].partCount); }
    // Vertices of part p of feature i: a pointer into the packed array and a count.
    const QPointF *part(int i, int p, int *n) const
    {
        const quint32 k = m_records[i].firstPart + quint32(p);
        *n = int(m_partStarts[k + 1] - m_partStarts[k]);
        return m_vertices.data() + m_partStarts[k];
    }
    QVariant attribute(int i, int field) const
    {
        return field < 0 ? QVariant() : m_attributes[qsizetype(i) * m_fields.size() + field];
    }
    QVariant attribute(int i, const QString &field) const { return attribute(i, fieldIndex(field)); }
    int indexOfFid(qint64 fid) const;
    // Hints to fetch what drawing feature i reads, for loops over features scattered through the
    // arrays, in three steps some features apart: its record; then (the record at hand) its part
    // offsets; then (those at hand) its first vertices.
    void prefetch(int i) const { __builtin_prefetch(&m_records[std::size_t(i)]); }
    void prefetchParts(int i) const { __builtin_prefetch(&m_partStarts[m_records[std::size_t(i)].firstPart]); }
    void prefetchVertices(int i) const
    {
        const quint32 k = m_records[std::size_t(i)].firstPart;
        __builtin_prefetch(m_vertices.data() + m_partStarts[k]);
        __builtin_prefetch(m_vertices.data() + m_partStarts[k] + 4);
    }

    // Calls visit(i) for every feature whose bounding box intersects the extent (in the R-tree's
    // order). A store built with a lazy index builds its R-tree here, on the first query.
    void query(const Extent &e, const std::function<void(int)> &visit) const { index().query(e, visit); }
    QList<int> query(const Extent &e) const;
    // The features whose bounding box intersects the extent, in data order (ascending index). A
    // query covering most of the layer scans the boxes in order (no R-tree, no sort); a smaller one
    // asks the R-tree and puts its hits in order.
    std::vector<int> intersecting(const Extent &e) const;
    bool hasIndex() const { return m_indexBuilt.load(std::memory_order_acquire); }

    // Representative point (line middle, polygon interior-ish centroid) for labels and identify.
    QPointF labelPoint(int i) const;
    // Distance in map units from p to the feature's geometry (0 inside a polygon).
    double distanceTo(int i, QPointF p) const;

    std::size_t memoryBytes() const;

private:
    friend class FeatureStoreBuilder;
    struct Record
    {
        qint64 fid;
        Extent bbox;
        quint32 firstPart;
        quint32 partCount;
        GeometryType type;
    };
    QStringList m_fields;
    GeometryType m_type = GeometryType::Unknown;
    Extent m_extent;
    std::vector<Record> m_records;
    std::vector<quint32> m_partStarts; // size = number of parts + 1
    std::vector<QPointF> m_vertices;
    QList<QVariant> m_attributes;
    const SpatialIndex &index() const;
    mutable std::once_flag m_indexOnce;
    mutable std::atomic_bool m_indexBuilt{false};
    mutable SpatialIndex m_index; // built once, by build() or (lazy stores) by the first query
};

class FeatureStoreBuilder
{
public:
    explicit FeatureStoreBuilder(QStringList fields = {});
    void setFields(const QStringList &fields);
    void reserve(qsizetype features, qsizetype vertices);
    // parts: a point has one part of one vertex; a polygon's parts are its rings (holes included,
    // drawn with the odd-even rule); multi geometries are flattened into parts.
    void addFeature(qint64 fid, GeometryType type, const QList<QPolygonF> &parts, const QList<QVariant> &attributes);
    // Streaming form for readers: begin, add parts, end.
    void beginFeature(qint64 fid, GeometryType type);
    void addPart(const QPointF *points, qsizetype n);
    void endFeature(const QList<QVariant> &attributes);
    int count() const;
    qsizetype vertexCount() const;
    // Moves the features of another builder (same fields) after this one's, in their order; other is
    // left empty. For readers that read parts of a table in parallel.
    void append(FeatureStoreBuilder &&other);
    // The store, its R-tree built now; with lazyIndex, built by the first query() instead (a
    // one-shot render that only scans the boxes in order never builds it).
    std::shared_ptr<const FeatureStore> build(bool lazyIndex = false);

private:
    std::unique_ptr<FeatureStore> m_store;
    FeatureStore::Record m_current{};
};

} // namespace fc
