// One rule, one place: the map's wall colours, the alarm list, the situation summary and the sensor colours agree
// on hand-worked states. A flood wall with its crest at 5.60 m (Wusong datum) faces tide gauge T (blue 4.55,
// yellow 4.80, orange 5.20, red 5.50 m; 10 minutes minimum). Freeboard = crest − tide.
//   tide 5.20 m: freeboard 0.40 m, between the red (0.3 m) and orange (1.0 m) margins: orange everywhere; the gauge
//                itself is at its orange threshold: orange.
//   tide 5.35 m: freeboard 0.25 m: red everywhere; the gauge orange.
//   tide 4.40 m: freeboard 1.20 m: watched on the map (yellow), no alarm, not counted; the gauge under blue: none.
#include "app/core/base/clock.h"
#include "app/core/district/floodlayers.h"
#include "app/core/district/situationsummary.h"
#include "app/core/intake/readingintake.h"
#include "app/core/live/alarmservice.h"
#include "app/core/live/operation.h"
#include "app/core/store/store.h"
#include "maps/featurestore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "storetestutil.h"

using namespace fc;
using fc::testutil::wait;

class TstOneRule : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void mapListAndSummaryAgree_data()
    {
        QTest::addColumn<double>("tide");
        QTest::addColumn<QString>("wall");   // the wall's alarm level in force ("" = none)
        QTest::addColumn<int>("band");       // the map's freeboard band: 0 red, 1 orange, 2 watched, 3 safe
        QTest::addColumn<int>("hueMin");     // the band's colour, by hue (degrees)
        QTest::addColumn<int>("hueMax");
        QTest::addColumn<QString>("gauge");  // the gauge's own alarm level in force
        QTest::newRow("orange") << 5.20 << QStringLiteral("orange") << 1 << 20 << 40 << QStringLiteral("orange");
        QTest::newRow("red") << 5.35 << QStringLiteral("red") << 0 << 350 << 370 << QStringLiteral("orange");
        QTest::newRow("watched") << 4.40 << QString() << 2 << 41 << 65 << QString();
    }
    void mapListAndSummaryAgree()
    {
        QFETCH(double, tide);
        QFETCH(QString, wall);
        QFETCH(int, band);
        QFETCH(int, hueMin);
        QFETCH(int, hueMax);
        QFETCH(QString, gauge);

        QString e;
        std::unique_ptr<Store> s = Store::create(m_dir.filePath(QStringLiteral("r%1.gpkg").arg(++m_n)), &e);
        QVERIFY2(s, qPrintable(e));
        QList<RowChange> c;
        c.append({RowChange::Kind::Insert, QStringLiteral("sensors"), 0,
                  {{QStringLiteral("id"), QStringLiteral("T")}, {QStringLiteral("kind"), QStringLiteral("tide")},
                   {QStringLiteral("unit"), QStringLiteral("m")}, {QStringLiteral("geom"), QStringLiteral("POINT(121.49 31.24)")},
                   {QStringLiteral("blue"), 4.55}, {QStringLiteral("yellow"), 4.8}, {QStringLiteral("orange"), 5.2},
                   {QStringLiteral("red"), 5.5}, {QStringLiteral("hysteresis"), 0.05}, {QStringLiteral("min_duration_s"), 600}}});
        c.append({RowChange::Kind::Insert, QStringLiteral("flood_walls"), 0,
                  {{QStringLiteral("id"), QStringLiteral("W")}, {QStringLiteral("name"), QStringLiteral("Bund segment")},
                   {QStringLiteral("crest_m"), 5.6},
                   {QStringLiteral("geom"), QStringLiteral("LINESTRING(121.489 31.239, 121.491 31.241)")}}});
        const WriteResult w = wait(s->apply(c));
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint64 tFid = w.fids.value(0), wallFid = w.fids.value(1);

        Operation op;
        op.setStore(std::move(s));
        // Half an hour of readings at the level, every 5 minutes (longer than the gauge's 10-minute minimum).
        QByteArray csv = "sensor,time,value\n";
        for (int k = 0; k <= 6; ++k)
            csv += "T," + QDateTime(QDate(2026, 12, 1), QTime(3, 0), QTimeZone(8 * 3600)).addSecs(300 * k).toString(Qt::ISODate).toUtf8()
                   + ',' + QByteArray::number(tide, 'f', 2) + '\n';
        const ReadingIntake::Result r = wait(op.intake()->submit(ReadingIntake::Input::CsvData, csv, QStringLiteral("tide")));
        QVERIFY2(r.summary.ok, qPrintable(r.summary.error));
        QTRY_VERIFY(op.alarms()->isReady());

        // The alarm list: the wall's and the gauge's alarms in force.
        QString wallLevel, gaugeLevel;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            wallLevel.clear();
            gaugeLevel.clear();
            for (const QVariantMap &a : op.alarms()->alarms()) {
                if (!a.value(QStringLiteral("cleared_at")).isNull())
                    continue;
                if (a.value(QStringLiteral("wall_fid")).toLongLong() == wallFid)
                    wallLevel = a.value(QStringLiteral("level")).toString();
                else if (a.value(QStringLiteral("sensor_fid")).toLongLong() == tFid)
                    gaugeLevel = a.value(QStringLiteral("level")).toString();
            }
            return wallLevel == wall && gaugeLevel == gauge;
        }()), 10000);
        // The sensor's colour on the map is that same gauge alarm.
        QCOMPARE(AlarmLevels::code(op.alarms()->sensorLevel(tFid)), gauge);

        // The map: the wall's band and colour at this tide.
        FeatureStoreBuilder b({QStringLiteral("name"), QStringLiteral("crest_m")});
        b.addFeature(wallFid, GeometryType::Line, {QPolygonF({QPointF(0, 0), QPointF(10, 10)})},
                     {QStringLiteral("Bund segment"), 5.6});
        const std::shared_ptr<const FeatureStore> walls = b.build();
        const VectorStyle style = FloodLayers::floodWallStyle(MapTheme::Dark, tide, nullptr);
        const int cls = style.classOf(*walls, 0, walls->fieldIndex(QStringLiteral("crest_m")));
        QCOMPARE(cls, band);
        const int hue = style.classSymbol(cls).stroke.hsvHue();
        QVERIFY2((hue >= hueMin && hue <= hueMax) || (hue + 360 >= hueMin && hue + 360 <= hueMax),
                 qPrintable(QStringLiteral("hue %1").arg(hue)));

        // The summary counts it the same way.
        const SituationSummary sum = SituationSummary::compute({{QStringLiteral("flood_walls"), walls}}, tide, QDate(2026, 12, 1));
        QCOMPARE(sum.wallsOrange, wall.isEmpty() ? 0 : 1);
        QCOMPARE(sum.wallsRed, wall == QLatin1String("red") ? 1 : 0);
        QVERIFY(qAbs(sum.minFreeboard - (5.6 - tide)) < 1e-9);
    }

    // The replay shows what was true then, worked by hand: depth sensor Z (red from 40 cm, no minimum duration)
    // reads 45 cm at 10:00 and 20 cm at 10:30 (Beijing time). Replayed at 10:15 the alarm list holds Z's red alarm
    // and the map colours Z red; at 10:45 neither; back to live, the stored alarm is cleared.
    void replayShowsTheStateThen()
    {
        QString e;
        std::unique_ptr<Store> s = Store::create(m_dir.filePath(QStringLiteral("replay%1.gpkg").arg(++m_n)), &e);
        QVERIFY2(s, qPrintable(e));
        const WriteResult w = wait(s->insertRow(QStringLiteral("sensors"),
            {{QStringLiteral("id"), QStringLiteral("Z")}, {QStringLiteral("kind"), QStringLiteral("waterlogging")},
             {QStringLiteral("geom"), QStringLiteral("POINT(121.48 31.22)")}, {QStringLiteral("red"), 40},
             {QStringLiteral("hysteresis"), 0}, {QStringLiteral("min_duration_s"), 0}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint64 z = w.fids.value(0);
        Operation op;
        op.setStore(std::move(s));
        const ReadingIntake::Result r = wait(op.intake()->submit(ReadingIntake::Input::CsvData,
            "sensor,time,value\nZ,2024-09-16T10:00:00+08:00,45\nZ,2024-09-16T10:30:00+08:00,20\n", QStringLiteral("z")));
        QVERIFY2(r.summary.ok, qPrintable(r.summary.error));
        QTRY_VERIFY(op.alarms()->isReady());
        auto redInList = [&] {
            for (const QVariantMap &a : op.alarms()->alarms())
                if (a.value(QStringLiteral("sensor_fid")).toLongLong() == z && a.value(QStringLiteral("level")).toString() == QLatin1String("red")
                    && a.value(QStringLiteral("cleared_at")).isNull())
                    return true;
            return false;
        };
        QVERIFY(!redInList()); // live: cleared at 10:30
        op.clock()->startReplay(QDateTime(QDate(2024, 9, 16), QTime(10, 15), QTimeZone(8 * 3600)));
        op.clock()->pauseReplay(true);
        QTRY_VERIFY_WITH_TIMEOUT(op.alarms()->isShowingReplay() && redInList(), 20000);
        QCOMPARE(op.alarms()->sensorLevel(z), AlarmLevel::Red);
        op.clock()->seek(QDateTime(QDate(2024, 9, 16), QTime(10, 45), QTimeZone(8 * 3600)));
        QTRY_VERIFY_WITH_TIMEOUT(!redInList() && op.alarms()->replayAt().toMSecsSinceEpoch()
                                     == QDateTime(QDate(2024, 9, 16), QTime(10, 45), QTimeZone(8 * 3600)).toMSecsSinceEpoch(),
                                 20000);
        QCOMPARE(op.alarms()->sensorLevel(z), AlarmLevel::None);
        op.clock()->setReal();
        QTRY_VERIFY(!op.alarms()->isShowingReplay());
        QVERIFY(!redInList());
    }
};

QTEST_MAIN(TstOneRule)
#include "tst_onerule.moc"
