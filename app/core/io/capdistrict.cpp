#include "app/core/io/capdistrict.h"

#include "app/core/io/capalert.h"
#include "app/core/store/store.h"
#include "app/core/rules/warningstate.h"

#include <ogr_geometry.h>

#include <cmath>

namespace fc {

namespace {

// Digits of a code padded to the 12 of the national scheme, and the number of significant leading digits
// (the level: 0, 2, 4, 6, 9 or 12).
bool normalCode(const QString &code, QString *padded, int *level)
{
    const QString c = code.trimmed();
    if (c.isEmpty() || c.size() > 12)
        return false;
    for (const QChar ch : c)
        if (!ch.isDigit())
            return false;
    *padded = c + QString(12 - c.size(), QLatin1Char('0'));
    static const int levels[] = {0, 2, 4, 6, 9, 12};
    *level = 12;
    for (int l : levels) {
        bool zeros = true;
        for (int i = l; i < 12 && zeros; ++i)
            zeros = padded->at(i) == QLatin1Char('0');
        if (zeros) {
            *level = l;
            break;
        }
    }
    return true;
}

std::unique_ptr<OGRGeometry> polygonOf(const QList<QPointF> &ring)
{
    auto r = std::make_unique<OGRLinearRing>();
    for (const QPointF &p : ring)
        r->addPoint(p.x(), p.y());
    r->closeRings();
    auto poly = std::make_unique<OGRPolygon>();
    poly->addRingDirectly(r.release());
    return poly;
}

// A CAP circle as a polygon of 72 points (radius in km on a local sphere: good to far less than a district).
std::unique_ptr<OGRGeometry> circleOf(const CapArea::Circle &c)
{
    QList<QPointF> ring;
    constexpr double kmPerDegree = 111.32;
    const double dLat = c.radiusKm / kmPerDegree;
    const double dLon = c.radiusKm / (kmPerDegree * std::max(0.01, std::cos(c.lat * M_PI / 180.0)));
    for (int i = 0; i <= 72; ++i) {
        const double a = 2 * M_PI * i / 72;
        ring.append({c.lon + dLon * std::cos(a), c.lat + dLat * std::sin(a)});
    }
    return polygonOf(ring);
}

} // namespace

CapDistrict::CapDistrict() = default;
CapDistrict::~CapDistrict() = default;

CapDistrict::CapDistrict(const CapDistrict &other) : m_geocodes(other.m_geocodes)
{
    if (other.m_boundary)
        m_boundary.reset(other.m_boundary->clone());
}

CapDistrict &CapDistrict::operator=(const CapDistrict &other)
{
    if (this != &other) {
        m_geocodes = other.m_geocodes;
        m_boundary.reset(other.m_boundary ? other.m_boundary->clone() : nullptr);
    }
    return *this;
}

CapDistrict CapDistrict::read(Store &store, QString *error, const QStringList *geocodes)
{
    CapDistrict d;
    QFuture<QList<StoreRow>> f = store.rows(QStringLiteral("district_boundary"), {}, {}, true);
    f.waitForFinished();
    for (const StoreRow &r : f.result()) {
        const QString wkt = r.values.value(QStringLiteral("geom")).toString();
        if (!wkt.isEmpty() && !d.addBoundaryWkt(wkt, error))
            return {};
    }
    d.setGeocodes(geocodes ? *geocodes : WarningState::read(store).plan().capGeocodes());
    return d;
}

bool CapDistrict::addBoundaryWkt(const QString &wkt, QString *error)
{
    OGRGeometry *g = nullptr;
    const QByteArray text = wkt.toUtf8();
    if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &g) != OGRERR_NONE || !g) {
        if (error)
            *error = tr("the district boundary is not valid WKT: %1").arg(wkt.left(60));
        return false;
    }
    std::unique_ptr<OGRGeometry> geom(g);
    if (!m_boundary) {
        m_boundary = std::move(geom);
    } else {
        std::unique_ptr<OGRGeometry> u(m_boundary->Union(geom.get()));
        if (u)
            m_boundary = std::move(u);
    }
    return true;
}

bool CapDistrict::codesMeet(const QString &a, const QString &b)
{
    QString pa, pb;
    int la = 0, lb = 0;
    if (!normalCode(a, &pa, &la) || !normalCode(b, &pb, &lb))
        return false;
    const int n = std::min(la, lb);
    return pa.left(n) == pb.left(n);
}

bool CapDistrict::applies(const QList<CapInfo> &infos, QString *why) const
{
    bool compared = false;
    QStringList seenCodes, seenShapes;
    for (const CapInfo &info : infos) {
        for (const CapArea &area : info.areas) {
            if (!m_geocodes.isEmpty()) {
                for (const auto &g : area.geocodes) {
                    QString padded;
                    int level = 0;
                    if (!normalCode(g.second, &padded, &level))
                        continue; // a code of another scheme (FIPS, SAME ...): not comparable
                    compared = true;
                    for (const QString &mine : m_geocodes)
                        if (codesMeet(g.second, mine))
                            return true;
                    seenCodes.append(g.second);
                }
            }
            if (m_boundary) {
                for (const QList<QPointF> &ring : area.polygons) {
                    compared = true;
                    if (polygonOf(ring)->Intersects(m_boundary.get()))
                        return true;
                }
                for (const CapArea::Circle &c : area.circles) {
                    compared = true;
                    if (circleOf(c)->Intersects(m_boundary.get()))
                        return true;
                }
                if (!area.polygons.isEmpty() || !area.circles.isEmpty())
                    seenShapes.append(area.desc);
            }
        }
    }
    if (!compared)
        return true;
    if (why) {
        QStringList parts;
        if (!seenCodes.isEmpty())
            parts.append(tr("area codes %1 are not the district's (%2) nor a place containing it")
                             .arg(seenCodes.join(QLatin1String(", ")), m_geocodes.join(QLatin1String(", "))));
        if (!seenShapes.isEmpty())
            parts.append(tr("its area does not meet the district boundary"));
        *why = parts.join(QLatin1String("; "));
    }
    return false;
}

} // namespace fc
