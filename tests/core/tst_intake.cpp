// The reading intake: every reading written is evaluated exactly once, in the transaction that stores it, on both
// backends, whatever the batch size, a replay shown on a window, or which seat watches; `floodctl serve` runs it
// without a window, one per operation. Expected alarms are worked by hand from the sensors' thresholds below.
#include "app/core/base/clock.h"
#include "app/core/intake/readingintake.h"
#include "app/core/io/readingingest.h"
#include "app/core/live/alarmservice.h"
#include "app/core/live/operation.h"
#include "app/core/store/store.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <csignal>

#include "storetestutil.h"

using namespace fc;
using fc::testutil::pgPort;
using fc::testutil::wait;

namespace {

// 2026-12-01 00:00 Beijing time plus k minutes, as the CSV carries it.
QDateTime minute(int k)
{
    return QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone(8 * 3600)).addSecs(60 * qint64(k));
}

QByteArray csv(const char *sensor, int n, double value, int from = 0)
{
    QByteArray out = "sensor,time,value\n";
    out.reserve(n * 40);
    for (int k = from; k < from + n; ++k)
        out += QByteArray(sensor) + ',' + minute(k).toString(Qt::ISODate).toUtf8() + ',' + QByteArray::number(value) + '\n';
    return out;
}

QList<StoreRow> alarmsOf(Store &s, qint64 sensorFid)
{
    return wait(s.rows(QStringLiteral("alarms"), QStringLiteral("sensor_fid = ?"), {sensorFid}));
}

} // namespace

class TstIntake : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    // A new store with depth sensor X (blue 10, yellow 15, orange 25, red 40, hysteresis 2, 5 min) and Z (red 40,
    // no hysteresis, no minimum duration): a reading over 40 on Z raises red at once.
    QString fresh(const QString &kind)
    {
        const QString name = QStringLiteral("fc_intake_t%1").arg(++m_n);
        QString at = m_dir.filePath(name + QStringLiteral(".gpkg")), e;
        if (kind == QLatin1String("pg")) {
            if (!testutil::createPgDatabase(name, &e))
                qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(e));
            at = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(pgPort(), name);
        }
        std::unique_ptr<Store> s = Store::create(at, &e);
        if (!s) {
            qWarning("%s", qPrintable(e));
            return {};
        }
        const QString point = QStringLiteral("POINT(121.48 31.22)");
        QList<RowChange> c;
        c.append({RowChange::Kind::Insert, QStringLiteral("sensors"), 0,
                  {{QStringLiteral("id"), QStringLiteral("X")}, {QStringLiteral("kind"), QStringLiteral("waterlogging")},
                   {QStringLiteral("geom"), point}, {QStringLiteral("blue"), 10}, {QStringLiteral("yellow"), 15},
                   {QStringLiteral("orange"), 25}, {QStringLiteral("red"), 40}, {QStringLiteral("hysteresis"), 2},
                   {QStringLiteral("min_duration_s"), 300}}});
        c.append({RowChange::Kind::Insert, QStringLiteral("sensors"), 0,
                  {{QStringLiteral("id"), QStringLiteral("Z")}, {QStringLiteral("kind"), QStringLiteral("waterlogging")},
                   {QStringLiteral("geom"), point}, {QStringLiteral("red"), 40}, {QStringLiteral("hysteresis"), 0},
                   {QStringLiteral("min_duration_s"), 0}}});
        if (!wait(s->apply(c)).ok)
            return {};
        return at;
    }

    static std::unique_ptr<Store> open(const QString &at)
    {
        QString e;
        std::unique_ptr<Store> s = Store::open(at, &e);
        if (!s)
            qWarning("%s", qPrintable(e));
        return s;
    }

    static qint64 fidOf(Store &s, const char *id)
    {
        for (const StoreRow &r : wait(s.rows(QStringLiteral("sensors"))))
            if (r.values.value(QStringLiteral("id")).toString() == QLatin1String(id))
                return r.fid;
        return 0;
    }

    void backends()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("geopackage") << QStringLiteral("gpkg");
        QTest::newRow("postgresql") << QStringLiteral("pg");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!pgPort().isEmpty(), "FC_TEST_PG_PORT is not set: the server fixture (tests/pg/pgserver.sh) did not run");
    }

    // Batches of 1, 2,000 and 20,000 readings over Z's red threshold, through one seat's intake: each raises red
    // once (raised at the first reading), and a second seat on its own connection adopts that alarm and writes none.
    // Before, a batch over the change feed's 2,000-event limit arrived as a reset and raised nothing.
    void everyBatchEvaluatedOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("n");
        for (const char *k : {"gpkg", "pg"})
            for (int n : {1, 2000, 20000})
                QTest::addRow("%s-%d", k, n) << QString::fromLatin1(k) << n;
    }
    void everyBatchEvaluatedOnce()
    {
        QFETCH(QString, kind);
        QFETCH(int, n);
        const QString at = fresh(kind);
        QVERIFY(!at.isEmpty());
        Operation writer, watcher;
        writer.setStore(open(at));
        watcher.setStore(open(at));
        QVERIFY(writer.store() && watcher.store());
        const qint64 z = fidOf(*writer.store(), "Z");
        QVERIFY(z > 0);
        QTRY_VERIFY(watcher.alarms()->isReady());

        const ReadingIntake::Result r = wait(writer.intake()->submit(ReadingIntake::Input::CsvData, csv("Z", n, 45), QStringLiteral("batch")));
        QVERIFY2(r.summary.ok, qPrintable(r.summary.error));
        QCOMPARE(r.summary.stored, qint64(n));
        QCOMPARE(r.summary.alarmChanges, 1);

        const QList<StoreRow> rows = alarmsOf(*writer.store(), z);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("red"));
        QVERIFY(rows[0].values.value(QStringLiteral("cleared_at")).isNull());
        QCOMPARE(QDateTime::fromString(rows[0].values.value(QStringLiteral("raised_at")).toString(), Qt::ISODateWithMs),
                 minute(0).toUTC());

        // The other seat shows it without writing anything of its own.
        auto shown = [&] {
            for (const QVariantMap &a : watcher.alarms()->alarms())
                if (a.value(QStringLiteral("sensor_fid")).toLongLong() == z && a.value(QStringLiteral("level")).toString() == QLatin1String("red"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown(), 20000);
        QTest::qWait(300);
        QCOMPARE(alarmsOf(*watcher.store(), z).size(), 1);
    }

    // A replay shown on a window does not stop the live intake: readings that arrive meanwhile raise their alarm
    // at once (before, they were only primed and evaluated when the window went back to live).
    void replayDoesNotStopTheIntake()
    {
        const QString at = fresh(QStringLiteral("gpkg"));
        QVERIFY(!at.isEmpty());
        Operation op;
        op.setStore(open(at));
        const qint64 z = fidOf(*op.store(), "Z");
        op.clock()->startReplay(QDateTime(QDate(2024, 9, 16), QTime(6, 0), QTimeZone::utc()));
        op.clock()->pauseReplay(true);
        const ReadingIntake::Result r = wait(op.intake()->submit(ReadingIntake::Input::Json,
            QByteArrayLiteral(R"([{"sensor": "Z", "time": "2026-12-01T08:00:00+08:00", "value": 41.5}])"), QStringLiteral("feed")));
        QVERIFY2(r.summary.ok, qPrintable(r.summary.error));
        QCOMPARE(alarmsOf(*op.store(), z).size(), 1);
        // The live list shows it once the window is back to live; the replayed list never did.
        op.clock()->setReal();
        QTRY_VERIFY(std::any_of(op.alarms()->alarms().cbegin(), op.alarms()->alarms().cend(), [z](const QVariantMap &a) {
            return a.value(QStringLiteral("sensor_fid")).toLongLong() == z;
        }));
    }

    // A file whose trouble is found after its first chunk was written into the transaction (X goes back in time
    // across chunks) is rolled back and ingested whole: every reading stored once, none counted as a duplicate of
    // the abandoned first attempt, and X's alarm worked out on the sorted readings: 30 cm from minute 0 to 9 is
    // orange once the 5 minutes have passed (raised at minute 5).
    void midStreamTroubleRollsBack()
    {
        const QString at = fresh(QStringLiteral("gpkg"));
        std::unique_ptr<Store> s = open(at);
        QVERIFY(s);
        const qint64 x = fidOf(*s, "X");
        QByteArray data = csv("X", 5, 30, 5); // minutes 5..9 first
        data += csv("X", 5, 30, 0).mid(int(qstrlen("sensor,time,value\n"))); // then 0..4: back in time
        const QString path = m_dir.filePath(QStringLiteral("unordered.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        ReadingIngest ingest(*s);
        ingest.setChunkRows(2);
        QString e;
        QVERIFY(ingest.load(&e));
        const ReadingIngest::Summary sum = ingest.ingestFile(path);
        QVERIFY2(sum.ok, qPrintable(sum.error));
        QCOMPARE(sum.stored, qint64(10));
        QCOMPARE(sum.duplicates, qint64(0));
        QCOMPARE(testutil::countReadings(*s), qint64(10));
        const QList<StoreRow> rows = alarmsOf(*s, x);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("orange"));
        QCOMPARE(QDateTime::fromString(rows[0].values.value(QStringLiteral("raised_at")).toString(), Qt::ISODateWithMs),
                 minute(5).toUTC());
    }

    // `floodctl serve` with no window: a 20,000-reading drop-folder file over Z's threshold raises its alarm once,
    // a feed post is evaluated too, a second intake on the operation is refused naming the first, and SIGTERM
    // stops it cleanly. On both backends.
    void serveHeadless_data() { backends(); }
    void serveHeadless()
    {
        QFETCH(QString, kind);
        const QString at = fresh(kind);
        QVERIFY(!at.isEmpty());
        const QString base = m_dir.filePath(QStringLiteral("serve-%1").arg(kind));
        QVERIFY(QDir().mkpath(base + QStringLiteral("/drop")));
        QFile token(base + QStringLiteral("/token"));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("feed-token-0123456789\n");
        token.close();
        QVERIFY(token.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // serve refuses a token others may read
        const QString port = QString::number(20000 + (QCoreApplication::applicationPid() % 20000) + (kind == QLatin1String("pg")));

        QProcess serve;
        serve.setProcessChannelMode(QProcess::SeparateChannels);
        serve.start(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("serve"), at, QStringLiteral("--drop"), base + QStringLiteral("/drop"),
                                                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port,
                                                   QStringLiteral("--token-file"), token.fileName()});
        QVERIFY(serve.waitForStarted());
        QByteArray log;
        QTRY_VERIFY2_WITH_TIMEOUT((log += serve.readAllStandardOutput()).contains("serving") || serve.state() != QProcess::Running,
                                  serve.readAllStandardError().constData(), 30000);
        QVERIFY2(log.contains("serving"), serve.readAllStandardError().constData());

        // A second intake on the same operation is refused, naming the first.
        QProcess second;
        second.start(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("serve"), at, QStringLiteral("--drop"), base + QStringLiteral("/drop")});
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(second.readAllStandardError().contains("already runs elsewhere"), "the refusal names the running intake");

        // The drop folder: written under another name, then renamed in (as the city platform's adapters do).
        QFile drop(base + QStringLiteral("/drop/backlog.part"));
        QVERIFY(drop.open(QIODevice::WriteOnly));
        drop.write(csv("Z", 20000, 44));
        drop.close();
        QVERIFY(QFile::rename(drop.fileName(), base + QStringLiteral("/drop/backlog.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(base + QStringLiteral("/drop/done/backlog.csv")), 60000);

        // The feed: X at 41 for 6 minutes: red once its 5 minutes have passed (raised at minute 5 of the post).
        QNetworkAccessManager net;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/readings").arg(port)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/csv"));
        req.setRawHeader("Authorization", "Bearer feed-token-0123456789");
        QNetworkReply *reply = net.post(req, csv("X", 6, 41, 100000));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY2(reply->readAll().contains("\"stored\":6"), "the feed stored the six readings");
        reply->deleteLater();

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        log += serve.readAllStandardOutput();
        QVERIFY2(log.contains("stopped after 2 batch(es)"), log.constData());

        std::unique_ptr<Store> s = open(at);
        QVERIFY(s);
        QCOMPARE(testutil::countReadings(*s), qint64(20006));
        const QList<StoreRow> z = alarmsOf(*s, fidOf(*s, "Z"));
        QCOMPARE(z.size(), 1);
        QCOMPARE(z[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("red"));
        const QList<StoreRow> x = alarmsOf(*s, fidOf(*s, "X"));
        QCOMPARE(x.size(), 1);
        QCOMPARE(x[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("red"));
        QCOMPARE(QDateTime::fromString(x[0].values.value(QStringLiteral("raised_at")).toString(), Qt::ISODateWithMs),
                 minute(100005).toUTC());
    }
};

QTEST_MAIN(TstIntake)
#include "tst_intake.moc"
