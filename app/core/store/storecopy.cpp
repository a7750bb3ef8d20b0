#include "app/core/store/storecopy.h"

#include "app/core/store/postgres/pgbackend.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"
#include "app/core/base/outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

namespace fc {

namespace {

// The same store: one file (after resolving links), or one server operation (same database on the same server).
bool sameStore(const QString &from, const QString &to)
{
    if (Store::isServer(from) != Store::isServer(to))
        return false;
    if (!Store::isServer(from)) {
        const QFileInfo a(from), b(to);
        return a.exists() && b.exists() && a.canonicalFilePath() == b.canonicalFilePath();
    }
    auto key = [](const QString &uri) {
        const QUrl u(uri);
        QString host = u.host().toLower();
        if (host == QLatin1String("localhost") || host == QLatin1String("::1"))
            host = QStringLiteral("127.0.0.1");
        return QStringLiteral("%1:%2/%3").arg(host).arg(u.port(5432)).arg(u.path());
    };
    if (key(from) == key(to))
        return true;
    const QString f = PgBackend::fingerprint(from);
    return !f.isEmpty() && f == PgBackend::fingerprint(to);
}

// Folds a store's write-ahead log into the file so that renaming another file over it loses nothing and no stale
// -wal is left to be replayed onto the new file.
bool checkpoint(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    sqlite3_busy_timeout(db, 5000);
    const int rc = sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

// The process that has the store at `path` open, or 0: every SQLite connection to a WAL store holds a read lock
// on the "dead man switch" byte of its -shm file (offset 128 in SQLite's unix VFS) while it is open.
qint64 openedBy(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path + QStringLiteral("-shm")).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct flock fl = {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = 128;
    fl.l_len = 1;
    const bool locked = ::fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
    ::close(fd);
    return locked ? qint64(fl.l_pid) : 0;
}

} // namespace

bool StoreCopy::dumpAll(Store &src, QList<QPair<QString, QList<StoreRow>>> *tables, const Progress &progress, QString *error,
                        const std::atomic_bool *cancel)
{
    if (cancel && cancel->load()) {
        *error = tr("cancelled; the destination was not changed");
        return false;
    }
    const QList<TableSpec> specs = Schema::currentTables();
    QStringList names;
    for (const TableSpec &t : specs)
        names.append(t.name);
    QString e;
    QFuture<bool> f = src.dumpTables(names, tables, &e);
    f.waitForFinished();
    if (!f.result()) {
        *error = tr("%1; the destination was not changed").arg(e);
        return false;
    }
    if (progress)
        progress(int(specs.size()), int(specs.size()) * 2, QString());
    return true;
}

bool StoreCopy::copyInto(Store &src, Store &dst, const Progress &progress, QString *error, const std::atomic_bool *cancel)
{
    QList<QPair<QString, QList<StoreRow>>> tables;
    const QList<TableSpec> specs = Schema::currentTables();
    if (!dumpAll(src, &tables, progress, error, cancel))
        return false;
    QString e;
    QFuture<bool> f = dst.loadTables(tables, &e);
    f.waitForFinished();
    if (!f.result()) {
        *error = tr("%1: %2; the destination was not changed").arg(dst.path(), e);
        return false;
    }
    if (progress)
        progress(int(specs.size()) * 2, int(specs.size()) * 2, QString());
    return true;
}

bool StoreCopy::copy(const QString &from, const QString &to, bool replace, const Progress &progress, QString *error,
                     const std::atomic_bool *cancel)
{
    if (sameStore(from, to)) {
        *error = tr("%1 and %2 are the same operation; nothing was copied").arg(PgBackend::displayName(from),
                                                                              PgBackend::displayName(to));
        return false;
    }
    if (!Store::isServer(to) && !OutputFile::checkDestination(to, error))
        return false;
    std::unique_ptr<Store> src = Store::open(from, error);
    if (!src)
        return false;
    if (Store::isServer(to)) {
        // Everything is read first (one snapshot); the destination is then replaced in one transaction.
        QList<QPair<QString, QList<StoreRow>>> tables;
        if (!dumpAll(*src, &tables, progress, error, cancel))
            return false;
        src.reset();
        if (!PgBackend::createOperation(to, tables, replace, error)) {
            *error = tr("%1: %2; the destination was not changed").arg(PgBackend::displayName(to), *error);
            return false;
        }
        if (progress)
            progress(1, 1, QString());
        return true;
    }
    const QFileInfo info(to);
    if (info.exists() && !replace) {
        *error = tr("%1 already exists; add --replace to overwrite it").arg(to);
        return false;
    }
    // Links are followed: the file they name is replaced, not the link.
    const QString target = info.exists() ? info.canonicalFilePath() : to;
    // A window (or any program) writing into the store would go on writing into the replaced file, unseen.
    if (const qint64 pid = info.exists() ? openedBy(target) : 0) {
        *error = tr("%1 is open in another program (process %2); close it there before replacing it").arg(to).arg(pid);
        return false;
    }
    const QString part = target + QStringLiteral(".copy-part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(part + suffix) && QFile::remove(part + suffix) && suffix.isEmpty())
            qWarning("%s", qPrintable(tr("removed %1 left by an interrupted copy").arg(part)));
    }
    bool ok = false;
    {
        std::unique_ptr<Store> dst = Store::create(part, error);
        ok = dst && copyInto(*src, *dst, progress, error, cancel);
    }
    if (ok && QFile::exists(target)) {
        QString e;
        if (!checkpoint(target, &e)) {
            *error = tr("cannot replace %1: %2").arg(target, e);
            ok = false;
        }
    }
    // rename(2) replaces the old store in one step: at every moment one complete store is at the name.
    if (ok && std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        *error = tr("cannot rename %1 to %2: %3").arg(part, target, QString::fromLocal8Bit(std::strerror(errno)));
        ok = false;
    }
    if (ok) {
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
    }
    if (!ok)
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(part + suffix);
    return ok;
}

} // namespace fc
