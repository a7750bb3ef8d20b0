// The incident panel on the demo operation: the road network loads off the GUI thread, a waterlogging report
// closes its road, teams are ranked by travel time with the route drawn, the board follows a dispatch from the
// change feed, and a mistaken "on scene" is taken back with undo.
#include "app/core/base/clock.h"
#include "app/core/district/demooperation.h"
#include "app/core/live/dispatchstate.h"
#include "app/core/rules/incidentdesk.h"
#include "app/core/models/incidentlistmodel.h"
#include "app/core/store/store.h"
#include "app/core/models/teamboardmodel.h"
#include "maps/webmercator.h"
#include "widgets/panels/dispatchpanel.h"
#include "app/core/live/operation.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/dialogs/handoverdialog.h"
#include "app/core/rules/dutydesk.h"

#include <QDockWidget>
#include <QFile>
#include <QTextBrowser>
#include <QTranslator>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QMessageBox>
#include <QApplication>
#include <QTimer>
#include <QTimeZone>
#include <QStatusBar>
#include <QTableView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QApplication>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>
#include <cmath>

using namespace fc;

namespace {

class TestHost : public PanelHost
{
public:
    explicit TestHost(std::unique_ptr<Store> store)
    {
        op.setStore(std::move(store));
        m_canvas = new MapCanvas;
        m_window.setCentralWidget(m_canvas);
        m_menu = m_window.menuBar()->addMenu(QStringLiteral("Command"));
        m_toolbar = m_window.addToolBar(QStringLiteral("tools"));
        m_window.resize(1600, 900);
    }
    QMainWindow *window() override { return &m_window; }
    MapCanvas *canvas() override { return m_canvas; }
    Operation *operation() override { return &op; }
    Clock *clock() override { return op.clock(); }
    Store *store() override { return op.store(); }
    QUndoStack *undoStack() override { return &m_undo; }
    QMenu *menu(Menu) override { return m_menu; }
    QToolBar *toolBar() override { return m_toolbar; }
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area) override { m_window.addDockWidget(area, dock); }
    void showMessage(const QString &text, int) override { m_messages << text; }
    bool wallMode() const override { return false; }

    Operation op;
    Clock &m_clock = *op.clock();
    QMainWindow m_window;
    MapCanvas *m_canvas;
    QMenu *m_menu;
    QToolBar *m_toolbar;
    QUndoStack m_undo;
    QStringList m_messages;
};

QPushButton *button(QWidget *w, const QString &text)
{
    for (QPushButton *b : w->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestDispatchPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The handover as a document: shown, written as a PDF, and signed only with the next officer's name.
    void handoverDocument()
    {
        QTemporaryDir dir;
        QString error;
        auto store = DemoOperation::createStore(dir.filePath(QStringLiteral("handover.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime now(QDate(2024, 9, 16), QTime(2, 0), Qt::UTC); // 10:00 Beijing time
        QVERIFY(DutyDesk::note(*store, QStringLiteral("东门泵站启动"), now.addSecs(-600)).ok);
        const HandoverSummary h = DutyDesk::handoverSummary(*store, now);
        HandoverDialog dlg(h);
        dlg.resize(900, 900);
        QVERIFY(dlg.document()->toPlainText().contains(QStringLiteral("2024-09-16 10:00")));
        QVERIFY(dlg.document()->toPlainText().contains(QStringLiteral("东门泵站启动")));
        QPushButton *sign = button(&dlg, HandoverDialog::tr("Sign and record"));
        QVERIFY(sign && !sign->isEnabled());
        dlg.findChild<QLineEdit *>()->setText(QStringLiteral("张伟"));
        QVERIFY(sign->isEnabled());
        QCOMPARE(dlg.nextOfficer(), QStringLiteral("张伟"));
        const QString pdf = dir.filePath(QStringLiteral("handover.pdf"));
        QVERIFY2(HandoverDialog::writePdf(h, pdf, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        QVERIFY(!HandoverDialog::writePdf(h, dir.filePath(QStringLiteral("no/such/folder/x.pdf")), &error));
        QVERIFY(error.contains(QLatin1String("x.pdf")));
        // For the issue note (FC_SHOT_DIR set by hand): the dialog as the officer sees it, and the PDF.
        if (const QString shots = qEnvironmentVariable("FC_SHOT_DIR"); !shots.isEmpty()) {
            // In Chinese, at the current time, with an incident and a team out.
            QTranslator zh;
            QVERIFY(zh.load(QStringLiteral(FC_BINARY_DIR "/app/floodcommand_zh_CN.qm")));
            QCoreApplication::installTranslator(&zh);
            const QDateTime t = QDateTime::currentDateTimeUtc();
            const WriteResult inc = IncidentDesk::createIncident(*store, {{QStringLiteral("kind"), QStringLiteral("waterlogging")},
                                                                          {QStringLiteral("priority"), QStringLiteral("urgent")},
                                                                          {QStringLiteral("lon"), 121.487}, {QStringLiteral("lat"), 31.228}},
                                                                  t.addSecs(-1800));
            QVERIFY(inc.ok);
            QVERIFY(IncidentDesk::dispatch(*store, inc.fids.first(), store->rows(QStringLiteral("rescue_teams")).result().first().fid,
                                           t.addSecs(-1500)).ok);
            QVERIFY(DutyDesk::note(*store, QStringLiteral("外滩防汛墙巡查完毕，未见渗漏"), t.addSecs(-900)).ok);
            HandoverDialog shot(DutyDesk::handoverSummary(*store, t));
            shot.resize(900, 900);
            shot.show();
            QTest::qWait(200);
            shot.grab().save(shots + QStringLiteral("/handover-dialog.png"));
            QVERIFY(HandoverDialog::writePdf(DutyDesk::handoverSummary(*store, t), shots + QStringLiteral("/handover.pdf"), &error));
            QCoreApplication::removeTranslator(&zh);
        }
    }

    // A replay is read-only: a duty log entry typed during it is refused with a reason, the store keeps its rows,
    // and the lifecycle buttons are off; back to live, the same entry is written.
    void replayIsReadOnly()
    {
        QTemporaryDir dir;
        QString error;
        auto store = DemoOperation::createStore(dir.filePath(QStringLiteral("replay.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        TestHost host(std::move(store));
        Store *const st = host.store();
        DispatchPanel panel;
        panel.install(&host);
        panel.storeChanged(st);
        host.m_window.show();
        QTRY_VERIFY(panel.state()->isLoaded());
        const int before = int(st->rows(QStringLiteral("duty_log")).result().size());
        auto *note = host.m_window.findChild<QLineEdit *>(QStringLiteral("dutyNote"));
        QVERIFY(note);
        host.m_clock.startReplay(QDateTime(QDate(2024, 9, 16), QTime(6, 0), Qt::UTC));
        note->setText(QStringLiteral("回放中不应写入"));
        QTest::keyClick(note, Qt::Key_Return);
        QVERIFY(!host.m_messages.isEmpty());
        QVERIFY2(host.m_messages.last().contains(DispatchPanel::tr("A replay is showing").left(10)), qPrintable(host.m_messages.last()));
        QTest::qWait(300);
        QCOMPARE(int(st->rows(QStringLiteral("duty_log")).result().size()), before);
        for (const QString &label : {IncidentDesk::stateLabel(QStringLiteral("on_scene")), IncidentDesk::stateLabel(QStringLiteral("resolved"))})
            if (QPushButton *b = button(&host.m_window, label))
                QVERIFY(!b->isEnabled());
        const int messages = int(host.m_messages.size());
        QPushButton *report = button(&host.m_window, DispatchPanel::tr("New incident…"));
        QVERIFY(report);
        report->click(); // refused before the dialog opens (a dialog would block here)
        QCOMPARE(int(host.m_messages.size()), messages + 1);
        host.m_clock.setReal();
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_COMPARE(int(st->rows(QStringLiteral("duty_log")).result().size()), before + 1);
    }

    // During a replay the incident list and the team board show the past (rebuilt from the audit trail), with a
    // note saying so; back to live they show now again, the same rows still selected.
    void replayShowsThePast()
    {
        QTemporaryDir dir;
        QString error;
        auto store = DemoOperation::createStore(dir.filePath(QStringLiteral("past.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime domain(QDate(2024, 9, 16), QTime(6, 0), Qt::UTC);
        const WriteResult created = IncidentDesk::createIncident(*store, {{QStringLiteral("kind"), QStringLiteral("fallen_tree")},
                                                                         {QStringLiteral("title"), QStringLiteral("倒树压车")},
                                                                         {QStringLiteral("lon"), 121.47}, {QStringLiteral("lat"), 31.21}},
                                                                 domain);
        QVERIFY2(created.ok, qPrintable(created.error));
        const qint64 inc = created.fids.first();
        QThread::msleep(20);
        const QDateTime reportedOnly = QDateTime::currentDateTimeUtc();
        QThread::msleep(20);
        const qint64 team = store->rows(QStringLiteral("rescue_teams")).result().first().fid;
        QVERIFY(IncidentDesk::dispatch(*store, inc, team, domain.addSecs(60)).ok);

        TestHost host(std::move(store));
        Store *const st = host.store();
        DispatchPanel panel;
        panel.install(&host);
        panel.storeChanged(st);
        host.m_window.show();
        QTRY_VERIFY(panel.state()->isLoaded());
        auto *note = host.m_window.findChild<QLabel *>(QStringLiteral("replayNote"));
        QVERIFY(note);
        QVERIFY(note->isHidden());
        TeamBoardModel *board = nullptr;
        IncidentListModel *incidents = nullptr;
        for (QTableView *v : host.m_window.findChildren<QTableView *>()) {
            if (auto *m = qobject_cast<TeamBoardModel *>(v->model()))
                board = m;
            if (auto *p = qobject_cast<QSortFilterProxyModel *>(v->model()))
                incidents = qobject_cast<IncidentListModel *>(p->sourceModel());
        }
        QVERIFY(board && incidents);
        auto cell = [](QAbstractItemModel *m, int row, int col) { return m->index(row, col).data(IncidentListModel::RawValueRole).toString(); };
        const int teamRow = board->rowOfFid(team), incRow = incidents->rowOfFid(inc);
        QVERIFY(teamRow >= 0 && incRow >= 0);
        QCOMPARE(cell(board, teamRow, TeamBoardModel::Status), QStringLiteral("dispatched"));
        QCOMPARE(incidents->index(incRow, IncidentListModel::State).data().toString(), IncidentDesk::stateLabel(QStringLiteral("dispatched")));

        host.m_clock.startReplay(reportedOnly);
        host.m_clock.pauseReplay(true);
        QTRY_VERIFY(note->isVisible());
        QTRY_COMPARE(cell(board, teamRow, TeamBoardModel::Status), QStringLiteral("available"));
        QCOMPARE(incidents->index(incRow, IncidentListModel::State).data().toString(), IncidentDesk::stateLabel(QStringLiteral("reported")));
        QVERIFY(incidents->index(incRow, IncidentListModel::Team).data().toString().isEmpty());
        host.m_window.grab().save(QStringLiteral(FC_BINARY_DIR "/tst_dispatchpanel_replay.png"));

        host.m_clock.setReal();
        QTRY_VERIFY(note->isHidden());
        QCOMPARE(cell(board, teamRow, TeamBoardModel::Status), QStringLiteral("dispatched"));
        QCOMPARE(board->rowOfFid(team), teamRow);
    }

    // Two seats on one operation (two Operations, two connections to the file) dispatch the same team from their
    // panels' own dispatch action at the same moment, each to its own incident: exactly one wins, the other is told
    // who sent the team first, with the time in Beijing time and its date; nothing of the loser's write remains.
    void twoSeatsDispatchTheSameTeam()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("seats.gpkg"));
        {
            auto store = DemoOperation::createStore(path, &error);
            QVERIFY2(store, qPrintable(error));
            const QDateTime t = QDateTime::currentDateTimeUtc();
            for (const auto &[lon, lat] : {std::pair{121.4655, 31.2083}, std::pair{121.4700, 31.2150}})
                QVERIFY(IncidentDesk::createIncident(*store, {{QStringLiteral("kind"), QStringLiteral("fallen_tree")},
                                                              {QStringLiteral("lon"), lon}, {QStringLiteral("lat"), lat}},
                                                     t).ok);
        }
        auto seat = [&](const QString &user) {
            QString e;
            auto s = Store::open(path, &e);
            if (s)
                s->setUser(user);
            return s;
        };
        TestHost wang(seat(QStringLiteral("wang"))), li(seat(QStringLiteral("li")));
        QVERIFY(wang.store() && li.store());
        DispatchPanel pw, pl;
        pw.install(&wang);
        pl.install(&li);
        QSignalSpy lw(&pw, &DispatchPanel::networkLoaded), ll(&pl, &DispatchPanel::networkLoaded);
        pw.storeChanged(wang.store());
        pl.storeChanged(li.store());
        QVERIFY(lw.count() || lw.wait(20000));
        QVERIFY(ll.count() || ll.wait(20000));
        QTRY_VERIFY(pw.state()->isLoaded() && pl.state()->isLoaded());
        pw.selectIncident(1);
        pw.recommend();
        pl.selectIncident(2);
        pl.recommend();
        QTRY_VERIFY(!pw.recommendations().isEmpty() && !pl.recommendations().isEmpty());
        // Both seats pick the same team (the first of wang's ranking, wherever it is in li's).
        const qint64 team = pw.recommendations().first().teamFid;
        int liRow = -1;
        for (int i = 0; i < pl.recommendations().size(); ++i)
            if (pl.recommendations()[i].teamFid == team)
                liRow = i;
        QVERIFY(liRow >= 0);
        // The loser's warning box is read and closed as the officer would.
        QString warning;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
        closer.start(50);
        pw.dispatchRanked(0);
        pl.dispatchRanked(liRow);
        QTRY_VERIFY_WITH_TIMEOUT(!warning.isEmpty(), 20000);
        const QList<StoreRow> active = wang.store()->rows(QStringLiteral("dispatches"), IncidentDesk::activeDispatchWhere()).result();
        QCOMPARE(active.size(), 1);
        const QString winner = active[0].values.value(QStringLiteral("dispatched_by")).toString();
        QVERIFY(winner == QLatin1String("wang") || winner == QLatin1String("li"));
        QVERIFY2(warning.contains(winner), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("#%1").arg(active[0].values.value(QStringLiteral("incident_fid")).toLongLong())),
                 qPrintable(warning));
        const QString day = QDateTime::fromString(active[0].values.value(QStringLiteral("ordered_at")).toString(), Qt::ISODateWithMs)
                                .toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(warning.contains(day), qPrintable(warning));
        // The loser's incident is still reported.
        const qint64 loserIncident = active[0].values.value(QStringLiteral("incident_fid")).toLongLong() == 1 ? 2 : 1;
        QCOMPARE(wang.store()->row(QStringLiteral("incidents"), loserIncident).result().values.value(QStringLiteral("state")).toString(),
                 QStringLiteral("reported"));
    }

    void rankRouteDispatchUndo()
    {
        QTemporaryDir dir;
        QString error;
        auto store = DemoOperation::createStore(dir.filePath(QStringLiteral("demo.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        Clock clock;
        // 35 cm on 建国中路 (a waterlogging-prone road): closed at the default 25 cm.
        QVERIFY(IncidentDesk::createIncident(*store, {{QStringLiteral("kind"), QStringLiteral("waterlogging")},
                                                      {QStringLiteral("lon"), 121.4655}, {QStringLiteral("lat"), 31.2083},
                                                      {QStringLiteral("priority"), QStringLiteral("high")},
                                                      {QStringLiteral("depth_cm"), 35}},
                                             clock.now())
                    .ok);

        TestHost host(std::move(store));
        Store *const st = host.store();
        DispatchPanel panel;
        panel.install(&host);
        QSignalSpy loaded(&panel, &DispatchPanel::networkLoaded);
        panel.storeChanged(st);
        host.m_window.show();
        host.m_canvas->setExtent(Extent(WebMercator::fromLonLat(121.455, 31.195).x(), WebMercator::fromLonLat(121.455, 31.195).y(),
                                        WebMercator::fromLonLat(121.50, 31.25).x(), WebMercator::fromLonLat(121.50, 31.25).y()));
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY(panel.state()->isLoaded());
        QCOMPARE(panel.network()->roadsIn(RoadNetwork::RoadState::Closed).size(), 1);

        panel.selectIncident(1);
        panel.recommend();
        const QList<TeamRanking> r = panel.recommendations();
        QCOMPARE(r.size(), 12); // every demo team is available
        for (int i = 1; i < r.size(); ++i)
            QVERIFY(r[i - 1].seconds <= r[i].seconds);
        QVERIFY(r[0].route.found);
        QVERIFY(r[0].route.points.size() >= 2);
        // The route never uses the closed road.
        const qint64 closed = panel.network()->roadsIn(RoadNetwork::RoadState::Closed).first();
        for (int e : r[1].route.edges)
            if (e != r[1].route.edges.front() && e != r[1].route.edges.back())
                QVERIFY(panel.network()->graph().edge(e).featureId != closed);

        // Another seat dispatches the fastest team: the board and the panel follow the change feed.
        const qint64 team = r[0].teamFid;
        QVERIFY(IncidentDesk::dispatch(*st, 1, team, clock.now()).ok);
        TeamBoardModel *board = nullptr;
        for (QTableView *v : host.m_window.findChildren<QTableView *>())
            if (auto *m = qobject_cast<TeamBoardModel *>(v->model()))
                board = m;
        QVERIFY(board);
        QTRY_COMPARE(panel.state()->row(QStringLiteral("rescue_teams"), team).values.value(QStringLiteral("duty_status")).toString(),
                     QStringLiteral("dispatched"));
        int row = -1;
        for (int i = 0; i < board->rowCount(); ++i)
            if (board->fidAt(i) == team)
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(board->index(row, TeamBoardModel::Status).data(Qt::BackgroundRole).value<QColor>(),
                 TeamBoardModel::statusColour(QStringLiteral("dispatched")));
        // Recommending again leaves the dispatched team out.
        panel.recommend();
        QCOMPARE(panel.recommendations().size(), 11);

        // "On scene" pressed by mistake, then undone.
        QPushButton *onScene = button(&host.m_window, QStringLiteral("On scene"));
        QVERIFY(onScene);
        QTRY_VERIFY(onScene->isEnabled());
        onScene->click();
        auto stateOf = [&] { return IncidentDesk::stateOf(panel.state()->row(QStringLiteral("incidents"), 1)); };
        QTRY_COMPARE(stateOf(), QStringLiteral("on_scene"));
        host.m_undo.undo();
        QTRY_COMPARE(stateOf(), QStringLiteral("dispatched"));
        QTRY_COMPARE(panel.state()->row(QStringLiteral("rescue_teams"), team).values.value(QStringLiteral("duty_status")).toString(),
                     QStringLiteral("dispatched"));

        panel.recommend();
        QTest::qWait(200);
        host.m_window.grab().save(QStringLiteral(FC_BINARY_DIR "/tst_dispatchpanel.png"));
    }
};

QTEST_MAIN(TestDispatchPanel)
#include "tst_dispatchpanel.moc"
