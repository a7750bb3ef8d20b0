// Steering the wall from a desk, across seats: the desk seat (floodctl, its own process and Store connection) reports an
// incident and puts it on the wall; the wall seat (this process: an Operation and its Store, a WallController) reacts on
// the change feed. On a GeoPackage file and on the CTest fixture's PostgreSQL + PostGIS server (without the server this
// test fails; it never skips). On the server a second Store in this process writes too (the seats of one machine).
// Bad targets are refused without writing anything.
#include "app/core/district/demooperation.h"
#include "app/core/live/dispatchstate.h"
#include "app/core/live/operation.h"
#include "app/core/live/wallcommands.h"
#include "app/core/rules/incidentdesk.h"
#include "app/core/store/store.h"
#include "maps/layerregistry.h"
#include "maps/webmercator.h"
#include "widgets/map/mapcanvas.h"
#include "widgets/wall/wallcontroller.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace fc;

namespace {

QString serverUri(int n)
{
    const QString port = qEnvironmentVariable("FC_TEST_PG_PORT");
    const QString name = QStringLiteral("fc_wall_%1").arg(n);
    const QString conn = QStringLiteral("tst_wall_") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port.toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            qWarning("no test server on port %s: %s", qPrintable(port), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qWarning("cannot create %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(conn);
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(port, name);
}

int floodctl(const QStringList &args, QString *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(FLOODCTL_BIN), args);
    p.waitForFinished(60000);

    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int commandRows(Store &s)
{
    auto r = s.rows(QStringLiteral("wall_commands"));
    r.waitForFinished();
    return int(r.result().size());
}

} // namespace

class TstWallCommand : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse()
    {
        WallCommand c;
        QString e;
        QVERIFY(WallCommand::parse(QStringLiteral("incident:12"), &c, &e));
        QCOMPARE(c.kind, WallCommand::Kind::Incident);
        QCOMPARE(c.incident, 12);
        QCOMPARE(c.target(), QStringLiteral("incident:12"));
        QVERIFY(WallCommand::parse(QStringLiteral(" bookmark:外滩 "), &c, &e));
        QCOMPARE(c.name, QStringLiteral("外滩"));
        QVERIFY(WallCommand::parse(QStringLiteral("home"), &c, &e));
        QCOMPARE(c.kind, WallCommand::Kind::Home);
        for (const char *bad : {"incident:x", "incident:-3", "bookmark:", "radar:1", "homes", ""}) {
            QVERIFY2(!WallCommand::parse(QString::fromUtf8(bad), &c, &e), bad);
            QVERIFY2(e.contains(QString::fromUtf8(bad)), qPrintable(e));
        }
    }

    void twoSeats_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("gpkg") << QStringLiteral("gpkg");
        QTest::newRow("server") << QStringLiteral("server");
    }

    void twoSeats()
    {
        QFETCH(QString, kind);
        static int n = 0;
        ++n;
        const QString where = kind == QLatin1String("gpkg") ? m_dir.filePath(QStringLiteral("seats%1.gpkg").arg(n)) : serverUri(n);
        QString error;
        // The operation, then the wall seat's own connection (one Store per process on a file, as on a wall machine).
        {
            std::unique_ptr<Store> made = DemoOperation::createStore(where, &error);
            QVERIFY2(made, qPrintable(error));
        }
        std::unique_ptr<Store> wallStore = Store::open(where, &error);
        QVERIFY2(wallStore, qPrintable(error));
        Store *seen = wallStore.get();
        Operation op;
        op.setStore(std::move(wallStore));
        LayerRegistry registry;
        const Extent district = Extent::fromCenter(WebMercator::fromLonLat(121.48, 31.23), 6000, 6000);
        WallContext ctx{&op, &registry, [district] { return district; }};
        WallController wall(ctx);
        wall.setLayout(WallLayout::builtIn(1));
        wall.setStore(seen);
        wall.useVirtualScreens(1, QSize(1600, 900), true);
        wall.mapDataLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(op.dispatch()->isLoaded(), 20000);

        // The desk reports an incident and puts it on the wall.
        auto newest = [&] {
            qint64 f = 0;
            for (const StoreRow &r : op.dispatch()->rows(QStringLiteral("incidents")))
                f = std::max(f, r.fid);
            return f;
        };
        const qint64 before = newest();
        QCOMPARE(floodctl({QStringLiteral("incident"), where, QStringLiteral("--kind"), QStringLiteral("waterlogging"),
                           QStringLiteral("--at"), QStringLiteral("121.4840,31.2380"), QStringLiteral("--text"), QStringLiteral("南京东路积水")}),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(newest() > before, 20000);
        const qint64 fid = newest();
        QCOMPARE(floodctl({QStringLiteral("wall"), where, QStringLiteral("--show"), QStringLiteral("incident:%1").arg(fid),
                           QStringLiteral("--user"), QStringLiteral("desk-a")}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(wall.lastCommand(), QStringLiteral("incident:%1").arg(fid), 20000);
        QVERIFY(wall.isRotationPaused());
        QVERIFY2(wall.message().contains(QStringLiteral("desk-a")), qPrintable(wall.message()));
        WallMapView *map = wall.viewsOf<WallMapView>().value(0);
        QVERIFY(map);
        QVERIFY(map->canvas()->settings().extent().contains(WebMercator::fromLonLat(121.4840, 31.2380)));
        QVERIFY(map->canvas()->settings().extent().width() < 5000); // framed, not the district

        // A command for another wall is left alone.
        QCOMPARE(floodctl({QStringLiteral("wall"), where, QStringLiteral("--show"), QStringLiteral("home"), QStringLiteral("--wall"),
                           QStringLiteral("briefing-room")}),
                 0);
        if (kind == QLatin1String("server")) {
            // A second seat of this process (its own connection to the server) writes the command as a desk window does.
            std::unique_ptr<Store> desk = Store::open(where, &error);
            QVERIFY2(desk, qPrintable(error));
            WallCommand c;
            QVERIFY(WallCommand::parse(QStringLiteral("bookmark:南外滩"), &c, &error));
            auto w = desk->apply({c.toChange(QDateTime::currentDateTimeUtc(), QStringLiteral("desk-b"))});
            w.waitForFinished();
            QVERIFY2(w.result().ok, qPrintable(w.result().error));
            QTRY_COMPARE_WITH_TIMEOUT(wall.lastCommand(), QStringLiteral("bookmark:南外滩"), 20000);
            QVERIFY(wall.message().contains(QStringLiteral("desk-b")));
        }

        // floodctl wall, from a script: the same row, the same reaction.
        QCOMPARE(floodctl({QStringLiteral("wall"), where, QStringLiteral("--show"), QStringLiteral("bookmark:外滩")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(wall.lastCommand(), QStringLiteral("bookmark:外滩"), 20000);
        const QPointF bund = WebMercator::fromLonLat(121.4905, 31.2395);
        QVERIFY(std::hypot(map->canvas()->settings().extent().center().x() - bund.x(),
                           map->canvas()->settings().extent().center().y() - bund.y()) < 50);
        QCOMPARE(floodctl({QStringLiteral("wall"), where, QStringLiteral("--show"), QStringLiteral("home")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(wall.lastCommand(), QStringLiteral("home"), 20000);
        QVERIFY(!wall.isRotationPaused());

        // Refused: nothing is written.
        const int rows = commandRows(*seen);
        QCOMPARE(rows, kind == QLatin1String("server") ? 5 : 4);
        QString err;
        QCOMPARE(floodctl({QStringLiteral("wall"), where, QStringLiteral("--show"), QStringLiteral("radar:1")}, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("radar:1")), qPrintable(err));
        QCOMPARE(floodctl({QStringLiteral("wall"), where, QStringLiteral("--show"), QStringLiteral("incident:999999")}, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("999999")), qPrintable(err));
        QCOMPARE(commandRows(*seen), rows);

        op.setStore(nullptr);
    }
};

QTEST_MAIN(TstWallCommand)
#include "tst_wallcommand.moc"
