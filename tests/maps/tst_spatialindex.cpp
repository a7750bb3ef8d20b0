#include "maps/featurestore.h"
#include "maps/spatialindex.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace fc;

class TstSpatialIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("seventeen") << 17;
        QTest::newRow("many") << 20000;
    }
    void matchesBruteForce()
    {
        QFETCH(int, count);
        QRandomGenerator rng(42);
        std::vector<Extent> boxes;
        for (int i = 0; i < count; ++i) {
            const double x = rng.bounded(10000.0), y = rng.bounded(10000.0);
            boxes.emplace_back(x, y, x + rng.bounded(50.0), y + rng.bounded(50.0));
        }
        SpatialIndex index;
        index.build(boxes);
        for (int q = 0; q < 200; ++q) {
            const double x = rng.bounded(10000.0), y = rng.bounded(10000.0);
            const Extent e(x, y, x + rng.bounded(800.0), y + rng.bounded(800.0));
            QList<int> got;
            index.query(e, [&](int i) { got.append(i); });
            QList<int> want;
            for (int i = 0; i < count; ++i)
                if (boxes[i].intersects(e))
                    want.append(i);
            std::sort(got.begin(), got.end());
            QCOMPARE(got, want);
        }
    }
    void featureStoreQueryAndIdentify()
    {
        FeatureStoreBuilder b({QStringLiteral("name")});
        b.addFeature(1, GeometryType::Point, {QPolygonF{QPointF(10, 10)}}, {QStringLiteral("a")});
        b.addFeature(2, GeometryType::Line, {QPolygonF{QPointF(0, 0), QPointF(100, 0)}}, {QStringLiteral("b")});
        b.addFeature(3, GeometryType::Polygon, {QPolygonF{QPointF(200, 200), QPointF(300, 200), QPointF(300, 300), QPointF(200, 300)}},
                     {QStringLiteral("c")});
        b.addFeature(4, GeometryType::Point, {}, {QStringLiteral("empty")}); // empty geometry is dropped
        auto s = b.build();
        QCOMPARE(s->count(), 3);
        QCOMPARE(s->attribute(2, QStringLiteral("name")).toString(), QStringLiteral("c"));
        QCOMPARE(s->query(Extent(190, 190, 210, 210)), QList<int>{2});
        QCOMPARE(s->distanceTo(2, QPointF(250, 250)), 0.0);
        QVERIFY(qFuzzyCompare(s->distanceTo(1, QPointF(50, 5)), 5.0));
        QCOMPARE(s->labelPoint(1), QPointF(50, 0));
    }
};

QTEST_GUILESS_MAIN(TstSpatialIndex)
#include "tst_spatialindex.moc"
