#pragma once

#include "maps/geopoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>

// Tropical cyclones as the HQ receives them: CMA best-track files (UTC), typhoon bulletins (Beijing time) and
// positions typed by the duty officer. One storm has its observed points (each with its source), the forecasts
// issued from them by agency, and its landfalls.
namespace fc {

inline constexpr double NotIssued = std::numeric_limits<double>::quiet_NaN();

// Wind radii of one wind level (7, 10 or 12 Beaufort) per quadrant, in km. NaN: the quadrant was not issued
// (bulletins stop giving radii after landfall); 0: issued as none. The two are never confused.
struct WindQuadrants
{
    double ne = NotIssued, se = NotIssued, sw = NotIssued, nw = NotIssued;

    static bool issued(double r) { return !std::isnan(r); }
    bool anyIssued() const { return issued(ne) || issued(se) || issued(sw) || issued(nw); }
    bool allIssued() const { return issued(ne) && issued(se) && issued(sw) && issued(nw); }
    // The radius facing an azimuth from the centre (NE: [0, 90), SE: [90, 180), SW: [180, 270), NW: [270, 360)).
    double radiusAt(double azimuthDeg) const;
    double quadrant(int i) const { return i == 0 ? ne : i == 1 ? se : i == 2 ? sw : nw; }
    double &quadrant(int i) { return i == 0 ? ne : i == 1 ? se : i == 2 ? sw : nw; }
    double maxIssued() const; // 0 when none issued
    // Linear in time between two sets: a quadrant not issued at either end is not issued between them.
    static WindQuadrants interpolate(const WindQuadrants &a, const WindQuadrants &b, double f);
    friend bool operator==(const WindQuadrants &a, const WindQuadrants &b);
};

struct StormPoint
{
    QDateTime at;        // the instant, with the offset the source used (UTC for CMA, +08:00 for bulletins)
    QString atText;      // the time as the source wrote it
    GeoPoint pos;
    int grade = -1;      // GB/T 19201 grade 0..6 (0 below TD or unknown, 1 TD .. 6 SuperTY), 9 extratropical; -1 not given
    QString gradeText;   // as the source wrote it (台风(TY))
    double pressureHpa = NotIssued;
    double windMs = NotIssued; // 2-min mean maximum wind
    int power = -1;            // Beaufort force, -1 not given
    QString moveDir;
    double moveKmh = NotIssued;
    WindQuadrants r7, r10, r12;
    QString source;      // file, feed or officer
    QString origin;      // the file (and line) or the officer it came from
    qint64 fid = 0;      // the stored row, 0 when not stored
    const WindQuadrants &radii(int level) const { return level == 7 ? r7 : level == 10 ? r10 : r12; }
    WindQuadrants &radii(int level) { return level == 7 ? r7 : level == 10 ? r10 : r12; }
};

struct StormForecast
{
    QString agency;      // 中国, 日本, 美国 ... as the source wrote it
    QDateTime baseAt;    // the observed point the forecast was issued from
    QList<StormPoint> points;
};

struct Landfall
{
    QDateTime at;
    QString atText;
    QString place;
    GeoPoint pos;
    QString gradeText;
    qint64 fid = 0;
};

struct Storm
{
    QString code;        // the international number YYNN (2413), or YYYY-Snnnn for a storm without one
    QString cnNumber;    // the Chinese number, when given
    QString nameZh, nameEn;
    QDateTime beginAt, endAt;
    QString note;        // what the source says of itself (e.g. that a demo track is illustrative)
    int endFlag = -1;    // CMA: 0 dissipated, 1 left the area, 2 merged, 3 quasi-stationary
    QList<StormPoint> points;       // observed, by time
    QList<StormForecast> forecasts;
    QList<Landfall> landfalls;
    qint64 fid = 0;

    QString displayName() const;    // 2413 贝碧嘉 Bebinca
    // The forecast the track continues with: the latest base time, the Chinese agency first.
    const StormForecast *latestForecast() const;
};

class Typhoon
{
    Q_DECLARE_TR_FUNCTIONS(fc::Typhoon)
public:
    static const QStringList &sources(); // file, feed, officer
    // GB/T 19201 grades: short code (TD, TS, STS, TY, STY, SuperTY, ET), name in the interface language, colour.
    static QString gradeCode(int grade);
    static QString gradeName(int grade);
    static QString gradeColour(int grade); // #rrggbb, the usual track colours
    // The grade of a bulletin's class text (热带风暴(TS), 台风(TY), Super TY ...), -1 when unknown.
    static int gradeFromText(const QString &text);
    // The grade of a 2-min mean maximum wind (m/s), -1 when not known.
    static int gradeFromWind(double ms);
    // Beijing time (+08:00), the offset bulletins are written in.
    static QDateTime beijing(const QDateTime &t);
};

} // namespace fc
