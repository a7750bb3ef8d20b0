#include "app/core/store/audit.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <sqlite3.h>

#include <pwd.h>
#include <unistd.h>

namespace fc::Audit {

QString toStored(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString nowUtc()
{
    return toStored(QDateTime::currentDateTimeUtc());
}

QJsonObject toJson(const QVariantMap &row)
{
    QJsonObject o;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::QByteArray)
            o.insert(it.key(), QString::fromLatin1(v.toByteArray().toBase64()));
        else
            o.insert(it.key(), QJsonValue::fromVariant(v));
    }
    return o;
}

bool append(sqlite3 *db, const AuditEntry &e, QString *error)
{
    static const char sql[] = "INSERT INTO audit_log (at, actor, action, table_name, row_fid, before, after, note) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("audit log: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    auto text = [&](int i, const QString &s) {
        if (s.isNull())
            sqlite3_bind_null(stmt, i);
        else {
            const QByteArray u = s.toUtf8();
            sqlite3_bind_text(stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        }
    };
    auto json = [&](int i, const QJsonObject &o) {
        if (o.isEmpty())
            sqlite3_bind_null(stmt, i);
        else {
            const QByteArray u = QJsonDocument(o).toJson(QJsonDocument::Compact);
            sqlite3_bind_text(stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        }
    };
    text(1, e.at.isValid() ? toStored(e.at) : nowUtc());
    text(2, e.actor.isEmpty() ? QStringLiteral("unknown") : e.actor);
    text(3, e.action);
    text(4, e.table);
    if (e.rowFid)
        sqlite3_bind_int64(stmt, 5, e.rowFid);
    else
        sqlite3_bind_null(stmt, 5);
    json(6, e.before);
    json(7, e.after);
    text(8, e.note);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QStringLiteral("audit log: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

QString systemUser()
{
    for (const char *var : {"USER", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var).trimmed();
        if (!v.isEmpty())
            return v;
    }
    const uid_t uid = geteuid();
    struct passwd pw;
    struct passwd *found = nullptr;
    char buf[4096];
    if (getpwuid_r(uid, &pw, buf, sizeof buf, &found) == 0 && found && found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(uid);
}

} // namespace fc::Audit
