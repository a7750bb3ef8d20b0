// Pure alarm evaluation: thresholds with hysteresis and minimum duration, rain windows across day boundaries,
// freeboard per wall segment, CSV parsing edge cases. Expected values are hand-worked below.
#include "app/core/rules/alarmengine.h"
#include "app/core/district/floodlayers.h"
#include "maps/featurestore.h"
#include "app/core/rules/freeboard.h"
#include "app/core/rules/raintotals.h"
#include "app/core/io/readingcsv.h"
#include "app/core/rules/thresholdevaluator.h"

#include <QTest>
#include <QTimeZone>

using namespace fc;

namespace {

QDateTime bj(int d, int h, int m = 0)
{
    return QDateTime(QDate(2024, 9, d), QTime(h, m), QTimeZone(8 * 3600));
}

Thresholds tide()
{
    Thresholds t;
    t.level = {4.55, 4.80, 5.20, 5.50};
    t.hysteresis = 0.05;
    return t;
}

} // namespace

class TstAlarmEval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainLevels_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("level");
        QTest::newRow("below blue") << 4.54 << int(AlarmLevel::None);
        QTest::newRow("at blue") << 4.55 << int(AlarmLevel::Blue);
        QTest::newRow("yellow") << 4.95 << int(AlarmLevel::Yellow);
        QTest::newRow("at orange") << 5.20 << int(AlarmLevel::Orange);
        QTest::newRow("record 5.72") << 5.72 << int(AlarmLevel::Red);
    }
    void plainLevels()
    {
        QFETCH(double, value);
        QFETCH(int, level);
        QCOMPARE(int(tide().plainLevel(value)), level);
    }

    // A value hovering at the blue threshold raises once and clears once (hysteresis 0.05 m).
    void hysteresisNoFlapping()
    {
        ThresholdEvaluator ev(tide());
        const double series[] = {4.50, 4.56, 4.54, 4.55, 4.52, 4.51, 4.49, 4.53, 4.56};
        QList<int> transitions;
        for (int i = 0; i < 9; ++i)
            if (auto t = ev.feed(bj(16, 8, i * 5), series[i]))
                transitions.append(int(t->to));
        // raised at 4.56; 4.54..4.51 stay (clear needs < 4.50); 4.49 clears; 4.53 below 4.55: nothing; 4.56 raises.
        QCOMPARE(transitions, QList<int>({int(AlarmLevel::Blue), int(AlarmLevel::None), int(AlarmLevel::Blue)}));
    }

    // With a minimum duration of 10 min, a 5-minute spike raises nothing; a level held 10 min does.
    void minimumDuration()
    {
        Thresholds t = tide();
        t.minDurationS = 600;
        ThresholdEvaluator ev(t);
        QVERIFY(!ev.feed(bj(16, 8, 0), 4.40));
        QVERIFY(!ev.feed(bj(16, 8, 5), 4.60));  // pending since 08:05
        QVERIFY(!ev.feed(bj(16, 8, 10), 4.40)); // spike over: pending dropped
        QVERIFY(!ev.feed(bj(16, 8, 15), 4.60)); // pending since 08:15
        QVERIFY(!ev.feed(bj(16, 8, 20), 4.90)); // still pending (5 min); lowest seen: blue
        const auto up = ev.feed(bj(16, 8, 25), 4.90);
        QVERIFY(up);
        QCOMPARE(up->to, AlarmLevel::Blue); // conservative: the lowest level held over the whole 10 min
        QCOMPARE(up->at, bj(16, 8, 25));
        QVERIFY(!ev.feed(bj(16, 8, 30), 4.90)); // yellow pending since 08:30
        const auto up2 = ev.feed(bj(16, 8, 40), 4.90);
        QVERIFY(up2);
        QCOMPARE(up2->from, AlarmLevel::Blue);
        QCOMPARE(up2->to, AlarmLevel::Yellow);
    }

    void escalateAndClear()
    {
        ThresholdEvaluator ev(tide());
        QCOMPARE(ev.feed(bj(16, 9), 5.30)->to, AlarmLevel::Orange); // straight to orange
        QCOMPARE(ev.feed(bj(16, 10), 5.55)->to, AlarmLevel::Red);
        QVERIFY(!ev.feed(bj(16, 11), 5.47)); // red holds down to 5.45
        QCOMPARE(ev.feed(bj(16, 12), 5.44)->to, AlarmLevel::Orange);
        QCOMPARE(ev.feed(bj(16, 13), 3.00)->to, AlarmLevel::None);
        QVERIFY(!ev.feed(bj(16, 12, 30), 5.9)); // late reading ignored
        QCOMPARE(ev.level(), AlarmLevel::None);
    }

    void fallingThresholds()
    {
        FreeboardRules rules; // orange < 1.0 m, red < 0.3 m, hysteresis 0.05
        ThresholdEvaluator ev(rules.thresholds());
        QVERIFY(!ev.feed(bj(16, 8), 1.2));
        QCOMPARE(ev.feed(bj(16, 9), 0.95)->to, AlarmLevel::Orange);
        QVERIFY(!ev.feed(bj(16, 10), 1.03)); // needs > 1.05 to clear
        QCOMPARE(ev.feed(bj(16, 11), 0.25)->to, AlarmLevel::Red);
        QCOMPARE(ev.feed(bj(16, 12), 1.10)->to, AlarmLevel::None);
    }

    // 1 h and 6 h totals run across midnight (Beijing time) without resetting.
    void rainWindowsAcrossMidnight()
    {
        RainWindow w;
        // 5-minute readings of 2 mm from 15th 21:05 to 16th 03:00 (+08:00): 72 readings.
        QDateTime t = bj(15, 21, 5);
        int n = 0;
        while (t <= bj(16, 3, 0)) {
            QVERIFY(w.add(t, 2.0));
            t = t.addSecs(300);
            ++n;
        }
        QCOMPARE(n, 72);
        QCOMPARE(w.total1h(), 24.0);   // 12 readings in (02:00, 03:00]
        QCOMPARE(w.total6h(), 144.0);  // 72 readings in (21:00, 03:00]
        // Window ending at 00:30 (across midnight): (23:30, 00:30] = 12 readings; 6 h: (18:30, 00:30] = 42 readings
        QCOMPARE(w.total(RainWindow::OneHourMs, bj(16, 0, 30).toMSecsSinceEpoch()), 24.0);
        QCOMPARE(w.total(RainWindow::SixHoursMs, bj(16, 0, 30).toMSecsSinceEpoch()), 84.0);
        // An hour with no rain: the 1 h total falls to the new reading only.
        QVERIFY(w.add(bj(16, 4, 5), 1.0));
        QCOMPARE(w.total1h(), 1.0);
        QCOMPARE(w.total6h(), 2.0 * 59 + 1.0); // (22:05, 04:05]: the 59 readings 22:10 .. 03:00, and 04:05
    }

    void rainLevels_data()
    {
        QTest::addColumn<double>("h1");
        QTest::addColumn<double>("h6");
        QTest::addColumn<int>("level");
        QTest::newRow("quiet") << 10.0 << 30.0 << int(AlarmLevel::None);
        QTest::newRow("1h yellow 50") << 50.0 << 50.0 << int(AlarmLevel::Yellow);
        QTest::newRow("6h orange 100") << 20.0 << 100.0 << int(AlarmLevel::Orange);
        QTest::newRow("1h red 100") << 100.0 << 120.0 << int(AlarmLevel::Red);
        QTest::newRow("6h red 150") << 40.0 << 150.0 << int(AlarmLevel::Red);
        QTest::newRow("6h 149.9 orange") << 40.0 << 149.9 << int(AlarmLevel::Orange);
    }
    void rainLevels()
    {
        QFETCH(double, h1);
        QFETCH(double, h6);
        QFETCH(int, level);
        QCOMPARE(int(RainThresholds().level(h1, h6)), level);
    }

    // Each segment's freeboard is its own crest minus the latest tide reading.
    void freeboardPerSegment()
    {
        const QList<WallSegment> walls = {{1, QStringLiteral("W1"), QStringLiteral("外滩段"), 6.90},
                                          {2, QStringLiteral("W2"), QStringLiteral("苏州河段"), 5.60},
                                          {3, QStringLiteral("W3"), QStringLiteral("南浦段"), 6.20}};
        const QList<SegmentFreeboard> fb = FreeboardRules().evaluate(walls, 5.30);
        QCOMPARE(fb.size(), 3);
        QVERIFY(qFuzzyCompare(fb[0].freeboardM, 1.60));
        QCOMPARE(fb[0].level, AlarmLevel::None);
        QVERIFY(qFuzzyCompare(fb[1].freeboardM, 0.30));
        QCOMPARE(fb[1].level, AlarmLevel::Red); // at 0.3 m: red
        QVERIFY(qFuzzyCompare(fb[2].freeboardM, 0.90));
        QCOMPARE(fb[2].level, AlarmLevel::Orange);
        QCOMPARE(FreeboardRules::lowest(fb).fid, qint64(2));

        // Through the engine: the LATEST tide reading drives every segment.
        AlarmEngine e;
        SensorInfo tideGauge;
        tideGauge.fid = 9;
        tideGauge.kind = QStringLiteral("tide");
        e.setSensors({tideGauge});
        e.setWalls(walls);
        e.feed(9, bj(16, 10).toMSecsSinceEpoch(), 5.30);
        QList<RowChange> c = e.takeChanges();
        QCOMPARE(c.size(), 2); // walls 2 (red) and 3 (orange)
        QCOMPARE(c[0].values.value(QStringLiteral("wall_fid")).toLongLong(), qint64(2));
        QCOMPARE(c[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("red"));
        QCOMPARE(c[1].values.value(QStringLiteral("wall_fid")).toLongLong(), qint64(3));
        e.feed(9, bj(16, 12).toMSecsSinceEpoch(), 4.00); // all clear
        c = e.takeChanges();
        QCOMPARE(c.size(), 2);
        for (const RowChange &x : c)
            QVERIFY(x.values.contains(QStringLiteral("cleared_at")));
        double tideNow = 0;
        QVERIFY(e.latestTide(&tideNow));
        QCOMPARE(tideNow, 4.00);
    }

    // Two tide gauges on one river: each segment takes its nearest gauge (hand-placed: gauge 9 at the mouth of a
    // creek at 121.490 E 31.245 N, gauge 10 two kilometres upstream at 121.505 E 31.215 N), so a surge reading
    // upstream alarms the upstream segment only.
    void freeboardNearestGauge()
    {
        QList<WallSegment> walls = {{1, QStringLiteral("W1"), QStringLiteral("外白渡桥段"), 5.60},
                                    {2, QStringLiteral("W2"), QStringLiteral("十六铺段"), 5.60},
                                    {3, QStringLiteral("W3"), QStringLiteral("无几何段"), 5.60}};
        const QHash<qint64, QString> shapes = {
            {1, QStringLiteral("LINESTRING (121.4905 31.2440, 121.4910 31.2400)")},   // ~100 m from gauge 9
            {2, QStringLiteral("LINESTRING (121.5040 31.2180, 121.5060 31.2120)")},   // passes ~60 m from gauge 10
            {3, QString()}};
        const QHash<qint64, QString> gauges = {{9, QStringLiteral("POINT (121.490 31.245)")},
                                               {10, QStringLiteral("POINT (121.505 31.215)")}};
        assignNearestTideGauges(&walls, shapes, gauges);
        QCOMPARE(walls[0].tideFid, qint64(9));
        QCOMPARE(walls[1].tideFid, qint64(10));
        QCOMPARE(walls[2].tideFid, qint64(0)); // no geometry: the district's first gauge

        AlarmEngine e;
        SensorInfo g9, g10;
        g9.fid = 9;
        g9.kind = QStringLiteral("tide");
        g10.fid = 10;
        g10.kind = QStringLiteral("tide");
        e.setSensors({g9, g10});
        e.setWalls(walls);
        // Upstream 5.40 m: W2 has 0.20 m (red); W1 and W3 face gauge 9 and are not judged by it.
        e.feed(10, bj(16, 10).toMSecsSinceEpoch(), 5.40);
        QList<RowChange> c = e.takeChanges();
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].values.value(QStringLiteral("wall_fid")).toLongLong(), qint64(2));
        QCOMPARE(c[0].values.value(QStringLiteral("sensor_fid")).toLongLong(), qint64(10));
        QCOMPARE(c[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("red"));
        // At the mouth 4.90 m: W1 and W3 (first gauge) have 0.70 m: orange; W2 unchanged.
        e.feed(9, bj(16, 10).toMSecsSinceEpoch(), 4.90);
        c = e.takeChanges();
        QCOMPARE(c.size(), 2);
        QSet<qint64> walled;
        for (const RowChange &x : c) {
            walled.insert(x.values.value(QStringLiteral("wall_fid")).toLongLong());
            QCOMPARE(x.values.value(QStringLiteral("level")).toString(), QStringLiteral("orange"));
        }
        QCOMPARE(walled, (QSet<qint64>{1, 3}));

        // The map: W2 reads its own gauge, 0.50 m above the reference (5.40 - 4.90). With the toolbar at the
        // reference level 4.90 m, W2's freeboard is 5.60 - 4.90 - 0.50 = 0.20 m (the "< 0.5 m" class), W1's
        // 0.70 m (the "0.5-1.0 m" class).
        const QHash<qint64, double> offsets = e.wallTideOffsets();
        QCOMPARE(offsets.size(), 1);
        QVERIFY(qFuzzyCompare(offsets.value(2), 0.50));
        FeatureStoreBuilder b({QStringLiteral("crest_m")});
        b.addFeature(1, GeometryType::Line, {QPolygonF{QPointF(0, 0), QPointF(1, 1)}}, {5.60});
        b.addFeature(2, GeometryType::Line, {QPolygonF{QPointF(2, 2), QPointF(3, 3)}}, {5.60});
        const auto fs = b.build();
        const VectorStyle st = FloodLayers::floodWallStyle(MapTheme::Dark, 4.90, std::make_shared<const QHash<qint64, double>>(offsets));
        const VectorStyle plain = FloodLayers::floodWallStyle(MapTheme::Dark, 4.90);
        const VectorStyle reds = FloodLayers::floodWallStyle(MapTheme::Dark, 5.40); // every wall at the upstream level
        const int f = fs->fieldIndex(QStringLiteral("crest_m"));
        QCOMPARE(st.symbolFor(*fs, 1, f).stroke, reds.symbolFor(*fs, 1, f).stroke);  // W2 as at 5.40 m: red
        QCOMPARE(st.symbolFor(*fs, 0, f).stroke, plain.symbolFor(*fs, 0, f).stroke); // W1 as at 4.90 m: orange
        QVERIFY(st.symbolFor(*fs, 1, f).stroke != st.symbolFor(*fs, 0, f).stroke);
    }

    // Escalation updates the alarm row and asks for a new acknowledgement.
    void engineEscalationResetsAcknowledgement()
    {
        AlarmEngine e;
        SensorInfo s;
        s.fid = 5;
        s.kind = QStringLiteral("waterlogging");
        s.roadId = QStringLiteral("WL-01");
        s.thresholds.level = {10, 15, 25, 40};
        e.setSensors({s});
        e.feed(5, bj(16, 6).toMSecsSinceEpoch(), 16);
        QList<int> tokens;
        QList<RowChange> c = e.takeChanges(&tokens);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].kind, RowChange::Kind::Insert);
        e.committed(tokens, {77});
        // Another seat acknowledges (arrives on the change feed).
        StoreRow acked{77, c[0].values};
        acked.values.insert(QStringLiteral("acknowledged_by"), QStringLiteral("值班员"));
        e.adoptAlarm(acked);
        e.feed(5, bj(16, 6, 5).toMSecsSinceEpoch(), 30);
        c = e.takeChanges();
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].kind, RowChange::Kind::Update);
        QCOMPARE(c[0].fid, qint64(77));
        QCOMPARE(c[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("orange"));
        QVERIFY(c[0].values.contains(QStringLiteral("acknowledged_by")));
        QVERIFY(c[0].values.value(QStringLiteral("acknowledged_by")).isNull());
        QCOMPARE(e.roadDepths().value(QStringLiteral("WL-01")), 30.0);
    }

    // The peak of an alarm in force follows the worst value even when the level does not change: red at 45 cm, then
    // 48 and 46 (still red) stores peak 48 (before, only a level change updated it: 45).
    void peakFollowsTheWorstValue()
    {
        AlarmEngine e;
        SensorInfo s;
        s.fid = 5;
        s.kind = QStringLiteral("waterlogging");
        s.thresholds.level = {10, 15, 25, 40};
        e.setSensors({s});
        QList<int> tokens;
        e.feed(5, bj(16, 6).toMSecsSinceEpoch(), 45);
        QList<RowChange> c = e.takeChanges(&tokens);
        QCOMPARE(c.size(), 1);
        e.committed(tokens, {77});
        e.feed(5, bj(16, 6, 5).toMSecsSinceEpoch(), 48);
        e.feed(5, bj(16, 6, 10).toMSecsSinceEpoch(), 46);
        c = e.takeChanges();
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].fid, qint64(77));
        QCOMPARE(c[0].values.value(QStringLiteral("peak_value")).toDouble(), 48.0);
        QVERIFY(!c[0].values.contains(QStringLiteral("level"))); // still red: no level change written
    }

    // A wall's freeboard alarm waits as long as its tide gauge's own alarm does (the gauge: 10 minutes): one
    // 5-minute spike to 5.30 m (freeboard 0.30 m on a 5.60 m crest) raises nothing; 15 minutes at it raise the wall
    // at the tenth minute (before: 23 walls alarmed on one spike while the gauge stayed quiet).
    void freeboardWaitsLikeItsGauge()
    {
        AlarmEngine e;
        SensorInfo tideGauge;
        tideGauge.fid = 9;
        tideGauge.kind = QStringLiteral("tide");
        tideGauge.thresholds.level = {4.55, 4.80, 5.20, 5.50};
        tideGauge.thresholds.minDurationS = 600;
        e.setSensors({tideGauge});
        e.setWalls({{2, QStringLiteral("W2"), QStringLiteral("苏州河段"), 5.60}});
        e.feed(9, bj(16, 10).toMSecsSinceEpoch(), 5.30);
        e.feed(9, bj(16, 10, 5).toMSecsSinceEpoch(), 4.00);
        QVERIFY(e.takeChanges().isEmpty());
        for (int m = 20; m <= 35; m += 5)
            e.feed(9, bj(16, 10, m).toMSecsSinceEpoch(), 5.30);
        const QList<RowChange> c = e.takeChanges();
        QList<RowChange> walls;
        for (const RowChange &x : c)
            if (x.values.value(QStringLiteral("source")).toString() == QLatin1String("freeboard"))
                walls.append(x);
        QCOMPARE(walls.size(), 1);
        QCOMPARE(QDateTime::fromString(walls[0].values.value(QStringLiteral("raised_at")).toString(), Qt::ISODateWithMs),
                 bj(16, 10, 30).toUTC());
    }

    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("utc");
        QTest::newRow("+08:00") << "2024-09-16T07:30:00+08:00" << true << "2024-09-15T23:30:00.000Z";
        QTest::newRow("Z") << "2024-09-16T07:30:00Z" << true << "2024-09-16T07:30:00.000Z";
        QTest::newRow("space, +0800, no seconds") << "2024-09-16 07:30+0800" << true << "2024-09-15T23:30:00.000Z";
        QTest::newRow("millis") << "2024-02-29T00:00:00.250+08:00" << true << "2024-02-28T16:00:00.250Z";
        QTest::newRow("no offset") << "2024-09-16T07:30:00" << false << "";
        QTest::newRow("bad day") << "2023-02-29T00:00:00+08:00" << false << "";
        QTest::newRow("words") << "yesterday" << false << "";
        QTest::newRow("hour 24") << "2024-09-16T24:00:00+08:00" << false << "";
    }
    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, utc);
        const QByteArray b = text.toUtf8();
        qint64 ms = 0;
        QString why;
        QCOMPARE(ReadingCsv::parseTime(b.constData(), b.size(), &ms, &why), ok);
        if (ok)
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs), utc);
        else
            QVERIFY(!why.isEmpty());
    }

    void csvEdgeCases()
    {
        const QHash<QString, qint32> sensors = {{QStringLiteral("S-TIDE-01"), 9}, {QStringLiteral("63401200"), 9},
                                                {QStringLiteral("S-WL-01"), 10}};
        // BOM, Chinese header, CRLF, quoted field, blank line; rows 3..7 bad for different reasons.
        const QByteArray csv = "\xEF\xBB\xBF站点编号,时间,数值\r\n"
                               "63401200,2024-09-16T10:00:00+08:00,5.21\r\n"
                               "S-TIDE-01,2024-09-16 10:05,5.22\r\n"
                               "S-WL-01,2024-09-16T10:05:00+08:00,abc\r\n"
                               "S-XX-99,2024-09-16T10:05:00+08:00,1\r\n"
                               "S-WL-01,2024-09-16T10:05:00+08:00\r\n"
                               "\r\n"
                               "\"S-WL-01\",2024-09-16T10:10:00+08:00,\"12\"\r\n";
        const ReadingCsv::Result r = ReadingCsv::parse(csv, sensors);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rowsRead, qint64(6));
        QCOMPARE(r.batch.rows.size(), size_t(2));
        QCOMPARE(r.batch.rows[0].sensorFid, 9);
        QCOMPARE(r.batch.rows[0].value, 5.21);
        QCOMPARE(r.batch.rows[1].sensorFid, 10);
        QCOMPARE(r.batch.rows[1].value, 12.0);
        QCOMPARE(r.rejected, qint64(4));
        QCOMPARE(r.rejects[0].line, qint64(3));
        QVERIFY(r.rejects[0].reason.contains(QLatin1String("offset")));
        QCOMPARE(r.rejects[1].line, qint64(4));
        QVERIFY(r.rejects[1].reason.contains(QLatin1String("not a number")));
        QCOMPARE(r.rejects[2].line, qint64(5));
        QVERIFY(r.rejects[2].reason.contains(QLatin1String("unknown sensor")));
        QCOMPARE(r.rejects[3].line, qint64(6));

        // English header variant, semicolons, columns in another order, a quality column.
        const ReadingCsv::Result r2 = ReadingCsv::parse("Value;Observed_At;Station;Quality\n"
                                                        "4.9;2024-09-16T09:00:00+08:00;S-TIDE-01;good\n",
                                                        sensors);
        QVERIFY(r2.ok);
        QCOMPARE(r2.batch.rows.size(), size_t(1));
        QCOMPARE(r2.batch.rows[0].value, 4.9);
        QCOMPARE(r2.batch.qualities.value(r2.batch.rows[0].quality), QStringLiteral("good"));

        // A header without a value column: the file is refused as a whole.
        const ReadingCsv::Result r3 = ReadingCsv::parse("sensor,time,remark\nS-TIDE-01,2024-09-16T09:00:00+08:00,x\n", sensors);
        QVERIFY(!r3.ok);
        QVERIFY(r3.error.contains(QLatin1String("value")));
    }
};

QTEST_GUILESS_MAIN(TstAlarmEval)
#include "tst_alarmeval.moc"
