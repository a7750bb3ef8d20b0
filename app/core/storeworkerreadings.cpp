// StoreWorker::appendReadings: the bulk path for sensor readings (issue 11), kept apart from the row-by-row
// apply() so the PostgreSQL backend can implement the same call with COPY.
#include "app/core/storeworker.h"

#include "app/core/audit.h"

#include <sqlite3.h>

#include <QSqlError>
#include <QSqlQuery>

namespace fc {

namespace {

// ISO 8601 UTC with milliseconds, as Audit::toStored writes it (so the UNIQUE index sees one spelling per instant).
QByteArray storedTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

constexpr qint64 EventLimit = 2000;

} // namespace

AppendResult StoreWorker::appendReadings(const ReadingBatch &batch, const QList<RowChange> &changes, const QString &note)
{
    AppendResult r;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *h = handle(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        r.error = q.lastError().text();
        Q_EMIT writeFailed(r.error);
        return r;
    }
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
    }
    for (const RowChange &c : changes) {
        if (!ok)
            break;
        ok = applyOne(c, note, &r.changes, &error);
    }
    if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
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
    if (!withEvents && r.stored > 0) {
        RowEvent ev;
        ev.kind = RowEvent::Kind::Reset;
        ev.table = QStringLiteral("sensor_readings");
        events.append(ev);
    }
    events += r.changes.events;
    if (!events.isEmpty())
        Q_EMIT committed(events);
    return r;
}

} // namespace fc
