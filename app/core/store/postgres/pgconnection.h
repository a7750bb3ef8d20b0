#pragma once
// Connection helpers shared by the server backend's files (not part of the store interface).

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUuid>

namespace fc::pg {

// Sets host, port, database and user from postgresql://user@host:port/database; false with a message otherwise.
bool configure(QSqlDatabase &db, const QString &uri, QString *error);
// Runs one statement; false with the server's message.
bool exec(QSqlDatabase &db, const QString &sql, QString *error);
// The first column of the first row (0 and *ok false when the statement failed or returned nothing).
qint64 scalar(QSqlDatabase &db, const QString &sql, bool *ok = nullptr);

// A temporary connection for one-off administration (initialize, drop).
struct AdminConnection
{
    QString name = QStringLiteral("fc_pg_admin_") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db;
    bool open(const QString &uri, QString *error)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!configure(db, uri, error))
            return false;
        if (!db.open()) {
            *error = QObject::tr("cannot connect to the server: %1").arg(db.lastError().text());
            return false;
        }
        return true;
    }
    ~AdminConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace fc::pg
