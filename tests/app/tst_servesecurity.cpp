// floodctl serve's refusals as a service's administrator meets them, and its HTTPS: the feed endpoint does not listen
// on an address other than loopback without TLS; a token file or TLS key that group or others may read is refused,
// naming the file and its mode; a configuration line it does not understand is refused with its number. With the
// test certificate (tests/data/tls) the endpoint on 0.0.0.0 answers a post over TLS, verified against that
// certificate, and stores the reading.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QByteArray Token = "serve-security-test-token";

quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::AnyIPv4, 0))
        return 0;
    return s.serverPort();
}

struct Run
{
    int code = -1;
    QString err;
};

} // namespace

class TstServeSecurity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_token, m_cert, m_key;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void writeFile(const QString &p, const QByteArray &data, QFileDevice::Permissions perms)
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
        f.close();
        QVERIFY(f.setPermissions(perms));
    }

    // A serve that is expected to refuse: it ends by itself.
    Run refuse(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(FLOODCTL_BIN), QStringList{QStringLiteral("serve")} + args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("still running: it did not refuse");
            return r;
        }
        r.code = p.exitCode();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // A serve expected to start: returns once it logs "serving".
    bool startServe(QProcess &p, const QStringList &args, QString *log)
    {
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(FLOODCTL_BIN), QStringList{QStringLiteral("serve")} + args);
        for (int i = 0; i < 600 && p.state() != QProcess::NotRunning; ++i) {
            p.waitForReadyRead(100);
            *log += QString::fromUtf8(p.readAll());
            if (log->contains(QStringLiteral("serving ")))
                return true;
        }
        *log += QString::fromUtf8(p.readAll());
        return false;
    }

    static QByteArray post(QTcpSocket &s, const QByteArray &body)
    {
        s.write("POST /readings HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Token
                + "\r\nContent-Type: text/csv\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        for (int i = 0; i < 200 && !answer.contains("\r\n\r\n{"); ++i) {
            s.waitForReadyRead(100);
            answer += s.readAll();
        }
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path("op.gpkg");
        QProcess init;
        init.start(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("init"), m_db, QStringLiteral("--demo")});
        QVERIFY(init.waitForFinished(120000));
        QCOMPARE(init.exitCode(), 0);
        m_token = path("feed.token");
        writeFile(m_token, Token + '\n', QFile::ReadOwner | QFile::WriteOwner);
        m_cert = path("feed.crt");
        m_key = path("feed.key");
        QFile cert(QStringLiteral(FC_TEST_DATA "/tls/feed-test.crt")), key(QStringLiteral(FC_TEST_DATA "/tls/feed-test.key"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        writeFile(m_cert, cert.readAll(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        writeFile(m_key, key.readAll(), QFile::ReadOwner | QFile::WriteOwner);
    }

    void nonLoopbackWithoutTlsIsRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("any IPv4") << QStringLiteral("0.0.0.0");
        QTest::newRow("any IPv6") << QStringLiteral("::");
        QTest::newRow("a LAN address") << QStringLiteral("192.168.10.5");
    }
    void nonLoopbackWithoutTlsIsRefused()
    {
        QFETCH(QString, address);
        const quint16 port = freePort();
        const QString listen = QStringLiteral("%1:%2").arg(address).arg(port);
        const Run r = refuse({m_db, QStringLiteral("--listen"), listen, QStringLiteral("--token-file"), m_token});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("without TLS")) && r.err.contains(QStringLiteral("--tls-certificate")), qPrintable(r.err));
        QVERIFY2(r.err.contains(address), qPrintable(r.err));
        // Nothing listened: a connection to the port is refused.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!s.waitForConnected(2000));
    }

    void loopbackWithoutTlsServes()
    {
        QProcess serve;
        QString log;
        const quint16 port = freePort();
        QVERIFY2(startServe(serve, {m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--token-file"), m_token}, &log),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("feed endpoint on http 127.0.0.1:%1").arg(port)), qPrintable(log));
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
    }

    void readableTokenFileIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("shown");
        QTest::newRow("0644") << 0644 << QStringLiteral("0644");
        QTest::newRow("0640") << 0640 << QStringLiteral("0640");
        QTest::newRow("0604") << 0604 << QStringLiteral("0604");
        QTest::newRow("0620") << 0620 << QStringLiteral("0620");
    }
    void readableTokenFileIsRefused()
    {
        QFETCH(int, mode);
        QFETCH(QString, shown);
        const QString token = path("open.token");
        QFile::remove(token);
        writeFile(token, Token, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(::chmod(QFile::encodeName(token).constData(), mode_t(mode)) == 0);
        const Run r = refuse({m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort()), QStringLiteral("--token-file"), token});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(token) && r.err.contains(QStringLiteral("mode ") + shown) && r.err.contains(QStringLiteral("chmod 600")),
                 qPrintable(r.err));
    }

    void readableTlsKeyIsRefused()
    {
        const QString key = path("open.key");
        QFile::remove(key);
        QFile src(m_key);
        QVERIFY(src.open(QIODevice::ReadOnly));
        writeFile(key, src.readAll(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const Run r = refuse({m_db, QStringLiteral("--listen"), QStringLiteral("0.0.0.0:%1").arg(freePort()), QStringLiteral("--token-file"), m_token,
                              QStringLiteral("--tls-certificate"), m_cert, QStringLiteral("--tls-key"), key});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(key) && r.err.contains(QStringLiteral("mode 0640")), qPrintable(r.err));
    }

    void certificateWithoutKeyIsRefused()
    {
        const Run r = refuse({m_db, QStringLiteral("--listen"), QStringLiteral("0.0.0.0:%1").arg(freePort()), QStringLiteral("--token-file"), m_token,
                              QStringLiteral("--tls-certificate"), m_cert});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--tls-certificate and --tls-key go together")), qPrintable(r.err));
    }

    void badConfigurationLineIsRefused()
    {
        const QString conf = path("bad.conf");
        writeFile(conf, "# intake\nstore = " + m_db.toUtf8() + "\nlisten = 127.0.0.1:8765\ntoken = x\n",
                  QFile::ReadOwner | QFile::WriteOwner);
        const Run r = refuse({QStringLiteral("--config"), conf});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(conf + QStringLiteral(":4: unknown setting 'token'")), qPrintable(r.err));
        writeFile(conf, "store " + m_db.toUtf8() + "\n", QFile::ReadOwner | QFile::WriteOwner);
        const Run r2 = refuse({QStringLiteral("--config"), conf});
        QCOMPARE(r2.code, 2);
        QVERIFY2(r2.err.contains(conf + QStringLiteral(":1: expected 'name = value'")), qPrintable(r2.err));
    }

    void httpsOnAnyAddressFromConfiguration()
    {
        // The configuration a service reads, with TLS: the endpoint listens on every address and speaks HTTPS only.
        const quint16 port = freePort();
        const QString conf = path("tls.conf");
        writeFile(conf, QStringLiteral("store = %1\nlisten = 0.0.0.0:%2\ntoken-file = %3\ntls-certificate = %4\ntls-key = %5\n"
                                       "cap-folder =\nuser = intake\n")
                            .arg(m_db).arg(port).arg(m_token, m_cert, m_key).toUtf8(),
                  QFile::ReadOwner | QFile::WriteOwner);
        QProcess serve;
        QString log;
        QVERIFY2(startServe(serve, {QStringLiteral("--config"), conf}, &log), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("feed endpoint on https 0.0.0.0:%1").arg(port)), qPrintable(log));

        // The client trusts the test certificate alone and checks the host name against it.
        QSslSocket tls;
        QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
        cfg.setCaCertificates(QSslCertificate::fromPath(m_cert));
        cfg.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setSslConfiguration(cfg);
        tls.connectToHostEncrypted(QStringLiteral("localhost"), port);
        QVERIFY2(tls.waitForEncrypted(15000), qPrintable(tls.errorString()));
        const QByteArray answer = post(tls, "sensor,time,value\nS-RAIN-01,2024-09-16T10:00:00+08:00,1.5\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY2(answer.contains("\"stored\":1"), answer.constData());

        // Plain HTTP on the same port gets no HTTP answer.
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(plain.waitForConnected(5000));
        const QByteArray clear = post(plain, "sensor,time,value\n");
        QVERIFY2(!clear.startsWith("HTTP/1.1"), clear.constData());

        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        log += QString::fromUtf8(serve.readAll());
        QVERIFY2(serve.exitCode() == 0, qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TstServeSecurity)
#include "tst_servesecurity.moc"
