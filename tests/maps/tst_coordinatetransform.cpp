#include "maps/coordinatetransform.h"

#include <QTest>

using namespace fc;

class TstCoordinateTransform : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wgs84ToWebMercatorViaProj()
    {
        CoordinateTransform ct(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
        QVERIFY(ct.isValid());
        double x = 121.4903, y = 31.2447; // lon/lat order despite EPSG:4326's lat/lon axis
        QVERIFY(ct.transform(x, y));
        QVERIFY(std::abs(x - 13524238.3323) < 0.01);
        QVERIFY(std::abs(y - 3664569.0383) < 0.01);
    }
    void gaussKruger_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("east");
        QTest::addColumn<double>("north");
        // Expected values are PROJ 9.1.1's own, obtained once with
        //   echo "121.4737 31.2304" | gdaltransform -s_srs EPSG:4490 -t_srs EPSG:4549 -output_xy
        //   echo "121.9 30.9" | gdaltransform -s_srs EPSG:4490 -t_srs EPSG:4549 -output_xy
        QTest::newRow("people's square") << 121.4737 << 31.2304 << 640412.315036627 << 3457455.48858212;
        QTest::newRow("lingang") << 121.9 << 30.9 << 681663.031748849 << 3421434.64807712;
    }
    void gaussKruger()
    {
        // CGCS2000 3-degree Gauss-Krüger CM 120E (EPSG:4549): within 1 cm of PROJ, round trip within 1 cm.
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, east);
        QFETCH(double, north);
        CoordinateTransform to(QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:4549"));
        CoordinateTransform back(QStringLiteral("EPSG:4549"), QStringLiteral("EPSG:4490"));
        QVERIFY(to.isValid() && back.isValid());
        double x = lon, y = lat;
        QVERIFY(to.transform(x, y));
        QVERIFY2(std::abs(x - east) < 0.01 && std::abs(y - north) < 0.01, qPrintable(QStringLiteral("%1 %2").arg(x, 0, 'f', 4).arg(y, 0, 'f', 4)));
        QVERIFY(back.transform(x, y));
        QVERIFY(std::abs(x - lon) < 1e-7 && std::abs(y - lat) < 1e-7); // 1e-7 degree is about 1 cm
    }
    void gcj02()
    {
        // Published reference pairs, not our own forward function:
        // - WGS84 -> GCJ-02 (116.404, 39.915) -> (116.41024449916938, 39.91640428150164): the test of
        //   wandergis/coordtransform (test/app.js), the widely used JavaScript implementation.
        const GeoPoint g = Gcj02::fromWgs84(GeoPoint(116.404, 39.915));
        QVERIFY2(std::abs(g.lon - 116.41024449916938) < 1e-8 && std::abs(g.lat - 39.91640428150164) < 1e-8,
                 qPrintable(QStringLiteral("%1 %2").arg(g.lon, 0, 'f', 12).arg(g.lat, 0, 'f', 12)));
        // - GCJ-02 -> WGS84 (123, 45) -> (122.99395597, 44.99804071) to 5 decimals: the test of
        //   hujiulong/gcoord (test/unit/crs/GCJ02.spec.js). 1e-5 degree is about 1 m.
        const GeoPoint w = Gcj02::toWgs84(GeoPoint(123, 45));
        QVERIFY2(std::abs(w.lon - 122.99395597) < 1e-5 && std::abs(w.lat - 44.99804071) < 1e-5,
                 qPrintable(QStringLiteral("%1 %2").arg(w.lon, 0, 'f', 9).arg(w.lat, 0, 'f', 9)));
        // Our inverse is exact for our forward (iterated), in Shanghai too.
        const GeoPoint sh(121.4737, 31.2304);
        const GeoPoint back = Gcj02::toWgs84(Gcj02::fromWgs84(sh));
        QVERIFY(std::abs(back.lon - sh.lon) < 1e-8 && std::abs(back.lat - sh.lat) < 1e-8);
        // Outside China no shift (gcoord's test: longitude 183 is outside too).
        QCOMPARE(Gcj02::fromWgs84(GeoPoint(2.35, 48.85)), GeoPoint(2.35, 48.85));
        CoordinateTransform ct(QStringLiteral("GCJ02"), QStringLiteral("EPSG:4326"));
        double x = 116.41024449916938, y = 39.91640428150164;
        QVERIFY(ct.transform(x, y));
        QVERIFY(std::abs(x - 116.404) < 1e-7 && std::abs(y - 39.915) < 1e-7);
    }
    void unknownCrs()
    {
        CoordinateTransform ct(QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:4326"));
        QVERIFY(!ct.isValid());
        QVERIFY(ct.errorString().contains(QStringLiteral("EPSG:999999")));
    }
};

QTEST_GUILESS_MAIN(TstCoordinateTransform)
#include "tst_coordinatetransform.moc"
