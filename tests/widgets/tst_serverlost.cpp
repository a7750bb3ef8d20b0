// A seat on a shared operation loses the server: while it is read-only its write controls are disabled and say why
// on the control; when the connection is back they work again (server fixture: tests/pg/pgserver.sh).
#include "app/core/base/clock.h"
#include "app/core/live/dispatchstate.h"
#include "app/core/store/store.h"
#include "widgets/panels/dispatchpanel.h"
#include "app/core/live/operation.h"
#include "widgets/map/mapcanvas.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <QUuid>

#include "../core/storetestutil.h"

using namespace fc;
using fc::testutil::pgPort;

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
    void showMessage(const QString &, int) override {}
    bool wallMode() const override { return false; }

    Operation op;
    QMainWindow m_window;
    MapCanvas *m_canvas;
    QMenu *m_menu;
    QToolBar *m_toolbar;
    QUndoStack m_undo;
};

bool pgAdmin(const QString &sql, QString *error)
{
    const QString name = QStringLiteral("tst_lost_") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(pgPort().toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        ok = db.open();
        if (ok) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TstServerLost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesDisabledWhileServerLost()
    {
        QVERIFY2(!pgPort().isEmpty(), "FC_TEST_PG_PORT is not set: the server fixture (tests/pg/pgserver.sh) did not run");
        const QString db = QStringLiteral("fc_lost_") + QUuid::createUuid().toString(QUuid::Id128);
        QString e;
        QVERIFY2(pgAdmin(QStringLiteral("CREATE DATABASE %1").arg(db), &e), qPrintable(e));
        const QString uri = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(pgPort(), db);
        std::unique_ptr<Store> store = Store::create(uri, &e);
        QVERIFY2(store, qPrintable(e));
        TestHost host(std::move(store));
        Store *const st = host.store();
        DispatchPanel panel;
        panel.install(&host);
        panel.storeChanged(st);
        host.m_window.show();
        QTRY_VERIFY_WITH_TIMEOUT(panel.state()->isLoaded(), 20000);
        auto *report = host.m_window.findChild<QPushButton *>(QStringLiteral("newIncident"));
        auto *note = host.m_window.findChild<QLineEdit *>(QStringLiteral("dutyNote"));
        QVERIFY(report && note);
        QVERIFY(report->isEnabled() && note->isEnabled());
        const QString ownTip = report->toolTip();

        // What the controls show at the moment the seat learns it is offline (after the panel has reacted).
        bool sawOffline = false, enabledOffline = true;
        QString tipOffline;
        connect(st, &Store::connectionChanged, this, [&](bool online, const QDateTime &) {
            if (online || sawOffline)
                return;
            sawOffline = true;
            enabledOffline = report->isEnabled() || note->isEnabled();
            tipOffline = report->toolTip();
        });
        QSignalSpy changes(st, &Store::connectionChanged);
        // The server drops this seat's connections (as a restart or a network cut does).
        QVERIFY2(pgAdmin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(db), &e),
                 qPrintable(e));
        QTRY_VERIFY_WITH_TIMEOUT(sawOffline, 20000);
        QVERIFY(!enabledOffline);
        QVERIFY2(tipOffline.contains(QLatin1String("Disconnected from the server")), qPrintable(tipOffline));
        // Back online: the controls work again, with their own tooltip.
        QTRY_VERIFY_WITH_TIMEOUT(st->isOnline(), 30000);
        QTRY_VERIFY(report->isEnabled() && note->isEnabled());
        QCOMPARE(report->toolTip(), ownTip);
        store.reset();
        pgAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db), &e);
    }
};

QTEST_MAIN(TstServerLost)
#include "tst_serverlost.moc"
