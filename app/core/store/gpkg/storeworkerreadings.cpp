// StoreWorker::appendReadings: the bulk path for sensor readings, kept apart from the row-by-row
// apply(): readings are merged into their sensor's day blocks (reading_days, see readingdays.h).
#include "app/core/store/gpkg/storeworker.h"

#include "app/core/store/audit.h"
#include "app/core/base/gpkg.h"
#include "app/core/base/readingdays.h"

#include <sqlite3.h>

#include <cstdio>

#include <QSqlError>
#include <QSqlQuery>

namespace fc {

namespace {

constexpr qint64 EventLimit = 2000;   // at most this many readings get one change event each
constexpr qint64 BulkRows = 100000;   // a larger call is a bulk load (bigger page cache)

QString tr_(const char *text, const QString &a, const QString &b)
{
    return QCoreApplication::translate("fc::StoreWorker", text).arg(a, b);
}

void bindValue(sqlite3_stmt *st, int i, const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        sqlite3_bind_null(st, i);
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(st, i, v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(st, i, v.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        sqlite3_bind_blob64(st, i, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QByteArray t = v.toString().toUtf8();
        sqlite3_bind_text64(st, i, t.constData(), sqlite3_uint64(t.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

// Many row changes (the alarms of a bulk ingest) through cached prepared statements, without the per-row
// before/after images and audit entries: the caller writes one audit entry per table (a reset on the change feed).
// Only inserts and updates of attribute tables; false on the first failure (the caller rolls back).
bool bulkRows(sqlite3 *h, const QList<RowChange> &changes, QList<qint64> *fids, QString *error)
{
    QHash<QString, sqlite3_stmt *> cache;
    bool ok = true;
    for (const RowChange &c : changes) {
        const TableSpec *t = Schema::table(c.table);
        QVariantMap given = c.values;
        given.remove(QStringLiteral("rev"));
        QVariantMap values;
        if (!StoreBackend::convertValues(*t, given, &values, true, error)) {
            ok = false;
            break;
        }
        QStringList cols = values.keys();
        QString sql;
        if (c.kind == RowChange::Kind::Insert) {
            if (c.fid > 0) {
                cols.prepend(QStringLiteral("fid"));
                values.insert(QStringLiteral("fid"), c.fid);
            }
            QStringList quoted, marks;
            for (const QString &k : cols) {
                quoted.append(Gpkg::quoted(k));
                marks.append(QStringLiteral("?"));
            }
            sql = cols.isEmpty() ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(Gpkg::quoted(t->name))
                                 : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(Gpkg::quoted(t->name), quoted.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
        } else {
            QStringList sets;
            for (const QString &k : cols)
                sets.append(Gpkg::quoted(k) + QStringLiteral(" = ?"));
            sets.append(QStringLiteral("rev = rev + 1"));
            sql = QStringLiteral("UPDATE %1 SET %2 WHERE fid = ?").arg(Gpkg::quoted(t->name), sets.join(QLatin1String(", ")));
        }
        sqlite3_stmt *&st = cache[sql];
        if (!st) {
            const QByteArray u = sql.toUtf8();
            if (sqlite3_prepare_v2(h, u.constData(), int(u.size()), &st, nullptr) != SQLITE_OK) {
                *error = tr_("%1: %2", t->name, QString::fromUtf8(sqlite3_errmsg(h)));
                ok = false;
                break;
            }
        }
        int i = 1;
        for (const QString &k : std::as_const(cols))
            bindValue(st, i++, values.value(k));
        if (c.kind != RowChange::Kind::Insert)
            sqlite3_bind_int64(st, i, c.fid);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (rc != SQLITE_DONE) {
            *error = tr_("%1: %2", t->name, QString::fromUtf8(sqlite3_errmsg(h)));
            ok = false;
            break;
        }
        if (c.kind != RowChange::Kind::Insert && sqlite3_changes(h) == 0) {
            *error = tr_("%1: %2", t->name, QStringLiteral("row %1 does not exist").arg(c.fid));
            ok = false;
            break;
        }
        fids->append(c.kind == RowChange::Kind::Insert ? sqlite3_last_insert_rowid(h) : c.fid);
    }
    for (sqlite3_stmt *st : std::as_const(cache))
        sqlite3_finalize(st);
    return ok;
}

// Whether `changes` may take the bulk path: many inserts and updates of attribute tables.
bool bulkable(const QList<RowChange> &changes)
{
    if (changes.size() <= EventLimit)
        return false;
    for (const RowChange &c : changes) {
        const TableSpec *t = Schema::table(c.table);
        if (!t || t->isFeature() || t->appendOnly || t->name == QLatin1String("schema_version")
            || c.kind == RowChange::Kind::Delete || (c.kind == RowChange::Kind::Update && c.fid <= 0))
            return false;
    }
    return true;
}

} // namespace


AppendResult StoreWorker::appendReadings(ReadingStream &stream, const QString &note)
{
    AppendResult r;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *h = handle(db);
    QSqlQuery q(db);
    QString denied;
    if (!allowed(role(), RowChange{RowChange::Kind::Insert, QStringLiteral("reading_days"), 0, {}}, &denied)) {
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
    QString error;
    bool ok = true;
    // Each chunk's readings are merged into the day blocks they fall in (ReadingDay::merge): one SELECT and one
    // INSERT or UPDATE per sensor and day touched, however many readings it gets.
    sqlite3_stmt *sel = nullptr, *ins = nullptr, *upd = nullptr;
    const char *selSql = "SELECT fid, data FROM reading_days WHERE sensor_fid = ? AND day = ?";
    const char *insSql = "INSERT INTO reading_days (sensor_fid, day, first_at, last_at, n_readings, data) "
                         "VALUES (?, ?, ?, ?, ?, ?)";
    const char *updSql = "UPDATE reading_days SET first_at = ?, last_at = ?, n_readings = ?, data = ?, rev = rev + 1 "
                         "WHERE fid = ?";
    if (sqlite3_prepare_v2(h, selSql, -1, &sel, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(h, insSql, -1, &ins, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(h, updSql, -1, &upd, nullptr) != SQLITE_OK) {
        ok = false;
        error = QString::fromUtf8(sqlite3_errmsg(h));
    }
    // The sensors readings may refer to (the foreign key would refuse others, without naming the reading).
    QSet<qint64> sensors;
    if (ok && q.exec(QStringLiteral("SELECT fid FROM sensors"))) {
        while (q.next())
            sensors.insert(q.value(0).toLongLong());
    } else if (ok) {
        ok = false;
        error = q.lastError().text();
    }
    bool large = false;
    bool withEvents = true;
    qint64 readingsChange = 0;
    qint64 seen = 0;
    QList<RowEvent> events;
    std::vector<const Reading *> stored;
    QStringList corrections; // "sensor fid, time: before -> after", for the audit entry
    char first[32], last[32];
    while (ok) {
        const ReadingBatch *batch = nextReadings(stream, &ok, &error);
        if (!batch)
            break;
        const std::vector<Reading> &rows = batch->rows;
        if (!large && seen + qint64(rows.size()) > BulkRows) {
            // A bulk load keeps more pages in memory before spilling them to the WAL mid-transaction.
            large = true;
            sqlite3_exec(h, "PRAGMA cache_size = -16384", nullptr, nullptr, nullptr); // 16 MB
        }
        if (withEvents && seen + qint64(rows.size()) > EventLimit) {
            withEvents = false;
            events.clear();
        }
        for (size_t i = 0; ok && i < rows.size(); ++i) {
            if (!sensors.contains(rows[i].sensorFid)) {
                ok = false;
                error = tr("sensor_readings: reading %1: no sensor with fid %2").arg(seen + qint64(i) + 1).arg(rows[i].sensorFid);
            }
        }
        for (const ReadingDays::Group &g : ok ? ReadingDays::groupByDay(*batch) : std::vector<ReadingDays::Group>()) {
            ReadingDay day(g.day);
            qint64 fid = 0;
            sqlite3_bind_int64(sel, 1, g.sensor);
            sqlite3_bind_int64(sel, 2, g.day);
            int rc = sqlite3_step(sel);
            if (rc == SQLITE_ROW) {
                fid = sqlite3_column_int64(sel, 0);
                const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(sel, 1)), sqlite3_column_bytes(sel, 1));
                QString why;
                if (!ReadingDay::decode(bytes, g.day, &day, &why)) {
                    ok = false;
                    error = tr("sensor_readings: sensor %1, %2: %3")
                                .arg(g.sensor)
                                .arg(ReadingDays::storedTime(g.day * ReadingDays::DayMs).left(10), why);
                }
                rc = SQLITE_DONE;
            }
            sqlite3_reset(sel);
            if (rc != SQLITE_DONE && ok) {
                ok = false;
                error = QString::fromUtf8(sqlite3_errmsg(h));
            }
            if (!ok)
                break;
            const size_t before = stored.size();
            qint64 n = 0;
            QString why;
            qint64 conflicts = 0;
            std::vector<ReadingDay::Correction> dayCorrections;
            if (!day.merge(g.readings, batch->qualities, withEvents ? &stored : nullptr, &n, &why, &conflicts,
                           batch->corrections ? &dayCorrections : nullptr)) {
                ok = false;
                error = tr("sensor_readings: sensor %1: %2").arg(g.sensor).arg(why);
                break;
            }
            r.stored += n;
            r.conflicts += conflicts;
            r.corrected += qint64(dayCorrections.size());
            r.duplicates += qint64(g.readings.size()) - n - conflicts - qint64(dayCorrections.size());
            ReadingDays::noteCorrections(g.sensor, dayCorrections, &corrections);
            if (!dayCorrections.empty() && withEvents) {
                // Seats redraw and re-prime from the store: a replaced value is not a new reading.
                withEvents = false;
                events.clear();
                stored.clear();
            }
            if (n == 0 && dayCorrections.empty())
                continue;
            const QByteArray bytes = day.encode();
            const int lf = formatReadingTime(day.atMs(0), first), ll = formatReadingTime(day.atMs(day.size() - 1), last);
            sqlite3_stmt *st = fid ? upd : ins;
            int k = 1;
            if (!fid) {
                sqlite3_bind_int64(st, k++, g.sensor);
                sqlite3_bind_int64(st, k++, g.day);
            }
            sqlite3_bind_text(st, k++, first, lf, SQLITE_STATIC);
            sqlite3_bind_text(st, k++, last, ll, SQLITE_STATIC);
            sqlite3_bind_int64(st, k++, qint64(day.size()));
            sqlite3_bind_blob64(st, k++, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
            if (fid)
                sqlite3_bind_int64(st, k++, fid);
            rc = sqlite3_step(st);
            sqlite3_reset(st);
            if (rc != SQLITE_DONE) {
                ok = false;
                error = tr("sensor_readings: sensor %1: %2").arg(g.sensor).arg(QString::fromUtf8(sqlite3_errmsg(h)));
                break;
            }
            for (size_t e = before; e < stored.size(); ++e) {
                const Reading &rd = *stored[e];
                RowEvent ev;
                ev.kind = RowEvent::Kind::Insert;
                ev.table = QStringLiteral("sensor_readings");
                ev.after = ReadingDays::values(rd, batch->qualities);
                ev.origin = session();
                events.append(ev);
            }
        }
        stored.clear();
        seen += qint64(rows.size());
    }
    sqlite3_finalize(sel);
    sqlite3_finalize(ins);
    sqlite3_finalize(upd);
    if (ok && (r.stored > 0 || r.corrected > 0)) {
        AuditEntry a;
        a.actor = user();
        a.action = QStringLiteral("import");
        a.table = QStringLiteral("sensor_readings");
        a.note = (note.isEmpty() ? QString() : note + QStringLiteral(": "))
                 + QStringLiteral("%1 readings stored, %2 duplicates left unchanged").arg(r.stored).arg(r.duplicates)
                 + ReadingDays::correctionsAuditText(r.corrected, corrections);
        if (withEvents)
            a.after = readingsAuditAfter(events); // other processes announce the same Insert events
        ok = Audit::append(h, a, &error);
        readingsChange = sqlite3_last_insert_rowid(h);
        for (RowEvent &ev : events) {
            ev.changeId = readingsChange;
            ev.actor = a.actor;
        }
    }
    QStringList bulkTables; // tables written in bulk: one audit entry and one reset event each
    if (ok) {
        const QList<RowChange> changes = stream.changes();
        if (bulkable(changes)) {
            ok = bulkRows(h, changes, &r.changes.fids, &error);
            const QMap<QString, QString> notes = bulkAuditNotes(changes, note);
            for (auto it = notes.cbegin(); ok && it != notes.cend(); ++it) {
                AuditEntry a;
                a.actor = user();
                a.action = QStringLiteral("import");
                a.table = it.key();
                a.note = it.value();
                ok = Audit::append(h, a, &error);
                bulkTables.append(it.key());
            }
        } else {
            for (const RowChange &c : changes) {
                if (!ok)
                    break;
                ok = applyOne(c, note, &r.changes, &error);
            }
        }
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
    if (!withEvents && (r.stored > 0 || r.corrected > 0)) {
        RowEvent ev;
        ev.kind = RowEvent::Kind::Reset;
        ev.table = QStringLiteral("sensor_readings");
        ev.changeId = readingsChange;
        events.append(ev);
    }
    for (const QString &table : std::as_const(bulkTables)) {
        RowEvent ev;
        ev.kind = RowEvent::Kind::Reset;
        ev.table = table;
        ev.changeId = m_lastChange;
        events.append(ev);
    }
    events += r.changes.events;
    if (!events.isEmpty())
        Q_EMIT committed(events);
    return r;
}

} // namespace fc
