#include "app/core/rules/freeboard.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace fc {

Thresholds FreeboardRules::thresholds() const
{
    Thresholds t;
    t.falling = true;
    t.level = {Thresholds::Unused, Thresholds::Unused, marginM, redMarginM};
    t.hysteresis = hysteresisM;
    t.minDurationS = minDurationS;
    return t;
}

AlarmLevel FreeboardRules::levelOf(double freeboardM) const
{
    if (freeboardM < redMarginM)
        return AlarmLevel::Red;
    if (freeboardM < marginM)
        return AlarmLevel::Orange;
    if (freeboardM < watchMarginM)
        return AlarmLevel::Yellow;
    return AlarmLevel::None;
}

QList<SegmentFreeboard> FreeboardRules::evaluate(const QList<WallSegment> &walls, double tideM) const
{
    const Thresholds t = thresholds();
    QList<SegmentFreeboard> out;
    out.reserve(walls.size());
    for (const WallSegment &w : walls) {
        SegmentFreeboard s;
        s.fid = w.fid;
        s.name = w.name;
        s.crestM = w.crestM;
        s.freeboardM = w.crestM - tideM;
        s.level = t.plainLevel(s.freeboardM);
        out.append(s);
    }
    return out;
}

namespace {

std::unique_ptr<OGRGeometry> fromWkt(const QString &wkt)
{
    if (wkt.isEmpty())
        return {};
    const QByteArray text = wkt.toUtf8();
    OGRGeometry *g = nullptr;
    if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &g) != OGRERR_NONE || !g)
        return {};
    return std::unique_ptr<OGRGeometry>(g);
}

// Vertices of every line part of a geometry (lines, polygon rings, collections), in order per part.
void parts(const OGRGeometry *g, std::vector<std::vector<OGRRawPoint>> *out)
{
    const OGRwkbGeometryType t = wkbFlatten(g->getGeometryType());
    if (t == wkbPoint) {
        const auto *p = g->toPoint();
        out->push_back({OGRRawPoint(p->getX(), p->getY())});
    } else if (t == wkbLineString || t == wkbLinearRing) {
        const auto *l = g->toSimpleCurve();
        std::vector<OGRRawPoint> v(size_t(l->getNumPoints()));
        l->getPoints(v.data());
        out->push_back(std::move(v));
    } else if (t == wkbPolygon) {
        for (const OGRLinearRing *r : *g->toPolygon())
            parts(r, out);
    } else if (OGR_GT_IsSubClassOf(t, wkbGeometryCollection)) {
        for (const OGRGeometry *c : *g->toGeometryCollection())
            parts(c, out);
    }
}

} // namespace

void assignNearestTideGauges(QList<WallSegment> *walls, const QHash<qint64, QString> &wallWkt,
                             const QHash<qint64, QString> &tideGaugeWkt)
{
    struct Gauge
    {
        qint64 fid;
        double x, y;
    };
    std::vector<Gauge> gauges;
    for (auto it = tideGaugeWkt.cbegin(); it != tideGaugeWkt.cend(); ++it) {
        const auto g = fromWkt(it.value());
        OGRPoint c;
        if (g && g->Centroid(&c) == OGRERR_NONE && !c.IsEmpty())
            gauges.push_back({it.key(), c.getX(), c.getY()});
    }
    if (gauges.empty())
        return;
    std::sort(gauges.begin(), gauges.end(), [](const Gauge &a, const Gauge &b) { return a.fid < b.fid; });
    for (WallSegment &w : *walls) {
        const auto wall = fromWkt(wallWkt.value(w.fid));
        if (!wall)
            continue;
        std::vector<std::vector<OGRRawPoint>> lines;
        parts(wall.get(), &lines);
        // Plane distances with longitudes scaled by cos(latitude): enough to choose the nearest within a district.
        OGREnvelope e;
        wall->getEnvelope(&e);
        const double k = std::cos((e.MinY + e.MaxY) / 2 * M_PI / 180);
        double best = -1;
        for (const Gauge &g : gauges) {
            double d2 = -1;
            for (const auto &line : lines) {
                for (size_t i = 0; i < line.size(); ++i) {
                    const double ax = line[i].x * k, ay = line[i].y;
                    const double bx = (i + 1 < line.size() ? line[i + 1].x : line[i].x) * k;
                    const double by = i + 1 < line.size() ? line[i + 1].y : line[i].y;
                    const double px = g.x * k, py = g.y;
                    const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
                    const double t = len2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0, 1.0) : 0.0;
                    const double qx = ax + t * dx - px, qy = ay + t * dy - py;
                    const double dd = qx * qx + qy * qy;
                    if (d2 < 0 || dd < d2)
                        d2 = dd;
                }
            }
            if (d2 >= 0 && (best < 0 || d2 < best)) {
                best = d2;
                w.tideFid = g.fid;
            }
        }
    }
}

SegmentFreeboard FreeboardRules::lowest(const QList<SegmentFreeboard> &all)
{
    SegmentFreeboard best;
    for (const SegmentFreeboard &s : all)
        if (best.fid == 0 || s.freeboardM < best.freeboardM)
            best = s;
    return best;
}

} // namespace fc
