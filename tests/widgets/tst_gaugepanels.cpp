// Gauge panels: display decimation (hand-worked), a year of 5-minute data for 10 series drawn decimated, hover
// read-out, PNG export; the alarm panel lists alarms from the store, filters, acknowledges with a remark and sets
// the toolbar tide from the latest reading; the chart panel loads the Bebinca replay series.
#include "app/core/models/alarmlistmodel.h"
#include "app/core/district/demooperation.h"
#include "app/core/live/alarmservice.h"
#include "app/core/base/clock.h"
#include "app/core/live/operation.h"
#include "app/core/intake/readingintake.h"
#include "app/core/io/readingingest.h"
#include "app/core/live/replayscenario.h"
#include "app/core/store/store.h"
#include "widgets/panels/alarmpanel.h"
#include "widgets/charts/chartdecimate.h"
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/gaugechart.h"
#include "widgets/map/mapcanvas.h"

#include <QApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>
#include <QUndoStack>
#include <qcustomplot.h>

using namespace fc;

namespace {

class TestHost : public PanelHost
{
public:
    Operation op;
    Clock &clk = *op.clock();
    QMainWindow win;
    MapCanvas *canvasWidget = new MapCanvas(&win);
    QUndoStack undo;
    QMenu command{QStringLiteral("Command")};
    QToolBar *bar = win.addToolBar(QStringLiteral("Map"));
    QDoubleSpinBox *tide = new QDoubleSpinBox(bar);
    TestHost()
    {
        win.setCentralWidget(canvasWidget);
        tide->setObjectName(QStringLiteral("tideLevel"));
        tide->setRange(0, 7);
        tide->setValue(3.2);
        bar->addWidget(tide);
    }
    QMainWindow *window() override { return &win; }
    MapCanvas *canvas() override { return canvasWidget; }
    Operation *operation() override { return &op; }
    Clock *clock() override { return op.clock(); }
    Store *store() override { return op.store(); }
    QUndoStack *undoStack() override { return &undo; }
    QMenu *menu(Menu m) override { return m == Menu::Command ? &command : nullptr; }
    QToolBar *toolBar() override { return bar; }
    void addDock(QDockWidget *d, Qt::DockWidgetArea a) override { win.addDockWidget(a, d); }
    void showMessage(const QString &text, int) override { messages.append(text); }
    bool wallMode() const override { return false; }
    QStringList messages;
};

// A demo store holding the Typhoon Bebinca replay (signals, levels, gauge series and the alarms they raised).
std::unique_ptr<Store> bebincaStore(const QTemporaryDir &dir, QString *e)
{
    auto store = DemoOperation::createStore(dir.filePath(QStringLiteral("bebinca.gpkg")), e);
    ReplayScenario::Summary sum;
    if (store && !ReplayScenario::writeBebinca(*store, &sum, e))
        store.reset();
    return store;
}

} // namespace

class TstGaugePanels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decimation()
    {
        // 1000 points, y = 0 except a spike of 9 at index 537 and -4 at 538; 10 columns over the whole range.
        QVector<double> x, y;
        for (int i = 0; i < 1000; ++i) {
            x.append(i);
            y.append(i == 537 ? 9 : i == 538 ? -4 : 0);
        }
        QVector<double> ox, oy;
        decimateMinMax(x, y, 0, 999, 10, &ox, &oy);
        QVERIFY(ox.size() <= 4 * 10 + 2);
        QVERIFY(oy.contains(9.0));  // the peak survives
        QVERIFY(oy.contains(-4.0)); // and the trough
        QVERIFY(std::is_sorted(ox.cbegin(), ox.cend()));
        QCOMPARE(ox.first(), 0.0);
        QCOMPARE(ox.last(), 999.0);
        // Zoomed in to fewer points than columns: the points themselves (plus one each side).
        decimateMinMax(x, y, 100, 110, 50, &ox, &oy);
        QCOMPARE(ox.size(), 13);
        QCOMPARE(ox.first(), 99.0);
        QCOMPARE(ox.last(), 111.0);
    }

    void yearOfTenSeries()
    {
        GaugeChart chart;
        chart.resize(1600, 600);
        chart.show();
        const double t0 = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const int n = 365 * 288;
        for (int s = 0; s < 10; ++s) {
            QVector<double> t(n), v(n);
            for (int i = 0; i < n; ++i) {
                t[i] = t0 + 300.0 * i;
                v[i] = s + std::sin(i / 500.0) + (i == 50000 + s ? 20 : 0);
            }
            chart.setData(chart.addLine(QStringLiteral("S%1").arg(s), Qt::blue, QStringLiteral("m")), t, v);
        }
        chart.fitAll();
        QCOMPARE(chart.pointCount(0), qsizetype(n));
        const int columns = chart.plot()->axisRect()->width();
        QVERIFY(chart.drawnPointCount(0) <= 4 * columns + 2);
        QVERIFY(chart.plot()->yAxis->range().upper >= 20); // the one spike of each series is drawn
        // Hover read-out at a known time: series S3 at sample 1000 = 3 + sin(2).
        const double at = t0 + 300.0 * 1000;
        chart.plot()->xAxis->setRange(at - 3600, at + 3600); // zoom in: one pixel < one sample
        QCoreApplication::processEvents();
        QVERIFY(chart.drawnPointCount(0) < 40);
        const QPoint px(int(chart.plot()->xAxis->coordToPixel(at)), chart.plot()->height() / 2);
        QTest::mouseMove(chart.plot(), px);
        QCoreApplication::processEvents();
        QVERIFY2(chart.readout().contains(QStringLiteral("S3 %1 m").arg(3 + std::sin(2.0), 0, 'f', 2)), qPrintable(chart.readout()));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("c.png"));
        QVERIFY(chart.exportPng(png, 800, 400));
        QCOMPARE(QImage(png).size(), QSize(800, 400));
    }

    void panelsOnReplay()
    {
        QTemporaryDir dir;
        QString e;
        auto store = bebincaStore(dir, &e);
        QVERIFY2(store, qPrintable(e));
        TestHost host;
        host.op.setStore(std::move(store));
        Store *const st = host.store();
        host.clk.setFixed(QDateTime(QDate(2024, 9, 17), QTime(0, 0), Qt::UTC));
        AlarmPanel alarms;
        alarms.install(&host);
        ChartPanel charts;
        charts.install(&host);
        QSignalSpy ready(alarms.service(), &AlarmService::ready);
        QSignalSpy loaded(&charts, &ChartPanel::loaded);
        alarms.storeChanged(st);
        charts.storeChanged(st);
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
        host.win.resize(1600, 1000);
        host.win.show();
        // Tide chart: 72 h of the Huangpu Park gauge (5-minute readings).
        GaugeChart *tide = charts.chart(1);
        QVERIFY(tide->seriesCount() >= 1);
        QCOMPARE(tide->pointCount(0), qsizetype(72 * 12));
        // Other periods: the last 24 h; 7 days reaches back past the scenario's start (all its 3 days).
        const int loads = loaded.count();
        charts.setPeriodHours(24);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > loads, 20000);
        QCOMPARE(tide->pointCount(0), qsizetype(24 * 12));
        charts.setPeriodHours(7 * 24);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > loads + 1, 20000);
        QCOMPARE(tide->pointCount(0), qsizetype(3 * 24 * 12));
        QCOMPARE(charts.readingsShown(), qint64(st->readings({}).result().rows.size()));
        // A sensor edit (a threshold) redraws the charts from the store.
        const qint64 depthSensor = st->rows(QStringLiteral("sensors"), QStringLiteral("kind = 'waterlogging'")).result().first().fid;
        QVERIFY(st->updateRow(QStringLiteral("sensors"), depthSensor, {{QStringLiteral("blue"), 12}}).result().ok);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > loads + 2, 20000);
        charts.setPeriodHours(72);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > loads + 3, 20000);
        // The scenario leaves no alarm in force; show all of the last 24 h: cleared alarms are listed.
        QTRY_VERIFY_WITH_TIMEOUT(alarms.model()->rowCount() > 0, 10000);
        // The toolbar tide follows the latest reading (09-17 00:00), not the typed 3.2 m.
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(host.tide->value() - 3.2) > 1e-6, 5000);
        const double latest = alarms.service()->engine().latest().value(9).value;
        QCOMPARE(host.tide->value(), latest);

        // New readings through the operation's intake raise an alarm in force; acknowledge it with a remark.
        ReadingBatch b;
        b.rows.push_back({QDateTime(QDate(2024, 9, 17), QTime(0, 5), Qt::UTC).toMSecsSinceEpoch(), 45, 10, -1});
        b.rows.push_back({QDateTime(QDate(2024, 9, 17), QTime(0, 10), Qt::UTC).toMSecsSinceEpoch(), 46, 10, -1});
        QVERIFY(host.op.intake()->submitBatch(std::move(b), QStringLiteral("test")).result().summary.ok);
        QTRY_VERIFY_WITH_TIMEOUT(alarms.unacknowledgedUrgent() == 1, 10000);
        QTableView *view = alarms.view();
        view->selectRow(0);
        host.win.findChild<QLineEdit *>(QStringLiteral("alarmRemark"))->setText(QStringLiteral("已派抢险队"));
        alarms.acknowledgeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(alarms.unacknowledgedUrgent() == 0, 10000);
        const QList<StoreRow> acked = st->rows(QStringLiteral("alarms"), QStringLiteral("remark = ?"), {QStringLiteral("已派抢险队")}).result();
        QCOMPARE(acked.size(), 1);
        QCOMPARE(acked[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("red"));
        host.win.grab().save(dir.filePath(QStringLiteral("panels.png")));
        if (qEnvironmentVariableIsSet("FC_SAVE_SHOT"))
            host.win.grab().save(qEnvironmentVariable("FC_SAVE_SHOT"));
    }

    // While the clock replays, the alarm list, the sensor colours and the toolbar tide show the state at the replay
    // time; back to live, the live state returns. The model changes row by row (checked by QAbstractItemModelTester).
    void alarmListAndMapFollowReplay()
    {
        QTemporaryDir dir;
        QString e;
        auto store = bebincaStore(dir, &e);
        QVERIFY2(store, qPrintable(e));
        TestHost host;
        host.op.setStore(std::move(store));
        Store *const st = host.store();
        const QDateTime live(QDate(2024, 9, 17), QTime(0, 0), Qt::UTC);
        host.clk.setFixed(live);
        AlarmPanel alarms;
        alarms.install(&host);
        QAbstractItemModelTester tester(alarms.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(alarms.service(), &AlarmService::ready);
        alarms.storeChanged(st);
        QVERIFY(ready.wait(20000));
        // Live: the alarms in force or cleared in the 24 h before the (fixed) time, as the store holds them.
        const int liveRows = int(st->rows(QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL OR cleared_at > ?"),
                                             {live.addSecs(-24 * 3600).toString(Qt::ISODateWithMs)})
                                     .result()
                                     .size());
        QVERIFY(liveRows > 0);
        QTest::qWait(600); // the scenario's own commits reach the feed too (polled every 250 ms): no change to the list
        QCOMPARE(alarms.model()->rowCount(), liveRows);
        QCOMPARE(alarms.model()->inForce(), 0);

        // 2024-09-16 14:00 Beijing time (06:00 UTC): the reference is the scenario's own tide series (the reading at or
        // before that time) and floodctl replay's state (tested against hand-worked cases in tst_ingest).
        const QDateTime at(QDate(2024, 9, 16), QTime(6, 0), Qt::UTC);
        ReplayState ref;
        QVERIFY(ReplayState::compute(*st, at, &ref, &e));
        QVERIFY(ref.alarms.size() >= 2);
        QList<SensorInfo> sensors;
        for (const StoreRow &r : st->rows(QStringLiteral("sensors")).result())
            sensors.append(SensorInfo::fromRow(r));
        qint64 tideFid = 0;
        for (const SensorInfo &si : sensors)
            if (si.isTide())
                tideFid = si.fid;
        QVERIFY(tideFid > 0);
        double tideAt = -1;
        qint64 tideMs = 0;
        const ReadingBatch series = ReplayScenario::bebincaReadings(sensors);
        for (const Reading &r : series.rows)
            if (r.sensorFid == tideFid && r.atMs <= at.toMSecsSinceEpoch() && r.atMs >= tideMs) {
                tideAt = r.value;
                tideMs = r.atMs;
            }
        QVERIFY(tideAt > 0);

        host.clk.startReplay(at, 1);
        host.clk.pauseReplay(true);
        QTRY_VERIFY_WITH_TIMEOUT(alarms.service()->isShowingReplay(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(alarms.model()->rowCount(), int(ref.alarms.size()), 20000);
        QCOMPARE(alarms.model()->inForce(), int(ref.alarms.size()));
        auto describe = [](const QVariantMap &a) {
            return QStringList{a.value(QStringLiteral("source")).toString(), a.value(QStringLiteral("sensor_fid")).toString(),
                               a.value(QStringLiteral("wall_fid")).toString(), a.value(QStringLiteral("level")).toString()}
                .join(QLatin1Char('/'));
        };
        QStringList expected, shown;
        for (const StoreRow &r : ref.alarms)
            expected.append(describe(r.values));
        for (int i = 0; i < alarms.model()->rowCount(); ++i) {
            const qint64 key = alarms.model()->keyAt(i);
            QVERIFY(key < 0); // not rows of the store
            const QVariantMap a = alarms.service()->alarms().value(key);
            shown.append(describe(a));
        }
        expected.sort();
        shown.sort();
        QCOMPARE(shown, expected);
        // The toolbar tide is the replayed reading, and acknowledging is off.
        QTRY_COMPARE_WITH_TIMEOUT(host.tide->value(), tideAt, 5000);
        QVERIFY(!alarms.view()->isHidden());
        QPushButton *ack = nullptr;
        for (QPushButton *b : host.win.findChildren<QPushButton *>())
            if (b->text() == AlarmPanel::tr("Acknowledge"))
                ack = b;
        QVERIFY(ack && !ack->isEnabled());
        // The sensors layer is not loaded in this host; the engine shown is the replay one.
        QCOMPARE(alarms.service()->engine().latest().value(ref.latest.keys().first()).value,
                 ref.latest.value(ref.latest.keys().first()).value);

        // Scrub back to before the storm: nothing in force.
        host.clk.seek(QDateTime(QDate(2024, 9, 14), QTime(1, 0), Qt::UTC));
        QTRY_COMPARE_WITH_TIMEOUT(alarms.model()->rowCount(), 0, 20000);

        // Back to live (the fixed time): the live list returns and acknowledging is on again.
        host.clk.setFixed(live);
        QTRY_VERIFY_WITH_TIMEOUT(!alarms.service()->isShowingReplay(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(alarms.model()->rowCount(), liveRows, 20000);
        QVERIFY(ack->isEnabled());
    }
};

QTEST_MAIN(TstGaugePanels)
#include "tst_gaugepanels.moc"
