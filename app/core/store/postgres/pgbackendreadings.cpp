// PgBackend::appendReadings: the bulk path for sensor readings on the server. Each chunk's readings are
// merged into the day blocks they fall in (reading_days, see readingdays.h): the blocks it touches are read in a
// few queries, merged here, and written back with a binary COPY into a staging table and one
// INSERT ... ON CONFLICT (sensor_fid, day) DO UPDATE (without libpq at build time: one prepared upsert per block).
#include "app/core/store/postgres/pgbackend.h"

#include <atomic>

#include "app/core/store/audit.h"
#include "app/core/base/gpkg.h"
#include "app/core/base/readingdays.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <cstring>

#ifdef FC_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace fc {

namespace {

std::atomic<qint64> s_readingsCopied{0};

} // namespace

qint64 PgBackend::readingsCopied()
{
    return s_readingsCopied.load();
}

namespace {

constexpr qint64 kReadingsWriteLock = 0x46430001; // the same advisory lock as every other write (pgbackend.cpp)
constexpr qint64 kEventLimit = 2000; // more row changes than this are written in bulk (as on the GeoPackage)

// A day block to write: the merged readings of one sensor and day.
struct DayRow
{
    qint64 sensor = 0, day = 0, count = 0;
    QString first, last;
    QByteArray data;
};

// Day blocks in COPY's binary format (sensor_fid, day, first_at, last_at, n_readings, data): the server parses
// nothing; the blocks go over as they are.
void copyDays(const std::vector<DayRow> &rows, QByteArray *out)
{
    qsizetype size = 19 + 2;
    for (const DayRow &d : rows)
        size += 2 + 6 * 4 + 3 * 8 + 48 + d.data.size();
    out->resize(size);
    char *p = out->data();
    auto u16 = [&p](quint16 v) {
        qToBigEndian(v, p);
        p += 2;
    };
    auto u32 = [&p](quint32 v) {
        qToBigEndian(v, p);
        p += 4;
    };
    auto u64 = [&p](quint64 v) {
        qToBigEndian(v, p);
        p += 8;
    };
    auto bytes = [&](const char *data, qsizetype n) {
        u32(quint32(n));
        std::memcpy(p, data, size_t(n));
        p += n;
    };
    std::memcpy(p, "PGCOPY\n\377\r\n\0", 11);
    p += 11;
    u32(0); // flags
    u32(0); // header extension
    for (const DayRow &d : rows) {
        u16(6);
        u32(8);
        u64(quint64(d.sensor));
        u32(8);
        u64(quint64(d.day));
        const QByteArray first = d.first.toLatin1(), last = d.last.toLatin1();
        bytes(first.constData(), first.size());
        bytes(last.constData(), last.size());
        u32(8);
        u64(quint64(d.count));
        bytes(d.data.constData(), d.data.size());
    }
    u16(0xffff); // trailer
    out->resize(p - out->data());
}

#ifdef FC_HAVE_LIBPQ
PGconn *connOf(const QSqlDatabase &db)
{
    // QPSQL hands out its PGconn*; Qt 6 names the type after the struct behind libpq's typedef ("pg_conn*"),
    // Qt 5 after the typedef ("PGconn*").
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0)) {
        qWarning("QPSQL handle of type %s: readings go in through INSERT, not COPY", v.isValid() ? v.typeName() : "none");
        return nullptr;
    }
    return *static_cast<PGconn *const *>(v.constData());
}

// Runs a command without result rows; false with the message (and SQLSTATE) on error.
bool pgCommand(PGconn *c, const char *sql, QString *error, QByteArray *state = nullptr, qint64 *rows = nullptr)
{
    PGresult *res = PQexec(c, sql);
    const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    if (!ok) {
        *error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        if (state)
            *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    } else if (rows) {
        *rows = QByteArray(PQcmdTuples(res)).toLongLong();
    }
    PQclear(res);
    return ok;
}

// COPY table FROM STDIN with the data; false with the message and SQLSTATE on error.
bool pgCopy(PGconn *c, const char *copySql, const QByteArray &text, QString *error, QByteArray *state,
            QByteArray *constraint = nullptr)
{
    PGresult *res = PQexec(c, copySql);
    if (PQresultStatus(res) != PGRES_COPY_IN) {
        *error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        PQclear(res);
        return false;
    }
    PQclear(res);
    bool ok = true;
    constexpr qsizetype Piece = 1 << 20;
    for (qsizetype at = 0; ok && at < text.size(); at += Piece)
        ok = PQputCopyData(c, text.constData() + at, int(std::min(Piece, text.size() - at))) == 1;
    ok = PQputCopyEnd(c, ok ? nullptr : "client failed to send the data") == 1 && ok;
    while ((res = PQgetResult(c))) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            ok = false;
            *error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
            *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
            if (constraint)
                *constraint = PQresultErrorField(res, PG_DIAG_CONSTRAINT_NAME);
        }
        PQclear(res);
    }
    if (!ok && error->isEmpty())
        *error = QString::fromUtf8(PQerrorMessage(c)).trimmed();
    return ok;
}
#endif

// Whether `changes` may take the bulk path: many inserts and updates of attribute tables.
bool bulkable(const QList<RowChange> &changes)
{
    if (changes.size() <= kEventLimit)
        return false;
    for (const RowChange &c : changes) {
        const TableSpec *t = Schema::table(c.table);
        if (!t || t->isFeature() || t->appendOnly || t->name == QLatin1String("schema_version")
            || c.kind == RowChange::Kind::Delete || (c.kind == RowChange::Kind::Update && c.fid <= 0)
            || (c.kind == RowChange::Kind::Insert && c.fid > 0))
            return false;
    }
    return true;
}

// Many row changes (the alarms of a bulk ingest) without per-row round trips for the inserts: their fids are
// taken from the identity sequence in one query and the rows go in with multi-row INSERTs; updates (alarms in
// force from before) first, one prepared statement per column set, so an episode closed here frees its place in
// the one-alarm-in-force index before a new one of the same sensor is inserted. No per-row audit entries: the
// caller writes one per table (a reset on the change feed).
bool bulkRows(QSqlDatabase &db, const QList<RowChange> &changes, QList<qint64> *fids, QString *error)
{
    struct Row
    {
        const TableSpec *t;
        QVariantMap values;
        qint64 fid;
    };
    QList<Row> rows;
    QHash<QString, int> insertsPerTable;
    for (const RowChange &c : changes) {
        const TableSpec *t = Schema::table(c.table);
        QVariantMap given = c.values;
        given.remove(QStringLiteral("rev"));
        Row r{t, {}, c.kind == RowChange::Kind::Update ? c.fid : 0};
        if (!StoreBackend::convertValues(*t, given, &r.values, false, error))
            return false;
        if (c.kind == RowChange::Kind::Insert)
            ++insertsPerTable[t->name];
        rows.append(r);
    }
    // Updates, in order.
    QHash<QString, QSqlQuery> prepared;
    for (const Row &r : std::as_const(rows)) {
        if (r.fid == 0)
            continue;
        const QStringList cols = r.values.keys();
        QStringList sets;
        for (const QString &k : cols)
            sets.append(Gpkg::quoted(k) + QStringLiteral(" = ?"));
        sets.append(QStringLiteral("rev = rev + 1"));
        const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE fid = ?").arg(Gpkg::quoted(r.t->name), sets.join(QLatin1String(", ")));
        auto it = prepared.find(sql);
        if (it == prepared.end()) {
            it = prepared.insert(sql, QSqlQuery(db));
            it->prepare(sql);
        }
        for (const QString &k : cols)
            it->addBindValue(r.values.value(k));
        it->addBindValue(r.fid);
        if (!it->exec() || it->numRowsAffected() != 1) {
            *error = QStringLiteral("%1 row %2: %3").arg(r.t->name).arg(r.fid).arg(it->lastError().text().trimmed());
            return false;
        }
    }
    // Fids for the inserts, in change order.
    QHash<QString, QList<qint64>> newFids;
    for (auto it = insertsPerTable.cbegin(); it != insertsPerTable.cend(); ++it) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'fid')) FROM generate_series(1, %2) ORDER BY 1")
                        .arg(it.key())
                        .arg(it.value()))) {
            *error = q.lastError().text();
            return false;
        }
        QList<qint64> &list = newFids[it.key()];
        while (q.next())
            list.append(q.value(0).toLongLong());
    }
    QHash<QString, int> taken;
    // Inserts grouped by table and column set, many rows per statement.
    QMap<QString, QList<int>> groups; // "table\ncol,col" -> row indexes
    for (int i = 0; i < rows.size(); ++i) {
        Row &r = rows[i];
        if (r.fid != 0) {
            fids->append(r.fid);
            continue;
        }
        r.fid = newFids[r.t->name].value(taken[r.t->name]++);
        fids->append(r.fid);
        groups[r.t->name + QLatin1Char('\n') + r.values.keys().join(QLatin1Char(','))].append(i);
    }
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        const Row &first = rows[g.value().first()];
        const QStringList cols = first.values.keys();
        QStringList quoted{QStringLiteral("fid")};
        for (const QString &k : cols)
            quoted.append(Gpkg::quoted(k));
        QStringList marks(quoted.size(), QStringLiteral("?"));
        const QString tuple = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
        const int perStatement = std::max(1, 20000 / int(quoted.size()));
        for (int from = 0; from < g.value().size(); from += perStatement) {
            const int to = std::min(int(g.value().size()), from + perStatement);
            QStringList tuples(to - from, tuple);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                          .arg(Gpkg::quoted(first.t->name), quoted.join(QLatin1String(", ")), tuples.join(QLatin1String(", "))));
            for (int k = from; k < to; ++k) {
                const Row &r = rows[g.value()[k]];
                q.addBindValue(r.fid);
                for (const QString &c : cols)
                    q.addBindValue(r.values.value(c));
            }
            if (!q.exec()) {
                *error = QStringLiteral("%1: %2").arg(first.t->name, q.lastError().text().trimmed());
                return false;
            }
        }
    }
    return true;
}

} // namespace

AppendResult PgBackend::appendReadings(ReadingStream &stream, const QString &note)
{
    AppendResult r;
    QString error;
    const bool online = m_online && checkOnline(&error);
    if (!online || !allowed(role(), RowChange{RowChange::Kind::Insert, QStringLiteral("reading_days"), 0, {}}, &error)) {
        if (!online)
            lost(error);
        r.error = online ? error : tr("the server %1 is unreachable: nothing was written").arg(displayName(m_uri));
        Q_EMIT writeFailed(r.error);
        return r;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    bool ok = db.transaction();
    if (ok) {
        QSqlQuery lock(db);
        ok = lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kReadingsWriteLock));
        if (!ok)
            error = lock.lastError().text();
    } else {
        error = db.lastError().text();
    }
    if (ok)
        drainAuditTail();
    qint64 seen = 0;
    // The sensors readings may refer to (the foreign key would refuse others at commit, without naming the reading).
    QSet<qint64> sensors;
    if (ok) {
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("SELECT fid FROM sensors"));
        while (ok && q.next())
            sensors.insert(q.value(0).toLongLong());
        if (!ok)
            error = q.lastError().text();
    }
#ifdef FC_HAVE_LIBPQ
    PGconn *pg = connOf(db);
    QByteArray data;
    if (ok && pg)
        ok = pgCommand(pg,
                       "CREATE TEMP TABLE IF NOT EXISTS fc_days_stage (sensor_fid bigint, day bigint, first_at text, "
                       "last_at text, n_readings bigint, data bytea) ON COMMIT DROP",
                       &error);
#endif
    // Up to kEventLimit readings are listed in the audit entry: every seat (this one too, from the audit log's
    // tail) announces one Insert event for each, as on the GeoPackage.
    bool withEvents = true;
    QList<RowEvent> events;
    std::vector<const Reading *> fresh;
    QStringList corrections; // "sensor fid, time: before -> after", for the audit entry
    while (ok) {
        const ReadingBatch *batch = nextReadings(stream, &ok, &error);
        if (!batch)
            break;
        const qint64 n = qint64(batch->rows.size());
        if (withEvents && seen + n > kEventLimit) {
            withEvents = false;
            events.clear();
        }
        const QString where = tr("sensor_readings: readings %1-%2").arg(seen + 1).arg(seen + n);
        for (size_t i = 0; ok && i < batch->rows.size(); ++i) {
            if (!sensors.contains(batch->rows[i].sensorFid)) {
                ok = false;
                error = tr("sensor_readings: reading %1: no sensor with fid %2").arg(seen + qint64(i) + 1).arg(batch->rows[i].sensorFid);
            }
        }
        if (!ok)
            break;
        // The day blocks this chunk touches, as stored (a few hundred per chunk), then merged.
        const std::vector<ReadingDays::Group> groups = ReadingDays::groupByDay(*batch);
        QHash<QPair<qint64, qint64>, QByteArray> existing;
        constexpr size_t KeysPerQuery = 1000;
        for (size_t from = 0; ok && from < groups.size(); from += KeysPerQuery) {
            QStringList keys;
            for (size_t k = from; k < std::min(groups.size(), from + KeysPerQuery); ++k)
                keys.append(QStringLiteral("(%1,%2)").arg(groups[k].sensor).arg(groups[k].day));
            QSqlQuery q(db);
            q.setForwardOnly(true);
            ok = q.exec(QStringLiteral("SELECT sensor_fid, day, data FROM reading_days WHERE (sensor_fid, day) IN (%1)")
                            .arg(keys.join(QLatin1Char(','))));
            while (ok && q.next())
                existing.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toByteArray());
            if (!ok)
                error = where + QStringLiteral(": ") + q.lastError().text().trimmed();
        }
        std::vector<DayRow> rows;
        qint64 stored = 0;
        for (const ReadingDays::Group &g : groups) {
            if (!ok)
                break;
            ReadingDay day(g.day);
            QString why;
            const auto it = existing.constFind({g.sensor, g.day});
            if (it != existing.cend() && !ReadingDay::decode(it.value(), g.day, &day, &why)) {
                ok = false;
                error = tr("sensor_readings: sensor %1, %2: %3")
                            .arg(g.sensor)
                            .arg(ReadingDays::storedTime(g.day * ReadingDays::DayMs).left(10), why);
                break;
            }
            qint64 added = 0;
            fresh.clear();
            qint64 conflicts = 0;
            std::vector<ReadingDay::Correction> dayCorrections;
            if (!day.merge(g.readings, batch->qualities, withEvents ? &fresh : nullptr, &added, &why, &conflicts,
                           batch->corrections ? &dayCorrections : nullptr)) {
                ok = false;
                error = tr("sensor_readings: sensor %1: %2").arg(g.sensor).arg(why);
                break;
            }
            stored += added;
            r.conflicts += conflicts;
            r.corrected += qint64(dayCorrections.size());
            r.duplicates += qint64(g.readings.size()) - added - conflicts - qint64(dayCorrections.size());
            ReadingDays::noteCorrections(g.sensor, dayCorrections, &corrections);
            if (!dayCorrections.empty() && withEvents) {
                // Seats redraw and re-prime from the store: a replaced value is not a new reading.
                withEvents = false;
                events.clear();
                fresh.clear();
            }
            for (const Reading *rd : fresh) {
                RowEvent ev;
                ev.kind = RowEvent::Kind::Insert;
                ev.table = QStringLiteral("sensor_readings");
                ev.after = ReadingDays::values(*rd, batch->qualities);
                events.append(ev);
            }
            if (added > 0 || !dayCorrections.empty())
                rows.push_back(DayRow{g.sensor, g.day, qint64(day.size()), ReadingDays::storedTime(day.atMs(0)),
                                      ReadingDays::storedTime(day.atMs(day.size() - 1)), day.encode()});
        }
        if (!ok)
            break;
#ifdef FC_HAVE_LIBPQ
        if (pg) {
            // The chunk's blocks through the staging table, then one upsert: a block already stored is replaced
            // by its merged version (the write lock keeps other writers out meanwhile).
            QString why;
            QByteArray state;
            copyDays(rows, &data);
            ok = pgCommand(pg, "TRUNCATE fc_days_stage", &why)
                 && pgCopy(pg, "COPY fc_days_stage FROM STDIN (FORMAT binary)", data, &why, &state)
                 && pgCommand(pg,
                              "INSERT INTO reading_days (sensor_fid, day, first_at, last_at, n_readings, data) SELECT "
                              "sensor_fid, day, first_at, last_at, n_readings, data FROM fc_days_stage ON CONFLICT "
                              "(sensor_fid, day) DO UPDATE SET first_at = EXCLUDED.first_at, last_at = "
                              "EXCLUDED.last_at, n_readings = EXCLUDED.n_readings, data = EXCLUDED.data, rev = "
                              "reading_days.rev + 1",
                              &why);
            if (!ok) {
                error = where + QStringLiteral(": ") + why;
                break;
            }
            s_readingsCopied += stored;
            r.stored += stored;
            seen += n;
            continue;
        }
#endif
        // Without libpq: one prepared upsert per block.
        QSqlQuery q(db);
        ok = q.prepare(QStringLiteral("INSERT INTO reading_days (sensor_fid, day, first_at, last_at, n_readings, data) "
                                      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sensor_fid, day) DO UPDATE SET first_at = "
                                      "EXCLUDED.first_at, last_at = EXCLUDED.last_at, n_readings = EXCLUDED.n_readings, "
                                      "data = EXCLUDED.data, rev = reading_days.rev + 1"));
        for (const DayRow &d : rows) {
            if (!ok)
                break;
            q.addBindValue(d.sensor);
            q.addBindValue(d.day);
            q.addBindValue(d.first);
            q.addBindValue(d.last);
            q.addBindValue(d.count);
            q.addBindValue(d.data);
            ok = q.exec();
        }
        if (!ok) {
            error = where + QStringLiteral(": ") + q.lastError().text().trimmed();
            break;
        }
        r.stored += stored;
        seen += n;
    }
    if (ok && (r.stored > 0 || r.corrected > 0)) {
        QSqlQuery a(db);
        a.prepare(auditSql({QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("table_name"), QStringLiteral("note"),
                            QStringLiteral("after")},
                           {QStringLiteral("?"), QStringLiteral("'import'"), QStringLiteral("'sensor_readings'"),
                            QStringLiteral("?"), QStringLiteral("?")}));
        a.addBindValue(Audit::nowUtc());
        const QString summary = QStringLiteral("%1 readings stored, %2 duplicates left unchanged").arg(r.stored).arg(r.duplicates)
                                + ReadingDays::correctionsAuditText(r.corrected, corrections);
        a.addBindValue(note.isEmpty() ? summary : note + QStringLiteral(": ") + summary);
        const QJsonObject listed = withEvents ? readingsAuditAfter(events) : QJsonObject();
        a.addBindValue(listed.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(listed).toJson(QJsonDocument::Compact))));
        ok = a.exec();
        if (!ok)
            error = a.lastError().text();
    }
    if (ok) {
        const QList<RowChange> changes = stream.changes();
        if (bulkable(changes)) {
            ok = bulkRows(db, changes, &r.changes.fids, &error);
            const QMap<QString, QString> notes = bulkAuditNotes(changes, note);
            for (auto it = notes.cbegin(); ok && it != notes.cend(); ++it) {
                QSqlQuery a(db);
                a.prepare(auditSql({QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("table_name"),
                                    QStringLiteral("note")},
                                   {QStringLiteral("?"), QStringLiteral("'import'"), QStringLiteral("?"), QStringLiteral("?")}));
                a.addBindValue(Audit::nowUtc());
                a.addBindValue(it.key());
                a.addBindValue(it.value());
                ok = a.exec();
                if (!ok)
                    error = a.lastError().text();
            }
        } else {
            for (const RowChange &c : changes) {
                if (!ok)
                    break;
                ok = applyOne(c, note, &r.changes, &error);
            }
        }
    }
    if (!ok || !db.commit()) {
        if (ok)
            error = db.lastError().text();
        db.rollback();
        AppendResult failed;
        failed.error = error;
        Q_EMIT writeFailed(error);
        return failed;
    }
    r.ok = true;
    r.changes.ok = true;
    drainAuditTail(); // the readings' audit entry (a reset of sensor_readings) and the row changes, in order
    return r;
}

} // namespace fc
