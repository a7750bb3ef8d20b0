// The feed endpoint under a hostile or broken client: idle connections are closed, a slow request is answered
// 408, connections over the caps are refused at once (503) so that a flood cannot keep a post out for long, and a
// body in which every reading was rejected is answered 422 with the reasons.
#include "app/core/intake/readingintake.h"
#include "app/core/district/demooperation.h"
#include "app/core/base/clock.h"
#include "app/core/intake/feedserver.h"
#include "app/core/store/store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

class TstFeedLimits : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<ReadingIntake> m_intake;
    std::unique_ptr<FeedServer> m_server;

    // Waits (spinning the event loop: the server answers from it) until the socket is closed; what it received.
    static QByteArray drain(QTcpSocket &s, int maxMs = 20000)
    {
        QByteArray reply;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < maxMs && s.state() != QAbstractSocket::UnconnectedState) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            s.waitForReadyRead(20);
            reply += s.readAll();
        }
        return reply + s.readAll();
    }
    static int status(const QByteArray &reply) { return reply.startsWith("HTTP/1.1 ") ? reply.mid(9, 3).toInt() : -1; }
    static QByteArray post(const QByteArray &body)
    {
        return "POST /readings HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\nAuthorization: Bearer secret-token-1\r\n"
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    QByteArray send(const QByteArray &raw)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!s.waitForConnected(5000))
            return {};
        s.write(raw);
        return drain(s);
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
        o.idleTimeoutMs = 400;
        o.requestTimeoutMs = 2000;
        o.maxConnections = 8;
        o.maxPerClient = 4;
        m_server = std::make_unique<FeedServer>(m_intake.get(), o);
        QVERIFY2(m_server->start(&e), qPrintable(e));
    }

    void everyRowRejectedIs422()
    {
        const QByteArray reply = send(post("S-NOPE,2024-09-16T10:00:00+08:00,5.0\nS-TIDE-01,yesterday,5.0\n"));
        QCOMPARE(status(reply), 422);
        const QJsonObject o = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(o.value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 2);
        const QJsonArray rejects = o.value(QStringLiteral("rejects")).toArray();
        QCOMPARE(rejects.size(), 2);
        QVERIFY(rejects[0].toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("S-NOPE")));
    }

    void idleConnectionIsClosed()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        drain(s);
        QCOMPARE(s.state(), QAbstractSocket::UnconnectedState);
    }

    // A client that keeps sending a byte now and then never completes its request: 408, not a slot held forever.
    void slowClientIs408()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(5000));
        const QByteArray raw = post("S-TIDE-01,2024-09-16T10:00:00+08:00,5.0\n");
        QByteArray reply;
        for (int i = 0; i < raw.size() - 1 && s.state() == QAbstractSocket::ConnectedState; ++i) {
            s.write(raw.mid(i, 1));
            s.flush();
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 100) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                s.waitForReadyRead(10);
                reply += s.readAll();
            }
            if (!reply.isEmpty())
                break;
        }
        reply += drain(s);
        QCOMPARE(status(reply), 408);
    }

    // A flood of idle connections: those over the caps are refused at once, the rest are closed when idle, and
    // a post then goes through.
    void floodOfIdleConnections()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 20; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(s->waitForConnected(5000));
            idle.push_back(std::move(s));
        }
        int refused = 0;
        for (auto &s : idle) {
            const QByteArray r = drain(*s);
            refused += status(r) == 503;
            QCOMPARE(s->state(), QAbstractSocket::UnconnectedState); // refused, or closed when idle
        }
        QCOMPARE(refused, 16); // 4 from one address at a time
        QCOMPARE(status(send(post("S-TIDE-01,2024-09-16T10:00:00+08:00,5.0\n"))), 200);
    }
};

QTEST_GUILESS_MAIN(TstFeedLimits)
#include "tst_feedlimits.moc"
