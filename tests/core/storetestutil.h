#pragma once

// Small helpers shared by the operation-store tests.
#include <QCryptographicHash>
#include <QFile>
#include <QFuture>
#include <QString>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantMap>
#include <functional>

namespace fc::testutil {

// Hash of a file's bytes: "left byte-for-byte unchanged" checks compare these.
inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The port of the CTest fixture's PostgreSQL server (tests/pg/pgserver.sh), empty when it did not run.
inline QString pgPort()
{
    return qEnvironmentVariable("FC_TEST_PG_PORT");
}

// Creates an empty database on the fixture's server (as postgres), for a test's own operation.
inline bool createPgDatabase(const QString &name, QString *error)
{
    const QString conn = QStringLiteral("testutil_admin_") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(pgPort().toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        if (!ok)
            *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return ok;
}

// Blocks on a store future (tests only; the GUI never waits).
template<typename T>
T wait(QFuture<T> f)
{
    f.waitForFinished();
    return f.result();
}

// Readings stored (read back through Store::readingRows, as the panels read them): all of them, or those `keep`
// accepts (values: sensor_fid, observed_at, value, quality).
template<typename Store>
qint64 countReadings(Store &s, const std::function<bool(const QVariantMap &)> &keep = {})
{
    qint64 n = 0;
    for (const auto &r : wait(s.readingRows({})))
        n += !keep || keep(r.values);
    return n;
}

} // namespace fc::testutil
