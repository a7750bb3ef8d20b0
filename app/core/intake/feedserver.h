#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace fc {

class ReadingIntake;

// The local feed endpoint for the city platform's adapters: a minimal HTTP/1.1 server taking
//   POST /readings   Authorization: Bearer TOKEN   Content-Type: text/csv | application/json
// CSV as `floodctl ingest` reads it; JSON as [{"sensor": "S-TIDE-01", "time": "2024-09-16T10:00:00+08:00",
// "value": 5.21, "quality": "good"}, ...] or {"readings": [...]} (ReadingJson). Each request is parsed, evaluated and
// stored with the alarms it raises in one transaction by the operation's ReadingIntake, off this thread, and
// answered with a JSON summary.
// Off by default; binds to loopback unless another address is configured, and refuses to listen on any other address
// without TLS (a certificate and key: the token and the readings would cross the network in clear text); refuses
// without the token (401),
// bodies over the limit (413), malformed requests or bodies (400), other methods (405) or paths (404), other
// content types (415), a body in which every reading was rejected (422, with the reasons), slow requests (408) and
// connections over the caps (503), and answers 503 while no store is open or the store refuses the write. A replay
// shown on a window does not stop it: live readings are evaluated and stored as they arrive. One request per
// connection.
class FeedServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8765;          // 0: any free port (tests)
        QByteArray token;             // required; the server does not start without one
        // PEM certificate (with its chain) and private key: the endpoint speaks HTTPS. Required for an address
        // other than loopback; the key file must not be accessible by group or others.
        QString tlsCertificateFile;
        QString tlsKeyFile;
        qint64 maxBodyBytes = 1 << 20;
        // A connection that sends nothing for idleTimeoutMs is closed; one whose request is not complete within
        // requestTimeoutMs (a slow client) is answered 408. At most maxConnections at once, maxPerClient from one
        // address: more are answered 503 at once, so a flood of idle connections cannot keep a post out.
        int idleTimeoutMs = 10000;
        int requestTimeoutMs = 30000;
        int maxConnections = 64;
        int maxPerClient = 16;
    };

    FeedServer(ReadingIntake *intake, const Options &options, QObject *parent = nullptr);
    ~FeedServer() override;
    bool start(QString *error);
    // A file holding a secret (the token, the TLS key): a regular file that neither group nor others may access.
    // Otherwise false, with the error naming the file and its mode.
    static bool checkSecretFile(const QString &path, QString *error);
    void stop();
    bool isListening() const;
    quint16 port() const;

Q_SIGNALS:
    // One line per request for the duty log or status bar: peer, status, summary.
    void requestHandled(int status, const QString &summary);

private:
    struct Conn
    {
        QByteArray buffer;
        qint64 headerEnd = -1;
        qint64 contentLength = -1;
        QByteArray method, path, contentType, auth;
        bool done = false;
        bool handling = false; // the whole request arrived and is being answered
    };
    void accept(QTcpSocket *s);
    void onReadyRead(QTcpSocket *s);
    void handle(QTcpSocket *s, Conn &c);
    void respond(QTcpSocket *s, int status, const QByteArray &json);
    void fail(QTcpSocket *s, int status, const QString &reason);

    ReadingIntake *m_intake;
    Options m_options;
    QTcpServer *m_server = nullptr; // a QSslServer with TLS
    QHash<QTcpSocket *, Conn> m_conns;
};

} // namespace fc
