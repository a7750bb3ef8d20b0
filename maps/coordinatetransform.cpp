#include "maps/coordinatetransform.h"

#include <ogr_spatialref.h>

#include <cmath>
#include <numbers>

namespace fc {

namespace {

enum class Kind { Proj, Gcj02 };

Kind kindOf(const QString &def)
{
    return def.trimmed().compare(QLatin1String("GCJ02"), Qt::CaseInsensitive) == 0
                   || def.trimmed().compare(QLatin1String("GCJ-02"), Qt::CaseInsensitive) == 0
               ? Kind::Gcj02
               : Kind::Proj;
}

bool setupSrs(OGRSpatialReference &srs, const QString &def, QString *error)
{
    const QByteArray utf8 = def.trimmed().toUtf8();
    if (utf8.isEmpty() || srs.SetFromUserInput(utf8.constData()) != OGRERR_NONE) {
        if (error)
            *error = QStringLiteral("unknown coordinate reference system '%1'").arg(def);
        return false;
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return true;
}

} // namespace

struct CoordinateTransform::Impl
{
    Kind sourceKind = Kind::Proj;
    Kind targetKind = Kind::Proj;
    // PROJ legs: source -> WGS84 (when source is GCJ02 we start from WGS84), WGS84 -> target.
    std::unique_ptr<OGRCoordinateTransformation> direct;
};

CoordinateTransform::CoordinateTransform() : d(std::make_unique<Impl>()), m_valid(true), m_identity(true) {}

CoordinateTransform::CoordinateTransform(const QString &source, const QString &target) : d(std::make_unique<Impl>())
{
    d->sourceKind = kindOf(source);
    d->targetKind = kindOf(target);
    const QString src = d->sourceKind == Kind::Gcj02 ? QStringLiteral("EPSG:4326") : source;
    const QString dst = d->targetKind == Kind::Gcj02 ? QStringLiteral("EPSG:4326") : target;
    OGRSpatialReference s, t;
    if (!setupSrs(s, src, &m_error) || !setupSrs(t, dst, &m_error))
        return;
    if (s.IsSame(&t)) {
        m_identity = d->sourceKind == d->targetKind;
    } else {
        d->direct.reset(OGRCreateCoordinateTransformation(&s, &t));
        if (!d->direct) {
            m_error = QStringLiteral("no transformation from '%1' to '%2'").arg(source, target);
            return;
        }
    }
    m_valid = true;
}

CoordinateTransform::~CoordinateTransform() = default;
CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;

bool CoordinateTransform::transform(double &x, double &y) const
{
    if (!m_valid)
        return false;
    if (m_identity)
        return true;
    if (d->sourceKind == Kind::Gcj02) {
        const GeoPoint w = Gcj02::toWgs84({x, y});
        x = w.lon;
        y = w.lat;
    }
    if (d->direct && !d->direct->Transform(1, &x, &y))
        return false;
    if (!std::isfinite(x) || !std::isfinite(y))
        return false;
    if (d->targetKind == Kind::Gcj02) {
        const GeoPoint g = Gcj02::fromWgs84({x, y});
        x = g.lon;
        y = g.lat;
    }
    return true;
}

QPointF CoordinateTransform::transform(QPointF p, bool *ok) const
{
    double x = p.x(), y = p.y();
    const bool good = transform(x, y);
    if (ok)
        *ok = good;
    return {x, y};
}

bool CoordinateTransform::isKnownCrs(const QString &def, QString *error)
{
    if (kindOf(def) == Kind::Gcj02)
        return true;
    OGRSpatialReference s;
    return setupSrs(s, def, error);
}

namespace Gcj02 {

namespace {
constexpr double A = 6378245.0;
constexpr double EE = 0.00669342162296594323;
constexpr double Pi = std::numbers::pi;

double transformLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * Pi) + 40.0 * std::sin(y / 3.0 * Pi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * Pi) + 320.0 * std::sin(y * Pi / 30.0)) * 2.0 / 3.0;
    return r;
}

double transformLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * Pi) + 40.0 * std::sin(x / 3.0 * Pi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * Pi) + 300.0 * std::sin(x / 30.0 * Pi)) * 2.0 / 3.0;
    return r;
}
} // namespace

bool isInChina(double lon, double lat)
{
    return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

GeoPoint fromWgs84(GeoPoint w)
{
    if (!isInChina(w.lon, w.lat))
        return w;
    double dLat = transformLat(w.lon - 105.0, w.lat - 35.0);
    double dLon = transformLon(w.lon - 105.0, w.lat - 35.0);
    const double radLat = w.lat / 180.0 * Pi;
    double magic = std::sin(radLat);
    magic = 1 - EE * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Pi);
    dLon = (dLon * 180.0) / (A / sqrtMagic * std::cos(radLat) * Pi);
    return {w.lon + dLon, w.lat + dLat};
}

GeoPoint toWgs84(GeoPoint g)
{
    // Fixed-point iteration: w_{n+1} = w_n - (f(w_n) - g). Converges in a few steps (shift is smooth).
    GeoPoint w = g;
    for (int i = 0; i < 30; ++i) {
        const GeoPoint f = fromWgs84(w);
        const double dx = f.lon - g.lon, dy = f.lat - g.lat;
        w.lon -= dx;
        w.lat -= dy;
        if (std::abs(dx) < 1e-10 && std::abs(dy) < 1e-10)
            break;
    }
    return w;
}

} // namespace Gcj02

} // namespace fc
