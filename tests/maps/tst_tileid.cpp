#include "maps/tileid.h"
#include "maps/webmercator.h"

#include <QTest>

using namespace fc;

class TstTileId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containing_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("z0") << 121.49 << 31.24 << 0 << 0 << 0;
        QTest::newRow("bund z10") << 121.4905 << 31.2395 << 10 << 857 << 418;
        QTest::newRow("bund z15") << 121.4905 << 31.2395 << 15 << 27442 << 13388;
        QTest::newRow("bund z18") << 121.4905 << 31.2395 << 18 << 219538 << 107105;
        QTest::newRow("nw corner z3") << -179.9 << 85.0 << 3 << 0 << 0;
    }
    void containing()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        const TileId t = TileId::containing(WebMercator::fromLonLat(lon, lat), z);
        QCOMPARE(t.x, x);
        QCOMPARE(t.y, y);
        QVERIFY(t.extent().contains(WebMercator::fromLonLat(lon, lat)));
    }
    void parentAndTms()
    {
        const TileId t{15, 27442, 13388};
        QCOMPARE(t.parent(), (TileId{14, 13721, 6694}));
        QCOMPARE(t.tmsRow(), (1 << 15) - 1 - 13388);
        QVERIFY(t.parent().extent().contains(t.extent().buffered(-1e-3)));
    }
    void covering()
    {
        const TileId t{12, 3429, 1673};
        // The tile's own extent is covered by exactly that tile.
        QCOMPARE(TileId::covering(t.extent(), 12), QList<TileId>{t});
        // One zoom deeper: its four children.
        QCOMPARE(TileId::covering(t.extent(), 13).size(), 4);
        QVERIFY(TileId::covering(Extent(), 5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTileId)
#include "tst_tileid.moc"
