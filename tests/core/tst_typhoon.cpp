// Typhoon tracks: the CMA best-track and bulletin parsers (hand-written files: several storms, a storm across the
// year end, null radii kept apart from 0), bad files refused naming the file and line or feature with the store
// unchanged, geodesics against published values, quadrant sectors checked with an independent Vincenty inverse,
// interpolation and the 7-level circle's arrival worked by hand, and the store round trip on both backends.
#include "app/core/rules/typhoonproposal.h"
#include "app/core/store/store.h"
#include "app/core/typhoon/typhoonfiles.h"
#include "app/core/typhoon/typhoonstore.h"
#include "app/core/typhoon/typhoontrack.h"
#include "maps/geodesic.h"
#include "maps/webmercator.h"
#include "widgets/map/typhoonlayers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

#include "storetestutil.h"

using namespace fc;
using fc::testutil::pgPort;
using fc::testutil::wait;

namespace {

QString data(const char *name)
{
    return QStringLiteral(FC_TEST_DATA "/typhoon/") + QLatin1String(name);
}

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

// Vincenty's inverse formula on the WGS 84 ellipsoid (T. Vincenty, "Direct and inverse solutions of geodesics on
// the ellipsoid with application of nested equations", Survey Review 23 (176), 1975), written here from the paper's
// equations as an implementation independent of PROJ's (Karney's) algorithm. Metres.
double vincentyM(double lat1, double lon1, double lat2, double lon2)
{
    const double a = 6378137.0, f = 1 / 298.257223563, b = a * (1 - f);
    const double rad = M_PI / 180.0;
    const double L = (lon2 - lon1) * rad;
    const double U1 = std::atan((1 - f) * std::tan(lat1 * rad)), U2 = std::atan((1 - f) * std::tan(lat2 * rad));
    const double sinU1 = std::sin(U1), cosU1 = std::cos(U1), sinU2 = std::sin(U2), cosU2 = std::cos(U2);
    double lambda = L, prev = 0, sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2SigmaM = 0;
    for (int i = 0; i < 200; ++i) {
        const double sinL = std::sin(lambda), cosL = std::cos(lambda);
        sinSigma = std::sqrt(std::pow(cosU2 * sinL, 2) + std::pow(cosU1 * sinU2 - sinU1 * cosU2 * cosL, 2));
        if (sinSigma == 0)
            return 0;
        cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
        sigma = std::atan2(sinSigma, cosSigma);
        const double sinAlpha = cosU1 * cosU2 * sinL / sinSigma;
        cos2Alpha = 1 - sinAlpha * sinAlpha;
        cos2SigmaM = cos2Alpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cos2Alpha : 0;
        const double C = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
        prev = lambda;
        lambda = L + (1 - C) * f * sinAlpha
                         * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        if (std::abs(lambda - prev) < 1e-12)
            break;
    }
    const double u2 = cos2Alpha * (a * a - b * b) / (b * b);
    const double A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
    const double B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
    const double dSigma = B * sinSigma
                          * (cos2SigmaM + B / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                                                   - B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma)
                                                         * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
    return b * A * (sigma - dSigma);
}

} // namespace

class TstTyphoon : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Store> fresh(const QString &kind)
    {
        const QString name = QStringLiteral("fc_typhoon_t%1").arg(++m_n);
        QString at = m_dir.filePath(name + QStringLiteral(".gpkg")), e;
        if (kind == QLatin1String("pg")) {
            if (!testutil::createPgDatabase(name, &e))
                qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(e));
            at = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(pgPort(), name);
        }
        std::unique_ptr<Store> s = Store::create(at, &e);
        if (!s)
            qWarning("%s", qPrintable(e));
        return s;
    }
    void backends()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("geopackage") << QStringLiteral("gpkg");
        QTest::newRow("postgresql") << QStringLiteral("pg");
    }
    static int floodctl(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(FLOODCTL_BIN), args);
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        const QByteArray e = p.readAllStandardError();
        if (err)
            *err = e;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!pgPort().isEmpty(), "FC_TEST_PG_PORT is not set: the server fixture (tests/pg/pgserver.sh) did not run");
    }

    // A hand-written CMA file of three storms: one without an international number, one with a coastal-wind
    // column and an extratropical row, one running from 2024 into 2025.
    void cmaSeveralStorms()
    {
        QList<Storm> storms;
        QString e;
        QVERIFY2(TyphoonFiles::read(data("cma_2024_three_storms.txt"), TyphoonFiles::Format::Auto, &storms, &e), qPrintable(e));
        QCOMPARE(storms.size(), 3);
        QCOMPARE(storms[0].code, QStringLiteral("2024-S0001"));
        QCOMPARE(storms[0].points.size(), 3);
        QCOMPARE(storms[0].points[2].grade, 0);
        QCOMPARE(storms[1].code, QStringLiteral("2413"));
        QCOMPARE(storms[1].nameEn, QStringLiteral("Bebinca"));
        QCOMPARE(storms[1].points.size(), 4);
        const StormPoint &p = storms[1].points[1];
        QCOMPARE(p.at, utc(2024, 9, 16, 6));
        QCOMPARE(p.at.offsetFromUtc(), 0); // CMA files are UTC
        QCOMPARE(p.atText, QStringLiteral("2024091606"));
        QCOMPARE(p.pos.lat, 31.0);
        QCOMPARE(p.pos.lon, 121.6);
        QCOMPARE(p.pressureHpa, 965.0);
        QCOMPARE(p.windMs, 40.0);
        QCOMPARE(p.grade, 4);
        QCOMPARE(storms[1].points[3].grade, 9);
        QVERIFY(!p.r7.anyIssued()); // the best track has no radii: not issued, never 0
        QCOMPARE(storms[2].code, QStringLiteral("2426"));
        QCOMPARE(storms[2].endFlag, 1);
        QCOMPARE(storms[2].points.first().at, utc(2024, 12, 29, 18));
        QCOMPARE(storms[2].points.last().at, utc(2025, 1, 1, 0)); // across the year end
        QCOMPARE(storms[2].points.last().pos, GeoPoint(113.5, 12.8));
        // --storm keeps one storm of the file.
        QVERIFY2(TyphoonFiles::select(&storms, QStringLiteral("PABUK"), QStringLiteral("x"), &e), qPrintable(e));
        QCOMPARE(storms.size(), 1);
        QCOMPARE(storms[0].code, QStringLiteral("2426"));
    }

    // Bad files are refused naming the file and the line (CMA) or the feature (bulletin).
    void badFilesNameTheLineOrFeature()
    {
        QList<Storm> storms;
        QString e;
        QVERIFY(!TyphoonFiles::read(data("cma_bad_latitude.txt"), TyphoonFiles::Format::Auto, &storms, &e));
        QVERIFY2(e.contains(QStringLiteral("cma_bad_latitude.txt, line 3")) && e.contains(QStringLiteral("latitude")), qPrintable(e));
        QVERIFY(storms.isEmpty());
        QVERIFY(!TyphoonFiles::read(data("cma_short_storm.txt"), TyphoonFiles::Format::Auto, &storms, &e));
        QVERIFY2(e.contains(QStringLiteral("cma_short_storm.txt, line 1")) && e.contains(QStringLiteral("1 more rows")), qPrintable(e));
        QVERIFY(!TyphoonFiles::read(data("bulletin_bad_lat.json"), TyphoonFiles::Format::Auto, &storms, &e));
        QVERIFY2(e.contains(QStringLiteral("bulletin_bad_lat.json, storm.points[1].lat")), qPrintable(e));
        QVERIFY(!TyphoonFiles::parseBulletin("{\"tfbh\": \"2401\",\n \"points\": [\n {\"time\": }]}", QStringLiteral("cut.json"), &storms, &e));
        QVERIFY2(e.startsWith(QStringLiteral("cut.json, line 3")), qPrintable(e));
        QVERIFY(storms.isEmpty());
    }

    // A bulletin keeps "not issued" (null) apart from "none" (0), the Beijing time as written and its instant.
    void bulletinNullVersusZero()
    {
        QList<Storm> storms;
        QString e;
        QVERIFY2(TyphoonFiles::read(data("bulletin_null_zero.json"), TyphoonFiles::Format::Auto, &storms, &e), qPrintable(e));
        QCOMPARE(storms.size(), 1);
        const Storm &s = storms[0];
        QCOMPARE(s.code, QStringLiteral("2499"));
        QCOMPARE(s.nameZh, QStringLiteral("测试"));
        const StormPoint &p = s.points[0];
        QCOMPARE(p.atText, QStringLiteral("2024-09-16 05:00:00"));
        QCOMPARE(p.at, utc(2024, 9, 15, 21)); // 05:00 Beijing time
        QCOMPARE(p.at.offsetFromUtc(), 8 * 3600);
        QCOMPARE(p.grade, 4);
        QCOMPARE(p.power, 12);
        QCOMPARE(p.r7.ne, 300.0);
        QCOMPARE(p.r10.ne, 80.0);
        QVERIFY(std::isnan(p.r10.se)); // not issued
        QCOMPARE(p.r12.ne, 0.0);       // none
        QVERIFY(p.r12.allIssued());
        QVERIFY(!s.points[1].r10.anyIssued());
        QVERIFY(!s.points[1].r12.anyIssued());
        QCOMPARE(s.forecasts.size(), 1);
        QCOMPARE(s.forecasts[0].agency, QStringLiteral("中国"));
        QCOMPARE(s.forecasts[0].baseAt, p.at);
        QCOMPARE(s.forecasts[0].points[0].grade, 2);
        QCOMPARE(s.landfalls.size(), 1);
        QCOMPARE(s.landfalls[0].place, QStringLiteral("浙江省舟山市"));
        QCOMPARE(s.landfalls[0].at, utc(2024, 9, 15, 23, 30));
    }

    // Geodesics against published values.
    void geodesicPublished()
    {
        // GeographicLib's GeodSolve manual, example "route from JFK Airport to Singapore Changi Airport":
        // 40:38:23N 073:46:44W to 01:21:33N 103:59:22E gives azi1 003:18:29.9, azi2 177:29:09.2, s12 15347628 m.
        const GeoPoint jfk(-(73 + 46 / 60.0 + 44 / 3600.0), 40 + 38 / 60.0 + 23 / 3600.0);
        const GeoPoint sin(103 + 59 / 60.0 + 22 / 3600.0, 1 + 21 / 60.0 + 33 / 3600.0);
        const Geodesic::Inverse i = Geodesic::inverse(jfk, sin);
        QVERIFY2(std::abs(i.distanceM - 15347628) < 1.0, qPrintable(QString::number(i.distanceM, 'f', 3)));
        QVERIFY(std::abs(i.azimuth1 - (3 + 18 / 60.0 + 29.9 / 3600.0)) < 0.1 / 3600.0);
        QVERIFY(std::abs(i.azimuth2 - (177 + 29 / 60.0 + 9.2 / 3600.0)) < 0.1 / 3600.0);
        // C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87 (2013), the worked inverse example:
        // phi1 = -30, phi2 = 29.9, lambda12 = 179.8 -> s12 = 19989832.82761 m, alpha1 = 161.89052473633,
        // alpha2 = 18.09073724574 (a nearly antipodal pair, where simpler methods fail).
        const Geodesic::Inverse k = Geodesic::inverse(GeoPoint(0, -30), GeoPoint(179.8, 29.9));
        QVERIFY(std::abs(k.distanceM - 19989832.82761) < 1e-4);
        QVERIFY(std::abs(k.azimuth1 - 161.89052473633) < 1e-9);
        QVERIFY(std::abs(k.azimuth2 - 18.09073724574) < 1e-9);
        // The same paper's direct example: phi1 = 40, alpha1 = 30, s12 = 10 000 km -> phi2 = 41.79331020506.
        const GeoPoint d = Geodesic::direct(GeoPoint(0, 40), 30, 10e6);
        QVERIFY(std::abs(d.lat - 41.79331020506) < 1e-9);
        // The equator is a geodesic: its length per radian of longitude is the semi-major axis.
        QVERIFY(std::abs(Geodesic::distanceM(GeoPoint(120, 0), GeoPoint(121, 0)) - 6378137.0 * M_PI / 180) < 1e-6);
    }

    // A quadrant sector's edge points lie at the stated radius on the ellipsoid (checked with Vincenty's inverse),
    // within 10 m; a quadrant issued as 0 or not issued has no sector.
    void sectorEdgeAtStatedRadius()
    {
        WindQuadrants r;
        r.ne = 300;
        r.se = 180;
        r.sw = 0;
        const GeoPoint c(122.5, 30.7);
        for (int q : {0, 1}) {
            const QList<GeoPoint> ring = windSector(c, r, q);
            QVERIFY(ring.size() > 10);
            QCOMPARE(ring.first(), c);
            QCOMPARE(ring.last(), c);
            for (int i = 1; i < ring.size() - 1; ++i) {
                const double d = vincentyM(c.lat, c.lon, ring[i].lat, ring[i].lon);
                QVERIFY2(std::abs(d - r.quadrant(q) * 1000.0) < 10.0, qPrintable(QString::number(d, 'f', 2)));
                QVERIFY(ring[i].lon >= c.lon - 1e-9); // both quadrants lie east of the centre
            }
            // The arc runs clockwise from due north (NE) or due east (SE); the SE arc ends due south.
            if (q == 0)
                QVERIFY(std::abs(ring[1].lon - c.lon) < 1e-9 && ring[1].lat > c.lat);
            else
                QVERIFY(std::abs(ring[ring.size() - 2].lon - c.lon) < 1e-9 && ring[ring.size() - 2].lat < c.lat);
        }
        QVERIFY(windSector(c, r, 2).isEmpty()); // 0: none
        QVERIFY(windSector(c, r, 3).isEmpty()); // not issued
        // A 300 km radius drawn in degrees of latitude (300 / 111.32) and used for longitude is tens of km wrong
        // at 30.7 N: the ellipsoidal edge point due east is not there.
        const GeoPoint east = Geodesic::direct(c, 90, 300000);
        QVERIFY(std::abs((east.lon - c.lon) - 300 / 111.32) > 0.4);
        QCOMPARE(r.radiusAt(45), 300.0);
        QCOMPARE(r.radiusAt(135), 180.0);
        QCOMPARE(r.radiusAt(225), 0.0);
        QVERIFY(std::isnan(r.radiusAt(315)));
    }

    // Position and radii at a time between two points, worked by hand: on the equator (a geodesic) 120E at 00:00
    // and 121E at 06:00 UTC; at 03:00 the centre is at 120.5E, at 01:30 at 120.25E. Radii NE 300 -> 200,
    // SE 200 -> 200, SW 100 -> 0, NW not issued -> 100: at 03:00 250, 200, 50, not issued; at 01:30 275, 200, 75.
    void interpolationByHand()
    {
        StormPoint a, b;
        a.at = utc(2024, 9, 1, 0);
        a.pos = GeoPoint(120, 0);
        a.r7.ne = 300;
        a.r7.se = 200;
        a.r7.sw = 100;
        b.at = utc(2024, 9, 1, 6);
        b.pos = GeoPoint(121, 0);
        b.r7.ne = 200;
        b.r7.se = 200;
        b.r7.sw = 0;
        b.r7.nw = 100;
        a.pressureHpa = 960;
        b.pressureHpa = 970;
        const TyphoonTrack t = TyphoonTrack::fromPoints({a, b});
        const auto s = t.at(utc(2024, 9, 1, 3));
        QVERIFY(s);
        QVERIFY(std::abs(s->pos.lon - 120.5) < 1e-9);
        QVERIFY(std::abs(s->pos.lat) < 1e-9);
        QCOMPARE(s->r7.ne, 250.0);
        QCOMPARE(s->r7.se, 200.0);
        QCOMPARE(s->r7.sw, 50.0);
        QVERIFY(std::isnan(s->r7.nw)); // not carried forward from the later point
        QCOMPARE(s->pressureHpa, 965.0);
        const auto q = t.at(utc(2024, 9, 1, 1, 30));
        QVERIFY(std::abs(q->pos.lon - 120.25) < 1e-9);
        QCOMPARE(q->r7.ne, 275.0);
        QCOMPARE(q->r7.sw, 75.0);
        QVERIFY(!t.at(utc(2024, 9, 1, 6, 1)));  // after the last point: no position
        QVERIFY(!t.at(utc(2024, 8, 31, 23, 59)));
    }

    // The first minute a point is inside the 7-level circle, worked by hand. The centre runs along the equator from
    // 118E (00:00 UTC) to 122E (10:00 UTC), 0.4 degrees an hour; the 7-level radius is 100 km all round; the point
    // is 121E 0N. On the equator 100 km is 100000 / 6378137 rad = 0.898318 degrees of longitude, so the circle
    // reaches the point when the centre is at 120.101682E: (2.101682 / 0.4) h = 5 h 15.25 min -> 05:15:15, first
    // whole minute inside 05:16 (at 05:15 the centre is 100.19 km away). It leaves when the centre is at 121.898318E:
    // 9.745795 h = 09:44:45, first minute outside 09:45. Closest approach 0 km at 07:30.
    void circleEntryByHand()
    {
        QList<Storm> storms;
        QString e;
        QVERIFY2(TyphoonFiles::read(data("bulletin_equator.json"), TyphoonFiles::Format::Auto, &storms, &e), qPrintable(e));
        const TyphoonTrack track(storms[0]);
        QCOMPARE(track.start(), utc(2024, 1, 1, 0));
        const TyphoonFigures f = TyphoonFigures::compute(track, TyphoonTarget::point(GeoPoint(121, 0)), utc(2024, 1, 1, 2));
        QCOMPARE(f.circles[0].enter, utc(2024, 1, 1, 5, 16));
        QCOMPARE(f.circles[0].leave, utc(2024, 1, 1, 9, 45));
        QVERIFY(f.closest);
        QCOMPARE(f.closest->at, utc(2024, 1, 1, 7, 30));
        QVERIFY(f.closest->distanceKm < 1e-6);
        // 10-level radii not issued: no arrival time, and it says why.
        QVERIFY(!f.circles[1].enter.isValid());
        QVERIFY(f.circles[1].note.contains(QStringLiteral("not issued")));
        // 12-level radii issued as 0: never arrives, nothing unknown.
        QVERIFY(!f.circles[2].enter.isValid());
        QVERIFY(f.circles[2].note.isEmpty());
        // At 02:00 the centre is at 118.8E: 2.2 degrees = 244.9 km west of the point (bearing from the point 270).
        QVERIFY(f.haveNow);
        QVERIFY(std::abs(f.nowDistanceKm - 6378.137 * 2.2 * M_PI / 180) < 1e-6);
        QVERIFY(std::abs(f.nowBearingDeg - 270) < 1e-6);
    }

    // The map layers at a replay time, worked by hand on the equator track: at 03:00 UTC one point has been
    // observed (00:00, 118E) and the centre is at 118 + 3 x 0.4 = 119.2E; the 7-level circle (100 km all round) is
    // drawn around it with its edge 100 km away on the ellipsoid (Vincenty), the 10-level (not issued) and the
    // 12-level (none) are not drawn; the track runs from the last point to the centre; the two warning lines.
    void mapLayersAtReplayTime()
    {
        QList<Storm> storms;
        QString e;
        QVERIFY2(TyphoonFiles::read(data("bulletin_equator.json"), TyphoonFiles::Format::Auto, &storms, &e), qPrintable(e));
        const TyphoonLayers::Built b = TyphoonLayers::build(storms, utc(2024, 1, 1, 3), TyphoonLayers::warningLines());
        QCOMPARE(b.current, 1);
        QCOMPARE(b.lines->count(), 3);
        QCOMPARE(b.points->count(), 2);
        QCOMPARE(b.areas->count(), 1);
        QCOMPARE(b.areas->attribute(0, QStringLiteral("style")).toString(), QStringLiteral("r7"));
        int now = -1;
        for (int i = 0; i < b.points->count(); ++i)
            if (b.points->attribute(i, QStringLiteral("style")).toString() == QLatin1String("now"))
                now = i;
        QVERIFY(now >= 0);
        int n = 0;
        const GeoPoint c = WebMercator::toGeo(*b.points->part(now, 0, &n));
        QVERIFY(std::abs(c.lon - 119.2) < 1e-9 && std::abs(c.lat) < 1e-9);
        const QPointF *ring = b.areas->part(0, 0, &n);
        QVERIFY(n > 100);
        for (int i = 0; i < n; ++i) {
            const GeoPoint p = WebMercator::toGeo(ring[i]);
            QVERIFY2(std::abs(vincentyM(0, 119.2, p.lat, p.lon) - 100000) < 10, qPrintable(QString::number(i)));
        }
        // Before the first point nothing of the storm is drawn; after the track it is drawn whole, with no position.
        QCOMPARE(TyphoonLayers::build(storms, utc(2023, 12, 31, 0), {}).points->count(), 0);
        const TyphoonLayers::Built after = TyphoonLayers::build(storms, utc(2024, 2, 1, 0), {});
        QCOMPARE(after.current, 0);
        QCOMPARE(after.points->count(), 2);
        QCOMPARE(after.areas->count(), 0);
    }

    // The plan's rule "propose typhoon blue when the 7-level circle is forecast to reach the district within 48 h",
    // on hand-made arrival times.
    void planProposesTyphoonBlue()
    {
        const QList<TyphoonProposalRule> rules = ResponsePlan::defaultPlan().typhoonProposals();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].colour, QStringLiteral("blue"));
        QCOMPARE(rules[0].circle, 7);
        QCOMPARE(rules[0].withinHours, 48.0);
        const QDateTime now = utc(2024, 9, 14, 1);
        auto at = [&](double hours) { return now.addSecs(qint64(hours * 3600)); };
        auto propose = [&](QDateTime enter, QDateTime leave, const QString &inForce = {}) {
            std::array<TyphoonProposal::Circle, 3> c;
            c[0] = {enter, leave};
            return TyphoonProposal::propose(rules, c, now, inForce).colour;
        };
        QCOMPARE(propose(at(30), {}), QStringLiteral("blue"));
        QCOMPARE(propose(at(48), at(60)), QStringLiteral("blue"));
        QCOMPARE(propose(at(48.02), {}), QString());          // beyond 48 h
        QCOMPARE(propose(at(30), {}, QStringLiteral("blue")), QString());   // already in force
        QCOMPARE(propose(at(30), {}, QStringLiteral("yellow")), QString()); // higher in force
        QCOMPARE(propose(at(-2), at(3)), QStringLiteral("blue"));           // over the district now
        QCOMPARE(propose(at(-5), at(-1)), QString());                       // has passed
        QCOMPARE(propose({}, {}), QString());                               // unknown: radii not issued
        // A 10-level circle arriving soon does not trigger a rule about the 7-level one.
        std::array<TyphoonProposal::Circle, 3> c;
        c[1] = {at(5), {}};
        QCOMPARE(TyphoonProposal::propose(rules, c, now, {}).colour, QString());
    }

    // The store keeps every value (null radii as NULL, 0 as 0, the source's time text and offset) on both
    // backends; a second import of the same file changes nothing; the CLI's show prints the hand-worked times.
    void storeRoundTrip_data() { backends(); }
    void storeRoundTrip()
    {
        QFETCH(QString, kind);
        auto store = fresh(kind);
        QVERIFY(store);
        QList<Storm> in;
        QString e;
        QVERIFY(TyphoonFiles::read(data("bulletin_null_zero.json"), TyphoonFiles::Format::Auto, &in, &e));
        QVERIFY(TyphoonFiles::read(data("cma_2024_three_storms.txt"), TyphoonFiles::Format::Auto, &in, &e));
        TyphoonStore::ImportSummary sum;
        QVERIFY2(TyphoonStore::importStorms(*store, in, QStringLiteral("file"), QStringLiteral("test"), &sum, &e), qPrintable(e));
        QCOMPARE(sum.storms, 4);
        QCOMPARE(sum.pointsAdded, 12);
        QCOMPARE(sum.forecastPoints, 1);
        QList<Storm> out;
        QVERIFY2(TyphoonStore::load(*store, &out, &e), qPrintable(e));
        QCOMPARE(out.size(), 4);
        const Storm *t = nullptr;
        for (const Storm &s : out)
            if (s.code == QLatin1String("2499"))
                t = &s;
        QVERIFY(t);
        const StormPoint &p = t->points[0];
        QCOMPARE(p.at, utc(2024, 9, 15, 21));
        QCOMPARE(p.at.offsetFromUtc(), 8 * 3600);
        QCOMPARE(p.atText, QStringLiteral("2024-09-16 05:00:00"));
        QCOMPARE(p.r7.ne, 300.0);
        QVERIFY(std::isnan(p.r10.se));
        QCOMPARE(p.r12.sw, 0.0);
        QVERIFY(!t->points[1].r12.anyIssued());
        QCOMPARE(p.source, QStringLiteral("file"));
        QCOMPARE(t->forecasts.size(), 1);
        QCOMPARE(t->landfalls.size(), 1);
        QCOMPARE(t->landfalls[0].at.offsetFromUtc(), 8 * 3600);
        // Again: nothing to write.
        QList<Storm> stored;
        QVERIFY(TyphoonStore::load(*store, &stored, &e));
        TyphoonStore::ImportSummary again;
        QVERIFY(TyphoonStore::changesFor(in, stored, &again, QStringLiteral("file")).isEmpty());
        QCOMPARE(again.pointsUnchanged, 12);
    }

    // floodctl: one bad file among good ones refuses them all (the message names the file and line), the store is
    // unchanged; show --json prints the fields with offsets and null where unknown.
    void floodctlImportAndShow_data() { backends(); }
    void floodctlImportAndShow()
    {
        QFETCH(QString, kind);
        auto store = fresh(kind);
        QVERIFY(store);
        const QString db = store->path();
        store.reset();
        QByteArray out, err;
        QCOMPARE(floodctl({QStringLiteral("typhoon"), QStringLiteral("import"), db, data("bulletin_equator.json"),
                           data("cma_bad_latitude.txt")},
                          &out, &err),
                 1);
        QVERIFY2(err.contains("cma_bad_latitude.txt, line 3"), err.constData());
        QCOMPARE(floodctl({QStringLiteral("typhoon"), QStringLiteral("list"), db, QStringLiteral("--json")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 0);
        QCOMPARE(floodctl({QStringLiteral("typhoon"), QStringLiteral("import"), db, data("bulletin_equator.json")}, &out, &err), 0);
        QCOMPARE(floodctl({QStringLiteral("typhoon"), QStringLiteral("show"), db, QStringLiteral("--storm"), QStringLiteral("Equator"),
                           QStringLiteral("--point"), QStringLiteral("121,0"), QStringLiteral("--at"),
                           QStringLiteral("2024-01-01T10:00:00+08:00"), QStringLiteral("--json")},
                          &out, &err),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("points")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("landfall")).toArray().size(), 0);
        const QJsonObject c7 = o.value(QStringLiteral("circles")).toObject().value(QStringLiteral("7")).toObject();
        QCOMPARE(c7.value(QStringLiteral("enter")).toString(), QStringLiteral("2024-01-01T13:16:00+08:00"));
        QCOMPARE(c7.value(QStringLiteral("leave")).toString(), QStringLiteral("2024-01-01T17:45:00+08:00"));
        const QJsonObject c10 = o.value(QStringLiteral("circles")).toObject().value(QStringLiteral("10")).toObject();
        QVERIFY(c10.value(QStringLiteral("enter")).isNull());
        QVERIFY(c10.value(QStringLiteral("leave")).isNull());
        const QJsonObject closest = o.value(QStringLiteral("closest")).toObject();
        QCOMPARE(closest.value(QStringLiteral("time")).toString(), QStringLiteral("2024-01-01T15:30:00+08:00"));
        QCOMPARE(closest.value(QStringLiteral("distance_km")).toDouble(), 0.0);
        QVERIFY(closest.value(QStringLiteral("bearing_deg")).isNull());
        // Export: the wind circles as polygons.
        const QString geojson = m_dir.filePath(QStringLiteral("eq%1.geojson").arg(m_n));
        QCOMPARE(floodctl({QStringLiteral("typhoon"), QStringLiteral("export"), db, QStringLiteral("--storm"), QStringLiteral("202490"),
                           geojson},
                          &out, &err),
                 0);
        QFile f(geojson);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray features = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
        int sectors = 0, lines = 0;
        for (const QJsonValue &v : features) {
            const QString k = v.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("kind")).toString();
            sectors += k == QLatin1String("wind_circle");
            lines += k == QLatin1String("track");
        }
        QCOMPARE(lines, 1);
        QCOMPARE(sectors, 8); // 2 points x 4 quadrants of the 7-level circle (10: not issued, 12: none)
    }
};

QTEST_GUILESS_MAIN(TstTyphoon)
#include "tst_typhoon.moc"
