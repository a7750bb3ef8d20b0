// The local feed endpoint: refuses a missing or wrong token, malformed and oversized bodies with a 4xx and a
// reason; stores good CSV and JSON readings; the alarm service evaluates them from the change feed.
#include "app/core/intake/readingintake.h"
#include "app/core/district/demooperation.h"
#include "app/core/base/clock.h"
#include "app/core/intake/dropfolder.h"
#include "app/core/intake/feedserver.h"
#include "app/core/store/store.h"
#include "storetestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fc;

class TstFeedServer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<ReadingIntake> m_intake;
    std::unique_ptr<FeedServer> m_server;

    // Sends raw bytes, returns (status, body).
    QPair<int, QJsonObject> send(const QByteArray &raw)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!s.waitForConnected(5000))
            return {-1, {}};
        s.write(raw);
        QByteArray reply;
        // The server answers from this thread's event loop: spin it while waiting.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000 && s.state() != QAbstractSocket::UnconnectedState) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            s.waitForReadyRead(20);
            reply += s.readAll();
        }
        reply += s.readAll();
        const int status = reply.mid(9, 3).toInt();
        const QByteArray body = reply.mid(reply.indexOf("\r\n\r\n") + 4);
        return {status, QJsonDocument::fromJson(body).object()};
    }
    static QByteArray post(const QByteArray &body, const QByteArray &type, const QByteArray &auth = "Bearer secret-token-1")
    {
        QByteArray r = "POST /readings HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type + "\r\nContent-Length: "
                       + QByteArray::number(body.size()) + "\r\n";
        if (!auth.isEmpty())
            r += "Authorization: " + auth + "\r\n";
        return r + "\r\n" + body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString e;
        m_store = DemoOperation::createStore(m_dir.filePath(QStringLiteral("f.gpkg")), &e);
        QVERIFY2(m_store, qPrintable(e));
        m_clock = std::make_unique<Clock>();
        m_clock->setFixed(QDateTime(QDate(2024, 9, 16), QTime(2, 0), Qt::UTC));
        m_intake = std::make_unique<ReadingIntake>();
        m_intake->setStore(m_store.get());
        FeedServer::Options o;
        o.port = 0;
        o.token = "secret-token-1";
        o.maxBodyBytes = 4096;
        m_server = std::make_unique<FeedServer>(m_intake.get(), o);
        QVERIFY2(m_server->start(&e), qPrintable(e));
        QVERIFY(m_server->port() != 0);
    }

    void refusesShortToken()
    {
        FeedServer::Options o;
        o.port = 0;
        o.token = "short";
        FeedServer s(m_intake.get(), o);
        QString e;
        QVERIFY(!s.start(&e));
        QVERIFY(!s.isListening());
    }

    void missingToken()
    {
        const auto [status, body] = send(post("S-TIDE-01,2024-09-16T10:00:00+08:00,5.0\n", "text/csv", {}));
        QCOMPARE(status, 401);
        QVERIFY(body.value(QStringLiteral("error")).toString().contains(QLatin1String("token")));
    }

    void wrongToken()
    {
        QCOMPARE(send(post("x", "text/csv", "Bearer secret-token-2")).first, 401);
    }

    void malformedJson()
    {
        const auto [status, body] = send(post("[{\"sensor\": \"S-TIDE-01\", ", "application/json"));
        QCOMPARE(status, 400);
        QVERIFY(body.value(QStringLiteral("error")).toString().contains(QLatin1String("JSON")));
    }

    void malformedRequestLine()
    {
        QCOMPARE(send("HELLO\r\n\r\n").first, 400);
    }

    void oversized()
    {
        const auto [status, body] = send(post(QByteArray(5000, 'x'), "text/csv"));
        QCOMPARE(status, 413);
        QVERIFY(body.value(QStringLiteral("error")).toString().contains(QLatin1String("4096")));
    }

    void wrongMethodPathType()
    {
        QCOMPARE(send("GET /readings HTTP/1.1\r\nAuthorization: Bearer secret-token-1\r\n\r\n").first, 405);
        QCOMPARE(send("POST /other HTTP/1.1\r\nAuthorization: Bearer secret-token-1\r\nContent-Length: 0\r\n\r\n").first, 404);
        QCOMPARE(send(post("<x/>", "application/xml")).first, 415);
    }

    void storesJsonAndRaisesAlarm()
    {
        const qint64 before = testutil::countReadings(*m_store);
        const QByteArray json = R"([{"sensor": "S-WL-01", "time": "2024-09-16T10:00:00+08:00", "value": 45},
                                    {"sensor": "S-WL-01", "time": "2024-09-16T10:05:00+08:00", "value": 46},
                                    {"sensor": "S-WL-01", "time": "2024-09-16T10:10:00+08:00", "value": 47},
                                    {"sensor": "S-NONE", "time": "2024-09-16T10:10:00+08:00", "value": 1},
                                    {"sensor": "S-WL-01", "time": "2024-09-16T10:15:00+08:00", "value": "deep"}])";
        const auto [status, body] = send(post(json, "application/json"));
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QStringLiteral("read")).toInt(), 5);
        QCOMPARE(body.value(QStringLiteral("stored")).toInt(), 3);
        QCOMPARE(body.value(QStringLiteral("rejected")).toInt(), 2);
        QCOMPARE(testutil::countReadings(*m_store), before + 3);
        // Evaluated in the transaction that stored them: S-WL-01 (red at 40 cm, 5 min minimum) was red from 10:00
        // to 10:10, so the red alarm is there when the answer comes, raised at 10:05 Beijing time.
        QCOMPARE(body.value(QStringLiteral("alarm_changes")).toInt(), 1);
        const QList<StoreRow> red = testutil::wait(m_store->rows(QStringLiteral("alarms"), QStringLiteral("source = 'reading' AND level = 'red'")));
        QCOMPARE(red.size(), 1);
        QCOMPARE(QDateTime::fromString(red[0].values.value(QStringLiteral("raised_at")).toString(), Qt::ISODateWithMs),
                 QDateTime(QDate(2024, 9, 16), QTime(2, 5), Qt::UTC));
        // Same body again: all duplicates.
        const auto again = send(post(json, "application/json"));
        QCOMPARE(again.first, 200);
        QCOMPARE(again.second.value(QStringLiteral("duplicates")).toInt(), 3);
    }

    void dropFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("drop"));
        DropFolder drop(m_intake.get(), folder);
        drop.setPollInterval(100);
        QSignalSpy done(&drop, &DropFolder::fileIngested);
        QFile f(folder + QStringLiteral("/tide.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sensor,time,value\nS-TIDE-01,2024-09-16T11:00:00+08:00,5.11\nS-TIDE-01,2024-09-16T11:05:00+08:00,x\n");
        f.close();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(1).toBool(), true);
        QVERIFY(QFile::exists(folder + QStringLiteral("/done/tide.csv")));
        QFile log(folder + QStringLiteral("/done/tide.csv.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QLatin1String("1 stored")) && text.contains(QLatin1String("tide.csv:3:")), qPrintable(text));
        // A file with no usable header goes to failed/.
        QFile bad(folder + QStringLiteral("/bad.csv"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("station,when\nx,y\n");
        bad.close();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(1).toBool(), false);
        QVERIFY(QFile::exists(folder + QStringLiteral("/failed/bad.csv")));
    }

    void storesCsv()
    {
        const auto [status, body] = send(post("站点编号,时间,数值\n63401200,2024-09-16T10:00:00+08:00,5.01\n", "text/csv; charset=utf-8"));
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QStringLiteral("stored")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TstFeedServer)
#include "tst_feedserver.moc"
