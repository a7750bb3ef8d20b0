#pragma once

#include "app/core/typhoon/typhoon.h"

#include <array>
#include <optional>

namespace fc {

// A storm's path through time: its observed points, then the latest forecast beyond the last of them. Between two
// points the position moves along the geodesic joining them (WGS 84, at a constant ground speed) and every wind
// radius changes linearly in time; a radius not issued at either end is not issued between them (never carried
// forward). Before the first point and after the last there is no position.
class TyphoonTrack
{
public:
    struct State
    {
        QDateTime at;
        GeoPoint pos;
        int grade = -1;
        double pressureHpa = NotIssued, windMs = NotIssued;
        WindQuadrants r7, r10, r12;
        bool forecast = false; // from the forecast part of the track
        const WindQuadrants &radii(int level) const { return level == 7 ? r7 : level == 10 ? r10 : r12; }
    };
    TyphoonTrack() = default;
    explicit TyphoonTrack(const Storm &storm, bool withForecast = true);
    static TyphoonTrack fromPoints(const QList<StormPoint> &points);
    // The track as it was known at `knownAt` (a replay): the points observed by then, continued by the latest
    // forecast issued by then.
    static TyphoonTrack asOf(const Storm &storm, const QDateTime &knownAt);

    bool isEmpty() const { return m_points.isEmpty(); }
    QDateTime start() const;
    QDateTime end() const;
    QDateTime observedEnd() const;
    std::optional<State> at(const QDateTime &t) const;
    const QList<StormPoint> &points() const { return m_points; }

private:
    QList<StormPoint> m_points; // by time; the forecast part after m_observed points
    int m_observed = 0;
};

// What the storm means for a place: a point (a flood wall, a shelter) or the district's boundary polygon.
class TyphoonTarget
{
public:
    static TyphoonTarget point(GeoPoint p);
    // A polygon ring (lon/lat); its edges are sampled every `stepM` metres on the ellipsoid.
    static TyphoonTarget ring(const QList<GeoPoint> &ring, double stepM = 500.0);
    bool isRing() const { return !m_ring.isEmpty(); }
    // Ground distance from the storm centre to the place (0 inside the ring), the nearest point of the place, and the
    // bearing from that point to the centre (degrees clockwise from north).
    double distanceM(GeoPoint centre, GeoPoint *nearest = nullptr, double *bearingDeg = nullptr) const;
    // Whether a wind circle (quadrant radii in km) around `centre` covers some of the place: yes if a sampled point
    // of the boundary (or the point) lies within the radius of the quadrant it is in, or the centre is inside the
    // ring and some radius is over 0; nullopt when that depends on a quadrant not issued.
    std::optional<bool> reached(GeoPoint centre, const WindQuadrants &radii) const;
    const QList<GeoPoint> &samples() const { return m_samples; }
    // A distance the place is never closer than (to its bounding circle): prunes searches.
    double lowerBoundM(GeoPoint centre) const;

private:
    QList<GeoPoint> m_ring, m_samples;
    GeoPoint m_centre;     // the centre of the samples' bounding circle
    double m_spanM = 0;    // its radius
};

// The figures a duty officer reads off the track for a place.
struct TyphoonFigures
{
    struct Closest
    {
        QDateTime at;
        double distanceKm = NotIssued;
        double bearingDeg = NotIssued; // from the place to the storm
        bool forecast = false;
    };
    struct Circle
    {
        QDateTime enter, leave;
        bool enterForecast = false, leaveForecast = false;
        QString note; // why a time is unknown (radii not issued, still inside at the end of the track)
    };
    bool haveNow = false;
    TyphoonTrack::State now;
    double nowDistanceKm = NotIssued, nowBearingDeg = NotIssued;
    std::optional<Closest> closest;
    std::array<Circle, 3> circles; // 7, 10, 12

    static int levelIndex(int level) { return level == 7 ? 0 : level == 10 ? 1 : 2; }
    static constexpr int levels[3] = {7, 10, 12};
    // Closest approach (time-stepped, refined to the minute) and each circle's first arrival and departure
    // (time-stepped every `stepS` seconds, refined by bisection to the minute), over the whole track.
    static TyphoonFigures compute(const TyphoonTrack &track, const TyphoonTarget &target, const QDateTime &now,
                                  qint64 stepS = 600);
};

// The outline of a wind circle: per quadrant an arc at its own radius on the ellipsoid (geod_direct per bearing,
// every `stepDeg`), joined radially; a quadrant issued as 0 or not issued passes through the centre. Empty when no
// quadrant has a radius over 0. Closed (first point repeated).
QList<GeoPoint> windCircleOutline(GeoPoint centre, const WindQuadrants &radii, double stepDeg = 3.0);
// One quadrant's sector (centre, arc, centre); empty when its radius is not issued or 0.
QList<GeoPoint> windSector(GeoPoint centre, const WindQuadrants &radii, int quadrant, double stepDeg = 3.0);

// The forecast uncertainty cone: around the base position and each forecast position a geodesic circle whose
// radius grows with the lead time (coneRadiusKm), and the convex hull of those circles (lon/lat, closed).
QList<GeoPoint> forecastCone(GeoPoint base, const QDateTime &baseAt, const QList<StormPoint> &forecast);
// 30 km at issue, growing linearly to 200 km at 72 h (of the order of official mean track errors; drawn as a
// guide, not a probability).
double coneRadiusKm(double leadHours);

// The storm nearest to a place at a time, among those with a position then (its points, then its latest forecast);
// its figures from that track.
struct NearestStorm
{
    int index = -1; // into the list given
    TyphoonFigures figures;
};
NearestStorm nearestStorm(const QList<Storm> &storms, const TyphoonTarget &target, const QDateTime &now);

} // namespace fc
