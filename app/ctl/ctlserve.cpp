// floodctl serve: the operation's intake without a window (feed endpoint, drop folder, watched CAP folder), the
// same Operation the window runs, logging one line per event to stdout (journald takes it under systemd).
#include "app/ctl/ctlargs.h"
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"
#include "app/ctl/ctlregistry.h"

#include "app/core/base/clock.h"
#include "app/core/intake/readingintake.h"
#include "app/core/live/operation.h"
#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimeZone>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace fc::ctl {

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFd[0], &c, 1);
}

QString stamp()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss+08:00"));
}

void log(const QString &line)
{
    out(stamp() + QLatin1Char(' ') + line);
}

bool listenAddress(const QString &s, FeedServer::Options *o, QString *error)
{
    const qsizetype colon = s.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? s.mid(colon + 1).toUInt(&ok) : 0;
    QHostAddress address(colon > 0 ? s.left(colon) : QString());
    if (!ok || port == 0 || port > 65535 || address.isNull()) {
        *error = QStringLiteral("--listen '%1': expected ADDRESS:PORT, e.g. 127.0.0.1:8765").arg(s);
        return false;
    }
    o->address = address;
    o->port = quint16(port);
    return true;
}

// The options serve takes; the configuration file (--config) takes the same names without the dashes, plus "store".
const QStringList &serveValueOptions()
{
    static const QStringList list = {QStringLiteral("--drop"),        QStringLiteral("--listen"),
                                     QStringLiteral("--token-file"),  QStringLiteral("--cap-folder"),
                                     QStringLiteral("--max-body"),    QStringLiteral("--user"),
                                     QStringLiteral("--tls-certificate"), QStringLiteral("--tls-key"),
                                     QStringLiteral("--config")};
    return list;
}

// A service's configuration (/etc/floodcommand/OPERATION.conf): "name = value" lines, '#' comments. Its values
// are taken for the options not given on the command line. A line that is not understood is refused with its
// number, before anything is opened.
bool readConfig(const QString &path, Args *a, QString *error)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: cannot read the configuration file").arg(path);
        return false;
    }
    Args fromFile;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine(64 * 1024)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? line.left(eq).trimmed() : QString();
        const QString value = eq > 0 ? line.mid(eq + 1).trimmed() : QString();
        const QString option = QStringLiteral("--") + key;
        QString e;
        if (eq <= 0) {
            e = QStringLiteral("expected 'name = value'");
        } else if (key != QLatin1String("store") && (!serveValueOptions().contains(option) || key == QLatin1String("config"))) {
            e = QStringLiteral("unknown setting '%1' (store, drop, cap-folder, listen, token-file, tls-certificate, "
                               "tls-key, max-body, user)").arg(key);
        } else if (fromFile.opt.contains(option)) {
            e = QStringLiteral("'%1' is set twice").arg(key);
        } else if (!value.isEmpty() && key != QLatin1String("store")) {
            checkOption(option, value, &e);
        }
        if (!e.isEmpty()) {
            *error = QStringLiteral("%1:%2: %3").arg(path, QString::number(lineNo), e);
            return false;
        }
        if (!value.isEmpty()) // an empty value leaves the setting off
            fromFile.opt.insert(option, value);
    }
    for (auto it = fromFile.opt.cbegin(); it != fromFile.opt.cend(); ++it) {
        if (it.key() == QLatin1String("--store")) {
            if (a->pos.isEmpty())
                a->pos.append(it.value());
        } else if (!a->opt.contains(it.key())) {
            a->opt.insert(it.key(), it.value());
        }
    }
    return true;
}

} // namespace

int serve(const QStringList &args)
{
    const CommandSpec *spec = command(QStringLiteral("serve"));
    const QString usageText = QStringLiteral("usage: floodctl serve %1").arg(QString::fromUtf8(spec->synopsis));
    Args a;
    QString e;
    if (!parse(args, serveValueOptions(), {}, &a, &e)) {
        err(QStringLiteral("floodctl serve: %1\n%2").arg(e, usageText));
        return 2;
    }
    if (a.has("--config") && !readConfig(a.value("--config"), &a, &e)) {
        err(QStringLiteral("floodctl serve: ") + e);
        return 2;
    }
    if (a.pos.size() != 1) {
        err(a.pos.isEmpty() ? QStringLiteral("floodctl serve: no operation store (DB, or 'store' in --config)\n") + usageText
                            : usageText);
        return 2;
    }
    Operation::IntakeOptions o;
    o.dropFolder = a.value("--drop");
    o.capFolder = a.value("--cap-folder");
    if (a.has("--listen")) {
        o.feed = true;
        if (!listenAddress(a.value("--listen"), &o.feedOptions, &e)) {
            err(QStringLiteral("floodctl serve: ") + e);
            return 2;
        }
        if (!a.has("--token-file")) {
            err(QStringLiteral("floodctl serve: --listen needs --token-file (the feed endpoint refuses posts without "
                               "the token)"));
            return 2;
        }
        const QString tokenFile = a.value("--token-file");
        if (!QFileInfo(tokenFile).isFile()) {
            err(QStringLiteral("floodctl serve: %1: cannot read the token file").arg(tokenFile));
            return 1;
        }
        // The token is the endpoint's only key: a token others on the machine can read is no key.
        if (!FeedServer::checkSecretFile(tokenFile, &e)) {
            err(QStringLiteral("floodctl serve: the token file %1").arg(e));
            return 1;
        }
        QFile f(tokenFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("floodctl serve: %1: cannot read the token file").arg(f.fileName()));
            return 1;
        }
        o.feedOptions.token = f.read(4096).trimmed();
        if (o.feedOptions.token.isEmpty()) {
            err(QStringLiteral("floodctl serve: %1: the token file is empty").arg(f.fileName()));
            return 1;
        }
        if (a.has("--max-body")) {
            bool ok = false;
            o.feedOptions.maxBodyBytes = a.value("--max-body").toLongLong(&ok);
            if (!ok || o.feedOptions.maxBodyBytes < 1024) {
                err(QStringLiteral("floodctl serve: --max-body '%1': a number of bytes, at least 1024").arg(a.value("--max-body")));
                return 2;
            }
        }
        if (a.has("--tls-certificate") != a.has("--tls-key")) {
            err(QStringLiteral("floodctl serve: --tls-certificate and --tls-key go together"));
            return 2;
        }
        o.feedOptions.tlsCertificateFile = a.value("--tls-certificate");
        o.feedOptions.tlsKeyFile = a.value("--tls-key");
        if (!o.feedOptions.address.isLoopback() && o.feedOptions.tlsCertificateFile.isEmpty()) {
            err(QStringLiteral("floodctl serve: --listen %1: the feed endpoint refuses to listen on an address other than "
                               "loopback without TLS (the token and the readings would cross the network in clear "
                               "text); give --tls-certificate and --tls-key, or listen on 127.0.0.1")
                    .arg(a.value("--listen")));
            return 2;
        }
    } else if (a.has("--token-file") || a.has("--max-body") || a.has("--tls-certificate") || a.has("--tls-key")) {
        err(QStringLiteral("floodctl serve: --token-file, --max-body, --tls-certificate and --tls-key go with --listen"));
        return 2;
    }
    for (const QString &dir : {o.dropFolder, o.capFolder})
        if (!dir.isEmpty() && !QFileInfo(dir).isDir()) {
            err(QStringLiteral("floodctl serve: %1: no such folder").arg(dir));
            return 1;
        }
    if (!o.any()) {
        err(QStringLiteral("floodctl serve: nothing to serve: give --drop, --listen or --cap-folder\n") + usageText);
        return 2;
    }

    auto store = Store::open(a.pos[0], &e);
    if (!store) {
        err(QStringLiteral("floodctl serve: ") + e);
        return 1;
    }
    if (store->isReadOnly() || store->role() == QLatin1String("viewer")) {
        err(QStringLiteral("floodctl serve: %1: this login may only read the operation; the intake writes readings")
                .arg(a.pos[0]));
        return 1;
    }
    if (a.has("--user"))
        store->setUser(a.value("--user"));

    Operation op;
    QObject::connect(&op, &Operation::intakeMessage, &op, [](const QString &t) { log(t); });
    QObject::connect(&op, &Operation::capImported, &op, [](const QString &path, bool ok, const QString &summary) {
        log(QStringLiteral("CAP %1 %2: %3").arg(QFileInfo(path).fileName(), ok ? QStringLiteral("imported") : QStringLiteral("refused"), summary));
    });
    const QString location = store->path();
    QObject::connect(store.get(), &Store::connectionChanged, &op, [](bool online, const QDateTime &since) {
        log(online ? QStringLiteral("server connection back") : QStringLiteral("server connection lost since %1")
                                                                     .arg(since.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    });
    op.setStore(std::move(store));
    if (!op.startIntake(o, &e)) {
        err(QStringLiteral("floodctl serve: %1: %2").arg(a.pos[0], e));
        return 1;
    }

    // SIGTERM (systemd stop) and SIGINT end the loop through a socket the event loop watches: the batch being
    // written finishes, nothing is cut in half.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) {
        err(QStringLiteral("floodctl serve: cannot set up signal handling"));
        return 1;
    }
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &op, [&notifier] {
        notifier.setEnabled(false);
        char c;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFd[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    QStringList parts;
    if (o.feed)
        parts.append(QStringLiteral("feed endpoint on %1 %2:%3")
                         .arg(o.feedOptions.tlsCertificateFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"),
                              o.feedOptions.address.toString())
                         .arg(op.feedServer()->port()));
    if (!o.dropFolder.isEmpty())
        parts.append(QStringLiteral("drop folder %1").arg(QFileInfo(o.dropFolder).absoluteFilePath()));
    if (!o.capFolder.isEmpty())
        parts.append(QStringLiteral("CAP folder %1").arg(QFileInfo(o.capFolder).absoluteFilePath()));
    log(QStringLiteral("serving %1: %2 (pid %3)").arg(location, parts.join(QStringLiteral(", "))).arg(QCoreApplication::applicationPid()));
    const int rc = QCoreApplication::exec();
    op.stopIntake();
    const qint64 batches = op.intake()->batchesDone();
    op.setStore(nullptr); // waits for the batch being written, if any
    log(QStringLiteral("stopped after %1 batch(es)").arg(batches));
    ::close(g_signalFd[0]);
    ::close(g_signalFd[1]);
    return rc;
}

} // namespace fc::ctl
