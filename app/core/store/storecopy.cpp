#include "app/core/store/storecopy.h"

#include "app/core/store/postgres/pgbackend.h"
#include "app/core/store/schema.h"
#include "app/core/store/store.h"

#include <QFile>
#include <QFileInfo>

namespace fc {

bool StoreCopy::copyInto(Store &src, Store &dst, const Progress &progress, QString *error, const std::atomic_bool *cancel)
{
    QList<QPair<QString, QList<StoreRow>>> tables;
    const QList<TableSpec> specs = Schema::currentTables();
    int done = 0;
    for (const TableSpec &t : specs) {
        if (cancel && cancel->load()) {
            *error = tr("cancelled; the destination was not changed");
            return false;
        }
        QList<StoreRow> rows;
        QString e;
        QFuture<bool> f = src.dumpTable(t.name, &rows, &e);
        f.waitForFinished();
        if (!f.result()) {
            *error = tr("%1, table %2: %3").arg(src.path(), t.name, e);
            return false;
        }
        tables.append({t.name, rows});
        if (progress)
            progress(++done, int(specs.size()) * 2, t.name);
    }
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
    std::unique_ptr<Store> src = Store::open(from, error);
    if (!src)
        return false;
    if (Store::isServer(to)) {
        if (replace && !PgBackend::dropOperation(to, error))
            return false;
        if (!PgBackend::initialize(to, error)) {
            *error = PgBackend::displayName(to) + QStringLiteral(": ") + *error;
            return false;
        }
        std::unique_ptr<Store> dst = Store::open(to, error);
        if (!dst)
            return false;
        if (!copyInto(*src, *dst, progress, error, cancel)) {
            dst.reset();
            QString ignored;
            PgBackend::dropOperation(to, &ignored); // leave the database as it was: empty
            return false;
        }
        return true;
    }
    const QFileInfo info(to);
    if (info.exists() && !replace) {
        *error = tr("%1 already exists; add --replace to overwrite it").arg(to);
        return false;
    }
    const QString part = to + QStringLiteral(".copy-part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
    bool ok = false;
    {
        std::unique_ptr<Store> dst = Store::create(part, error);
        ok = dst && copyInto(*src, *dst, progress, error, cancel);
    }
    if (ok) {
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
        if (QFile::exists(to) && !QFile::remove(to)) {
            *error = tr("cannot replace %1").arg(to);
            ok = false;
        } else if (!QFile::rename(part, to)) {
            *error = tr("cannot rename %1 to %2").arg(part, to);
            ok = false;
        }
    }
    if (!ok)
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(part + suffix);
    return ok;
}

} // namespace fc
