#pragma once

// Small helpers shared by the operation-store tests.
#include <QCryptographicHash>
#include <QFile>
#include <QFuture>

namespace fc::testutil {

// Hash of a file's bytes: "left byte-for-byte unchanged" checks compare these.
inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Blocks on a store future (tests only; the GUI never waits).
template<typename T>
T wait(QFuture<T> f)
{
    f.waitForFinished();
    return f.result();
}

} // namespace fc::testutil
