#include "app/core/store/gpkg/storeworker.h"

#include "app/core/store/storefile.h"

#include "app/core/base/gpkg.h"
#include "maps/ogrreader.h"

#include <ogr_geometry.h>
#include <sqlite3.h>

#include <QDate>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUuid>

namespace fc {

namespace {

QString wktOf(const QByteArray &blob)
{
    std::unique_ptr<OGRGeometry> g(Gpkg::decode(blob.constData(), int(blob.size())));
    if (!g)
        return {};
    char *wkt = nullptr;
    g->exportToWkt(&wkt);
    const QString s = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return s;
}

QJsonObject jsonOf(const QVariantMap &m)
{
    return Audit::toJson(m);
}

} // namespace

StoreWorker::StoreWorker(QString path, bool readOnly)
    : m_path(std::move(path)), m_readOnly(readOnly), m_connection(QStringLiteral("fc_store_") + QUuid::createUuid().toString(QUuid::Id128))
{
}

QString StoreWorker::role()
{
    if (m_readOnly)
        return QStringLiteral("viewer");
    // One seat's own file: the users table may give the login a role; otherwise the file's owner administers it.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT role FROM users WHERE login = ? AND coalesce(active, 1) = 1"));
    q.addBindValue(user());
    if (q.exec() && q.next()) {
        const QString r = q.value(0).toString();
        if (r == QLatin1String("viewer") || r == QLatin1String("officer") || r == QLatin1String("admin"))
            return r;
    }
    return QStringLiteral("admin");
}

StoreWorker::~StoreWorker()
{
    close();
}

sqlite3 *StoreWorker::handle(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

bool StoreWorker::prepareConnection(QSqlDatabase &db, QString *error)
{
    sqlite3 *h = handle(db);
    if (!h) {
        *error = QStringLiteral("the Qt SQLite driver gave no connection handle");
        return false;
    }
    if (!Gpkg::registerFunctions(h, error))
        return false;
    QSqlQuery q(db);
    for (const char *p : {"PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                          "PRAGMA foreign_keys = ON"}) {
        if (!q.exec(QString::fromLatin1(p))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool StoreWorker::open(int fromVersion, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    const bool immutable = m_readOnly && !StoreFile::folderWritable(m_path);
    if (m_readOnly) {
        if (fromVersion < Schema::CurrentVersion) {
            *error = tr("schema version %1 would have to be migrated to %2, which a read-only opening cannot do; open it "
                        "once where it can be written")
                         .arg(fromVersion)
                         .arg(Schema::CurrentVersion);
            return false;
        }
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(StoreFile::readOnlyUri(m_path, immutable));
    } else {
        db.setDatabaseName(m_path);
    }
    if (!db.open()) {
        *error = QStringLiteral("%1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!(m_readOnly ? Gpkg::registerFunctions(handle(db), error) : prepareConnection(db, error)))
        return false;
    if (m_readOnly) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    }
    if (fromVersion < Schema::CurrentVersion && !Schema::migrate(db, fromVersion, error))
        return false;
    m_lastChange = maxChangeId(handle(db));
    if (immutable)
        return true; // nobody can change a file in a folder nobody may write: nothing to watch
    m_poll = new QTimer(this);
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &StoreWorker::pollExternalChanges);
    m_poll->start();
    return true;
}

qint64 StoreWorker::maxChangeId(sqlite3 *db)
{
    sqlite3_stmt *s = nullptr;
    qint64 id = 0;
    if (sqlite3_prepare_v2(db, "SELECT coalesce(max(fid), 0) FROM audit_log", -1, &s, nullptr) == SQLITE_OK
        && sqlite3_step(s) == SQLITE_ROW)
        id = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return id;
}

void StoreWorker::pollExternalChanges()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *h = handle(db);
    if (!h)
        return;
    sqlite3_stmt *s = nullptr;
    qint64 version = -1;
    if (sqlite3_prepare_v2(h, "PRAGMA data_version", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        version = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    drainAuditTail();
}

void StoreWorker::drainAuditTail()
{
    // Announce what other connections committed, from the audit log written in their transactions, in commit
    // order (audit fids only grow; one writer at a time).
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *h = handle(db);
    sqlite3_stmt *s = nullptr;
    const qint64 from = m_lastChange;
    QList<RowEvent> events;
    if (sqlite3_prepare_v2(h, "SELECT fid, at, actor, action, table_name, row_fid, before, after FROM audit_log "
                              "WHERE fid > ? ORDER BY fid", -1, &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return;
    }
    sqlite3_bind_int64(s, 1, from);
    auto text = [&](int i) { return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i))); };
    auto bytes = [&](int i) {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
    };
    while (sqlite3_step(s) == SQLITE_ROW) {
        m_lastChange = sqlite3_column_int64(s, 0);
        eventsFromAudit(m_lastChange, text(1), text(2), text(3), text(4), sqlite3_column_int64(s, 5), bytes(6), bytes(7),
                        &events);
    }
    sqlite3_finalize(s);
    if (!events.isEmpty())
        Q_EMIT committed(events);
}

LayerRead StoreWorker::readLayers(const QStringList &tables)
{
    LayerRead out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *h = handle(db);
    // One read transaction: the layers and the change id describe the same moment.
    char *msg = nullptr;
    if (sqlite3_exec(h, "BEGIN", nullptr, nullptr, &msg) != SQLITE_OK) {
        out.error = tr("%1: cannot start reading: %2").arg(m_path, QString::fromUtf8(msg));
        sqlite3_free(msg);
        return out;
    }
    out.changeId = maxChangeId(h);
    out.ok = true;
    for (const QString &name : tables) {
        const TableSpec *t = Schema::table(name);
        if (!t || !t->isFeature()) {
            out.ok = false;
            out.error = tr("%1: no feature table '%2'").arg(m_path, name);
            break;
        }
        std::shared_ptr<const FeatureStore> fs;
        if (!readLayer(h, *t, &fs, &out.error)) {
            out.ok = false;
            break;
        }
        out.layers.insert(name, fs);
    }
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    if (!out.ok)
        out.layers.clear();
    return out;
}

bool StoreWorker::readLayer(sqlite3 *db, const TableSpec &t, std::shared_ptr<const FeatureStore> *out, QString *error)
{
    QStringList fields, quoted;
    for (const ColumnSpec &c : t.columns) {
        fields.append(c.name);
        quoted.append(Gpkg::quoted(c.name));
    }
    const QByteArray sql = QStringLiteral("SELECT fid, geom, %1 FROM %2 ORDER BY fid")
                               .arg(quoted.join(QLatin1String(", ")), Gpkg::quoted(t.name))
                               .toUtf8();
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) != SQLITE_OK) {
        *error = tr("%1: cannot read %2: %3").arg(m_path, t.name, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_finalize(s);
        return false;
    }
    FeatureStoreBuilder b(fields);
    // Sized once: a city's roads are 300,000 rows of attributes, and growing the arrays by doubling held up to
    // three times their size at the peak. Vertices from the blob sizes (GeoPackage header with envelope and
    // WKB header about 48 bytes, 16 bytes per vertex).
    {
        const QByteArray count = QStringLiteral("SELECT count(*), sum(max(length(geom) - 48, 0)) / 16 FROM %1")
                                     .arg(Gpkg::quoted(t.name))
                                     .toUtf8();
        sqlite3_stmt *c = nullptr;
        if (sqlite3_prepare_v2(db, count.constData(), -1, &c, nullptr) == SQLITE_OK && sqlite3_step(c) == SQLITE_ROW)
            b.reserve(qsizetype(sqlite3_column_int64(c, 0)), qsizetype(sqlite3_column_int64(c, 1)));
        sqlite3_finalize(c);
    }
    QList<QVariant> attrs;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const qint64 fid = sqlite3_column_int64(s, 0);
        const int n = sqlite3_column_bytes(s, 1);
        if (n <= 0)
            continue; // no geometry: nothing to draw
        std::unique_ptr<OGRGeometry> g(Gpkg::decode(static_cast<const char *>(sqlite3_column_blob(s, 1)), n));
        if (!g) {
            *error = tr("%1: %2 row %3: the geometry cannot be decoded").arg(m_path, t.name).arg(fid);
            sqlite3_finalize(s);
            return false;
        }
        attrs.resize(0);
        for (int k = 0; k < fields.size(); ++k) {
            const int col = k + 2;
            switch (sqlite3_column_type(s, col)) {
            case SQLITE_INTEGER:
                attrs.append(qint64(sqlite3_column_int64(s, col)));
                break;
            case SQLITE_FLOAT:
                attrs.append(sqlite3_column_double(s, col));
                break;
            case SQLITE_NULL:
                attrs.append(QVariant());
                break;
            default:
                attrs.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, col)),
                                               sqlite3_column_bytes(s, col)));
                break;
            }
        }
        OgrReader::appendFeature(b, fid, *g, attrs);
    }
    if (rc != SQLITE_DONE) {
        *error = tr("%1: reading %2 failed: %3").arg(m_path, t.name, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_finalize(s);
        return false;
    }
    sqlite3_finalize(s);
    *out = b.build();
    return true;
}

void StoreWorker::close()
{
    delete m_poll; // made on the store thread; stopped there
    m_poll = nullptr;
    for (sqlite3_stmt *s : std::as_const(m_extentQueries))
        sqlite3_finalize(s);
    m_extentQueries.clear();
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool StoreWorker::fetch(const QString &table, qint64 fid, QVariantMap *row, bool geometry, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE fid = ?").arg(Gpkg::quoted(table)));
    q.addBindValue(fid);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *error = tr("%1 has no row %2").arg(table).arg(fid);
        return false;
    }
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i) {
        const QString name = rec.fieldName(i);
        if (name == QLatin1String("fid"))
            continue;
        if (name == QLatin1String("geom")) {
            if (geometry)
                row->insert(name, q.value(i).isNull() ? QVariant() : QVariant(wktOf(q.value(i).toByteArray())));
            continue;
        }
        row->insert(name, q.value(i));
    }
    return true;
}

bool StoreWorker::applyOne(const RowChange &c, const QString &note, WriteResult *r, QString *error)
{
    const TableSpec *t = Schema::table(c.table);
    if (!t) {
        *error = tr("the store has no table '%1'").arg(c.table);
        return false;
    }
    if (t->appendOnly || t->name == QLatin1String("schema_version")) {
        *error = tr("%1 cannot be changed through FloodCommand").arg(t->name);
        return false;
    }
    if (t->bulkOnly && c.kind != RowChange::Kind::Delete) {
        // Day blocks of readings: written by the readings ingest only (they may be deleted, e.g. with a sensor).
        *error = tr("%1 is written only by the readings ingest (floodctl ingest, the drop folder, the feed)").arg(t->name);
        return false;
    }
    QVariantMap given = c.values;
    const QVariant expectedRev = given.take(QStringLiteral("rev")); // the revision the caller read, if it says
    QVariantMap values;
    if (c.kind != RowChange::Kind::Delete && !convertValues(*t, given, &values, true, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    RowEvent ev;
    ev.table = t->name;
    ev.fid = c.fid;
    if (c.kind != RowChange::Kind::Insert && !fetch(t->name, c.fid, &ev.before, true, error))
        return false;
    if (c.kind != RowChange::Kind::Insert && expectedRev.isValid() && !expectedRev.isNull()
        && ev.before.value(QStringLiteral("rev")).toLongLong() != expectedRev.toLongLong()) {
        const QList<AuditEntry> last = auditLog(t->name, c.fid, 1);
        const QString who = last.isEmpty() ? tr("another seat")
                                           : tr("%1 at %2").arg(last.first().actor,
                                                                last.first().at.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("HH:mm:ss")));
        *error = tr("%1 row %2 was changed by %3 after you read it; nothing was written: reload the row and try again")
                     .arg(t->name)
                     .arg(c.fid)
                     .arg(who);
        m_refusedRule = QString::fromLatin1(RowChangedSinceRead);
        return false;
    }
    QStringList cols = values.keys();
    if (c.kind == RowChange::Kind::Insert) {
        ev.kind = RowEvent::Kind::Insert;
        QStringList quotedCols, marks;
        if (c.fid > 0) { // re-inserting a deleted row (undo) keeps its identity
            cols.prepend(QStringLiteral("fid"));
            values.insert(QStringLiteral("fid"), c.fid);
        }
        for (const QString &k : cols) {
            quotedCols.append(Gpkg::quoted(k));
            marks.append(QStringLiteral("?"));
        }
        q.prepare(cols.isEmpty() ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(Gpkg::quoted(t->name))
                                 : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(Gpkg::quoted(t->name), quotedCols.join(QLatin1String(", ")),
                                            marks.join(QLatin1String(", "))));
    } else if (c.kind == RowChange::Kind::Update) {
        ev.kind = RowEvent::Kind::Update;
        QStringList sets;
        for (const QString &k : cols)
            sets.append(Gpkg::quoted(k) + QStringLiteral(" = ?"));
        sets.append(QStringLiteral("rev = rev + 1"));
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE fid = ?").arg(Gpkg::quoted(t->name), sets.join(QLatin1String(", "))));
    } else {
        ev.kind = RowEvent::Kind::Delete;
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE fid = ?").arg(Gpkg::quoted(t->name)));
    }
    if (c.kind != RowChange::Kind::Delete)
        for (const QString &k : cols)
            q.addBindValue(values.value(k));
    if (c.kind != RowChange::Kind::Insert)
        q.addBindValue(c.fid);
    if (!q.exec()) {
        m_refusedRule = uniqueRuleOf(q.lastError());
        *error = tr("%1: %2").arg(t->name, q.lastError().text());
        return false;
    }
    if (c.kind == RowChange::Kind::Insert)
        ev.fid = q.lastInsertId().toLongLong();
    if (c.kind != RowChange::Kind::Delete && !fetch(t->name, ev.fid, &ev.after, true, error))
        return false;
    const QByteArray blob = values.value(QStringLiteral("geom")).toByteArray();
    if (t->isFeature() && !blob.isEmpty()) {
        Gpkg::Envelope e;
        if (Gpkg::envelope(blob.constData(), int(blob.size()), &e) && !e.empty) {
            QSqlQuery touch(db);
            touch.prepare(Gpkg::extendContentsSql(t->name));
            for (double v : {e.minX, e.maxX, e.minY, e.maxY}) {
                touch.addBindValue(v);
                touch.addBindValue(v);
            }
            if (!touch.exec()) {
                *error = touch.lastError().text();
                return false;
            }
        }
    }
    AuditEntry a;
    a.actor = user();
    a.action = c.kind == RowChange::Kind::Insert ? QStringLiteral("insert")
               : c.kind == RowChange::Kind::Update ? QStringLiteral("update")
                                                   : QStringLiteral("delete");
    a.table = t->name;
    a.rowFid = ev.fid;
    a.before = jsonOf(ev.before);
    a.after = jsonOf(ev.after);
    a.note = note;
    a.at = QDateTime::currentDateTimeUtc();
    if (!Audit::append(handle(db), a, error))
        return false;
    ev.changeId = sqlite3_last_insert_rowid(handle(db));
    ev.actor = a.actor;
    ev.at = a.at;
    r->fids.append(ev.fid);
    r->events.append(ev);
    return true;
}

WriteResult StoreWorker::apply(const QList<RowChange> &changes, const QString &note)
{
    WriteResult r;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QString why = q.lastError().text().trimmed();
        r.error = why.contains(QLatin1String("locked")) || why.contains(QLatin1String("busy"))
                      ? tr("%1: another program (a long import, or another seat) holds the store for writing; waited 10 s "
                           "for it; nothing was written: try again when it has finished")
                            .arg(m_path)
                      : why;
        return r;
    }
    // We hold the write lock now: first announce whatever others committed before us, so the feed stays in
    // commit order.
    drainAuditTail();
    QString error;
    bool ok = true;
    const QString myRole = role();
    for (const RowChange &c : changes) {
        if (!allowed(myRole, c, &error) || !applyOne(c, note, &r, &error)) {
            ok = false;
            break;
        }
    }
    if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
        if (ok)
            error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        r.refusal = m_refusedRule.isEmpty() ? WriteRefusal::Other : WriteRefusal::Conflict;
        r.constraint = std::exchange(m_refusedRule, QString());
        if (r.constraint == QLatin1String(OneActiveDispatchPerTeam)) {
            const QList<AuditEntry> last = auditLog(QStringLiteral("dispatches"), 0, 1);
            error = tr("this rescue team already has an active dispatch: another seat got there first (%1); nothing "
                       "was written [%2]")
                        .arg(last.isEmpty() ? tr("another seat") : last.first().actor, error);
        }
        r.fids.clear();
        r.events.clear();
        r.error = error;
        Q_EMIT writeFailed(error);
        return r;
    }
    r.ok = true;
    if (!r.events.isEmpty())
        m_lastChange = r.events.last().changeId;
    Q_EMIT committed(r.events);
    return r;
}

ImportReport StoreWorker::import(const ImportOptions &options, const std::atomic_bool *cancel)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ImportReport r = Importer::run(handle(db), options, user(), cancel,
                                   [this](qint64 done, qint64 total) { Q_EMIT importProgress(done, total); });
    if (r.ok)
        drainAuditTail(); // the import's own audit entry announces a reset of its table, in commit order
    return r;
}

QList<StoreRow> StoreWorker::rows(const QString &table, const QString &where, const QVariantList &binds, bool geometry)
{
    QList<StoreRow> out;
    if (!Schema::table(table))
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM %1%2 ORDER BY fid")
                  .arg(Gpkg::quoted(table), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    const QSqlRecord rec = q.record();
    const int fidCol = rec.indexOf(QStringLiteral("fid"));
    while (q.next()) {
        StoreRow r;
        r.fid = q.value(fidCol).toLongLong();
        for (int i = 0; i < rec.count(); ++i) {
            const QString name = rec.fieldName(i);
            if (i == fidCol)
                continue;
            if (name == QLatin1String("geom")) {
                if (geometry)
                    r.values.insert(name, q.value(i).isNull() ? QVariant() : QVariant(wktOf(q.value(i).toByteArray())));
                continue;
            }
            r.values.insert(name, q.value(i));
        }
        out.append(r);
    }
    return out;
}

QList<qint64> StoreWorker::fidsInExtent(const QString &table, double minX, double minY, double maxX, double maxY)
{
    QList<qint64> out;
    const TableSpec *t = Schema::table(table);
    if (!t || !t->isFeature())
        return out;
    // The map and panels ask this often: one prepared statement per table, kept until the store closes.
    sqlite3_stmt *&s = m_extentQueries[table];
    if (!s) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        const QByteArray sql = QStringLiteral("SELECT id FROM %1 WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?")
                                   .arg(Gpkg::quoted(Gpkg::rtreeName(table)))
                                   .toUtf8();
        if (sqlite3_prepare_v3(handle(db), sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
            sqlite3_finalize(s);
            s = nullptr;
            return out;
        }
    }
    int i = 0;
    for (double v : {maxX, minX, maxY, minY})
        sqlite3_bind_double(s, ++i, v);
    while (sqlite3_step(s) == SQLITE_ROW)
        out.append(sqlite3_column_int64(s, 0));
    sqlite3_reset(s);
    return out;
}

QList<AuditEntry> StoreWorker::auditLog(const QString &table, qint64 rowFid, int limit)
{
    return readAuditLog(m_connection, table, rowFid, limit);
}

} // namespace fc

namespace fc {

bool StoreWorker::dumpTable(const QString &table, QList<StoreRow> *rows, QString *error)
{
    const TableSpec *t = Schema::table(table);
    if (!t) {
        *error = tr("no table '%1'").arg(table);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY fid").arg(Gpkg::quoted(table)))) {
        *error = q.lastError().text();
        return false;
    }
    const QSqlRecord rec = q.record();
    while (q.next()) {
        StoreRow r;
        for (int i = 0; i < rec.count(); ++i) {
            const QString name = rec.fieldName(i);
            if (name == QLatin1String("fid")) {
                r.fid = q.value(i).toLongLong();
            } else if (name == QLatin1String("geom")) {
                const QByteArray blob = q.value(i).toByteArray();
                std::unique_ptr<OGRGeometry> g(blob.isEmpty() ? nullptr : Gpkg::decode(blob.constData(), int(blob.size())));
                QByteArray wkb;
                if (g) {
                    wkb.resize(g->WkbSize());
                    g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
                }
                r.values.insert(name, g ? QVariant(wkb) : QVariant(QMetaType(QMetaType::QByteArray)));
            } else {
                r.values.insert(name, q.value(i));
            }
        }
        rows->append(r);
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool StoreWorker::dumpTables(const QStringList &tables, QList<QPair<QString, QList<StoreRow>>> *out, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery tx(db);
    // One read transaction: every table as of the same commit, even while other connections write.
    if (!tx.exec(QStringLiteral("BEGIN"))) {
        *error = tx.lastError().text();
        return false;
    }
    bool ok = true;
    for (const QString &table : tables) {
        QSqlQuery c(db);
        if (!c.exec(QStringLiteral("SELECT count(*) FROM %1").arg(Gpkg::quoted(table))) || !c.next()) {
            *error = tr("%1, table %2: %3").arg(m_path, table, c.lastError().text());
            ok = false;
            break;
        }
        const qint64 expected = c.value(0).toLongLong();
        QList<StoreRow> rows;
        QString e;
        if (!dumpTable(table, &rows, &e)) {
            *error = tr("%1, table %2: %3").arg(m_path, table, e);
            ok = false;
            break;
        }
        if (rows.size() != expected) {
            *error = tr("%1, table %2: read %3 of %4 rows").arg(m_path, table).arg(rows.size()).arg(expected);
            ok = false;
            break;
        }
        out->append({table, rows});
    }
    tx.exec(QStringLiteral("COMMIT"));
    return ok;
}

bool StoreWorker::loadTables(const QList<QPair<QString, QList<StoreRow>>> &tables, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = tx.lastError().text();
        return false;
    }
    // A table may refer to one loaded after it: references are checked at commit.
    tx.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    bool ok = true;
    for (const auto &[table, rows] : tables) {
        const TableSpec *t = Schema::table(table);
        if (!t || rows.isEmpty() || table == QLatin1String("schema_version"))
            continue;
        const bool keepFid = !t->appendOnly; // audit entries keep order and content, with new ids after ours
        QStringList cols;
        if (keepFid)
            cols.append(QStringLiteral("fid"));
        for (const ColumnSpec &c : t->columns)
            cols.append(c.name);
        if (t->isFeature())
            cols.append(QStringLiteral("geom"));
        QStringList quoted, marks;
        for (const QString &c : std::as_const(cols)) {
            quoted.append(Gpkg::quoted(c));
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(Gpkg::quoted(table), quoted.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
        Gpkg::Envelope all;
        for (const StoreRow &r : rows) {
            if (keepFid)
                q.addBindValue(r.fid);
            for (int i = keepFid ? 1 : 0; i < cols.size(); ++i) {
                const QVariant v = r.values.value(cols[i]);
                if (cols[i] == QLatin1String("geom")) {
                    const QByteArray wkb = v.toByteArray();
                    OGRGeometry *raw = nullptr;
                    if (!wkb.isEmpty()
                        && OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, wkb.size()) == OGRERR_NONE && raw) {
                        std::unique_ptr<OGRGeometry> g(raw);
                        OGREnvelope e;
                        g->getEnvelope(&e);
                        if (all.empty) {
                            all = {e.MinX, e.MaxX, e.MinY, e.MaxY, false};
                        } else {
                            all.minX = std::min(all.minX, e.MinX);
                            all.maxX = std::max(all.maxX, e.MaxX);
                            all.minY = std::min(all.minY, e.MinY);
                            all.maxY = std::max(all.maxY, e.MaxY);
                        }
                        q.addBindValue(Gpkg::encode(*g));
                    } else {
                        q.addBindValue(QVariant(QMetaType(QMetaType::QByteArray)));
                    }
                } else {
                    q.addBindValue(cols[i] == QLatin1String("rev") && v.isNull() ? QVariant(1) : v);
                }
            }
            if (!q.exec()) {
                *error = tr("%1 row %2: %3").arg(table).arg(r.fid).arg(q.lastError().text());
                ok = false;
                break;
            }
        }
        if (!ok)
            break;
        if (t->isFeature() && !all.empty) {
            QSqlQuery touch(db);
            touch.prepare(Gpkg::extendContentsSql(t->name));
            for (double v : {all.minX, all.maxX, all.minY, all.maxY}) {
                touch.addBindValue(v);
                touch.addBindValue(v);
            }
            if (!touch.exec()) {
                *error = touch.lastError().text();
                ok = false;
                break;
            }
        }
    }
    if (!ok || !tx.exec(QStringLiteral("COMMIT"))) {
        if (ok)
            *error = tx.lastError().text();
        tx.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    m_lastChange = maxChangeId(handle(db));
    return true;
}

} // namespace fc
