#include "app/core/base/geometrycheck.h"

#include <ogr_geometry.h>

#include <cmath>

#ifdef FC_HAVE_GEOS_C
#include <geos_c.h>
#endif

namespace fc {

namespace {

bool finiteCurve(const OGRSimpleCurve &c)
{
    for (int i = 0; i < c.getNumPoints(); ++i)
        if (!std::isfinite(c.getX(i)) || !std::isfinite(c.getY(i)))
            return false;
    return true;
}

bool finite(const OGRGeometry &g)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
        const auto *p = g.toPoint();
        return p->IsEmpty() || (std::isfinite(p->getX()) && std::isfinite(p->getY()));
    }
    case wkbLineString:
    case wkbLinearRing:
    case wkbCircularString:
        return finiteCurve(*g.toSimpleCurve());
    case wkbPolygon:
    case wkbCurvePolygon:
    case wkbTriangle:
        for (const OGRCurve *ring : *g.toCurvePolygon())
            if (!finite(*ring))
                return false;
        return true;
    case wkbCompoundCurve:
        for (const OGRCurve *part : *g.toCompoundCurve())
            if (!finite(*part))
                return false;
        return true;
    default:
        if (OGR_GT_IsSubClassOf(g.getGeometryType(), wkbGeometryCollection)) {
            for (const OGRGeometry *part : *g.toGeometryCollection())
                if (!finite(*part))
                    return false;
            return true;
        }
        return true;
    }
}

// Point counts and ring closure; empty when fine.
QString structure(const OGRGeometry &g, int part)
{
    const QString where = part > 0 ? GeometryCheck::tr("part %1: ").arg(part) : QString();
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbLineString: {
        const auto *l = g.toLineString();
        if (!l->IsEmpty() && l->getNumPoints() < 2)
            return where + GeometryCheck::tr("a line with %1 point (a line needs at least 2)").arg(l->getNumPoints());
        for (int i = 1; i < l->getNumPoints(); ++i)
            if (l->getX(i) != l->getX(0) || l->getY(i) != l->getY(0))
                return {};
        return l->IsEmpty() ? QString() : where + GeometryCheck::tr("a line whose points are all the same (it has no length)");
    }
    case wkbPolygon: {
        int k = 0;
        for (const OGRLinearRing *ring : *g.toPolygon()) {
            ++k;
            const QString which = k == 1 ? GeometryCheck::tr("outer ring") : GeometryCheck::tr("hole %1").arg(k - 1);
            if (ring->getNumPoints() < 4)
                return where + GeometryCheck::tr("%1 has %2 points (a ring needs at least 4, the last repeating the first)")
                                   .arg(which)
                                   .arg(ring->getNumPoints());
            if (!ring->get_IsClosed())
                return where + GeometryCheck::tr("%1 is not closed (its last point differs from its first)").arg(which);
        }
        return {};
    }
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        int k = 0;
        for (const OGRGeometry *p : *g.toGeometryCollection()) {
            const QString s = structure(*p, ++k);
            if (!s.isEmpty())
                return s;
        }
        return {};
    }
    default:
        return {};
    }
}

QString geosReason(const OGRGeometry &g)
{
#ifdef FC_HAVE_GEOS_C
    GEOSContextHandle_t ctx = GEOS_init_r();
    QString why;
    if (GEOSGeometry *geos = g.exportToGEOS(ctx)) {
        if (char *r = GEOSisValidReason_r(ctx, geos)) {
            why = QString::fromUtf8(r);
            GEOSFree_r(ctx, r);
        }
        GEOSGeom_destroy_r(ctx, geos);
    }
    GEOS_finish_r(ctx);
    if (!why.isEmpty() && why != QLatin1String("Valid Geometry"))
        return why;
#else
    Q_UNUSED(g)
#endif
    return GeometryCheck::tr("self-intersecting or otherwise invalid (for example a bow-tie polygon)");
}

OGRwkbGeometryType familyOf(const OGRGeometry &g)
{
    const OGRwkbGeometryType t = wkbFlatten(g.getGeometryType());
    if (t == wkbPoint || t == wkbMultiPoint)
        return wkbPoint;
    if (t == wkbLineString || t == wkbMultiLineString || t == wkbLinearRing)
        return wkbLineString;
    if (t == wkbPolygon || t == wkbMultiPolygon)
        return wkbPolygon;
    return wkbUnknown;
}

void collect(const OGRGeometry &g, OGRwkbGeometryType family, OGRGeometryCollection *out)
{
    if (OGR_GT_IsSubClassOf(g.getGeometryType(), wkbGeometryCollection)) {
        for (const OGRGeometry *p : *g.toGeometryCollection())
            collect(*p, family, out);
        return;
    }
    if (familyOf(g) == family && !g.IsEmpty())
        out->addGeometry(&g);
}

} // namespace

bool GeometryCheck::hasNonFinite(const OGRGeometry &g)
{
    return !finite(g);
}

QString GeometryCheck::problem(const OGRGeometry &g)
{
    if (!finite(g))
        return tr("a coordinate is not a finite number (NaN or infinity)");
    if (g.IsEmpty())
        return {};
    const QString s = structure(g, 0);
    if (!s.isEmpty())
        return s;
    // Lines are fully checked above (finite, two distinct points); polygons also need GEOS (self-intersections,
    // holes outside their shell ...).
    const OGRwkbGeometryType t = wkbFlatten(g.getGeometryType());
    if (t == wkbPoint || t == wkbMultiPoint || t == wkbLineString || t == wkbMultiLineString)
        return {};
    CPLPushErrorHandler(CPLQuietErrorHandler); // GEOS complaints come back as our message
    const bool valid = g.IsValid();
    CPLPopErrorHandler();
    return valid ? QString() : tr("invalid geometry: %1").arg(geosReason(g));
}

std::unique_ptr<OGRGeometry> GeometryCheck::repair(const OGRGeometry &g, QString *why)
{
    if (!finite(g)) {
        *why = tr("a coordinate is not a finite number (NaN or infinity); it cannot be repaired");
        return {};
    }
    const OGRwkbGeometryType family = familyOf(g);
    std::unique_ptr<OGRGeometry> work(g.clone());
    // Lines and rings with too few points cannot become valid parts: drop them before closing rings.
    if (family == wkbPolygon)
        work->closeRings();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    std::unique_ptr<OGRGeometry> fixed(work->MakeValid());
    CPLPopErrorHandler();
    if (!fixed) {
        *why = tr("cannot be repaired: %1").arg(problem(g));
        return {};
    }
    if (familyOf(*fixed) == family && problem(*fixed).isEmpty())
        return fixed;
    // MakeValid may return a mixed collection (a polygon and a dangling line): keep this layer's family.
    std::unique_ptr<OGRGeometryCollection> parts(family == wkbPolygon      ? static_cast<OGRGeometryCollection *>(new OGRMultiPolygon)
                                                 : family == wkbLineString ? static_cast<OGRGeometryCollection *>(new OGRMultiLineString)
                                                                           : static_cast<OGRGeometryCollection *>(new OGRMultiPoint));
    collect(*fixed, family, parts.get());
    if (parts->IsEmpty() || !problem(*parts).isEmpty()) {
        *why = tr("cannot be repaired: %1").arg(problem(g));
        return {};
    }
    if (parts->getNumGeometries() == 1)
        return std::unique_ptr<OGRGeometry>(parts->getGeometryRef(0)->clone());
    return parts;
}

} // namespace fc
