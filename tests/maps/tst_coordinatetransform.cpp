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
    void gaussKruger()
    {
        // CGCS2000 3-degree Gauss-Krüger CM 120E (EPSG:4549): round trip within 1 cm.
        CoordinateTransform to(QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:4549"));
        CoordinateTransform back(QStringLiteral("EPSG:4549"), QStringLiteral("EPSG:4490"));
        QVERIFY(to.isValid() && back.isValid());
        double x = 121.4737, y = 31.2304;
        QVERIFY(to.transform(x, y));
        QVERIFY(x > 500000 && x < 700000); // east of the central meridian, false easting 500 km
        QVERIFY(y > 3400000 && y < 3500000);
        QVERIFY(back.transform(x, y));
        QVERIFY(std::abs(x - 121.4737) < 1e-7 && std::abs(y - 31.2304) < 1e-7);
    }
    void gcj02()
    {
        // The shift in central Shanghai is a few hundred metres east-south-east... and invertible.
        const GeoPoint w(121.4737, 31.2304);
        const GeoPoint g = Gcj02::fromWgs84(w);
        QVERIFY(std::abs(g.lon - w.lon) > 0.002 && std::abs(g.lon - w.lon) < 0.01);
        const GeoPoint back = Gcj02::toWgs84(g);
        QVERIFY(std::abs(back.lon - w.lon) < 1e-8 && std::abs(back.lat - w.lat) < 1e-8);
        // Outside China no shift.
        QCOMPARE(Gcj02::fromWgs84(GeoPoint(2.35, 48.85)), GeoPoint(2.35, 48.85));
        CoordinateTransform ct(QStringLiteral("GCJ02"), QStringLiteral("EPSG:4326"));
        double x = g.lon, y = g.lat;
        QVERIFY(ct.transform(x, y));
        QVERIFY(std::abs(x - w.lon) < 1e-8);
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
