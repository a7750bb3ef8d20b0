// PgBackend::upgradeLayout: brings a server store created by an older FloodCommand to the server layout of this
// one (Schema::PgLayoutVersion, recorded as 'server_layout' in fc_meta; absent = layout 1) when it is opened. One
// transaction under the write lock, the layout read again inside it, so two seats opening at once upgrade once.
#include "app/core/store/postgres/pgbackend.h"

#include "app/core/store/audit.h"
#include "app/core/base/readingdays.h"
#include "app/core/store/schema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fc {

namespace {

constexpr qint64 kLayoutWriteLock = 0x46430001; // the same advisory lock as every other write (pgbackend.cpp)

int storedLayout(QSqlDatabase &db, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("SELECT value FROM fc_meta WHERE key = 'server_layout'"));
    return *ok && q.next() ? q.value(0).toInt() : 1;
}

} // namespace

int PgBackend::upgradeLayout(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    bool ok = false;
    const int before = storedLayout(db, &ok);
    if (before >= Schema::PgLayoutVersion && ok)
        return before;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return before;
    }
    QSqlQuery q(db);
    int layout = 1;
    ok = q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kLayoutWriteLock));
    if (ok)
        layout = storedLayout(db, &ok);
    QString done;
    QString note, why;
    for (int to = layout + 1; ok && to <= Schema::PgLayoutVersion; ++to) {
        for (const QString &s : Schema::pgLayoutSql(to)) {
            ok = q.exec(s);
            if (!ok)
                break;
        }
        // Layout 3: the readings move from sensor_readings into day blocks, then the old table goes.
        if (ok && to == 3) {
            ok = ReadingDays::convertRows(db, &note, &why);
            for (const QString &s : Schema::pgLayoutDropSql(to)) {
                if (!ok)
                    break;
                ok = q.exec(s);
            }
        }
        done = QStringLiteral("server layout %1 -> %2").arg(layout).arg(to);
    }
    if (!note.isEmpty())
        done += QStringLiteral("; ") + note;
    if (ok && !done.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, note) VALUES (?, session_user, 'migrate', ?)"));
        q.addBindValue(Audit::nowUtc());
        q.addBindValue(done);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        *error = tr("cannot bring the server's table layout from %1 to %2 (the table owner or an administrator must "
                    "open the operation once): %3")
                     .arg(layout)
                     .arg(Schema::PgLayoutVersion)
                     .arg(!why.isEmpty() ? why : (ok ? db.lastError() : q.lastError()).text().trimmed());
        db.rollback();
        return layout;
    }
    return Schema::PgLayoutVersion;
}

} // namespace fc
