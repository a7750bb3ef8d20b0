#include "app/core/intake/feedserver.h"

#include "app/core/intake/readingintake.h"
#include "app/core/base/clock.h"
#include "app/core/io/readingcsv.h"
#include "app/core/store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cmath>
#include <sys/stat.h>

namespace fc {

namespace {

constexpr qint64 MaxHeaderBytes = 16 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 408:
        return "Request Timeout";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

// Constant-time comparison for the token.
bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= uchar(a[i]) ^ uchar(b[i]);
    return diff == 0;
}

} // namespace

FeedServer::FeedServer(ReadingIntake *intake, const Options &options, QObject *parent)
    : QObject(parent), m_intake(intake), m_options(options)
{
}

FeedServer::~FeedServer()
{
    stop();
}

bool FeedServer::start(QString *error)
{
    if (m_options.token.size() < 8) {
        *error = tr("the feed endpoint needs a token of at least 8 characters");
        return false;
    }
    const bool tls = !m_options.tlsCertificateFile.isEmpty() || !m_options.tlsKeyFile.isEmpty();
    if (!tls && !m_options.address.isLoopback()) {
        *error = tr("the feed endpoint refuses to listen on %1 without TLS: that address is not loopback, and the token "
                    "and the readings would cross the network in clear text. Give it a TLS certificate and key, or "
                    "listen on 127.0.0.1")
                     .arg(m_options.address.toString());
        return false;
    }
    QSslConfiguration tlsConfig;
    if (tls) {
        if (m_options.tlsCertificateFile.isEmpty() || m_options.tlsKeyFile.isEmpty()) {
            *error = tr("TLS needs both a certificate and a key");
            return false;
        }
        if (!QSslSocket::supportsSsl()) {
            *error = tr("TLS is not available: no TLS backend could be loaded (%1)").arg(QSslSocket::sslLibraryVersionString());
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCertificateFile, QSsl::Pem);
        if (chain.isEmpty() || chain.first().isNull()) {
            *error = tr("%1: no PEM certificate could be read").arg(m_options.tlsCertificateFile);
            return false;
        }
        if (!checkSecretFile(m_options.tlsKeyFile, error))
            return false;
        QFile keyFile(m_options.tlsKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the TLS key: %2").arg(m_options.tlsKeyFile, keyFile.errorString());
            return false;
        }
        const QByteArray pem = keyFile.read(1 << 20);
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull()) {
            *error = tr("%1: not an unencrypted PEM private key (RSA or EC)").arg(m_options.tlsKeyFile);
            return false;
        }
        tlsConfig = QSslConfiguration::defaultConfiguration();
        tlsConfig.setLocalCertificateChain(chain);
        tlsConfig.setPrivateKey(key);
        tlsConfig.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with the token
        tlsConfig.setProtocol(QSsl::TlsV1_2OrLater);
    }
    stop();
    if (tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(tlsConfig);
        ssl->setHandshakeTimeout(m_options.idleTimeoutMs);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    if (!m_server->listen(m_options.address, m_options.port)) {
        *error = tr("cannot listen on %1:%2: %3").arg(m_options.address.toString()).arg(m_options.port).arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    // Over TLS a connection is pending once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection())
            accept(s);
    });
    return true;
}

bool FeedServer::checkSecretFile(const QString &path, QString *error)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = tr("%1: no such file").arg(path);
        return false;
    }
    if (st.st_mode & (S_IRWXG | S_IRWXO)) {
        const QString mode = QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
        *error = tr("%1 holds a secret but group or others may read it (mode %2); make it readable by its owner only "
                    "(chmod 600 %1)")
                     .arg(path, mode);
        return false;
    }
    return true;
}

void FeedServer::accept(QTcpSocket *s)
{
    int fromPeer = 0;
    for (auto it = m_conns.cbegin(); it != m_conns.cend(); ++it)
        fromPeer += !it->done && it.key()->peerAddress().isEqual(s->peerAddress());
    int open = 0;
    for (const Conn &c : std::as_const(m_conns))
        open += !c.done;
    m_conns.insert(s, Conn());
    connect(s, &QTcpSocket::disconnected, this, [this, s] {
        m_conns.remove(s);
        s->deleteLater();
    });
    if (open >= m_options.maxConnections) {
        fail(s, 503, tr("too many connections (%1 open); try again shortly").arg(open));
        return;
    }
    if (fromPeer >= m_options.maxPerClient) {
        fail(s, 503, tr("too many connections from %1 (%2 open); try again shortly").arg(s->peerAddress().toString()).arg(fromPeer));
        return;
    }
    connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
    // Idle: nothing received for a while (restarted by every read). Deadline: the whole request in bounded time.
    auto *idle = new QTimer(s);
    idle->setSingleShot(true);
    idle->setObjectName(QStringLiteral("idle"));
    connect(idle, &QTimer::timeout, this, [this, s] {
        auto it = m_conns.find(s);
        if (it == m_conns.end() || it->done)
            return;
        if (it->buffer.isEmpty()) {
            it->done = true;
            s->abort(); // never said anything: just close
            return;
        }
        fail(s, 408, tr("no data for %1 s; the request was not complete").arg(m_options.idleTimeoutMs / 1000.0));
    });
    idle->start(m_options.idleTimeoutMs);
    auto *deadline = new QTimer(s);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, s] {
        auto it = m_conns.find(s);
        if (it != m_conns.end() && !it->done && !it->handling)
            fail(s, 408, tr("the request was not complete within %1 s").arg(m_options.requestTimeoutMs / 1000.0));
    });
    deadline->start(m_options.requestTimeoutMs);
}

void FeedServer::stop()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

bool FeedServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FeedServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FeedServer::respond(QTcpSocket *s, int status, const QByteArray &json)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    r += "Content-Type: application/json; charset=utf-8\r\nContent-Length: " + QByteArray::number(json.size())
         + "\r\nConnection: close\r\n";
    if (status == 401)
        r += "WWW-Authenticate: Bearer\r\n";
    r += "\r\n" + json;
    s->write(r);
    s->disconnectFromHost();
    auto it = m_conns.find(s);
    if (it != m_conns.end())
        it->done = true;
}

void FeedServer::fail(QTcpSocket *s, int status, const QString &reason)
{
    respond(s, status, QJsonDocument(QJsonObject{{QStringLiteral("error"), reason}}).toJson(QJsonDocument::Compact));
    Q_EMIT requestHandled(status, reason);
}

void FeedServer::onReadyRead(QTcpSocket *s)
{
    auto it = m_conns.find(s);
    if (it == m_conns.end() || it->done) {
        s->readAll();
        return;
    }
    Conn &c = *it;
    if (auto *idle = s->findChild<QTimer *>(QStringLiteral("idle")))
        idle->start(m_options.idleTimeoutMs);
    c.buffer += s->readAll();
    if (c.headerEnd < 0) {
        const qsizetype end = c.buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (c.buffer.size() > MaxHeaderBytes)
                fail(s, 431, tr("request header too large"));
            return;
        }
        c.headerEnd = end + 4;
        const QList<QByteArray> lines = c.buffer.left(end).split('\n');
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        if (request.size() != 3 || !request[2].startsWith("HTTP/1.")) {
            fail(s, 400, tr("malformed request line"));
            return;
        }
        c.method = request[0];
        c.path = request[1];
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray l = lines[i].trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon <= 0) {
                fail(s, 400, tr("malformed header line %1").arg(i + 1));
                return;
            }
            const QByteArray name = l.left(colon).trimmed().toLower(), value = l.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                c.contentLength = value.toLongLong(&ok);
                if (!ok || c.contentLength < 0) {
                    fail(s, 400, tr("bad Content-Length"));
                    return;
                }
            } else if (name == "content-type") {
                c.contentType = value.toLower();
            } else if (name == "authorization") {
                c.auth = value;
            } else if (name == "transfer-encoding") {
                fail(s, 411, tr("chunked bodies are not accepted: send Content-Length"));
                return;
            }
        }
        // Check what can be checked before reading the body.
        if (!c.auth.startsWith("Bearer ") || !sameToken(c.auth.mid(7).trimmed(), m_options.token)) {
            fail(s, 401, c.auth.isEmpty() ? tr("missing token (Authorization: Bearer ...)") : tr("wrong token"));
            return;
        }
        if (c.path.split('?').value(0) != "/readings") {
            fail(s, 404, tr("no such endpoint: POST /readings"));
            return;
        }
        if (c.method != "POST") {
            fail(s, 405, tr("only POST is accepted"));
            return;
        }
        if (c.contentLength < 0) {
            fail(s, 411, tr("Content-Length required"));
            return;
        }
        if (c.contentLength > m_options.maxBodyBytes) {
            fail(s, 413, tr("body of %1 bytes is over the limit of %2 bytes").arg(c.contentLength).arg(m_options.maxBodyBytes));
            return;
        }
    }
    if (c.buffer.size() - c.headerEnd < c.contentLength)
        return;
    c.handling = true; // complete: the timers no longer apply while it is stored
    if (auto *idle = s->findChild<QTimer *>(QStringLiteral("idle")))
        idle->stop();
    handle(s, c);
}

void FeedServer::handle(QTcpSocket *s, Conn &c)
{
    const QByteArray body = c.buffer.mid(c.headerEnd, c.contentLength);
    if (!m_intake->store()) {
        fail(s, 503, tr("no operation store is open"));
        return;
    }
    const QByteArray type = c.contentType.split(';').value(0).trimmed();
    ReadingIntake::Input kind;
    if (type == "text/csv" || type == "text/plain") {
        kind = ReadingIntake::Input::CsvData;
    } else if (type == "application/json") {
        kind = ReadingIntake::Input::Json;
    } else {
        fail(s, 415, tr("Content-Type must be text/csv or application/json"));
        return;
    }
    // Parsed, evaluated and stored with its alarms in one transaction on the intake's worker: nothing here blocks.
    auto *watcher = new QFutureWatcher<ReadingIntake::Result>(this);
    QPointer<QTcpSocket> sock(s);
    connect(watcher, &QFutureWatcher<ReadingIntake::Result>::finished, this, [this, watcher, sock] {
        watcher->deleteLater();
        const ReadingIntake::Result res = watcher->result();
        const ReadingIngest::Summary &r = res.summary;
        if (!sock)
            return;
        if (!r.ok) {
            fail(sock, res.badInput ? 400 : 503, r.error);
            return;
        }
        if (r.rowsRead == 0) {
            fail(sock, 400, tr("no readings in the body"));
            return;
        }
        QJsonArray rejects;
        for (const ReadingCsv::Reject &j : r.rejects)
            rejects.append(QJsonObject{{QStringLiteral("line"), j.line}, {QStringLiteral("reason"), j.reason}});
        const QJsonObject o{{QStringLiteral("read"), r.rowsRead}, {QStringLiteral("stored"), r.stored},
                            {QStringLiteral("duplicates"), r.duplicates}, {QStringLiteral("conflicts"), r.conflicts},
                            {QStringLiteral("rejected"), r.rejected}, {QStringLiteral("alarm_changes"), r.alarmChanges},
                            {QStringLiteral("rejects"), rejects}};
        // Nothing storable because every reading was rejected: 422 with every reason.
        const int status = r.stored == 0 && r.duplicates == 0 && r.conflicts == 0 && r.rejected == r.rowsRead ? 422 : 200;
        respond(sock, status, QJsonDocument(o).toJson(QJsonDocument::Compact));
        Q_EMIT requestHandled(status, tr("%1 read, %2 stored, %3 duplicates, %4 rejected")
                                          .arg(r.rowsRead).arg(r.stored).arg(r.duplicates).arg(r.rejected));
    });
    watcher->setFuture(m_intake->submit(kind, body, tr("feed endpoint")));
}

} // namespace fc
