#include "maps/mapsettings.h"
#include "maps/webmercator.h"

#include <QTest>

using namespace fc;

class TstWebMercator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownPoints_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        // Reference values from PROJ (cs2cs EPSG:4326 -> EPSG:3857).
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("waibaidu") << 121.4903 << 31.2447 << 13524238.3323 << 3664569.0383;
        QTest::newRow("lupu") << 121.4780 << 31.1945 << 13522869.1026 << 3658034.5157;
        QTest::newRow("southwest") << -74.0445 << -40.6892 << -8242596.0360 << -4966606.2573;
    }
    void knownPoints()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF p = WebMercator::fromLonLat(lon, lat);
        QVERIFY2(std::abs(p.x() - x) < 0.01, qPrintable(QString::number(p.x(), 'f', 4)));
        QVERIFY2(std::abs(p.y() - y) < 0.01, qPrintable(QString::number(p.y(), 'f', 4)));
        const GeoPoint back = WebMercator::toGeo(p);
        // 1 cm is about 9e-8 degrees.
        QVERIFY(std::abs(back.lon - lon) < 9e-8);
        QVERIFY(std::abs(back.lat - lat) < 9e-8);
    }
    void zoomResolution()
    {
        QCOMPARE(WebMercator::resolutionForZoom(0), 2 * WebMercator::HalfWorld / 256);
        QVERIFY(qFuzzyCompare(WebMercator::zoomForResolution(WebMercator::resolutionForZoom(15.5)), 15.5));
    }
    void settingsPixelRoundTrip()
    {
        MapSettings s;
        s.setOutputSize(QSize(800, 600));
        s.setExtentLonLat(Extent(121.46, 31.19, 121.51, 31.25));
        const QPointF m = WebMercator::fromLonLat(121.4737, 31.2304);
        const QPointF px = s.toPixel(m);
        QVERIFY(QRectF(0, 0, 800, 600).contains(px));
        const QPointF back = s.toMap(px);
        QVERIFY(std::abs(back.x() - m.x()) < 1e-6 && std::abs(back.y() - m.y()) < 1e-6);
        QVERIFY(s.scaleDenominator() > 10000 && s.scaleDenominator() < 100000);
    }
};

QTEST_GUILESS_MAIN(TstWebMercator)
#include "tst_webmercator.moc"
