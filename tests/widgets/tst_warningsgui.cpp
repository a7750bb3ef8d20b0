// The warning banner's content for a given state, and the whole window in wall mode at 3840x2160.
#include "app/gui/appoptions.h"
#include "app/core/base/clock.h"
#include "app/core/live/operation.h"
#include "maps/vectorlayer.h"
#include "app/core/live/roadnetworkfeed.h"
#include "app/core/rules/incidentdesk.h"
#include "app/core/district/demooperation.h"
#include "app/core/store/store.h"
#include "app/core/store/schema.h"
#include "app/core/live/alarmservice.h"
#include "app/core/live/replayscenario.h"
#include "app/core/live/warningservice.h"
#include "app/core/models/warningmodels.h"
#include "app/gui/mainwindow.h"
#include "maps/webmercator.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/common/theme.h"
#include "widgets/wall/wallmode.h"
#include "widgets/panels/warningbanner.h"
#include "widgets/dialogs/warningtimeline.h"
#include "app/core/intake/capfolderwatcher.h"
#include "widgets/dialogs/capotherplaces.h"
#include "app/core/io/capalert.h"
#include <QPlainTextEdit>
#include "app/core/io/readingingest.h"
#include "widgets/panels/alarmpanel.h"
#include "widgets/common/viewsready.h"

#include <QDir>
#include <QFile>
#include <qcustomplot.h>

#include <QApplication>
#include <QSettings>
#include <QDialog>
#include <QSet>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTcpSocket>
#include <QTcpServer>
#include <QTimeZone>
#include <QToolBar>

#include "../core/storetestutil.h"

using namespace fc;
using namespace fc::testutil;

namespace {

QDateTime bj(int day, int h, int m)
{
    return QDateTime(QDate(2024, 9, day), QTime(h, m), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

} // namespace

class TstWarningsGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    // The alerts recorded as for other places are listed on request.
    void capOtherPlacesListed()
    {
        QString e;
        auto store = Store::create(m_dir.filePath(QStringLiteral("otherplaces.gpkg")), &e);
        QVERIFY(store);
        const CapAlert a = CapAlert::readFile(QStringLiteral(FC_TEST_DATA "/cap/nat_baoding_rainstorm.xml"), &e);
        QVERIFY2(a.isValid(), qPrintable(e));
        CapImportOptions o;
        o.district.setGeocodes({QStringLiteral("310101000000")});
        QString summary, note;
        const QList<RowChange> c = a.changes(WarningState::read(*store), QStringLiteral("duty"),
                                             QDateTime(QDate(2024, 7, 12), QTime(14, 0), QTimeZone::utc()), o, &summary,
                                             &e, &note);
        QCOMPARE(c.size(), 1);
        QVERIFY(wait(store->apply(c, note)).ok);
        CapOtherPlacesDialog dlg(store.get());
        auto *text = dlg.findChild<QPlainTextEdit *>();
        QVERIFY(text);
        QTRY_VERIFY(text->toPlainText().contains(QLatin1String("13060041600000_20240712213138")));
        QVERIFY(text->toPlainText().startsWith(QLatin1String("2024-07-12 22:00"))); // recorded at 14:00 UTC
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    // Bebinca, 2024-09-15 (DOMAIN.md): typhoon orange and high tide blue in force, response II confirmed at 17:05.
    void bannerContent()
    {
        QString e;
        auto store = Store::create(m_dir.filePath(QStringLiteral("banner.gpkg")), &e);
        QVERIFY2(store, qPrintable(e));
        store->setUser(QStringLiteral("duty"));
        Clock clock;
        clock.setFixed(bj(15, 8, 0));
        WarningService service(&clock);
        QSignalSpy reset(&service, &WarningService::reset);
        service.setStore(store.get());
        QVERIFY(reset.wait(10000));
        WarningBanner banner(&service);
        banner.resize(1600, 60);
        QCOMPARE(banner.content().badges.size(), 0);
        QCOMPARE(banner.content().level, QStringLiteral("none"));

        auto issue = [&](const char *kind, const char *colour, const QDateTime &at) {
            SignalInput in;
            in.kind = QString::fromLatin1(kind);
            in.colour = QString::fromLatin1(colour);
            in.issuedAt = at;
            return wait(service.issue(in)).ok;
        };
        QSignalSpy raised(&service, &WarningService::signalRaised);
        QVERIFY(issue("typhoon", "yellow", bj(15, 8, 0)));
        QVERIFY(issue("high_tide", "blue", bj(15, 8, 0)));
        QTRY_COMPARE(raised.size(), 2);
        QVERIFY(banner.isFlashing());
        QTRY_VERIFY(!banner.content().proposal.isEmpty()); // plan proposes III, not yet confirmed
        clock.setFixed(bj(15, 17, 0));
        QVERIFY(issue("typhoon", "orange", bj(15, 17, 0)));
        clock.setFixed(bj(15, 17, 5));
        QTRY_COMPARE(service.state().proposedLevel(), QStringLiteral("II")); // the feed has delivered the upgrade
        QVERIFY(wait(service.decide(QStringLiteral("II"), {})).ok);
        clock.setFixed(bj(15, 20, 35)); // 3 h 30 min later
        QTRY_COMPARE(banner.content().level, QStringLiteral("II"));
        const BannerContent &c = banner.content();
        QCOMPARE(c.badges.size(), 2);
        QCOMPARE(c.badges.at(0).kind, QStringLiteral("typhoon")); // most severe first
        QCOMPARE(c.badges.at(0).colour, QStringLiteral("orange"));
        QCOMPARE(c.badges.at(1).kind, QStringLiteral("high_tide"));
        QCOMPARE(c.since, BannerContent::duration(3 * 3600 + 30 * 60));
        QVERIFY(c.proposal.isEmpty());
        QCOMPARE(c.clock, QStringLiteral("20:35:00"));
        // 14 items of IV..II started at 17:05; at 20:35 (210 min) all are overdue but the two 240-minute items
        // of level IV (rooftop greenery, construction sites).
        QCOMPARE(c.open, 14);
        QCOMPARE(c.overdue, 12);
        // The badge is painted in the signal's standard colour.
        const QImage img = banner.grab().toImage();
        const QColor px = img.pixelColor(int(20 * img.devicePixelRatio()), img.height() / 2);
        const QColor orange = WarningSignal::colourValue(QStringLiteral("orange"));
        const QColor flash = orange.darker(140);
        QVERIFY2(px == orange || px == flash || banner.isFlashing(), qPrintable(px.name()));
        QCOMPARE(WarningBanner::announcement(service.state().inForce(QStringLiteral("typhoon"))),
                 QStringLiteral("注意，台风橙色预警"));
    }

    // Yearly figures as the district reports them: responses started per kind, hours at each level.
    void timelineAndYearlyFigures()
    {
        QString e;
        auto store = Store::create(m_dir.filePath(QStringLiteral("year.gpkg")), &e);
        QVERIFY(store);
        Clock clock;
        WarningService service(&clock);
        QSignalSpy reset(&service, &WarningService::reset);
        service.setStore(store.get());
        QVERIFY(reset.wait(10000));
        auto step = [&](const QDateTime &t, const char *kind, const char *colour, const char *level) {
            clock.setFixed(t);
            if (kind) {
                SignalInput in;
                in.kind = QString::fromLatin1(kind);
                in.colour = QString::fromLatin1(colour);
                in.issuedAt = t;
                if (!wait(service.issue(in)).ok)
                    return false;
                if (!QTest::qWaitFor([&] { return service.state().inForce(in.kind).colour == in.colour; }, 5000))
                    return false;
            }
            if (level) {
                const QString l = QString::fromLatin1(level);
                const WriteResult r = wait(service.decide(l, l == service.state().proposedLevel() ? QString() : QStringLiteral("test")));
                if (!r.ok)
                    return false;
                if (!QTest::qWaitFor([&] { return service.state().currentResponse().level == l; }, 5000))
                    return false;
            }
            return true;
        };
        // Rainstorm, 2024-07-01: III for 3 h.
        QVERIFY(step(QDateTime(QDate(2024, 7, 1), QTime(2, 0), QTimeZone::utc()), "rainstorm", "yellow", "III"));
        // Lifted at 04:55, seen at 04:55 (a lift time still to come leaves the signal in force until then).
        clock.setFixed(QDateTime(QDate(2024, 7, 1), QTime(4, 55), QTimeZone::utc()));
        QVERIFY(wait(service.lift(QStringLiteral("rainstorm"), QDateTime(QDate(2024, 7, 1), QTime(4, 55), QTimeZone::utc()))).ok);
        QTRY_COMPARE(service.state().inForce().size(), 0);
        QVERIFY(step(QDateTime(QDate(2024, 7, 1), QTime(5, 0), QTimeZone::utc()), nullptr, nullptr, "none"));
        // Bebinca: IV 15 h, III 8 h 55 min, II 24 h.
        QVERIFY(step(bj(14, 17, 10), "typhoon", "blue", "IV"));
        QVERIFY(step(bj(15, 8, 10), "typhoon", "yellow", "III"));
        QVERIFY(step(bj(15, 17, 5), "typhoon", "orange", "II"));
        QVERIFY(step(bj(16, 17, 5), nullptr, nullptr, "none"));
        const auto figures = yearlyFigures(service.state(), clock.now());
        QCOMPARE(figures.keys(), QList<int>{2024});
        const auto year = figures.value(2024);
        QCOMPARE(year.value(QStringLiteral("rainstorm")).responsesStarted, 1);
        QCOMPARE(year.value(QStringLiteral("rainstorm")).hoursAtLevel.value(QStringLiteral("III")), 3.0);
        QCOMPARE(year.value(QStringLiteral("typhoon")).responsesStarted, 1);
        QCOMPARE(year.value(QStringLiteral("typhoon")).hoursAtLevel.value(QStringLiteral("IV")), 15.0);
        QVERIFY(qFuzzyCompare(year.value(QStringLiteral("typhoon")).hoursAtLevel.value(QStringLiteral("III")), 8.0 + 55.0 / 60.0));
        QCOMPARE(year.value(QStringLiteral("typhoon")).hoursAtLevel.value(QStringLiteral("II")), 24.0);

        clock.setFixed(bj(16, 12, 0));
        WarningTimelineDialog dlg(&service);
        dlg.resize(1400, 800);
        dlg.rebuild();
        // Rows for the response, typhoon and rainstorm; one bar per signal row and per response level.
        QCOMPARE(dlg.plot()->itemCount() > 0, true);
        int rects = 0;
        for (int i = 0; i < dlg.plot()->itemCount(); ++i)
            rects += qobject_cast<QCPItemRect *>(dlg.plot()->item(i)) ? 1 : 0;
        QCOMPARE(rects, 4 + 4); // 4 signal rows (rainstorm yellow, typhoon blue/yellow/orange), 4 levels
        if (qEnvironmentVariableIsSet("FC_SAVE_SHOTS"))
            dlg.grab().save(QStringLiteral(FC_BINARY_DIR "/timeline.png"));
    }

    // The watched folder announces files dropped after watching started, once each.
    void capFolderWatcher()
    {
        const QString dir = m_dir.filePath(QStringLiteral("capdrop"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(QStringLiteral(FC_TEST_DATA "/cap/en_typhoon_alert.xml"), dir + QStringLiteral("/old.xml")));
        CapFolderWatcher w;
        QSignalSpy arrived(&w, &CapFolderWatcher::fileArrived);
        w.setFolder(dir);
        QVERIFY(QFile::copy(QStringLiteral(FC_TEST_DATA "/cap/zh_rainstorm_alert.xml"), dir + QStringLiteral("/new.xml")));
        QTRY_COMPARE(arrived.size(), 1);
        QVERIFY(arrived.at(0).at(0).toString().endsWith(QStringLiteral("new.xml")));
        w.scan();
        QCOMPARE(arrived.size(), 1);
        w.setFolder({}); // off
        QVERIFY(QFile::copy(QStringLiteral(FC_TEST_DATA "/cap/zh_rainstorm_update.xml"), dir + QStringLiteral("/later.xml")));
        QTest::qWait(300);
        QCOMPARE(arrived.size(), 1);
    }

    // The real window on a store holding the Typhoon Bebinca replay: replaying 2024-09-16 14:00 (Beijing time),
    // the warnings panel lists what was in force then (from the scenario's own dates), read-only; the district's
    // gauges reach a rainstorm threshold then (totals summed here from the scenario's series, levels from DOMAIN.md)
    // with no rainstorm signal in force, so the panel proposes recording it. Back to live, the live state returns.
    void replayAndRainstormProposal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bebinca.gpkg"));
        QString e;
        QList<SensorInfo> sensors;
        {
            auto st = DemoOperation::createStore(path, &e);
            QVERIFY2(st, qPrintable(e));
            ReplayScenario::Summary sum;
            QVERIFY2(ReplayScenario::writeBebinca(*st, &sum, &e), qPrintable(e));
            for (const StoreRow &r : st->rows(QStringLiteral("sensors")).result())
                sensors.append(SensorInfo::fromRow(r));
        }
        const QDateTime at(QDate(2024, 9, 16), QTime(14, 0), QTimeZone(8 * 3600));
        // Hand check of the rain: each gauge's 1 h and 6 h totals over (at - window, at], against the DOMAIN.md
        // thresholds (yellow 1 h >= 50 or 6 h >= 80; orange 80 / 100; red 100 / 150).
        QHash<qint64, double> one, six;
        for (const Reading &r : ReplayScenario::bebincaReadings(sensors).rows) {
            if (r.atMs > at.toMSecsSinceEpoch() - 6 * 3600 * 1000LL && r.atMs <= at.toMSecsSinceEpoch())
                six[r.sensorFid] += r.value;
            if (r.atMs > at.toMSecsSinceEpoch() - 3600 * 1000LL && r.atMs <= at.toMSecsSinceEpoch())
                one[r.sensorFid] += r.value;
        }
        double max6 = 0;
        AlarmLevel expected = AlarmLevel::None;
        for (const SensorInfo &s : sensors) {
            if (!s.isRain())
                continue;
            const double h1 = one.value(s.fid), h6 = six.value(s.fid);
            max6 = std::max(max6, h6);
            const AlarmLevel l = (h1 >= 100 || h6 >= 150)  ? AlarmLevel::Red
                                 : (h1 >= 80 || h6 >= 100) ? AlarmLevel::Orange
                                 : (h1 >= 50 || h6 >= 80)  ? AlarmLevel::Yellow
                                 : (h1 >= 35 || h6 >= 50)  ? AlarmLevel::Blue
                                                           : AlarmLevel::None;
            expected = std::max(expected, l);
        }
        QVERIFY2(expected >= AlarmLevel::Yellow, qPrintable(QString::number(max6)));

        AppOptions o;
        o.db = path;
        o.screenshot = QStringLiteral("test"); // no saved layout restored
        MainWindow w(o);
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1600, 1000);
        w.show();
        w.loadData();
        auto *warnings = w.operation()->warnings();
        auto *alarms = w.operation()->alarms();
        QVERIFY(warnings && alarms);
        QTRY_VERIFY_WITH_TIMEOUT(warnings->isLoaded() && alarms->isReady(), 20000);
        auto *proposal = w.findChild<QLabel *>(QStringLiteral("rainProposal"));
        auto *record = w.findChild<QPushButton *>(QStringLiteral("recordRainstorm"));
        QVERIFY(proposal && record);
        const int liveInForce = int(warnings->state().inForce().size());

        w.clock()->startReplay(at);
        w.clock()->pauseReplay(true);
        QVERIFY(warnings->isShowingReplay());
        QStringList inForce;
        for (const WarningSignal &s : warnings->state().inForce())
            inForce.append(s.kind + QLatin1Char(' ') + s.colour);
        inForce.sort();
        // The scenario: typhoon orange from 09-15 17:00, high tide blue from 09-15 08:00, both to 09-16 18:00.
        QCOMPARE(inForce, (QStringList{QStringLiteral("high_tide blue"), QStringLiteral("typhoon orange")}));
        int modelInForce = 0;
        auto *signalModel = w.findChild<SignalTableModel *>();
        QVERIFY(signalModel);
        for (int r = 0; r < signalModel->rowCount(); ++r)
            modelInForce += signalModel->index(r, 0).data(SignalTableModel::InForceRole).toBool() ? 1 : 0;
        QCOMPARE(modelInForce, 2);
        QTRY_VERIFY_WITH_TIMEOUT(alarms->isShowingReplay(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(proposal->isVisible(), 5000);
        QVERIFY2(proposal->text().contains(AlarmLevels::caption(expected)), qPrintable(proposal->text()));
        QVERIFY2(proposal->text().contains(QString::number(max6, 'f', 1)), qPrintable(proposal->text()));
        QVERIFY(!record->isEnabled()); // a replay writes nothing
        // The alarm panel proposes the same signal (one rule).
        auto *alarmPanel = w.findChild<AlarmPanel *>();
        QVERIFY(alarmPanel);
        QTRY_VERIFY2_WITH_TIMEOUT(alarmPanel->statusText().contains(AlarmLevels::caption(expected)), qPrintable(alarmPanel->statusText()), 5000);
        // Writing is refused while replaying.
        SignalInput in;
        in.kind = QStringLiteral("rainstorm");
        in.colour = QStringLiteral("orange");
        QVERIFY(!warnings->issue(in).result().ok);

        w.clock()->setReal();
        QVERIFY(!warnings->isShowingReplay());
        QCOMPARE(int(warnings->state().inForce().size()), liveInForce);
        QTRY_VERIFY_WITH_TIMEOUT(!alarms->isShowingReplay(), 5000);
    }

    // The same replay with the rainstorm red signal recorded at 09-16 12:00 (entered then): the totals that reach
    // a rainstorm threshold at 14:00 propose nothing, in the warnings panel and in the alarm panel alike.
    // One rule for road depth: a waterlogging incident reporting 30 cm on a prone road with no depth reading closes
    // the road for the router (FloodRules: closed from 25 cm) and the map draws that road closed too (before, the
    // map coloured roads from sensor levels only and showed it as having no depth).
    void mapAndRouterAgreeOnRoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roads.gpkg"));
        QString e;
        QString sectionId;
        {
            auto st = DemoOperation::createStore(path, &e);
            QVERIFY2(st, qPrintable(e));
            // A prone section whose road has no depth sensor.
            QSet<QString> sensed;
            for (const StoreRow &r : st->rows(QStringLiteral("sensors"), QStringLiteral("kind = 'waterlogging'")).result())
                sensed.insert(r.values.value(QStringLiteral("road_id")).toString());
            QString roadId;
            for (const StoreRow &r : st->rows(QStringLiteral("waterlogging_roads")).result())
                if (!sensed.contains(r.values.value(QStringLiteral("id")).toString())) {
                    sectionId = r.values.value(QStringLiteral("id")).toString();
                    roadId = r.values.value(QStringLiteral("road_segment_id")).toString();
                    break;
                }
            QVERIFY(!sectionId.isEmpty());
            const QList<StoreRow> road = st->rows(QStringLiteral("roads"), QStringLiteral("id = ?"), {roadId}, true).result();
            QCOMPARE(road.size(), 1);
            // The incident at the middle vertex of the road's line.
            const QString wkt = road[0].values.value(QStringLiteral("geom")).toString();
            const QStringList pts = wkt.mid(wkt.indexOf(QLatin1Char('(')) + 1).remove(QLatin1Char(')')).split(QLatin1Char(','));
            const QStringList mid = pts[pts.size() / 2].trimmed().split(QLatin1Char(' '));
            const WriteResult w = IncidentDesk::createIncident(*st, {{QStringLiteral("kind"), QStringLiteral("waterlogging")},
                                                                      {QStringLiteral("lon"), mid[0].toDouble()},
                                                                      {QStringLiteral("lat"), mid[1].toDouble()},
                                                                      {QStringLiteral("depth_cm"), 30.0}},
                                                               QDateTime::currentDateTimeUtc());
            QVERIFY2(w.ok, qPrintable(w.error));
        }
        AppOptions o;
        o.db = path;
        o.screenshot = QStringLiteral("test");
        MainWindow w(o);
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1600, 1000);
        w.show();
        w.loadData();
        RoadNetworkFeed *roads = w.operation()->roads();
        QTRY_VERIFY_WITH_TIMEOUT(roads->network() && !roads->network()->roadsIn(RoadNetwork::RoadState::Closed).isEmpty(), 30000);
        auto shownAs = [&]() -> int {
            for (VectorLayer *l : w.mapLayers())
                if (l->id() == QLatin1String("waterlogging_roads") && l->store())
                    for (int i = 0; i < l->store()->count(); ++i)
                        if (l->store()->attribute(i, QStringLiteral("id")).toString() == sectionId)
                            return l->style().classOf(*l->store(), i, l->store()->fieldIndex(QStringLiteral("depth")));
            return -2;
        };
        // Class 3 of the live style is "closed" (no depth known, open, slowed, closed).
        QTRY_COMPARE_WITH_TIMEOUT(shownAs(), 3, 20000);
    }

    // Opening a store never blocks the window: a "server" that accepts the connection and never answers keeps the
    // opening thread waiting, while the window's event loop goes on (timers fire, loadData() has returned); when the
    // server hangs up, the window says it could not open the store. Before, loadData() waited in the GUI thread.
    void openingDoesNotBlockTheWindow()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *c = silent.nextPendingConnection())
                held.append(c);
        });
        AppOptions o;
        o.db = QStringLiteral("postgresql://nobody@127.0.0.1:%1/fc").arg(silent.serverPort());
        o.screenshot = QStringLiteral("test");
        MainWindow w(o);
        QSignalSpy loaded(&w, &MainWindow::dataLoaded);
        w.loadData(); // returns while the connection waits
        QVERIFY(!w.operation()->store());
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
        tick.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 10000); // the opening thread reached the server
        QTRY_VERIFY(ticks >= 5);                        // ... and the window's loop kept running meanwhile
        QCOMPARE(loaded.count(), 0);
        for (QTcpSocket *c : held)
            c->abort();
        silent.close();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 30000);
        QCOMPARE(loaded.first().at(0).toBool(), false);
        QVERIFY(!w.loadError().isEmpty());
    }

    // An older store (the frozen schema-4 fixture) is migrated and opened with the window's loop running: loadData()
    // returns before the migration ends (no nested event loop), and the store opens at the current schema.
    void olderStoreMigratesWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(FC_TEST_DATA "/store_v4.gpkg"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        AppOptions o;
        o.db = path;
        o.screenshot = QStringLiteral("test");
        MainWindow w(o);
        QSignalSpy loaded(&w, &MainWindow::dataLoaded);
        w.loadData();
        QVERIFY(!w.operation()->store()); // still migrating and opening, off this thread
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1, 60000);
        QCOMPARE(loaded.first().at(0).toBool(), true);
        QVERIFY(w.operation()->store());
        QCOMPARE(w.operation()->store()->schemaVersion(), Schema::CurrentVersion);
    }

    void rainstormInForceIsNotProposed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bebinca-red.gpkg"));
        QString e;
        {
            auto st = DemoOperation::createStore(path, &e);
            QVERIFY2(st, qPrintable(e));
            ReplayScenario::Summary sum;
            QVERIFY2(ReplayScenario::writeBebinca(*st, &sum, &e), qPrintable(e));
            Clock clock;
            clock.setFixed(QDateTime(QDate(2024, 9, 16), QTime(12, 0), QTimeZone(8 * 3600)));
            WarningService service(&clock);
            QSignalSpy reset(&service, &WarningService::reset);
            service.setStore(st.get());
            QVERIFY(reset.wait(10000));
            // History written as it was (the demo's own rainstorm signal is in force today, so the desk would
            // refuse a change dated before it): red from 12:00 to 18:00, entered at 12:00.
            const QDateTime noon = clock.now();
            const WriteResult r = wait(st->apply({{RowChange::Kind::Insert, QStringLiteral("warning_signals"), 0,
                                                   {{QStringLiteral("kind"), QStringLiteral("rainstorm")},
                                                    {QStringLiteral("colour"), QStringLiteral("red")},
                                                    {QStringLiteral("action"), QStringLiteral("issue")},
                                                    {QStringLiteral("issued_at"), noon},
                                                    {QStringLiteral("entered_at"), noon},
                                                    {QStringLiteral("lifted_at"), noon.addSecs(6 * 3600)},
                                                    {QStringLiteral("ended"), QStringLiteral("lift")}}}},
                                                 QStringLiteral("test signal")));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        AppOptions o;
        o.db = path;
        o.screenshot = QStringLiteral("test");
        MainWindow w(o);
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1600, 1000);
        w.show();
        w.loadData();
        auto *warnings = w.operation()->warnings();
        auto *alarms = w.operation()->alarms();
        auto *alarmPanel = w.findChild<AlarmPanel *>();
        QVERIFY(warnings && alarms && alarmPanel);
        QTRY_VERIFY_WITH_TIMEOUT(warnings->isLoaded() && alarms->isReady(), 20000);
        w.clock()->startReplay(QDateTime(QDate(2024, 9, 16), QTime(14, 0), QTimeZone(8 * 3600)));
        w.clock()->pauseReplay(true);
        QCOMPARE(warnings->state().inForce(QStringLiteral("rainstorm")).colour, QStringLiteral("red"));
        QTRY_VERIFY_WITH_TIMEOUT(alarms->isShowingReplay(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(alarmPanel->statusText().contains(QStringLiteral("2024-09-16 14:00")), 5000);
        QTest::qWait(200);
        QVERIFY(alarms->engine().proposedRainstormLevel() >= AlarmLevel::Yellow); // the totals do reach a threshold
        QVERIFY2(!alarmPanel->statusText().contains(QStringLiteral("propose")), qPrintable(alarmPanel->statusText()));
        auto *proposal = w.findChild<QLabel *>(QStringLiteral("rainProposal"));
        QVERIFY(proposal && !proposal->isVisible());
    }

    // Opened with --replay-at, the window says REPLAY (回放 in Chinese) with the replayed date and time on the banner,
    // in the replay colour, and the replay controls are shown; the live clock is not what the banner shows.
    void replayAtIsMarkedAndShowsControls()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("replay-mark.gpkg"));
        QString e;
        QVERIFY2(DemoOperation::createStore(path, &e), qPrintable(e));
        AppOptions o;
        o.db = path;
        o.screenshot = QStringLiteral("test");
        o.replayAt = QDateTime(QDate(2024, 9, 16), QTime(14, 0), QTimeZone(8 * 3600));
        MainWindow w(o);
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1600, 1000);
        w.show();
        w.loadData();
        auto *banner = w.findChild<WarningBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->content().replay, 20000);
        QCOMPARE(banner->content().replayText, QStringLiteral("REPLAY 2024-09-16 14:00:00"));
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("ReplayBar"));
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        // Painted: a good share of the banner is in the replay colour (a live banner has none of it).
        const QImage img = banner->grab().toImage();
        const QColor mark = BannerContent::replayColour();
        qint64 marked = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor c = img.pixelColor(x, y);
                marked += std::abs(c.red() - mark.red()) < 8 && std::abs(c.green() - mark.green()) < 8 && std::abs(c.blue() - mark.blue()) < 8;
            }
        QVERIFY2(marked > qint64(img.width()) * img.height() / 50, qPrintable(QString::number(marked)));
        // Back to live: the live banner.
        w.clock()->setReal();
        QTRY_VERIFY(!banner->content().replay);
    }

    // A screenshot is taken when every view has its data: a tide reading of 4.98 m ten minutes ago (the figure
    // of the report) is the level the toolbar and the flood walls use once the window is "ready", not the
    // 3.20 m the window starts with.
    void readyMeansLatestReadingsShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tide-ready.gpkg"));
        QString e;
        {
            auto st = DemoOperation::createStore(path, &e);
            QVERIFY2(st, qPrintable(e));
            ReadingIngest ingest(*st, true);
            QVERIFY2(ingest.load(&e), qPrintable(e));
            ReadingBatch batch;
            const qint64 at = QDateTime::currentMSecsSinceEpoch() - 600 * 1000;
            for (const StoreRow &r : st->rows(QStringLiteral("sensors")).result())
                if (SensorInfo::fromRow(r).isTide())
                    batch.rows.push_back({at, 4.98, qint32(r.fid), -1});
            QVERIFY(!batch.rows.empty());
            const ReadingIngest::Summary sum = ingest.ingestBatch(std::move(batch), QStringLiteral("test tide"));
            QVERIFY2(sum.ok, qPrintable(sum.error));
        }
        AppOptions o;
        o.db = path;
        o.screenshot = QStringLiteral("test");
        MainWindow w(o);
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1600, 1000);
        w.show();
        ViewsReady views(w.canvas(), w.findChildren<Panel *>());
        connect(w.canvas(), &MapCanvas::firstFrameReady, &views, &ViewsReady::start);
        QSignalSpy ready(&views, &ViewsReady::ready);
        w.loadData();
        QVERIFY(ready.wait(60000));
        auto *box = w.findChild<QDoubleSpinBox *>(QStringLiteral("tideLevel"));
        QVERIFY(box);
        QVERIFY2(std::abs(box->value() - 4.98) < 0.005, qPrintable(QString::number(box->value())));
        QVERIFY(w.canvas()->hasCompleteFrame());
        for (Panel *p : w.findChildren<Panel *>())
            QVERIFY2(p->isReady(), p->metaObject()->className());
    }

    // A new, empty store: the map says what to do instead of showing an empty dark rectangle; the first feature to
    // arrive (here a write through the store, as from another seat) takes the notice down and brings the map to it.
    void emptyStoreSaysWhatToDo()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.gpkg"));
        QString e;
        QVERIFY2(Store::create(path, &e), qPrintable(e));
        AppOptions o;
        o.db = path;
        o.screenshot = QStringLiteral("test"); // no saved layout restored
        MainWindow w(o);
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(1600, 1000);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::dataLoaded);
        w.loadData();
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toBool());
        MapCanvas *canvas = w.canvas();
        QVERIFY(canvas);
        QVERIFY2(canvas->notice().contains(QStringLiteral("floodctl import")), qPrintable(canvas->notice()));
        const WriteResult r = fc::testutil::wait(w.store()->insertRow(
            QStringLiteral("hazards"), {{QStringLiteral("name"), QStringLiteral("河堤渗水")},
                                        {QStringLiteral("geom"), QStringLiteral("POINT (121.4800 31.2200)")}}));
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_VERIFY_WITH_TIMEOUT(canvas->notice().isEmpty(), 10000);
        const QPointF p = WebMercator::fromLonLat(121.48, 31.22);
        QVERIFY(canvas->fullExtent().contains(p));
        QVERIFY(canvas->fullExtent().width() < 5000); // the point's neighbourhood, not the world
    }

    // The whole window in wall mode at 3840x2160: no visible text under the wall's minimum size, menus and tool
    // bars hidden (the banner stays and is larger than on a desk), dialogs kept off the wall.
    void wallLayoutTextSize()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        Theme::apply(*app, MapTheme::Dark, true);
        AppOptions o;
        o.wall = true;
        o.size = QSize(3840, 2160);
        o.screenshot = QStringLiteral("test"); // no saved layout restored
        MainWindow w(o);
        w.setAttribute(Qt::WA_DontShowOnScreen);
        w.resize(o.size);
        w.show();
        QTest::qWait(50); // the wall panel applies after every panel installed
        QVERIFY(!w.menuBar()->isVisible());
        int bannerBars = 0;
        for (QToolBar *t : w.findChildren<QToolBar *>()) {
            if (!t->isVisible())
                continue;
            QCOMPARE(t->objectName(), QStringLiteral("WarningBannerBar"));
            ++bannerBars;
        }
        QCOMPARE(bannerBars, 1);
        auto *banner = w.findChild<WarningBanner *>();
        QVERIFY(banner);
        QVERIFY(banner->height() >= 100); // desktop: 56 px
        const int min = WallModePanel::minimumPixelSize();
        QVERIFY(min >= 21); // 1.6 x 10 pt at 96 dpi
        QStringList small;
        for (QWidget *c : w.findChildren<QWidget *>()) {
            if (!c->isVisible())
                continue;
            const int px = QFontInfo(c->font()).pixelSize();
            if (px < min)
                small.append(QStringLiteral("%1 (%2) %3 px").arg(QString::fromLatin1(c->metaObject()->className()), c->objectName()).arg(px));
        }
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1String(", "))));
        // A dialog opened on the wall is sent away.
        QDialog d(&w);
        d.setWindowTitle(QStringLiteral("probe"));
        d.show();
        QTRY_VERIFY(!d.isVisible());
        Theme::apply(*app, MapTheme::Dark, false);
    }
};

QTEST_MAIN(TstWarningsGui)
#include "tst_warningsgui.moc"
