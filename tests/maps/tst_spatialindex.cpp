#include "maps/featurestore.h"
#include "maps/spatialindex.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

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
    void intersectingInDataOrder()
    {
        // FeatureStore::intersecting: the features whose box meets the extent, ascending, whichever
        // way it finds them (R-tree hits sorted, R-tree hits through a bitmap, a scan of the boxes).
        // Boxes on whole units, so the R-tree's float boxes are exact and brute force is the truth.
        QRandomGenerator rng(5);
        FeatureStoreBuilder b;
        std::vector<Extent> boxes;
        for (int i = 0; i < 20000; ++i) {
            const double x = rng.bounded(10000), y = rng.bounded(10000);
            const double w = rng.bounded(40), h = rng.bounded(40);
            b.addFeature(i, GeometryType::Line, {QPolygonF{QPointF(x, y), QPointF(x + w, y + h)}}, {});
            boxes.emplace_back(x, y, x + w, y + h);
        }
        auto eager = b.build();
        for (int i = 0; i < 20000; ++i) {
            const double x = boxes[std::size_t(i)].xMin(), y = boxes[std::size_t(i)].yMin();
            b.addFeature(i, GeometryType::Line, {QPolygonF{QPointF(x, y), QPointF(boxes[std::size_t(i)].xMax(), boxes[std::size_t(i)].yMax())}}, {});
        }
        auto lazy = b.build(true);
        QVERIFY(eager->hasIndex());
        QVERIFY(!lazy->hasIndex());
        // 30 x 30: few hits (sorted); 2000 x 2000: many hits (bitmap); 9000 x 9000: a scan.
        for (const double size : {30.0, 2000.0, 9000.0})
            for (int q = 0; q < 20; ++q) {
                const double x = rng.bounded(10000.0 - size), y = rng.bounded(10000.0 - size);
                const Extent e(x, y, x + size, y + size);
                std::vector<int> want;
                for (int i = 0; i < 20000; ++i)
                    if (boxes[std::size_t(i)].intersects(e))
                        want.push_back(i);
                QVERIFY(size < 100 || want.size() > 200); // beyond the sort path's few hits
                QCOMPARE(eager->intersecting(e), want);
                QCOMPARE(lazy->intersecting(e), want);
            }
        QVERIFY(!lazy->hasIndex()); // scans need no R-tree
        QList<int> hits = lazy->query(Extent(100, 100, 400, 400));
        QVERIFY(lazy->hasIndex()); // built by the first query
        std::sort(hits.begin(), hits.end());
        QList<int> eagerHits = eager->query(Extent(100, 100, 400, 400));
        std::sort(eagerHits.begin(), eagerHits.end());
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits, eagerHits);
        QVERIFY(eager->intersecting(Extent(20000, 20000, 20001, 20001)).empty());
    }

    // Built once, then read from several threads at once (as the render tasks do), and a lazy
    // feature store whose R-tree is built by whichever of several simultaneous first queries gets
    // there: every thread's answers match a brute-force scan. Run under ThreadSanitizer in CI
    // (`ctest -L tsan` in a FC_SANITIZE=thread build).
    void readsConcurrently()
    {
        QRandomGenerator rng(7);
        std::vector<Extent> boxes;
        FeatureStoreBuilder b;
        for (int i = 0; i < 5000; ++i) {
            const int x = rng.bounded(10000), y = rng.bounded(10000); // whole units: float boxes exact
            boxes.emplace_back(x, y, x + rng.bounded(80), y + rng.bounded(80));
            b.addFeature(i, GeometryType::Line, {QPolygonF{QPointF(x, y), QPointF(boxes.back().xMax(), boxes.back().yMax())}}, {});
        }
        SpatialIndex index;
        index.build(boxes);
        auto lazy = b.build(true);
        QVERIFY(!lazy->hasIndex());
        constexpr int threads = 4, queries = 60;
        std::atomic_int wrong{0}, found{0}, ready{0};
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                QRandomGenerator r(100 + t);
                ++ready;
                while (ready.load() < threads) // all first queries start together
                    std::this_thread::yield();
                for (int q = 0; q < queries; ++q) {
                    const double x = r.bounded(10000.0), y = r.bounded(10000.0);
                    const Extent e(x, y, x + r.bounded(900.0), y + r.bounded(900.0));
                    std::vector<int> want;
                    for (int i = 0; i < int(boxes.size()); ++i)
                        if (boxes[i].intersects(e))
                            want.push_back(i);
                    QList<int> fromStore = lazy->query(e);
                    std::sort(fromStore.begin(), fromStore.end());
                    if (std::vector<int>(fromStore.begin(), fromStore.end()) != want)
                        ++wrong;
                    std::vector<int> got;
                    index.query(e, [&](int i) { got.push_back(i); });
                    std::sort(got.begin(), got.end());
                    if (got != want)
                        ++wrong;
                    found += int(got.size());
                }
            });
        }
        for (auto &th : pool)
            th.join();
        QCOMPARE(wrong.load(), 0);
        QVERIFY(found.load() > threads * queries); // the queries hit something
    }
};

QTEST_GUILESS_MAIN(TstSpatialIndex)
#include "tst_spatialindex.moc"
