// PgBackend::appendReadings: the bulk path for sensor readings on the server (issue 11). With libpq at build time
// each chunk takes its fids from the identity sequence in one step and goes in with a binary COPY straight into
// sensor_readings (the server layout checks the sensors once per statement: Schema::pgLayoutSql); a chunk that
// meets readings already stored (unique violation) is rolled back to its savepoint and copied into a staging table
// instead, then moved over with INSERT ... SELECT ... ON CONFLICT DO NOTHING (later chunks take that path
// directly). Without libpq: multi-row INSERT ... ON CONFLICT DO NOTHING.
#include "app/core/pgbackend.h"

#include <atomic>

#include "app/core/audit.h"
#include "app/core/gpkg.h"

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

// One chunk in COPY's binary format, fids firstFid..firstFid+n-1 (none when firstFid is 0): [fid,] sensor_fid,
// observed_at, value, quality. The server then parses nothing (no text to integer or double conversions: a third
// of a plain COPY's server time); doubles go over as their IEEE bits, so they read back exactly.
void copyBinary(const ReadingBatch &batch, qint64 firstFid, QByteArray *out)
{
    out->resize(19 + qsizetype(batch.rows.size()) * 80 + 2); // a row: 46 bytes + the time (24, at most 32)
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
    std::memcpy(p, "PGCOPY\n\377\r\n\0", 11);
    p += 11;
    u32(0); // flags
    u32(0); // header extension
    QList<QByteArray> qualities;
    for (const QString &q : batch.qualities)
        qualities.append(q.toUtf8());
    qsizetype extra = 0;
    for (const QByteArray &q : std::as_const(qualities))
        extra = std::max(extra, q.size());
    if (extra > 0) { // room for the longest flag on every row
        const qsizetype at = p - out->data();
        out->resize(out->size() + qsizetype(batch.rows.size()) * extra);
        p = out->data() + at;
    }
    qint64 fid = firstFid;
    for (const Reading &rd : batch.rows) {
        u16(firstFid > 0 ? 5 : 4);
        if (firstFid > 0) {
            u32(8);
            u64(quint64(fid++));
        }
        u32(8);
        u64(quint64(qint64(rd.sensorFid)));
        const int n = formatReadingTime(rd.atMs, p + 4);
        u32(quint32(n));
        p += n;
        u32(8);
        quint64 bits;
        std::memcpy(&bits, &rd.value, 8);
        u64(bits);
        if (rd.quality >= 0 && rd.quality < qualities.size()) {
            const QByteArray &q = qualities[rd.quality];
            u32(quint32(q.size()));
            std::memcpy(p, q.constData(), size_t(q.size()));
            p += q.size();
        } else {
            u32(0xffffffffu); // null
        }
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

// The first of `n` consecutive fids of sensor_readings, taken from its identity sequence in one step (server
// layout 2: fc_take_reading_fids); 0 with the message on error.
qint64 takeFids(PGconn *c, qint64 n, QString *error)
{
    const QByteArray sql = "SELECT fc_take_reading_fids(" + QByteArray::number(n) + ")";
    PGresult *res = PQexec(c, sql.constData());
    qint64 first = 0;
    if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1)
        first = QByteArray(PQgetvalue(res, 0, 0)).toLongLong();
    else
        *error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    PQclear(res);
    return first;
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
    if (!online || !allowed(role(), RowChange{RowChange::Kind::Insert, QStringLiteral("sensor_readings"), 0, {}}, &error)) {
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
#ifdef FC_HAVE_LIBPQ
    PGconn *pg = connOf(db);
    bool staging = false; // readings already stored were met: every later chunk goes through the staging table
    const bool ownFids = m_layout >= 2;
    QByteArray data;
#endif
    while (ok) {
        const ReadingBatch *batch = nextReadings(stream, &ok, &error);
        if (!batch)
            break;
        const qint64 n = qint64(batch->rows.size());
        const QString where = tr("sensor_readings: readings %1-%2").arg(seen + 1).arg(seen + n);
#ifdef FC_HAVE_LIBPQ
        if (pg) {
            QByteArray state, constraint;
            QString why;
            // Layout 2 takes the chunk's fids at once; an old layout (not upgraded) lets the identity default
            // number each row.
            qint64 first = 0;
            if (ownFids) {
                first = takeFids(pg, n, &why);
                ok = first > 0;
                if (!ok) {
                    error = where + QStringLiteral(": ") + why;
                    break;
                }
            }
            copyBinary(*batch, first, &data);
            if (!staging) {
                ok = pgCommand(pg, "SAVEPOINT fc_readings", &why);
                if (ok && pgCopy(pg, ownFids ? "COPY sensor_readings (fid, sensor_fid, observed_at, value, quality) FROM "
                                               "STDIN (FORMAT binary)"
                                             : "COPY sensor_readings (sensor_fid, observed_at, value, quality) FROM STDIN "
                                               "(FORMAT binary)",
                                 data, &why, &state, &constraint)) {
                    s_readingsCopied += n;
                    r.stored += n;
                    seen += n;
                    ok = pgCommand(pg, "RELEASE SAVEPOINT fc_readings", &why);
                    if (!ok)
                        error = where + QStringLiteral(": ") + why;
                    continue;
                }
                // A reading already stored (the one-per-sensor-and-time index): this chunk again, through the
                // staging table (its fids are left unused). Anything else fails the call.
                ok = ok && state == "23505" && constraint == "idx_sensor_readings_unique"
                     && pgCommand(pg, "ROLLBACK TO SAVEPOINT fc_readings", &why)
                     && pgCommand(pg, "RELEASE SAVEPOINT fc_readings", &why);
                if (!ok) {
                    error = where + QStringLiteral(": ") + why;
                    break;
                }
                staging = true;
            }
            // Staging table in insertion (file) order (its fid numbers the rows when the server does not take
            // ours): the first of duplicate readings is the one kept.
            qint64 stored = 0;
            ok = pgCommand(pg,
                           "CREATE TEMP TABLE IF NOT EXISTS fc_readings_stage (fid bigint GENERATED BY DEFAULT AS "
                           "IDENTITY, sensor_fid bigint, observed_at text, value double precision, quality text) "
                           "ON COMMIT DROP",
                           &why)
                 && pgCommand(pg, "TRUNCATE fc_readings_stage", &why)
                 && pgCopy(pg, ownFids ? "COPY fc_readings_stage FROM STDIN (FORMAT binary)"
                                       : "COPY fc_readings_stage (sensor_fid, observed_at, value, quality) FROM STDIN "
                                         "(FORMAT binary)",
                           data, &why, &state)
                 && pgCommand(pg,
                              ownFids ? "INSERT INTO sensor_readings (fid, sensor_fid, observed_at, value, quality) "
                                        "SELECT fid, sensor_fid, observed_at, value, quality FROM fc_readings_stage "
                                        "ORDER BY fid ON CONFLICT (sensor_fid, observed_at) DO NOTHING"
                                      : "INSERT INTO sensor_readings (sensor_fid, observed_at, value, quality) SELECT "
                                        "sensor_fid, observed_at, value, quality FROM fc_readings_stage ORDER BY fid "
                                        "ON CONFLICT (sensor_fid, observed_at) DO NOTHING",
                              &why, nullptr, &stored);
            if (!ok) {
                error = where + QStringLiteral(": ") + why;
                break;
            }
            s_readingsCopied += n;
            r.stored += stored;
            r.duplicates += n - stored;
            seen += n;
            continue;
        }
#endif
        // Many rows per statement; a reading already stored (same sensor and time) is left as it was.
        constexpr size_t Chunk = 500;
        for (size_t from = 0; ok && from < batch->rows.size(); from += Chunk) {
            const size_t to = std::min(batch->rows.size(), from + Chunk);
            QStringList values;
            char at[32];
            for (size_t i = from; i < to; ++i) {
                const Reading &rd = batch->rows[i];
                QString quality = QStringLiteral("NULL");
                if (rd.quality >= 0 && rd.quality < batch->qualities.size())
                    quality = QLatin1Char('\'')
                              + QString(batch->qualities[rd.quality]).replace(QLatin1Char('\''), QLatin1String("''"))
                              + QLatin1Char('\'');
                values.append(QStringLiteral("(%1, '%2', %3, %4)")
                                  .arg(rd.sensorFid)
                                  .arg(QLatin1String(at, formatReadingTime(rd.atMs, at)))
                                  .arg(QString::number(rd.value, 'g', 17), quality));
            }
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("INSERT INTO sensor_readings (sensor_fid, observed_at, value, quality) VALUES %1 "
                                       "ON CONFLICT (sensor_fid, observed_at) DO NOTHING")
                            .arg(values.join(QLatin1String(", "))));
            if (!ok) {
                error = tr("sensor_readings: readings %1-%2: %3")
                            .arg(seen + qint64(from) + 1)
                            .arg(seen + qint64(to))
                            .arg(q.lastError().text().trimmed());
                break;
            }
            r.stored += q.numRowsAffected();
            r.duplicates += qint64(to - from) - q.numRowsAffected();
        }
        seen += n;
    }
    if (ok && r.stored > 0) {
        QSqlQuery a(db);
        a.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, note) VALUES (?, session_user, "
                                 "'import', 'sensor_readings', ?)"));
        a.addBindValue(Audit::nowUtc());
        const QString summary = QStringLiteral("%1 readings stored, %2 duplicates left unchanged").arg(r.stored).arg(r.duplicates);
        a.addBindValue(note.isEmpty() ? summary : note + QStringLiteral(": ") + summary);
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
                a.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, note) VALUES (?, session_user, "
                                         "'import', ?, ?)"));
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
