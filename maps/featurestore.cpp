#include "maps/featurestore.h"

#include <QLineF>
#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace fc {

namespace {

double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double qx = a.x() + t * dx - p.x(), qy = a.y() + t * dy - p.y();
    return std::sqrt(qx * qx + qy * qy);
}

bool ringContains(const QPointF *v, int n, QPointF p)
{
    bool inside = false;
    for (int i = 0, j = n - 1; i < n; j = i++) {
        if (((v[i].y() > p.y()) != (v[j].y() > p.y()))
            && (p.x() < (v[j].x() - v[i].x()) * (p.y() - v[i].y()) / (v[j].y() - v[i].y()) + v[i].x()))
            inside = !inside;
    }
    return inside;
}

} // namespace

int FeatureStore::indexOfFid(qint64 fid) const
{
    for (int i = 0; i < count(); ++i)
        if (m_records[i].fid == fid)
            return i;
    return -1;
}

QList<int> FeatureStore::query(const Extent &e) const
{
    QList<int> out;
    index().query(e, [&](int i) { out.append(i); });
    return out;
}

const SpatialIndex &FeatureStore::index() const
{
    std::call_once(m_indexOnce, [this] {
        std::vector<Extent> boxes;
        boxes.reserve(m_records.size());
        for (const Record &r : m_records)
            boxes.push_back(r.bbox);
        m_index.build(boxes);
        m_indexBuilt.store(true, std::memory_order_release);
    });
    return m_index;
}

std::vector<int> FeatureStore::intersecting(const Extent &e) const
{
    std::vector<int> out;
    const int n = count();
    if (n == 0 || e.isNull() || !e.intersects(m_extent))
        return out;
    const Extent part = e.intersected(m_extent);
    const double layerArea = m_extent.width() * m_extent.height();
    // Most of the layer (or a layer without an R-tree yet): one pass over the boxes in order.
    if (!hasIndex() || layerArea <= 0 || part.width() * part.height() >= 0.25 * layerArea) {
        out.reserve(std::size_t(n));
        for (int i = 0; i < n; ++i)
            if (m_records[std::size_t(i)].bbox.intersects(e))
                out.push_back(i);
        return out;
    }
    index().query(e, [&](int i) { out.push_back(i); });
    if (out.size() * 16 < std::size_t(n) / 64) {
        std::sort(out.begin(), out.end());
        return out;
    }
    // Many hits: a bitmap of the features puts them in order in one pass.
    std::vector<quint64> bits(std::size_t(n) / 64 + 1);
    for (int i : out)
        bits[std::size_t(i) >> 6] |= quint64(1) << (i & 63);
    out.clear();
    for (std::size_t w = 0; w < bits.size(); ++w)
        for (quint64 b = bits[w]; b; b &= b - 1)
            out.push_back(int(w * 64 + std::size_t(std::countr_zero(b))));
    return out;
}

QPointF FeatureStore::labelPoint(int i) const
{
    const Record &r = m_records[i];
    int n = 0;
    switch (r.type) {
    case GeometryType::Point:
        return *part(i, 0, &n);
    case GeometryType::Line: {
        // The point halfway along the longest part.
        int best = 0;
        double bestLen = -1;
        for (int p = 0; p < int(r.partCount); ++p) {
            const QPointF *v = part(i, p, &n);
            double len = 0;
            for (int k = 1; k < n; ++k)
                len += QLineF(v[k - 1], v[k]).length();
            if (len > bestLen) {
                bestLen = len;
                best = p;
            }
        }
        const QPointF *v = part(i, best, &n);
        double half = bestLen / 2;
        for (int k = 1; k < n; ++k) {
            const double seg = QLineF(v[k - 1], v[k]).length();
            if (seg >= half && seg > 0)
                return v[k - 1] + (v[k] - v[k - 1]) * (half / seg);
            half -= seg;
        }
        return n > 0 ? v[0] : r.bbox.center();
    }
    case GeometryType::Polygon: {
        // Area centroid of the outer ring; if it falls outside (concave shape), scan a horizontal
        // line through the bbox centre for the widest inside span.
        const QPointF *v = part(i, 0, &n);
        double a = 0, cx = 0, cy = 0;
        for (int k = 0, j = n - 1; k < n; j = k++) {
            const double f = v[j].x() * v[k].y() - v[k].x() * v[j].y();
            a += f;
            cx += (v[j].x() + v[k].x()) * f;
            cy += (v[j].y() + v[k].y()) * f;
        }
        QPointF c = std::abs(a) > 1e-12 ? QPointF(cx / (3 * a), cy / (3 * a)) : r.bbox.center();
        if (ringContains(v, n, c))
            return c;
        const double y = r.bbox.center().y();
        QList<double> xs;
        for (int k = 0, j = n - 1; k < n; j = k++)
            if ((v[k].y() > y) != (v[j].y() > y))
                xs.append(v[k].x() + (y - v[k].y()) * (v[j].x() - v[k].x()) / (v[j].y() - v[k].y()));
        std::sort(xs.begin(), xs.end());
        double bestW = -1;
        for (int k = 0; k + 1 < xs.size(); k += 2)
            if (xs[k + 1] - xs[k] > bestW) {
                bestW = xs[k + 1] - xs[k];
                c = QPointF((xs[k] + xs[k + 1]) / 2, y);
            }
        return c;
    }
    case GeometryType::Unknown:
        break;
    }
    return r.bbox.center();
}

double FeatureStore::distanceTo(int i, QPointF p) const
{
    const Record &r = m_records[i];
    double best = std::numeric_limits<double>::max();
    int n = 0;
    if (r.type == GeometryType::Polygon) {
        bool inside = false;
        for (int k = 0; k < int(r.partCount); ++k) {
            const QPointF *v = part(i, k, &n);
            if (ringContains(v, n, p))
                inside = !inside;
        }
        if (inside)
            return 0.0;
    }
    for (int k = 0; k < int(r.partCount); ++k) {
        const QPointF *v = part(i, k, &n);
        if (n == 1)
            best = std::min(best, QLineF(v[0], p).length());
        for (int j = 1; j < n; ++j)
            best = std::min(best, segmentDistance(p, v[j - 1], v[j]));
        if (r.type == GeometryType::Polygon && n > 2)
            best = std::min(best, segmentDistance(p, v[n - 1], v[0]));
    }
    return best;
}

std::size_t FeatureStore::memoryBytes() const
{
    return m_records.capacity() * sizeof(Record) + m_partStarts.capacity() * sizeof(quint32)
           + m_vertices.capacity() * sizeof(QPointF)
           + std::size_t(m_attributes.capacity()) * sizeof(QVariant) + (hasIndex() ? m_index.memoryBytes() : 0);
}

FeatureStoreBuilder::FeatureStoreBuilder(QStringList fields) : m_store(std::make_unique<FeatureStore>())
{
    m_store->m_fields = std::move(fields);
    m_store->m_partStarts.push_back(0);
}

void FeatureStoreBuilder::setFields(const QStringList &fields)
{
    m_store->m_fields = fields;
}

void FeatureStoreBuilder::reserve(qsizetype features, qsizetype vertices)
{
    m_store->m_records.reserve(std::size_t(features));
    m_store->m_partStarts.reserve(std::size_t(features) + 1);
    m_store->m_vertices.reserve(std::size_t(vertices));
    m_store->m_attributes.reserve(features * m_store->m_fields.size());
}

int FeatureStoreBuilder::count() const
{
    return m_store->count();
}

qsizetype FeatureStoreBuilder::vertexCount() const
{
    return qsizetype(m_store->m_vertices.size());
}

void FeatureStoreBuilder::append(FeatureStoreBuilder &&other)
{
    FeatureStore &s = *m_store;
    FeatureStore &t = *other.m_store;
    const quint32 partBase = quint32(s.m_partStarts.size() - 1);
    const quint32 vertexBase = quint32(s.m_vertices.size());
    s.m_records.reserve(s.m_records.size() + t.m_records.size());
    for (FeatureStore::Record r : t.m_records) {
        r.firstPart += partBase;
        s.m_records.push_back(r);
    }
    s.m_partStarts.reserve(s.m_partStarts.size() + t.m_partStarts.size());
    for (std::size_t k = 1; k < t.m_partStarts.size(); ++k)
        s.m_partStarts.push_back(t.m_partStarts[k] + vertexBase);
    s.m_vertices.insert(s.m_vertices.end(), t.m_vertices.begin(), t.m_vertices.end());
    s.m_attributes.append(std::move(t.m_attributes));
    s.m_extent.include(t.m_extent);
    if (s.m_type == GeometryType::Unknown)
        s.m_type = t.m_type;
    other.m_store = std::make_unique<FeatureStore>();
    other.m_store->m_fields = s.m_fields;
    other.m_store->m_partStarts.push_back(0);
}

void FeatureStoreBuilder::beginFeature(qint64 fid, GeometryType type)
{
    m_current = FeatureStore::Record{fid, Extent(), quint32(m_store->m_partStarts.size() - 1), 0, type};
}

void FeatureStoreBuilder::addPart(const QPointF *points, qsizetype n)
{
    if (n <= 0)
        return;
    m_store->m_vertices.insert(m_store->m_vertices.end(), points, points + n);
    m_store->m_partStarts.push_back(quint32(m_store->m_vertices.size()));
    for (qsizetype k = 0; k < n; ++k)
        m_current.bbox.include(points[k]);
    ++m_current.partCount;
}

void FeatureStoreBuilder::endFeature(const QList<QVariant> &attributes)
{
    if (m_current.partCount == 0)
        return; // empty geometry: nothing to draw or find
    FeatureStore &s = *m_store;
    s.m_records.push_back(m_current);
    s.m_extent.include(m_current.bbox);
    if (s.m_type == GeometryType::Unknown)
        s.m_type = m_current.type;
    const qsizetype nf = s.m_fields.size();
    for (qsizetype f = 0; f < nf; ++f)
        s.m_attributes.append(f < attributes.size() ? attributes[f] : QVariant());
}

void FeatureStoreBuilder::addFeature(qint64 fid, GeometryType type, const QList<QPolygonF> &parts,
                                     const QList<QVariant> &attributes)
{
    beginFeature(fid, type);
    for (const QPolygonF &p : parts)
        addPart(p.constData(), p.size());
    endFeature(attributes);
}

std::shared_ptr<const FeatureStore> FeatureStoreBuilder::build(bool lazyIndex)
{
    if (!lazyIndex)
        m_store->index();
    std::shared_ptr<const FeatureStore> out(std::move(m_store));
    m_store = std::make_unique<FeatureStore>();
    m_store->m_partStarts.push_back(0);
    return out;
}

} // namespace fc
