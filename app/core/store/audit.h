#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

struct sqlite3;

namespace fc {

// One entry of the append-only audit trail: who did what to which row, when, with the row before and after
// (JSON objects; geometry as WKT). Written in the same transaction as the change it records. The table
// audit_log has triggers that abort any UPDATE or DELETE, and the store offers no call that writes it.
struct AuditEntry
{
    qint64 fid = 0;
    QDateTime at;          // UTC
    QString actor;
    QString action;        // insert, update, delete, import, create, migrate
    QString table;
    qint64 rowFid = 0;
    QJsonObject before;
    QJsonObject after;
    QString note;
};

namespace Audit {

// Appends an entry on a raw connection (the store's worker or an import); the caller owns the transaction.
bool append(sqlite3 *db, const AuditEntry &entry, QString *error);
// Converts a row (column -> value) to the JSON stored in before/after.
QJsonObject toJson(const QVariantMap &row);
// The current UTC time as stored (ISO 8601 with milliseconds and Z).
QString nowUtc();
// The login of this process, for audit entries and the duty log: $USER, $LOGNAME, else the account of the effective
// user id (a service or a cron job often runs without either variable), else "uid N". Never empty.
QString systemUser();
QString toStored(const QDateTime &t);

} // namespace Audit

} // namespace fc
