// floodctl copy / watch, and export / check of an operation on a server.
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"

#include "app/core/io/exporter.h"
#include "app/core/store/postgres/pgbackend.h"
#include "app/core/store/store.h"
#include "app/core/store/storecheck.h"
#include "app/core/store/storecopy.h"
#include "app/ctl/ctlargs.h"

#include "app/core/base/outputfile.h"
#include "app/core/store/schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>
#include <csignal>
#include <cstdio>

namespace fc::ctl {

namespace {

const char *kindName(RowEvent::Kind k)
{
    switch (k) {
    case RowEvent::Kind::Insert:
        return "insert";
    case RowEvent::Kind::Update:
        return "update";
    case RowEvent::Kind::Delete:
        return "delete";
    case RowEvent::Kind::Reset:
        break;
    }
    return "reset";
}

// Takes a snapshot of a server operation into a temporary GeoPackage (for export and check).
bool snapshot(const QString &uri, const QTemporaryDir &dir, QString *path, QString *error)
{
    *path = dir.filePath(QStringLiteral("snapshot.gpkg"));
    return StoreCopy::copy(uri, *path, false, {}, error);
}

} // namespace

int storeCopy(const QStringList &args)
{
    QStringList pos;
    bool replace = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--replace"))
            replace = true;
        else
            pos.append(a);
    }
    if (pos.size() != 2) {
        err(QStringLiteral("usage: floodctl copy SRC DST [--replace]   (each a .gpkg file or postgresql://user@host:port/db)"));
        return 2;
    }
    QString e;
    const bool ok = StoreCopy::copy(pos[0], pos[1], replace, [](int done, int total, const QString &table) {
        std::fprintf(stderr, "\rcopying %3d%% %-24s", total ? done * 100 / total : 100, qPrintable(table));
        std::fflush(stderr);
    }, &e);
    std::fprintf(stderr, "\n");
    if (!ok) {
        err(QStringLiteral("floodctl copy: ") + e);
        return 1;
    }
    std::printf("copied %s to %s\n", qPrintable(PgBackend::displayName(pos[0])), qPrintable(PgBackend::displayName(pos[1])));
    return 0;
}

int storeWatch(const QStringList &args)
{
    QStringList pos;
    bool json = false;
    qint64 count = -1;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json"))
            json = true;
        else if (args[i] == QLatin1String("--count") && i + 1 < args.size()) {
            QString e;
            if (!checkOption(args[i], args[i + 1], &e)) {
                err(QStringLiteral("floodctl watch: ") + e);
                return 2;
            }
            count = args[++i].toLongLong();
        }
        else
            pos.append(args[i]);
    }
    if (pos.size() != 1) {
        err(QStringLiteral("usage: floodctl watch DB [--json] [--count N]   (prints committed changes as they arrive)"));
        return 2;
    }
    QString e;
    std::unique_ptr<Store> store = Store::open(pos[0], &e);
    if (!store) {
        err(QStringLiteral("floodctl watch: ") + e);
        return 1;
    }
    qint64 seen = 0;
    QObject::connect(store.get(), &Store::rowsChanged, store.get(), [&](const QList<RowEvent> &events) {
        for (const RowEvent &ev : events) {
            if (json) {
                QJsonObject o{{QStringLiteral("change"), ev.changeId},
                              {QStringLiteral("table"), ev.table},
                              {QStringLiteral("fid"), ev.fid},
                              {QStringLiteral("kind"), QLatin1String(kindName(ev.kind))},
                              {QStringLiteral("actor"), ev.actor},
                              {QStringLiteral("at"), ev.at.toUTC().toString(Qt::ISODateWithMs)}};
                if (!ev.before.isEmpty())
                    o.insert(QStringLiteral("before"), QJsonObject::fromVariantMap(ev.before));
                if (!ev.after.isEmpty())
                    o.insert(QStringLiteral("after"), QJsonObject::fromVariantMap(ev.after));
                std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
            } else {
                std::printf("#%lld %s %s %s fid %lld by %s\n", static_cast<long long>(ev.changeId),
                            qPrintable(ev.at.toUTC().toString(Qt::ISODateWithMs)), kindName(ev.kind),
                            qPrintable(ev.table), static_cast<long long>(ev.fid), qPrintable(ev.actor));
            }
            std::fflush(stdout);
            if (count > 0 && ++seen >= count)
                QCoreApplication::exit(0);
        }
    });
    QObject::connect(store.get(), &Store::connectionChanged, store.get(), [](bool online, const QDateTime &since) {
        err(online ? QStringLiteral("reconnected (offline since %1); catching up").arg(since.toString(Qt::ISODate))
                   : QStringLiteral("server unreachable since %1; waiting").arg(since.toString(Qt::ISODate)));
    });
    std::signal(SIGINT, [](int) { QCoreApplication::exit(0); });
    std::signal(SIGTERM, [](int) { QCoreApplication::exit(0); });
    err(QStringLiteral("watching %1 (Ctrl-C to stop)").arg(PgBackend::displayName(pos[0])));
    return QCoreApplication::exec();
}

int serverExport(const QString &uri, const QString &table, const QString &out, bool truncateText, bool overwrite)
{
    // What can be checked without the data is checked first, naming the server (not a temporary snapshot).
    const TableSpec *spec = Schema::table(table);
    if (!spec || table == QLatin1String("schema_version")) {
        err(QStringLiteral("floodctl export: %1: no layer or table '%2' (layers: %3)")
                .arg(PgBackend::displayName(uri), table, Schema::featureKinds().join(QLatin1String(", "))));
        return 1;
    }
    QString why;
    if (!OutputFile::checkDestination(out, &why) || QFileInfo::exists(out)) {
        err(QStringLiteral("floodctl export: ") + (why.isEmpty() ? QStringLiteral("%1: already exists; choose a new file").arg(out) : why));
        return 1;
    }
    // A consistent snapshot of the server's operation, exported like a file.
    QTemporaryDir dir;
    QString path, e;
    if (!snapshot(uri, dir, &path, &e)) {
        err(QStringLiteral("floodctl export: ") + e);
        return 1;
    }
    QStringList args = {path, QStringLiteral("--layer"), table, out};
    if (truncateText)
        args.append(QStringLiteral("--truncate-text"));
    if (overwrite)
        args.append(QStringLiteral("--overwrite"));
    return storeExport(args);
}

int serverCheck(const QString &uri)
{
    // The server enforces types, references, rules and the append-only audit log itself; check the snapshot's
    // content with the same checks as a file.
    QTemporaryDir dir;
    QString path, e;
    if (!snapshot(uri, dir, &path, &e)) {
        err(QStringLiteral("floodctl check: ") + e);
        return 1;
    }
    const StoreCheck::Result r = StoreCheck::run(path);
    for (const QString &p : r.problems)
        err(QStringLiteral("problem: ") + p);
    if (!r.problems.isEmpty())
        return 1;
    std::printf("%s: OK (schema version %d)\n", qPrintable(PgBackend::displayName(uri)), r.schemaVersion);
    return 0;
}

} // namespace fc::ctl
