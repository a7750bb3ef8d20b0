// floodctl init / import / export / check as a user runs them.
#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "storetestutil.h"

using fc::testutil::sha256;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run floodctl(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FLOODCTL_BIN), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TstStoreCtl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &n) const { return m_dir.filePath(n); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("op.gpkg"));
        const Run r = floodctl({QStringLiteral("init"), m_db, QStringLiteral("--demo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("demo district")));
        QVERIFY(!QFile::exists(m_db + QStringLiteral(".part")));
    }

    // floodctl readings: the stored readings as CSV (hand-worked: times moved to Beijing time, values in their
    // shortest exact form, a flag with a comma quoted), read back by floodctl ingest into another store unchanged.
    void readingsExportRoundTrip()
    {
        const QString in = path(QStringLiteral("in.csv"));
        writeFile(in, "sensor,time,value,quality\n"
                      "S-TIDE-01,2030-01-01T09:00:00+09:00,0.1,\n"
                      "S-TIDE-01,2030-01-01T00:00:00.005Z,1e-7,\"checked, by hand\"\n"
                      "S-TIDE-01,2030-01-01T01:00:00+08:00,123456.789,\n");
        Run r = floodctl({QStringLiteral("ingest"), m_db, in});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QString out = path(QStringLiteral("out.csv"));
        r = floodctl({QStringLiteral("readings"), m_db, QStringLiteral("--sensor"), QStringLiteral("S-TIDE-01"), QStringLiteral("--from"),
                      QStringLiteral("2030-01-01T01:00:00+08:00"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("3 readings of 1 sensors")), qPrintable(r.out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QCOMPARE(exported, QByteArray("sensor,time,value,quality\n"
                                      "S-TIDE-01,2030-01-01T01:00:00+08:00,123456.789,\n"
                                      "S-TIDE-01,2030-01-01T08:00:00+08:00,0.1,\n"
                                      "S-TIDE-01,2030-01-01T08:00:00.005+08:00,1e-07,\"checked, by hand\"\n"));
        // Into another store and out again: the same bytes.
        const QString other = path(QStringLiteral("other.gpkg"));
        QCOMPARE(floodctl({QStringLiteral("init"), other, QStringLiteral("--demo")}).code, 0);
        r = floodctl({QStringLiteral("ingest"), other, out});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("3 stored")), qPrintable(r.err + r.out));
        r = floodctl({QStringLiteral("readings"), other, QStringLiteral("--sensor"), QStringLiteral("S-TIDE-01"), QStringLiteral("--from"),
                      QStringLiteral("2030-01-01T01:00:00+08:00")});
        QCOMPARE(r.out.toUtf8(), exported);
        // An existing output is not overwritten; a bad time or sensor is named.
        const QByteArray before = sha256(out);
        r = floodctl({QStringLiteral("readings"), m_db, QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QCOMPARE(sha256(out), before);
        r = floodctl({QStringLiteral("readings"), m_db, QStringLiteral("--from"), QStringLiteral("yesterday")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("yesterday")), qPrintable(r.err));
        r = floodctl({QStringLiteral("readings"), m_db, QStringLiteral("--sensor"), QStringLiteral("S-NONE")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("S-NONE")), qPrintable(r.err));
    }

    // A service or a cron job often runs without USER and LOGNAME: its entries name the account (as `id -un` does),
    // not "unknown".
    void actorWithoutUserVariables()
    {
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-un")});
        QVERIFY(id.waitForFinished());
        const QString login = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
        QVERIFY(!login.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("USER"));
        env.remove(QStringLiteral("LOGNAME"));
        const QString db = path(QStringLiteral("nouser.gpkg"));
        const Run r = floodctl({QStringLiteral("init"), db}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(h, "SELECT DISTINCT actor FROM audit_log", -1, &st, nullptr), SQLITE_OK);
        QStringList actors;
        while (sqlite3_step(st) == SQLITE_ROW)
            actors.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
        sqlite3_finalize(st);
        sqlite3_close(h);
        QCOMPARE(actors, QStringList{login});
    }

    // status --now T tells what was in force at T (hand-worked): a typhoon blue issued on the 15th at 10:00 and a
    // rainstorm yellow issued on the 16th at 10:00; at noon on the 15th only the typhoon signal was in force.
    void statusAtAPastTime()
    {
        const QString db = path(QStringLiteral("past.gpkg"));
        QCOMPARE(floodctl({QStringLiteral("init"), db}).code, 0);
        Run r = floodctl({QStringLiteral("warn"), db, QStringLiteral("--kind"), QStringLiteral("typhoon"), QStringLiteral("--level"),
                          QStringLiteral("blue"), QStringLiteral("--time"), QStringLiteral("2024-09-15T10:00:00+08:00")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = floodctl({QStringLiteral("warn"), db, QStringLiteral("--kind"), QStringLiteral("rainstorm"), QStringLiteral("--level"),
                      QStringLiteral("yellow"), QStringLiteral("--time"), QStringLiteral("2024-09-16T10:00:00+08:00")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto kindsAt = [&](const QString &t) {
            const Run st = floodctl({QStringLiteral("status"), db, QStringLiteral("--json"), QStringLiteral("--now"), t});
            QStringList kinds;
            for (const QJsonValue &v : QJsonDocument::fromJson(st.out.toUtf8()).object().value(QStringLiteral("signals")).toArray())
                kinds.append(v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
                             + v.toObject().value(QStringLiteral("colour")).toString());
            kinds.sort();
            return kinds.join(QLatin1String(", "));
        };
        QCOMPARE(kindsAt(QStringLiteral("2024-09-15T09:00:00+08:00")), QString());
        QCOMPARE(kindsAt(QStringLiteral("2024-09-15T12:00:00+08:00")), QStringLiteral("typhoon blue"));
        QCOMPARE(kindsAt(QStringLiteral("2024-09-16T12:00:00+08:00")), QStringLiteral("rainstorm yellow, typhoon blue"));
    }

    void initRefusesExisting()
    {
        const QByteArray before = sha256(m_db);
        const Run r = floodctl({QStringLiteral("init"), m_db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
        QCOMPARE(sha256(m_db), before);
    }

    void checkPassesOnAGoodStore()
    {
        const Run r = floodctl({QStringLiteral("check"), m_db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("OK")));
    }

    void importDryRunWritesNothing()
    {
        const QString csv = path(QStringLiteral("teams.csv"));
        writeFile(csv, "队名,人数,lon,lat\n外滩应急分队,18,121.4905,31.2395\n");
        const QByteArray before = sha256(m_db);
        const Run r = floodctl({QStringLiteral("import"), m_db, csv, QStringLiteral("--layer"), QStringLiteral("rescue_teams"),
                                QStringLiteral("--map"), QStringLiteral("队名=name"), QStringLiteral("--map"),
                                QStringLiteral("人数=members"), QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("队名 (String) -> name (TEXT)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("name=外滩应急分队")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("POINT (121.4905 31.2395)")));
        QVERIFY(r.out.contains(QLatin1String("nothing was written")));
        QCOMPARE(sha256(m_db), before);

        const Run real = floodctl({QStringLiteral("import"), m_db, csv, QStringLiteral("--layer"), QStringLiteral("rescue_teams"),
                                   QStringLiteral("--map"), QStringLiteral("队名=name"), QStringLiteral("--map"),
                                   QStringLiteral("人数=members"), QStringLiteral("--user"), QStringLiteral("zhang.wei")});
        QVERIFY2(real.code == 0, qPrintable(real.err));
        QVERIFY2(real.out.contains(QLatin1String("imported 1 of 1 features into rescue_teams")), qPrintable(real.out));
    }

    void importAbortAndSkip()
    {
        const QString json = path(QStringLiteral("bad.geojson"));
        writeFile(json, R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[121.47,31.22]},"properties":{"name":"a","capacity":10}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[121.47,31.22]},"properties":{"name":"b","capacity":"lots"}}]})");
        const QByteArray before = sha256(m_db);
        Run r = floodctl({QStringLiteral("import"), m_db, json, QStringLiteral("--layer"), QStringLiteral("shelters")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("bad.geojson")) && r.err.contains(QLatin1String("feature 2"))
                     && r.err.contains(QLatin1String("capacity")),
                 qPrintable(r.err));
        QCOMPARE(sha256(m_db), before);
        r = floodctl({QStringLiteral("import"), m_db, json, QStringLiteral("--layer"), QStringLiteral("shelters"),
                      QStringLiteral("--on-error"), QStringLiteral("skip")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("skipped feature 2")), qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("imported 1 of 2 features into shelters (1 skipped)")));
        r = floodctl({QStringLiteral("import"), m_db, json, QStringLiteral("--layer"), QStringLiteral("boats")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("rescue_teams"))); // lists the kinds
    }

    void exportFormats_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"gates.geojson", "gates.shp", "gates.kml", "gates.csv", "gates.gpkg", "gates.fgb"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void exportFormats()
    {
        QFETCH(QString, file);
        const QString out = path(file);
        const QByteArray before = sha256(m_db);
        Run r = floodctl({QStringLiteral("export"), m_db, QStringLiteral("--layer"), QStringLiteral("flood_gates"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(sha256(m_db), before);
        // Checked by content, as GDAL reads the file back: all 17 gates of the demo district, the first
        // one's name and its position (resources/demo/flood_gates.geojson: FG-01 at 121.495226 31.202011).
        QProcess info;
        info.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), out});
        QVERIFY(info.waitForFinished(60000));
        const QString summary = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(summary.contains(QLatin1String("Feature Count: 17")), qPrintable(summary));
        info.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-q"), out});
        QVERIFY(info.waitForFinished(60000));
        const QString all = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(all.contains(QStringLiteral("花园港路口防汛闸门")), qPrintable(all.left(2000)));
        QVERIFY2(all.contains(QLatin1String("121.495226")) && all.contains(QLatin1String("31.202011")), qPrintable(all.left(2000)));
        if (file.endsWith(QLatin1String(".shp"))) {
            QFile cpg(path(QStringLiteral("gates.cpg")));
            QVERIFY(cpg.open(QIODevice::ReadOnly));
            QCOMPARE(cpg.readAll().trimmed(), QByteArray("UTF-8"));
        }
        r = floodctl({QStringLiteral("export"), m_db, QStringLiteral("--layer"), QStringLiteral("flood_gates"), out});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("already exists")));
    }

    void exportRefusals()
    {
        Run r = floodctl({QStringLiteral("export"), m_db, QStringLiteral("--layer"), QStringLiteral("flood_gates"), path(QStringLiteral("x.docx"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("unknown output format")));
        r = floodctl({QStringLiteral("export"), m_db, QStringLiteral("--layer"), QStringLiteral("audit_log"), path(QStringLiteral("audit.csv"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile csv(path(QStringLiteral("audit.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("at,actor,action"));
        QVERIFY2(csv.readLine().contains("+00,"), "times are written in UTC"); // GDAL's form: 2024/09/15 00:00:00.000+00
    }

    void checkFailsOnProblems()
    {
        const QString broken = path(QStringLiteral("broken.gpkg"));
        QVERIFY(QFile::copy(m_db, broken));
        sqlite3 *db = nullptr;
        sqlite3_open(broken.toUtf8().constData(), &db);
        QCOMPARE(sqlite3_exec(db, "INSERT INTO checklist_items (plan_fid, task) VALUES (7, '关闭防汛闸门')", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        Run r = floodctl({QStringLiteral("check"), broken});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("orphan row: checklist_items")), qPrintable(r.err));
        const QString text = path(QStringLiteral("notes.txt"));
        writeFile(text, "not a database");
        r = floodctl({QStringLiteral("check"), text});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("not an SQLite database")));
    }
};

QTEST_GUILESS_MAIN(TstStoreCtl)
#include "tst_storectl.moc"
