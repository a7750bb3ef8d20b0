#include "app/core/district/demodistrict.h"
#include "app/core/district/floodlayers.h"
#include "app/core/district/situationsummary.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"

#include <QGuiApplication>
#include <QTest>

using namespace fc;

class TstDemoDistrict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_stores = DemoDistrict::load(&error);
        QVERIFY2(!m_stores.isEmpty(), qPrintable(error));
    }
    void layerCounts_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("geometry");
        const int P = int(GeometryType::Point), L = int(GeometryType::Line), A = int(GeometryType::Polygon);
        // Minimums from the foundation issue.
        QTest::newRow("boundary") << QStringLiteral("district_boundary") << 1 << A;
        QTest::newRow("river") << QStringLiteral("river") << 2 << A;
        QTest::newRow("roads") << QStringLiteral("roads") << 300 << L;
        QTest::newRow("blocks") << QStringLiteral("blocks") << 50 << A;
        QTest::newRow("flood walls") << QStringLiteral("flood_walls") << 10 << L;
        QTest::newRow("flood gates") << QStringLiteral("flood_gates") << 8 << P;
        QTest::newRow("waterlogging") << QStringLiteral("waterlogging_roads") << 25 << L;
        QTest::newRow("greenery") << QStringLiteral("greenery") << 30 << P;
        QTest::newRow("hazards") << QStringLiteral("hazards") << 40 << P;
        QTest::newRow("underground") << QStringLiteral("underground_spaces") << 1 << A;
        QTest::newRow("construction") << QStringLiteral("construction_sites") << 1 << A;
        QTest::newRow("pumping") << QStringLiteral("pumping_stations") << 3 << P;
        QTest::newRow("shelters") << QStringLiteral("shelters") << 6 << P;
        QTest::newRow("warehouse") << QStringLiteral("warehouses") << 1 << P;
        QTest::newRow("sensors") << QStringLiteral("sensors") << 6 << P;
        QTest::newRow("teams") << QStringLiteral("rescue_teams") << 8 << P;
    }
    void layerCounts()
    {
        QFETCH(QString, layer);
        QFETCH(int, minimum);
        QFETCH(int, geometry);
        const auto store = m_stores.value(layer);
        QVERIFY2(store, qPrintable(layer));
        QVERIFY2(store->count() >= minimum, qPrintable(QStringLiteral("%1: %2 < %3").arg(layer).arg(store->count()).arg(minimum)));
        QCOMPARE(int(store->geometryType()), geometry);
        QVERIFY(store->fieldIndex(QStringLiteral("id")) >= 0 || layer == QLatin1String("district_boundary")
                || layer == QLatin1String("river") || layer == QLatin1String("blocks"));
    }
    void requiredAttributes_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("walls") << QStringLiteral("flood_walls") << QStringLiteral("id,crest_m,design_tide_m,unit,condition").split(QLatin1Char(','));
        QTest::newRow("roads") << QStringLiteral("roads") << QStringLiteral("name,class").split(QLatin1Char(','));
        QTest::newRow("waterlogging") << QStringLiteral("waterlogging_roads") << QStringLiteral("max_depth_cm").split(QLatin1Char(','));
        QTest::newRow("greenery") << QStringLiteral("greenery") << QStringLiteral("tall_trees,last_inspection").split(QLatin1Char(','));
        QTest::newRow("hazards") << QStringLiteral("hazards") << QStringLiteral("category,severity,status,deadline").split(QLatin1Char(','));
        QTest::newRow("shelters") << QStringLiteral("shelters") << QStringLiteral("capacity").split(QLatin1Char(','));
        QTest::newRow("teams") << QStringLiteral("rescue_teams") << QStringLiteral("members,status").split(QLatin1Char(','));
        QTest::newRow("sensors") << QStringLiteral("sensors") << QStringLiteral("kind").split(QLatin1Char(','));
    }
    void requiredAttributes()
    {
        QFETCH(QString, layer);
        QFETCH(QStringList, fields);
        const auto store = m_stores.value(layer);
        QVERIFY(store);
        for (const QString &f : fields) {
            const int k = store->fieldIndex(f);
            QVERIFY2(k >= 0, qPrintable(layer + QLatin1Char('.') + f));
            for (int i = 0; i < store->count(); ++i)
                QVERIFY2(store->attribute(i, k).isValid(), qPrintable(QStringLiteral("%1.%2 empty at %3").arg(layer, f).arg(i)));
        }
    }
    void sensorsHaveEveryKind()
    {
        const auto s = m_stores.value(QStringLiteral("sensors"));
        int rain = 0, tide = 0, wl = 0;
        for (int i = 0; i < s->count(); ++i) {
            const QString k = s->attribute(i, QStringLiteral("kind")).toString();
            rain += k == QLatin1String("rain");
            tide += k == QLatin1String("tide");
            wl += k == QLatin1String("waterlogging");
        }
        QVERIFY(rain >= 4);
        QCOMPARE(tide, 1);
        QVERIFY(wl >= 1);
    }
    void hazardsCoverCategories()
    {
        const auto s = m_stores.value(QStringLiteral("hazards"));
        QSet<QString> cats;
        for (int i = 0; i < s->count(); ++i)
            cats.insert(s->attribute(i, QStringLiteral("category")).toString());
        for (const char *c : {"riverside", "tourist", "old_town", "high_rise", "underground", "construction", "land_expropriation"})
            QVERIFY2(cats.contains(QLatin1String(c)), c);
    }
    void districtGeography()
    {
        // About 20 km² on the river's west bank, around central Shanghai.
        const auto b = m_stores.value(QStringLiteral("district_boundary"));
        const Extent ll = WebMercator::toGeoExtent(b->extent());
        QVERIFY(ll.xMin() > 121.44 && ll.xMax() < 121.52);
        QVERIFY(ll.yMin() > 31.17 && ll.yMax() < 31.26);
        const double km2 = b->attribute(0, QStringLiteral("area_km2")).toDouble();
        QVERIFY2(km2 > 15 && km2 < 26, qPrintable(QString::number(km2)));
        // Operation features lie inside the boundary.
        for (const char *layer : {"hazards", "shelters", "pumping_stations", "rescue_teams"}) {
            const auto s = m_stores.value(QLatin1String(layer));
            for (int i = 0; i < s->count(); ++i)
                QVERIFY2(b->distanceTo(0, s->labelPoint(i)) == 0.0, layer);
        }
    }
    void stylesClassifyDemoData()
    {
        // Every flood wall gets a freeboard class; every road a road class.
        const auto walls = m_stores.value(QStringLiteral("flood_walls"));
        const VectorStyle ws = FloodLayers::floodWallStyle(MapTheme::Dark, 4.55);
        for (int i = 0; i < walls->count(); ++i)
            QVERIFY(ws.classOf(*walls, i, -1) >= 0);
        // A higher tide lowers the freeboard class (red = 0) of the lowest wall.
        const VectorStyle storm = FloodLayers::floodWallStyle(MapTheme::Dark, 5.9);
        int redAtStorm = 0;
        for (int i = 0; i < walls->count(); ++i)
            redAtStorm += storm.classOf(*walls, i, -1) == 0;
        QVERIFY(redAtStorm >= 1);
        const auto roads = m_stores.value(QStringLiteral("roads"));
        const VectorStyle rs = FloodLayers::style(QStringLiteral("roads"), MapTheme::Dark);
        const int cls = roads->fieldIndex(QStringLiteral("class"));
        for (int i = 0; i < roads->count(); ++i)
            QVERIFY(rs.classOf(*roads, i, cls) >= 0);
    }

    void situationSummary()
    {
        // At the 1997 record tide (5.72 m) the lowest walls are short of 1 m freeboard; at a normal 3.2 m none is.
        const QDate day(2026, 11, 28);
        const SituationSummary calm = SituationSummary::compute(m_stores, 3.2, day);
        const SituationSummary storm = SituationSummary::compute(m_stores, 5.72, day);
        QCOMPARE(calm.wallSegments, m_stores.value(QStringLiteral("flood_walls"))->count());
        QCOMPARE(calm.wallsOrange, 0);
        QVERIFY(storm.wallsOrange > 0);
        QVERIFY(storm.wallsRed <= storm.wallsOrange);
        QVERIFY(qFuzzyCompare(calm.minFreeboard - storm.minFreeboard, 5.72 - 3.2));
        QVERIFY(!storm.minFreeboardWall.isEmpty());
        // Hazards: open = not rectified; overdue needs a deadline before the day.
        const auto hz = m_stores.value(QStringLiteral("hazards"));
        int open = 0;
        for (int i = 0; i < hz->count(); ++i)
            open += hz->attribute(i, QStringLiteral("status")).toString() != QLatin1String("rectified");
        QCOMPARE(calm.hazardsOpen, open);
        QVERIFY(calm.hazardsOverdue <= calm.hazardsOpen);
        QCOMPARE(SituationSummary::compute(m_stores, 3.2, QDate(2000, 1, 1)).hazardsOverdue, 0);
        QVERIFY(calm.shelterCapacity > 0);

        // Overdue, hand-worked on a small set: open and past its deadline counts; open and due later,
        // rectified though past, and no deadline do not. Expected 2 on 2026-11-28 (a wrong 0 fails).
        FeatureStoreBuilder b({QStringLiteral("status"), QStringLiteral("severity"), QStringLiteral("deadline")});
        auto add = [&](qint64 fid, const char *status, const char *deadline) {
            b.addFeature(fid, GeometryType::Point, {QPolygonF{QPointF(fid, fid)}},
                         {QString::fromLatin1(status), QStringLiteral("medium"), QString::fromLatin1(deadline)});
        };
        add(1, "open", "2026-11-20");
        add(2, "rectifying", "2026-11-27T23:00:00Z");
        add(3, "open", "2026-11-28"); // due today: not yet past
        add(4, "open", "2026-12-05");
        add(5, "rectified", "2026-11-01");
        add(6, "open", "");
        LayerStores small;
        small.insert(QStringLiteral("hazards"), b.build());
        const SituationSummary hand = SituationSummary::compute(small, 3.2, day);
        QCOMPARE(hand.hazardsOpen, 5);
        QCOMPARE(hand.hazardsOverdue, 2);
        QVERIFY2(hand.toHtml().contains(QStringLiteral("past their deadline</td><td align=right><b style='color:#ff6b5a'>2</b>")),
                 qPrintable(hand.toHtml()));
        QVERIFY(calm.toHtml().contains(QStringLiteral("3.20")));
    }

    void summaryCountsTeamsByDutyState()
    {
        // The roster column `status` says standby for all four; the duty state has one dispatched, one on scene,
        // one standing watch and one with no duty state yet (available). Standby by hand: 2 of 4.
        FeatureStoreBuilder b({QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("duty_status")});
        const char *duty[] = {"dispatched", "on_scene", "standing_watch", ""};
        for (int i = 0; i < 4; ++i)
            b.addFeature(i + 1, GeometryType::Point, {QPolygonF{QPointF(i, i)}},
                         {QStringLiteral("team %1").arg(i + 1), QStringLiteral("standby"), QString::fromLatin1(duty[i])});
        LayerStores teams;
        teams.insert(QStringLiteral("rescue_teams"), b.build());
        const SituationSummary s = SituationSummary::compute(teams, 3.2, QDate(2026, 11, 28));
        QCOMPARE(s.teams, 4);
        QCOMPARE(s.teamsStandby, 2);
    }

    void themeRestylesAddedLayers()
    {
        // Layers added from files follow the theme like the operation layers; others are left alone.
        FeatureStoreBuilder b({QStringLiteral("name")});
        b.addFeature(1, GeometryType::Line, {QPolygonF{QPointF(0, 0), QPointF(1, 1)}}, {QStringLiteral("x")});
        const auto store = b.build();
        VectorLayer added(FloodLayers::addedLayerId(1), QStringLiteral("file"), store);
        added.setStyle(FloodLayers::addedLayerStyle(GeometryType::Line, MapTheme::Dark));
        VectorLayer walls(QStringLiteral("flood_walls"), QStringLiteral("walls"), m_stores.value(QStringLiteral("flood_walls")));
        walls.setStyle(FloodLayers::style(QStringLiteral("flood_walls"), MapTheme::Dark));
        VectorLayer other(QStringLiteral("import_preview"), QStringLiteral("preview"), store);
        Symbol yellow;
        yellow.stroke = QColor(255, 230, 0);
        other.setStyle(VectorStyle(yellow));
        const QColor darkInk = added.style().symbol().stroke;
        const QColor darkLabel = added.style().labelColor;
        FloodLayers::restyle({&added, &walls, &other}, MapTheme::Light, 3.2);
        QVERIFY(added.style().symbol().stroke != darkInk);
        QVERIFY(added.style().labelColor != darkLabel);
        QCOMPARE(added.style().labelColor, FloodLayers::addedLayerStyle(GeometryType::Line, MapTheme::Light).labelColor);
        QCOMPARE(other.style().symbol().stroke, QColor(255, 230, 0));
        QVERIFY(FloodLayers::isSampleData(m_stores.value(QStringLiteral("district_boundary")).get()));
        QVERIFY(!FloodLayers::isSampleData(store.get()));
    }

private:
    LayerStores m_stores;
};

QTEST_MAIN(TstDemoDistrict)
#include "tst_demodistrict.moc"
