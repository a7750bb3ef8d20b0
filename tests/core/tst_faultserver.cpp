// Reliability, third round, on the server (CTest fixture "pgserver"): copies onto themselves, copies killed
// half-way, a dump cut off by the server, a snapshot under concurrent writes, a forged audit log, a viewer's
// replace. Runs the real floodctl and the store in-process.
#include "app/core/store/store.h"

#include <csignal>
#include <sqlite3.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include "storetestutil.h"

using namespace fc;
using fc::testutil::pgPort;
using fc::testutil::wait;

namespace {

// Runs SQL on the test server as `user` (the superuser by default); the first column of the last row, or an error.
QVariant pg(const QString &database, const QStringList &sql, QString *error = nullptr,
            const QString &user = QStringLiteral("postgres"))
{
    const QString name = QStringLiteral("tst_fault_") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(pgPort().toInt());
        db.setUserName(user);
        db.setDatabaseName(database);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            for (const QString &s : sql) {
                QSqlQuery q(db);
                if (!q.exec(s)) {
                    if (error)
                        *error = q.lastError().text();
                    result = QVariant();
                    break;
                }
                if (q.next())
                    result = q.value(0);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

struct Run
{
    int code = -1;
    QString out, err;
};

Run ctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FLOODCTL_BIN), args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

qint64 fileCount(const QString &store, const QString &sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(store).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return n;
}

} // namespace

class TstFaultServer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_big; // a demo operation with a few thousand reading blocks: a copy of it takes a while

    QString freshDb()
    {
        const QString name = QStringLiteral("fc_fault%1").arg(++m_n);
        QString e;
        pg(QStringLiteral("postgres"), {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
                                        QStringLiteral("CREATE DATABASE %1").arg(name)}, &e);
        return name;
    }
    static QString uri(const QString &db, const QString &user = QStringLiteral("postgres"))
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user, pgPort(), db);
    }
    static qint64 serverCount(const QString &db, const QString &table)
    {
        QString e;
        const QVariant v = pg(db, {QStringLiteral("SELECT count(*) FROM %1").arg(table)}, &e);
        return v.isValid() ? v.toLongLong() : -1;
    }

    // Starts floodctl with args, waits until its server connection is in the state `condition` (SQL on
    // pg_stat_activity) and then kills it with SIGKILL; false if the copy ended first.
    bool killWhen(const QStringList &args, const QString &db, const QString &condition, QString *why)
    {
        QProcess p;
        p.start(QStringLiteral(FLOODCTL_BIN), args);
        if (!p.waitForStarted(10000)) {
            *why = QStringLiteral("did not start");
            return false;
        }
        const QString probe = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                             "application_name = 'FloodCommand' AND (%2)")
                                  .arg(db, condition);
        for (;;) {
            if (p.state() != QProcess::Running) {
                *why = QStringLiteral("ended before it could be interrupted: ") + QString::fromUtf8(p.readAllStandardError());
                return false;
            }
            QString e;
            if (pg(QStringLiteral("postgres"), {probe}, &e).toLongLong() > 0)
                break;
            QThread::msleep(2);
        }
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!pgPort().isEmpty(), "FC_TEST_PG_PORT is not set: the server fixture did not run");
        m_big = m_dir.filePath(QStringLiteral("big.gpkg"));
        Run r = ctl({QStringLiteral("init"), m_big, QStringLiteral("--demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // One reading a day for 3000 days on the tide gauge: 3000 reading blocks (rows) to load.
        const QString csv = m_dir.filePath(QStringLiteral("days.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sensor,time,value\n");
        const QDate start(2010, 1, 1);
        for (int i = 0; i < 3000; ++i)
            f.write(QStringLiteral("63401200,%1T08:00:00+08:00,%2\n").arg(start.addDays(i).toString(Qt::ISODate)).arg(3.0 + (i % 7) * 0.1).toUtf8());
        f.close();
        r = ctl({QStringLiteral("ingest"), m_big, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(fileCount(m_big, QStringLiteral("SELECT count(*) FROM reading_days")) >= 3000);
    }

    // A copy onto itself (same address, or the same server spelt differently) is refused and changes nothing.
    void copyOntoItselfRefused()
    {
        const QString db = freshDb();
        QVERIFY(ctl({QStringLiteral("init"), uri(db), QStringLiteral("--demo")}).code == 0);
        const qint64 hazards = serverCount(db, QStringLiteral("hazards")), audit = serverCount(db, QStringLiteral("audit_log"));
        QVERIFY(hazards > 0);
        QString other = uri(db);
        other.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
        for (const QString &to : {uri(db), other}) {
            const Run r = ctl({QStringLiteral("copy"), uri(db), to, QStringLiteral("--replace")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1String("same operation")), qPrintable(r.err));
        }
        QCOMPARE(serverCount(db, QStringLiteral("hazards")), hazards);
        QCOMPARE(serverCount(db, QStringLiteral("audit_log")), audit);
    }

    // copy --replace killed while it loads: the server still holds the old operation, whole.
    void replaceKilledKeepsTheOldOperation()
    {
        const QString db = freshDb();
        QVERIFY(ctl({QStringLiteral("init"), uri(db), QStringLiteral("--demo")}).code == 0);
        const qint64 hazards = serverCount(db, QStringLiteral("hazards")), audit = serverCount(db, QStringLiteral("audit_log"));
        QVERIFY(hazards >= 1);
        QString why;
        QVERIFY2(killWhen({QStringLiteral("copy"), m_big, uri(db), QStringLiteral("--replace")}, db,
                          QStringLiteral("query ILIKE 'EXECUTE%' OR query ILIKE 'INSERT INTO reading_days%'"), &why),
                 qPrintable(why));
        QCOMPARE(serverCount(db, QStringLiteral("hazards")), hazards);
        QCOMPARE(serverCount(db, QStringLiteral("audit_log")), audit);
        QCOMPARE(serverCount(db, QStringLiteral("reading_days")), 0);
        const Run r = ctl({QStringLiteral("check"), uri(db)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // A copy into an empty database killed half-way leaves it empty (no initialised operation), and a retry works.
    void copyKilledLeavesNothing()
    {
        const QString db = freshDb();
        QString why;
        QVERIFY2(killWhen({QStringLiteral("copy"), m_big, uri(db)}, db,
                          QStringLiteral("query ILIKE 'EXECUTE%' OR query ILIKE 'INSERT INTO reading_days%'"), &why),
                 qPrintable(why));
        QString e;
        QCOMPARE(pg(db, {QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                                        "AND table_name IN ('fc_meta', 'audit_log', 'incidents')")}, &e).toLongLong(), 0);
        const Run r = ctl({QStringLiteral("copy"), m_big, uri(db)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(serverCount(db, QStringLiteral("reading_days")), fileCount(m_big, QStringLiteral("SELECT count(*) FROM reading_days")));
    }

    // The server ends the copy's session half-way: the copy fails, names the server, and writes no file.
    void dumpCutOffFails_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("copy") << QStringLiteral("copy");
        QTest::newRow("check") << QStringLiteral("check");
    }
    void dumpCutOffFails()
    {
        QFETCH(QString, command);
        const QString db = freshDb();
        QVERIFY(ctl({QStringLiteral("copy"), m_big, uri(db)}).code == 0);
        const QString out = m_dir.filePath(QStringLiteral("cut-%1.gpkg").arg(command));
        // Hold the incidents table so that the copy waits there, then end its session.
        const QString holder = QStringLiteral("tst_holder");
        QSqlDatabase h = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), holder);
        {
            h.setHostName(QStringLiteral("127.0.0.1"));
            h.setPort(pgPort().toInt());
            h.setUserName(QStringLiteral("postgres"));
            h.setDatabaseName(db);
            QVERIFY(h.open());
            QSqlQuery q(h);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE")));
        }
        QProcess p;
        p.start(QStringLiteral(FLOODCTL_BIN), command == QLatin1String("copy") ? QStringList{command, uri(db), out}
                                                                               : QStringList{command, uri(db)});
        QVERIFY(p.waitForStarted());
        const QString waiting = QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = '%1' AND application_name = "
                                               "'FloodCommand' AND wait_event_type = 'Lock'").arg(db);
        qint64 pid = 0;
        QString e;
        for (int i = 0; i < 30000 && pid == 0 && p.state() == QProcess::Running; ++i) {
            pid = pg(QStringLiteral("postgres"), {waiting}, &e).toLongLong();
            QThread::msleep(2);
        }
        QVERIFY2(pid > 0, "the command never waited on the held table");
        pg(QStringLiteral("postgres"), {QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)}, &e);
        {
            QSqlQuery q(h);
            q.exec(QStringLiteral("ROLLBACK"));
        }
        h.close();
        h = QSqlDatabase();
        QSqlDatabase::removeDatabase(holder);
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QString said = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(db) && err.contains(QLatin1String("incidents")), qPrintable(err));
        QVERIFY2(!said.contains(QLatin1String("OK")), qPrintable(said)); // check never says OK on a lost server
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".copy-part")));
    }

    // A server -> file copy is one moment: a team changed (with its audit entry) while the copy is under way is
    // either wholly in the copy or not at all.
    void snapshotIsOneMoment()
    {
        const QString db = freshDb();
        QVERIFY(ctl({QStringLiteral("init"), uri(db), QStringLiteral("--demo")}).code == 0);
        QString e;
        const qint64 team = pg(db, {QStringLiteral("SELECT min(fid) FROM rescue_teams")}, &e).toLongLong();
        QVERIFY2(team > 0, qPrintable(e));
        const qint64 revBefore = pg(db, {QStringLiteral("SELECT rev FROM rescue_teams WHERE fid = %1").arg(team)}, &e).toLongLong();
        QVERIFY(revBefore >= 1);
        const QString holder = QStringLiteral("tst_holder2");
        QSqlDatabase h = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), holder);
        h.setHostName(QStringLiteral("127.0.0.1"));
        h.setPort(pgPort().toInt());
        h.setUserName(QStringLiteral("postgres"));
        h.setDatabaseName(db);
        QVERIFY(h.open());
        {
            QSqlQuery q(h);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            // incidents comes after rescue_teams and before audit_log in a copy.
            QVERIFY(q.exec(QStringLiteral("LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE")));
        }
        const QString out = m_dir.filePath(QStringLiteral("moment.gpkg"));
        QProcess p;
        p.start(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("copy"), uri(db), out});
        QVERIFY(p.waitForStarted());
        const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                                               "application_name = 'FloodCommand' AND wait_event_type = 'Lock'").arg(db);
        bool blocked = false;
        for (int i = 0; i < 30000 && !blocked && p.state() == QProcess::Running; ++i) {
            blocked = pg(QStringLiteral("postgres"), {waiting}, &e).toLongLong() > 0;
            QThread::msleep(2);
        }
        QVERIFY(blocked);
        // A change and its audit entry, committed while the copy waits.
        pg(db, {QStringLiteral("BEGIN"),
                QStringLiteral("UPDATE rescue_teams SET rev = rev + 1 WHERE fid = %1").arg(team),
                QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, row_fid, note) VALUES "
                               "('2024-09-16T06:00:00.000Z', 'probe', 'update', 'rescue_teams', %1, 'probe')").arg(team),
                QStringLiteral("COMMIT")},
           &e);
        {
            QSqlQuery q(h);
            q.exec(QStringLiteral("ROLLBACK"));
        }
        h.close();
        h = QSqlDatabase();
        QSqlDatabase::removeDatabase(holder);
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const qint64 rev = fileCount(out, QStringLiteral("SELECT rev FROM rescue_teams WHERE fid = %1").arg(team));
        const qint64 probes = fileCount(out, QStringLiteral("SELECT count(*) FROM audit_log WHERE note = 'probe'"));
        QCOMPARE(rev, revBefore); // the team as it was when the copy began ...
        QCOMPARE(probes, 0); // ... and no audit entry from after that moment
    }

    // Only the store writes the audit log: an officer cannot insert into it; fc_audit() records the login as the
    // actor; an id given by anyone (even the owner) is replaced by the sequence's; the change feed goes on.
    void auditLogCannotBeForged()
    {
        const QString db = freshDb();
        QVERIFY(ctl({QStringLiteral("init"), uri(db)}).code == 0);
        QString e;
        pg(QStringLiteral("postgres"), {QStringLiteral("DROP ROLE IF EXISTS seat_officer"),
                                        QStringLiteral("CREATE ROLE seat_officer LOGIN IN ROLE fc_officer")}, &e);
        e.clear();
        pg(db, {QStringLiteral("INSERT INTO audit_log (fid, at, actor, action) VALUES (1000000000000, "
                               "'2024-09-16T06:00:00.000Z', 'chief', 'update')")},
           &e, QStringLiteral("seat_officer"));
        QVERIFY2(e.contains(QLatin1String("permission denied")), qPrintable(e));
        e.clear();
        const QVariant actor = pg(db, {QStringLiteral("SELECT actor FROM fc_audit('2024-09-16T06:00:00.000Z', 'update', "
                                                      "'incidents', 1, NULL, NULL, 'by hand')")},
                                  &e, QStringLiteral("seat_officer"));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(actor.toString(), QStringLiteral("seat_officer"));

        std::unique_ptr<Store> seat = Store::open(uri(db, QStringLiteral("seat_officer")), &e);
        QVERIFY2(seat, qPrintable(e));
        std::unique_ptr<Store> other = Store::open(uri(db, QStringLiteral("seat_officer")), &e);
        QVERIFY2(other, qPrintable(e));
        // The owner forges a huge id, and a rolled-back entry leaves a gap.
        pg(db, {QStringLiteral("INSERT INTO audit_log (fid, at, actor, action) VALUES (1000000000000, "
                               "'2024-09-16T06:00:00.000Z', 'chief', 'update')"),
                QStringLiteral("BEGIN"),
                QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('2024-09-16T06:00:00.000Z', 'x', 'update')"),
                QStringLiteral("ROLLBACK")},
           &e);
        QVERIFY(pg(db, {QStringLiteral("SELECT max(fid) FROM audit_log")}, &e).toLongLong() < 1000000);
        QSignalSpy spy(seat.get(), &Store::rowsChanged);
        const WriteResult w = wait(other->insertRow(QStringLiteral("incidents"), {{QStringLiteral("title"), QStringLiteral("after the forgery")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        bool seen = false;
        for (int i = 0; i < 100 && !seen; ++i) {
            spy.wait(100);
            for (const QList<QVariant> &args : std::as_const(spy))
                for (const RowEvent &ev : args.at(0).value<QList<RowEvent>>())
                    if (ev.table == QLatin1String("incidents") && ev.after.value(QStringLiteral("title")) == QLatin1String("after the forgery")) {
                        seen = true;
                        QCOMPARE(ev.actor, QStringLiteral("seat_officer"));
                    }
        }
        QVERIFY2(seen, "the other seat's change never reached this seat's change feed");
    }

    // An export of a layer that does not exist is refused at once, naming the server, not a temporary snapshot.
    void exportTypoNamesTheServer()
    {
        const QString db = freshDb();
        QVERIFY(ctl({QStringLiteral("init"), uri(db)}).code == 0);
        const QString out = m_dir.filePath(QStringLiteral("typo.geojson"));
        const Run r = ctl({QStringLiteral("export"), uri(db), QStringLiteral("--layer"), QStringLiteral("hazardz"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(uri(db)) && r.err.contains(QLatin1String("no layer or table 'hazardz'")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("snapshot")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    // A viewer's copy --replace is refused in plain words, and the operation is left as it was.
    void viewerMayNotReplace()
    {
        const QString db = freshDb();
        QVERIFY(ctl({QStringLiteral("init"), uri(db), QStringLiteral("--demo")}).code == 0);
        QString e;
        pg(QStringLiteral("postgres"), {QStringLiteral("DROP ROLE IF EXISTS wall_screen"),
                                        QStringLiteral("CREATE ROLE wall_screen LOGIN IN ROLE fc_viewer")}, &e);
        const qint64 hazards = serverCount(db, QStringLiteral("hazards"));
        const Run r = ctl({QStringLiteral("copy"), m_big, uri(db, QStringLiteral("wall_screen")), QStringLiteral("--replace")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("wall_screen may not replace the operation")), qPrintable(r.err));
        QCOMPARE(serverCount(db, QStringLiteral("hazards")), hazards);
    }
};

QTEST_GUILESS_MAIN(TstFaultServer)
#include "tst_faultserver.moc"
