// StoreWorker::appendReadings: the bulk path for sensor readings (issue 11), kept apart from the row-by-row
// apply() so the PostgreSQL backend can implement the same call with COPY.
#include "app/core/storeworker.h"

#include "app/core/audit.h"

#include <sqlite3.h>

#include <cstdio>

#include <QSqlError>
#include <QSqlQuery>

namespace fc {

namespace {

// ISO 8601 UTC with milliseconds, exactly as Audit::toStored writes it (so the UNIQUE index sees one spelling per
// instant): "2024-09-16T00:00:00.000Z". Hand-formatted: QDateTime::toString was a fifth of the bulk insert's time.
QByteArray storedTime(qint64 ms)
{
    qint64 days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    qint64 rest = ms - days * 86400000;
    // civil_from_days (Howard Hinnant's algorithm)
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = qint64(yoe) + era * 400 + (m <= 2);
    const int h = int(rest / 3600000), mi = int(rest / 60000 % 60), sec = int(rest / 1000 % 60), msec = int(rest % 1000);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<long long>(y), m, d, h, mi, sec, msec);
    return QByteArray(buf);
}

constexpr qint64 EventLimit = 2000;

} // namespace

AppendResult StoreWorker::appendReadings(const ReadingBatch &batch, const QList<RowChange> &changes, const QString &note)
{
    AppendResult r;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *h = handle(db);
    QSqlQuery q(db);
    QString denied;
    if (!allowed(role(), RowChange{RowChange::Kind::Insert, QStringLiteral("sensor_readings"), 0, {}}, &denied)) {
        r.error = denied;
        Q_EMIT writeFailed(r.error);
        return r;
    }
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        r.error = q.lastError().text();
        Q_EMIT writeFailed(r.error);
        return r;
    }
    drainAuditTail(); // others' commits before ours keep their place on the change feed
    // A large batch keeps its pages in memory instead of spilling them to the WAL page by page mid-transaction.
    const bool large = batch.rows.size() > 100000;
    if (large)
        sqlite3_exec(h, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr); // 256 MB
    QString error;
    bool ok = true;
    sqlite3_stmt *ins = nullptr;
    if (sqlite3_prepare_v2(h,
                           "INSERT OR IGNORE INTO sensor_readings (sensor_fid, observed_at, value, quality) "
                           "VALUES (?, ?, ?, ?)",
                           -1, &ins, nullptr)
        != SQLITE_OK) {
        ok = false;
        error = QString::fromUtf8(sqlite3_errmsg(h));
    }
    const bool withEvents = qint64(batch.rows.size()) <= EventLimit;
    QList<RowEvent> events;
    QList<QByteArray> qualities;
    for (const QString &s : batch.qualities)
        qualities.append(s.toUtf8());
    for (size_t i = 0; ok && i < batch.rows.size(); ++i) {
        const Reading &rd = batch.rows[i];
        const QByteArray at = storedTime(rd.atMs);
        sqlite3_bind_int64(ins, 1, rd.sensorFid);
        sqlite3_bind_text(ins, 2, at.constData(), int(at.size()), SQLITE_STATIC);
        sqlite3_bind_double(ins, 3, rd.value);
        if (rd.quality >= 0 && rd.quality < qualities.size())
            sqlite3_bind_text(ins, 4, qualities[rd.quality].constData(), int(qualities[rd.quality].size()), SQLITE_STATIC);
        else
            sqlite3_bind_null(ins, 4);
        const int rc = sqlite3_step(ins);
        sqlite3_reset(ins);
        if (rc != SQLITE_DONE) {
            ok = false;
            error = tr("sensor_readings: reading %1 (sensor %2): %3")
                        .arg(i + 1)
                        .arg(rd.sensorFid)
                        .arg(QString::fromUtf8(sqlite3_errmsg(h)));
            break;
        }
        if (sqlite3_changes(h) == 0) {
            ++r.duplicates;
            continue;
        }
        ++r.stored;
        if (withEvents) {
            RowEvent ev;
            ev.kind = RowEvent::Kind::Insert;
            ev.table = QStringLiteral("sensor_readings");
            ev.fid = sqlite3_last_insert_rowid(h);
            ev.after = {{QStringLiteral("sensor_fid"), qint64(rd.sensorFid)},
                        {QStringLiteral("observed_at"), QString::fromLatin1(at)},
                        {QStringLiteral("value"), rd.value},
                        {QStringLiteral("quality"), rd.quality >= 0 ? QVariant(batch.qualities.value(rd.quality)) : QVariant()}};
            events.append(ev);
        }
    }
    sqlite3_finalize(ins);
    // The foreign key to sensors is checked per statement (immediate), so an unknown sensor fails above.
    if (ok && r.stored > 0) {
        AuditEntry a;
        a.actor = user();
        a.action = QStringLiteral("import");
        a.table = QStringLiteral("sensor_readings");
        a.note = (note.isEmpty() ? QString() : note + QStringLiteral(": "))
                 + QStringLiteral("%1 readings stored, %2 duplicates left unchanged").arg(r.stored).arg(r.duplicates);
        ok = Audit::append(h, a, &error);
        const qint64 change = sqlite3_last_insert_rowid(h);
        for (RowEvent &ev : events) {
            ev.changeId = change;
            ev.actor = a.actor;
        }
    }
    for (const RowChange &c : changes) {
        if (!ok)
            break;
        ok = applyOne(c, note, &r.changes, &error);
    }
    const bool done = ok && q.exec(QStringLiteral("COMMIT"));
    if (large)
        sqlite3_exec(h, "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr); // SQLite's default
    if (!done) {
        if (ok)
            error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        AppendResult failed;
        failed.error = error;
        Q_EMIT writeFailed(error);
        return failed;
    }
    r.ok = true;
    r.changes.ok = true;
    m_lastChange = maxChangeId(h);
    if (!withEvents && r.stored > 0) {
        RowEvent ev;
        ev.kind = RowEvent::Kind::Reset;
        ev.table = QStringLiteral("sensor_readings");
        ev.changeId = events.isEmpty() ? m_lastChange : events.first().changeId;
        events.append(ev);
    }
    events += r.changes.events;
    if (!events.isEmpty())
        Q_EMIT committed(events);
    return r;
}

} // namespace fc
