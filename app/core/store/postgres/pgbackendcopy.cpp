// Creating and replacing a whole operation on a server in one transaction (floodctl init and copy).
#include "app/core/store/audit.h"
#include "app/core/base/gpkg.h"
#include "app/core/store/postgres/pgbackend.h"
#include "app/core/store/postgres/pgconnection.h"
#include "app/core/store/schema.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace fc {

using namespace pg;

QStringList PgBackend::dropSql()
{
    QStringList sql;
    const QList<TableSpec> tables = Schema::tables();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        sql.append(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(Gpkg::quoted(it->name)));
    sql += {QStringLiteral("DROP TABLE IF EXISTS fc_meta"), QStringLiteral("DROP FUNCTION IF EXISTS fc_append_only() CASCADE"),
            QStringLiteral("DROP FUNCTION IF EXISTS fc_notify_change() CASCADE"),
            QStringLiteral("DROP FUNCTION IF EXISTS fc_checklist_response() CASCADE"),
            QStringLiteral("DROP FUNCTION IF EXISTS fc_readings_sensor_check() CASCADE"),
            QStringLiteral("DROP FUNCTION IF EXISTS fc_sensor_readings_kept() CASCADE"),
            QStringLiteral("DROP FUNCTION IF EXISTS fc_sensors_no_truncate() CASCADE"),
            QStringLiteral("DROP FUNCTION IF EXISTS fc_take_reading_fids(bigint)")};
    sql += Schema::pgAuditDropSql();
    return sql;
}

QString PgBackend::fingerprint(const QString &uri)
{
    AdminConnection c;
    QString e;
    if (!c.open(uri, &e))
        return {};
    QSqlQuery q(c.db);
    if (!q.exec(QStringLiteral("SELECT current_database(), coalesce(inet_server_addr()::text, ''), inet_server_port(), "
                               "(SELECT value FROM fc_meta WHERE key = 'created_at')"))
        || !q.next())
        return {};
    return QStringLiteral("%1|%2|%3|%4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toString());
}

bool PgBackend::createOperation(const QString &uri, const QList<QPair<QString, QList<StoreRow>>> &tables, bool replace,
                                QString *error)
{
    AdminConnection c;
    if (!c.open(uri, error))
        return false;
    bool ok = false;
    const qint64 ours = scalar(c.db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                                    "'public' AND table_name IN ('fc_meta', 'audit_log', 'incidents')"), &ok);
    if (!ok) {
        *error = c.db.lastError().text().trimmed();
        return false;
    }
    if (ours > 0 && !replace) {
        *error = tr("the database already holds an operation; refusing to overwrite it (floodctl copy --replace "
                    "replaces one)");
        return false;
    }
    if (ours > 0) {
        // Only the operation's owner (an administrator) may drop it: say so instead of the server's refusal.
        QSqlQuery q(c.db);
        if (!q.exec(QStringLiteral("SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables WHERE "
                                   "schemaname = 'public' AND tablename IN ('fc_meta', 'audit_log', 'incidents')"))) {
            *error = q.lastError().text().trimmed();
            return false;
        }
        while (q.next()) {
            if (!q.value(0).toBool()) {
                *error = tr("%1 may not replace the operation on %2: only its owner or an administrator can; the "
                            "operation was not changed")
                             .arg(c.db.userName().isEmpty() ? tr("this login") : c.db.userName(), displayName(uri));
                return false;
            }
        }
    }
    QString e;
    if (!exec(c.db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis"), &e)) {
        *error = tr("PostGIS is not available in this database (%1); ask the administrator to run CREATE EXTENSION "
                    "postgis")
                     .arg(e.trimmed());
        return false;
    }
    // Drop, create and load are one transaction: until it commits every seat sees the old operation (or none),
    // and an interrupted copy (killed, server stopped) leaves the database as it was.
    QStringList sql = {QStringLiteral("BEGIN")};
    if (ours > 0)
        sql += dropSql();
    sql += Schema::pgCreateSql();
    for (int v = 1; v <= Schema::CurrentVersion; ++v)
        sql.append(QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (%1, '%2', "
                                  "'created on the server at version %3')")
                       .arg(v)
                       .arg(Audit::nowUtc())
                       .arg(Schema::CurrentVersion));
    sql.append(QStringLiteral("INSERT INTO fc_meta VALUES ('created_at', '%1')").arg(Audit::nowUtc()));
    sql.append(QStringLiteral("INSERT INTO audit_log (at, actor, action, note) VALUES ('%1', session_user, 'create', "
                              "'new operation on the server')")
                   .arg(Audit::nowUtc()));
    for (const QString &s : std::as_const(sql)) {
        if (!exec(c.db, s, error)) {
            *error = error->trimmed();
            exec(c.db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    if (!tables.isEmpty() && !loadRows(c.db, tables, error)) {
        exec(c.db, QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    if (!exec(c.db, QStringLiteral("COMMIT"), error)) {
        *error = error->trimmed();
        return false;
    }
    return true;
}

bool PgBackend::loadRows(QSqlDatabase &db, const QList<QPair<QString, QList<StoreRow>>> &tables, QString *error)
{
    for (const auto &[table, rows] : tables) {
        const TableSpec *t = Schema::table(table);
        if (!t || rows.isEmpty())
            continue;
        if (table == QLatin1String("schema_version"))
            continue; // the destination records its own versions
        // Audit entries keep their order and content but take new ids after the destination's own.
        const bool keepFid = !t->appendOnly;
        QStringList cols, marks;
        if (keepFid) {
            cols.append(QStringLiteral("fid"));
            marks.append(QStringLiteral("?"));
        }
        for (const ColumnSpec &c : t->columns) {
            cols.append(c.name);
            marks.append(QStringLiteral("?"));
        }
        if (t->isFeature()) {
            cols.append(QStringLiteral("geom"));
            marks.append(QStringLiteral("ST_GeomFromWKB(?, 4326)"));
        }
        QStringList quoted;
        for (const QString &c : std::as_const(cols))
            quoted.append(Gpkg::quoted(c));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(Gpkg::quoted(table), quoted.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
        for (const StoreRow &r : rows) {
            if (keepFid)
                q.addBindValue(r.fid);
            for (int i = keepFid ? 1 : 0; i < cols.size(); ++i) {
                const QVariant v = r.values.value(cols[i]);
                q.addBindValue(cols[i] == QLatin1String("rev") && v.isNull() ? QVariant(1) : v);
            }
            if (!q.exec()) {
                *error = tr("%1 row %2: %3").arg(table).arg(r.fid).arg(q.lastError().text().trimmed());
                return false;
            }
        }
        if (!exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'fid'), (SELECT max(fid) FROM %2))")
                          .arg(table, Gpkg::quoted(table)),
                  error))
            return false;
    }
    return true;
}

QString PgBackend::auditSql(const QStringList &columns, QStringList values) const
{
    while (values.size() < columns.size())
        values.append(QStringLiteral("?"));
    QStringList parts;
    if (m_auditFunction) {
        for (int i = 0; i < columns.size(); ++i) {
            const QString param = columns[i] == QLatin1String("table_name") ? QStringLiteral("p_table") : QStringLiteral("p_") + columns[i];
            parts.append(QStringLiteral("%1 => %2").arg(param, values[i]));
        }
        return QStringLiteral("SELECT fid, actor FROM fc_audit(%1)").arg(parts.join(QLatin1String(", ")));
    }
    return QStringLiteral("INSERT INTO audit_log (actor, %1) VALUES (session_user, %2) RETURNING fid, actor")
        .arg(columns.join(QLatin1String(", ")), values.join(QLatin1String(", ")));
}

void PgBackend::ensureAuditFunction()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString probe = QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'fc_audit'");
    m_auditFunction = scalar(db, probe) > 0;
    if (m_auditFunction)
        return;
    // An operation created by an older FloodCommand: its owner (or an administrator) installs the guard once; other
    // logins keep writing as before until then.
    if (!db.transaction())
        return;
    bool ok = true;
    for (const QString &s : Schema::pgAuditSql())
        ok = ok && exec(db, s, nullptr);
    if (!ok || !db.commit()) {
        db.rollback();
        return;
    }
    m_auditFunction = true;
}

} // namespace fc
