#include "app/core/typhoon/typhoontrack.h"

#include "maps/geodesic.h"

#include <algorithm>
#include <vector>

namespace fc {

TyphoonTrack::TyphoonTrack(const Storm &storm, bool withForecast)
{
    m_points = storm.points;
    m_observed = int(m_points.size());
    if (!withForecast)
        return;
    if (const StormForecast *f = storm.latestForecast()) {
        const QDateTime last = m_points.isEmpty() ? QDateTime() : m_points.last().at;
        for (const StormPoint &p : f->points)
            if (!last.isValid() || p.at > last)
                m_points.append(p);
    }
}

TyphoonTrack TyphoonTrack::asOf(const Storm &storm, const QDateTime &knownAt)
{
    Storm known = storm;
    known.points.clear();
    for (const StormPoint &p : storm.points)
        if (p.at <= knownAt)
            known.points.append(p);
    known.forecasts.clear();
    for (const StormForecast &f : storm.forecasts)
        if (f.baseAt <= knownAt)
            known.forecasts.append(f);
    return TyphoonTrack(known);
}

TyphoonTrack TyphoonTrack::fromPoints(const QList<StormPoint> &points)
{
    TyphoonTrack t;
    t.m_points = points;
    t.m_observed = int(points.size());
    return t;
}

QDateTime TyphoonTrack::start() const
{
    return m_points.isEmpty() ? QDateTime() : m_points.first().at;
}

QDateTime TyphoonTrack::end() const
{
    return m_points.isEmpty() ? QDateTime() : m_points.last().at;
}

QDateTime TyphoonTrack::observedEnd() const
{
    return m_observed > 0 ? m_points[m_observed - 1].at : QDateTime();
}

std::optional<TyphoonTrack::State> TyphoonTrack::at(const QDateTime &t) const
{
    if (m_points.isEmpty() || !t.isValid() || t < m_points.first().at || t > m_points.last().at)
        return std::nullopt;
    // The segment [i - 1, i] holding t.
    const auto it = std::lower_bound(m_points.cbegin(), m_points.cend(), t,
                                     [](const StormPoint &p, const QDateTime &x) { return p.at < x; });
    const int i = int(it - m_points.cbegin());
    State s;
    s.at = t;
    const StormPoint &b = m_points[i];
    if (b.at == t || i == 0) {
        s.pos = b.pos;
        s.grade = b.grade;
        s.pressureHpa = b.pressureHpa;
        s.windMs = b.windMs;
        s.r7 = b.r7;
        s.r10 = b.r10;
        s.r12 = b.r12;
        s.forecast = i >= m_observed;
        return s;
    }
    const StormPoint &a = m_points[i - 1];
    const double f = double(a.at.msecsTo(t)) / double(a.at.msecsTo(b.at));
    s.pos = Geodesic::along(a.pos, b.pos, f);
    s.grade = f < 0.5 ? a.grade : b.grade;
    auto lin = [f](double x, double y) { return (std::isnan(x) || std::isnan(y)) ? NotIssued : x + f * (y - x); };
    s.pressureHpa = lin(a.pressureHpa, b.pressureHpa);
    s.windMs = lin(a.windMs, b.windMs);
    s.r7 = WindQuadrants::interpolate(a.r7, b.r7, f);
    s.r10 = WindQuadrants::interpolate(a.r10, b.r10, f);
    s.r12 = WindQuadrants::interpolate(a.r12, b.r12, f);
    s.forecast = i >= m_observed;
    return s;
}

TyphoonTarget TyphoonTarget::point(GeoPoint p)
{
    TyphoonTarget t;
    t.m_samples = {p};
    t.m_centre = p;
    return t;
}

TyphoonTarget TyphoonTarget::ring(const QList<GeoPoint> &ring, double stepM)
{
    TyphoonTarget t;
    t.m_ring = ring;
    t.m_samples = Geodesic::densify(ring, stepM);
    double lon = 0, lat = 0;
    for (const GeoPoint &p : t.m_samples) {
        lon += p.lon;
        lat += p.lat;
    }
    if (!t.m_samples.isEmpty())
        t.m_centre = GeoPoint(lon / t.m_samples.size(), lat / t.m_samples.size());
    for (const GeoPoint &p : t.m_samples)
        t.m_spanM = std::max(t.m_spanM, Geodesic::distanceM(t.m_centre, p));
    return t;
}

double TyphoonTarget::distanceM(GeoPoint centre, GeoPoint *nearest, double *bearingDeg) const
{
    if (isRing() && Geodesic::contains(m_ring, centre)) {
        if (nearest)
            *nearest = centre;
        if (bearingDeg)
            *bearingDeg = NotIssued;
        return 0;
    }
    double best = std::numeric_limits<double>::infinity();
    GeoPoint at;
    for (const GeoPoint &p : m_samples) {
        const double d = Geodesic::distanceM(p, centre);
        if (d < best) {
            best = d;
            at = p;
        }
    }
    if (nearest)
        *nearest = at;
    if (bearingDeg)
        *bearingDeg = best > 0 ? Geodesic::inverse(at, centre).azimuth1 : NotIssued;
    return best;
}

double TyphoonTarget::lowerBoundM(GeoPoint centre) const
{
    return std::max(0.0, Geodesic::distanceM(m_centre, centre) - m_spanM);
}

std::optional<bool> TyphoonTarget::reached(GeoPoint centre, const WindQuadrants &radii) const
{
    if (!radii.anyIssued())
        return std::nullopt;
    const double dc = Geodesic::distanceM(m_centre, centre);
    const double maxM = radii.maxIssued() * 1000.0;
    if (radii.allIssued() && dc - m_spanM > maxM)
        return false; // every sample is farther than the largest radius
    if (isRing() && maxM > 0 && Geodesic::contains(m_ring, centre))
        return true;
    bool unknown = false;
    for (const GeoPoint &p : m_samples) {
        const Geodesic::Inverse inv = Geodesic::inverse(centre, p);
        const double r = inv.distanceM == 0 ? radii.maxIssued() : radii.radiusAt(inv.azimuth1);
        if (!WindQuadrants::issued(r)) {
            unknown = true;
            continue;
        }
        if (r > 0 && inv.distanceM <= r * 1000.0)
            return true;
    }
    if (unknown)
        return std::nullopt;
    return false;
}

namespace {

enum class In { No, Yes, Unknown };

In stateOf(const std::optional<TyphoonTrack::State> &s, const TyphoonTarget &target, int level)
{
    if (!s)
        return In::Unknown;
    const auto r = target.reached(s->pos, s->radii(level));
    return !r ? In::Unknown : *r ? In::Yes : In::No;
}

In stateAt(const TyphoonTrack &track, const TyphoonTarget &target, int level, const QDateTime &t, bool *forecast = nullptr)
{
    const auto s = track.at(t);
    if (!s)
        return In::Unknown;
    if (forecast)
        *forecast = s->forecast;
    const auto r = target.reached(s->pos, s->radii(level));
    return !r ? In::Unknown : *r ? In::Yes : In::No;
}

// The first whole minute after lo (state not `from`) at which the state is no longer `from`... expressed as: the
// first minute in (lo, hi] with pred true, pred false at lo and true at hi (assumed to change once between them).
template<typename Pred>
QDateTime bisectMinutes(const QDateTime &lo, const QDateTime &hi, Pred pred)
{
    qint64 a = 0, b = (lo.secsTo(hi) + 59) / 60;
    while (b - a > 1) {
        const qint64 m = (a + b) / 2;
        if (pred(lo.addSecs(m * 60)))
            b = m;
        else
            a = m;
    }
    const QDateTime r = lo.addSecs(b * 60);
    return r > hi ? hi : r;
}

QString when(const QDateTime &t)
{
    return Typhoon::beijing(t).toString(QStringLiteral("MM-dd hh:mm"));
}

} // namespace

TyphoonFigures TyphoonFigures::compute(const TyphoonTrack &track, const TyphoonTarget &target, const QDateTime &now,
                                       qint64 stepS)
{
    TyphoonFigures out;
    if (track.isEmpty())
        return out;
    if (const auto s = track.at(now)) {
        out.haveNow = true;
        out.now = *s;
        out.nowDistanceKm = target.distanceM(s->pos, nullptr, &out.nowBearingDeg) / 1000.0;
    }
    // The times to look at: every step and every point of the track.
    QList<QDateTime> times;
    const QDateTime t0 = track.start(), t1 = track.end();
    for (QDateTime t = t0; t < t1; t = t.addSecs(stepS))
        times.append(t);
    for (const StormPoint &p : track.points())
        times.append(p.at);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    // Every state once (shared by the closest approach and the three circles).
    std::vector<std::optional<TyphoonTrack::State>> states;
    states.reserve(times.size());
    for (const QDateTime &t : times)
        states.push_back(track.at(t));

    // Closest approach: the lower bound of the distance (to the place's bounding circle) prunes the exact search.
    {
        double best = std::numeric_limits<double>::infinity();
        QDateTime bestAt;
        for (std::size_t k = 0; k < states.size(); ++k) {
            const auto &s = states[k];
            if (target.lowerBoundM(s->pos) >= best)
                continue;
            const double d = target.distanceM(s->pos);
            if (d < best) {
                best = d;
                bestAt = times[int(k)];
            }
        }
        // Refine to the minute around the best step.
        const QDateTime from = std::max(t0, bestAt.addSecs(-stepS)), to = std::min(t1, bestAt.addSecs(stepS));
        for (QDateTime t = from; t <= to; t = t.addSecs(60)) {
            const auto s = track.at(t);
            if (target.lowerBoundM(s->pos) >= best)
                continue;
            const double d = target.distanceM(s->pos);
            if (d < best) {
                best = d;
                bestAt = t;
            }
        }
        Closest c;
        c.at = bestAt;
        const auto s = track.at(bestAt);
        c.distanceKm = target.distanceM(s->pos, nullptr, &c.bearingDeg) / 1000.0;
        c.forecast = s->forecast;
        out.closest = c;
    }

    for (int li = 0; li < 3; ++li) {
        const int level = levels[li];
        Circle &c = out.circles[li];
        In prev = In::Unknown;
        QDateTime prevAt;
        bool sawUnknown = false;
        int k = 0;
        for (; k < times.size(); ++k) {
            const In s = stateOf(states[k], target, level);
            if (s == In::Yes) {
                if (k == 0) {
                    c.enter = times[k];
                    c.note = Typhoon::tr("already within at the start of the track");
                } else {
                    c.enter = bisectMinutes(prevAt, times[k], [&](const QDateTime &t) {
                        return stateAt(track, target, level, t) == In::Yes;
                    });
                    if (prev == In::Unknown)
                        c.note = Typhoon::tr("radii not issued before %1: arrived no later than this").arg(when(times[k]));
                }
                stateAt(track, target, level, c.enter, &c.enterForecast);
                break;
            }
            sawUnknown = sawUnknown || s == In::Unknown;
            prev = s;
            prevAt = times[k];
        }
        if (!c.enter.isValid()) {
            if (sawUnknown)
                c.note = Typhoon::tr("not reached where radii were issued; radii not issued for part of the track");
            continue;
        }
        prevAt = times[k];
        for (++k; k < times.size(); ++k) {
            const In s = stateOf(states[k], target, level);
            if (s == In::Yes) {
                prevAt = times[k];
                continue;
            }
            if (s == In::Unknown) {
                c.note = Typhoon::tr("radii not issued from %1: departure unknown").arg(when(times[k]));
            } else {
                c.leave = bisectMinutes(prevAt, times[k], [&](const QDateTime &t) {
                    return stateAt(track, target, level, t) != In::Yes;
                });
                stateAt(track, target, level, c.leave, &c.leaveForecast);
            }
            break;
        }
        if (!c.leave.isValid() && c.note.isEmpty())
            c.note = Typhoon::tr("still within at the end of the track (%1)").arg(when(t1));
    }
    return out;
}

QList<GeoPoint> windSector(GeoPoint centre, const WindQuadrants &radii, int quadrant, double stepDeg)
{
    const double r = radii.quadrant(quadrant);
    if (!WindQuadrants::issued(r) || r <= 0)
        return {};
    return Geodesic::sector(centre, 90.0 * quadrant, 90.0 * (quadrant + 1), r * 1000.0, stepDeg);
}

QList<GeoPoint> windCircleOutline(GeoPoint centre, const WindQuadrants &radii, double stepDeg)
{
    QList<GeoPoint> out;
    bool any = false;
    for (int q = 0; q < 4; ++q) {
        const double r = radii.quadrant(q);
        if (!WindQuadrants::issued(r) || r <= 0) {
            if (out.isEmpty() || !(out.last() == centre))
                out.append(centre);
            continue;
        }
        any = true;
        const int n = std::max(1, int(std::ceil(90.0 / stepDeg)));
        for (int i = 0; i <= n; ++i)
            out.append(Geodesic::direct(centre, 90.0 * q + 90.0 * i / n, r * 1000.0));
    }
    if (!any)
        return {};
    out.append(out.first());
    return out;
}

double coneRadiusKm(double leadHours)
{
    return 30.0 + std::clamp(leadHours, 0.0, 120.0) * (170.0 / 72.0);
}

QList<GeoPoint> forecastCone(GeoPoint base, const QDateTime &baseAt, const QList<StormPoint> &forecast)
{
    QList<QPointF> pts;
    auto addCircle = [&](GeoPoint c, double km) {
        for (const GeoPoint &p : Geodesic::circle(c, km * 1000.0, 10.0))
            pts.append(QPointF(p.lon, p.lat));
    };
    addCircle(base, coneRadiusKm(0));
    for (const StormPoint &p : forecast)
        addCircle(p.pos, coneRadiusKm(baseAt.secsTo(p.at) / 3600.0));
    if (pts.size() < 3)
        return {};
    // Andrew's monotone chain.
    std::sort(pts.begin(), pts.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    auto cross = [](const QPointF &o, const QPointF &a, const QPointF &b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    QList<QPointF> hull(2 * pts.size());
    int k = 0;
    for (int i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0)
            --k;
        hull[k++] = pts[i];
    }
    for (int i = int(pts.size()) - 2, t = k + 1; i >= 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0)
            --k;
        hull[k++] = pts[i];
    }
    QList<GeoPoint> out;
    for (int i = 0; i < k; ++i)
        out.append(GeoPoint(hull[i].x(), hull[i].y()));
    return out;
}

NearestStorm nearestStorm(const QList<Storm> &storms, const TyphoonTarget &target, const QDateTime &now)
{
    NearestStorm best;
    double bestD = std::numeric_limits<double>::infinity();
    for (int i = 0; i < storms.size(); ++i) {
        const TyphoonTrack track(storms[i]);
        const auto s = track.at(now);
        if (!s)
            continue;
        const double d = target.distanceM(s->pos);
        if (d < bestD) {
            bestD = d;
            best.index = i;
        }
    }
    if (best.index >= 0)
        best.figures = TyphoonFigures::compute(TyphoonTrack(storms[best.index]), target, now);
    return best;
}

} // namespace fc
