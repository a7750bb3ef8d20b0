#include "app/core/store/postgres/pgbackend.h"
#include "app/core/store/postgres/pgconnection.h"

#include "app/core/base/gpkg.h"
#include "app/core/store/store.h"
#include "maps/ogrreader.h"

#include <ogr_geometry.h>

#include <QDir>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace fc {

namespace {
constexpr qint64 kWriteLock = 0x46430001; // pg_advisory_xact_lock key: one writer at a time, ids in commit order
} // namespace

namespace pg {

bool configure(QSqlDatabase &db, const QString &uri, QString *error)
{
    const QUrl url(uri);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
        *error = QObject::tr("not a server address: expected postgresql://user@host:port/database");
        return false;
    }
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    // A password in the address is used but never stored by us; normally libpq reads PGPASSWORD or ~/.pgpass.
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=FloodCommand"));
    return true;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 scalar(QSqlDatabase &db, const QString &sql, bool *ok)
{
    QSqlQuery q(db);
    const bool good = q.exec(sql) && q.next();
    if (ok)
        *ok = good;
    return good ? q.value(0).toLongLong() : 0;
}

} // namespace pg

using namespace pg;

PgBackend::PgBackend(QString uri)
    : m_uri(std::move(uri)), m_connection(QStringLiteral("fc_pg_") + QUuid::createUuid().toString(QUuid::Id128))
{
}

PgBackend::~PgBackend()
{
    close();
}

QString PgBackend::displayName(const QString &uri)
{
    QUrl url(uri);
    url.setPassword(QString());
    return url.toString();
}

bool PgBackend::initialize(const QString &uri, QString *error)
{
    return createOperation(uri, {}, false, error);
}

bool PgBackend::dropOperation(const QString &uri, QString *error)
{
    AdminConnection c;
    if (!c.open(uri, error))
        return false;
    const QStringList sql = QStringList{QStringLiteral("BEGIN")} + dropSql() + QStringList{QStringLiteral("COMMIT")};
    for (const QString &s : sql) {
        if (!exec(c.db, s, error)) {
            exec(c.db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return true;
}

bool PgBackend::connectDb(QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!configure(db, m_uri, error))
        return false;
    db.close();
    if (!db.open()) {
        *error = tr("cannot connect to the server: %1").arg(db.lastError().text().trimmed());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM fc_meta WHERE key = 'application'")) || !q.next()
        || q.value(0).toString() != QLatin1String(Schema::ApplicationName)) {
        *error = tr("the database holds no FloodCommand operation (create one with: floodctl init %1)").arg(displayName(m_uri));
        return false;
    }
    bool ok = false;
    const qint64 version = scalar(db, QStringLiteral("SELECT max(version) FROM schema_version"), &ok);
    if (!ok || version > Schema::CurrentVersion) {
        *error = ok ? tr("written by a newer FloodCommand (schema version %1; this version reads up to %2)")
                          .arg(version)
                          .arg(Schema::CurrentVersion)
                    : db.lastError().text();
        return false;
    }
    // Schema versions 4 and later are brought to the current one with the server layout when the operation is
    // opened (upgradeLayout: layout 3 is schema version 5, layout 4 schema version 6).
    if (version < 4) {
        *error = tr("schema version %1 on the server is older than this FloodCommand's %2; the server's operation "
                    "must be migrated by an administrator")
                     .arg(version)
                     .arg(Schema::CurrentVersion);
        return false;
    }
    // The change feed: delivered while the store thread's event loop runs.
    if (!db.driver()->subscribedToNotifications().contains(QStringLiteral("fc_changes")))
        db.driver()->subscribeToNotification(QStringLiteral("fc_changes"));
    disconnect(db.driver(), &QSqlDriver::notification, this, nullptr);
    connect(db.driver(), &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == QLatin1String("fc_changes"))
            drainAuditTail();
    });
    return true;
}

bool PgBackend::open(int, QString *error)
{
    if (!connectDb(error))
        return false;
    // An older server layout is upgraded here; a login that may not (not the tables' owner) still works on the old
    // layout (same tables and rules, slower bulk readings) and says why.
    QString why;
    m_layout = upgradeLayout(&why);
    if (m_layout < Schema::PgLayoutVersion) {
        // Layout 3 is schema version 5 (readings as day blocks): this FloodCommand cannot read an older one.
        *error = why;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ensureAuditFunction();
    m_lastChange = scalar(db, QStringLiteral("SELECT coalesce(max(fid), 0) FROM audit_log"));
    m_online = true;
    m_ping = new QTimer(this);
    m_ping->setInterval(1000);
    connect(m_ping, &QTimer::timeout, this, [this] {
        if (m_online) {
            QString why;
            if (!checkOnline(&why))
                lost(why);
        } else {
            tryReconnect();
        }
    });
    m_ping->start();
    return true;
}

void PgBackend::close()
{
    delete m_ping;
    m_ping = nullptr;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool PgBackend::checkOnline(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
        return true;
    *error = q.lastError().text().trimmed();
    return false;
}

void PgBackend::lost(const QString &why)
{
    if (!m_online)
        return;
    m_online = false;
    m_offlineSince = QDateTime::currentDateTimeUtc();
    qWarning("FloodCommand: lost the server %s: %s", qPrintable(displayName(m_uri)), qPrintable(why));
    Q_EMIT connectionChanged(false, m_offlineSince);
}

void PgBackend::tryReconnect()
{
    QString error;
    if (!connectDb(&error))
        return;
    m_online = true;
    Q_EMIT connectionChanged(true, m_offlineSince);
    drainAuditTail(); // catch up on every change committed while we were away, in order
}

QString PgBackend::role()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT rolsuper, pg_has_role(current_user, 'fc_admin', 'MEMBER'), "
                              "pg_has_role(current_user, 'fc_officer', 'MEMBER'), "
                              "(SELECT datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user) FROM pg_database "
                              "WHERE datname = current_database()) FROM pg_roles WHERE rolname = current_user"))
        && q.next()) {
        if (q.value(0).toBool() || q.value(1).toBool() || q.value(3).toBool())
            return QStringLiteral("admin");
        if (q.value(2).toBool())
            return QStringLiteral("officer");
    }
    return QStringLiteral("viewer");
}

QString PgBackend::selectList(const TableSpec &t, bool wktGeometry) const
{
    QStringList cols = {QStringLiteral("fid")};
    for (const ColumnSpec &c : t.columns)
        cols.append(Gpkg::quoted(c.name));
    if (t.isFeature())
        cols.append(wktGeometry ? QStringLiteral("ST_AsText(geom) AS geom") : QStringLiteral("ST_AsBinary(geom) AS geom"));
    return cols.join(QLatin1String(", "));
}

void PgBackend::drainAuditTail()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT fid, at, actor, action, table_name, row_fid, before, after FROM audit_log "
                             "WHERE fid > ? ORDER BY fid"));
    q.addBindValue(m_lastChange);
    if (!q.exec())
        return;
    QList<RowEvent> events;
    while (q.next()) {
        m_lastChange = q.value(0).toLongLong();
        eventsFromAudit(m_lastChange, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toByteArray(), q.value(7).toByteArray(),
                        &events);
    }
    if (!events.isEmpty())
        Q_EMIT committed(events);
}

bool PgBackend::fetch(const TableSpec &t, qint64 fid, QVariantMap *row, QString *error, bool forUpdate)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE fid = ?%3")
                  .arg(selectList(t, true), Gpkg::quoted(t.name),
                       forUpdate ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(fid);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *error = tr("%1 has no row %2").arg(t.name).arg(fid);
        return false;
    }
    const QSqlRecord rec = q.record();
    for (int i = 1; i < rec.count(); ++i)
        row->insert(rec.fieldName(i), q.value(i));
    return true;
}

QString PgBackend::lastChangeBy(const QString &table, qint64 fid)
{
    const QList<AuditEntry> a = auditLog(table, fid, 1);
    if (a.isEmpty())
        return tr("another seat");
    return tr("%1 at %2").arg(a.first().actor, a.first().at.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("HH:mm:ss")));
}

bool PgBackend::applyOne(const RowChange &c, const QString &note, WriteResult *r, QString *error)
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
    const QVariant expectedRev = given.take(QStringLiteral("rev"));
    QVariantMap values;
    if (c.kind != RowChange::Kind::Delete && !convertValues(*t, given, &values, false, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    RowEvent ev;
    ev.table = t->name;
    ev.fid = c.fid;
    if (c.kind != RowChange::Kind::Insert) {
        // A change made on a revision the caller read locks the row before comparing: a seat changing it at the
        // same moment commits first, and this one then sees its revision (never both).
        const bool lock = expectedRev.isValid() && !expectedRev.isNull();
        if (!fetch(*t, c.fid, &ev.before, error, lock))
            return false;
        if (expectedRev.isValid() && !expectedRev.isNull()
            && ev.before.value(QStringLiteral("rev")).toLongLong() != expectedRev.toLongLong()) {
            *error = tr("%1 row %2 was changed by %3 after you read it; nothing was written: reload the row and try again")
                         .arg(t->name)
                         .arg(c.fid)
                         .arg(lastChangeBy(t->name, c.fid));
            m_refusedRule = QString::fromLatin1(RowChangedSinceRead);
            return false;
        }
    }
    QSqlQuery q(db);
    QStringList cols = values.keys();
    auto bindMarker = [&](const QString &k) { // the SQL bind marker for a column (geometry from WKT)
        return k == QLatin1String("geom") ? QStringLiteral("ST_GeomFromText(?, 4326)") : QStringLiteral("?");
    };
    if (c.kind == RowChange::Kind::Insert) {
        ev.kind = RowEvent::Kind::Insert;
        if (c.fid > 0) {
            cols.prepend(QStringLiteral("fid"));
            values.insert(QStringLiteral("fid"), c.fid);
        }
        QStringList quotedCols, marks;
        for (const QString &k : cols) {
            quotedCols.append(Gpkg::quoted(k));
            marks.append(bindMarker(k));
        }
        q.prepare(cols.isEmpty() ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES RETURNING fid").arg(Gpkg::quoted(t->name))
                                 : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING fid")
                                       .arg(Gpkg::quoted(t->name), quotedCols.join(QLatin1String(", ")),
                                            marks.join(QLatin1String(", "))));
    } else if (c.kind == RowChange::Kind::Update) {
        ev.kind = RowEvent::Kind::Update;
        QStringList sets;
        for (const QString &k : cols)
            sets.append(Gpkg::quoted(k) + QStringLiteral(" = ") + bindMarker(k));
        sets.append(QStringLiteral("rev = rev + 1"));
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE fid = ? RETURNING fid").arg(Gpkg::quoted(t->name), sets.join(QLatin1String(", "))));
    } else {
        ev.kind = RowEvent::Kind::Delete;
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE fid = ? RETURNING fid").arg(Gpkg::quoted(t->name)));
    }
    if (c.kind != RowChange::Kind::Delete)
        for (const QString &k : cols)
            q.addBindValue(values.value(k));
    if (c.kind != RowChange::Kind::Insert)
        q.addBindValue(c.fid);
    if (!q.exec() || !q.next()) {
        m_refusedRule = uniqueRuleOf(q.lastError());
        *error = tr("%1: %2").arg(t->name, q.lastError().text().trimmed());
        return false;
    }
    ev.fid = q.value(0).toLongLong();
    if (c.kind != RowChange::Kind::Delete && !fetch(*t, ev.fid, &ev.after, error))
        return false;
    QSqlQuery a(db);
    a.prepare(auditSql({QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("table_name"), QStringLiteral("row_fid"),
                        QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("note")}));
    ev.at = QDateTime::currentDateTimeUtc();
    a.addBindValue(Audit::toStored(ev.at));
    a.addBindValue(c.kind == RowChange::Kind::Insert ? QStringLiteral("insert")
                   : c.kind == RowChange::Kind::Update ? QStringLiteral("update")
                                                       : QStringLiteral("delete"));
    a.addBindValue(t->name);
    a.addBindValue(ev.fid);
    auto json = [](const QVariantMap &m) {
        return m.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                           : QVariant(QString::fromUtf8(QJsonDocument(Audit::toJson(m)).toJson(QJsonDocument::Compact)));
    };
    a.addBindValue(json(ev.before));
    a.addBindValue(json(ev.after));
    a.addBindValue(note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note));
    if (!a.exec() || !a.next()) {
        *error = tr("audit log: %1").arg(a.lastError().text().trimmed());
        return false;
    }
    ev.changeId = a.value(0).toLongLong();
    ev.actor = a.value(1).toString();
    r->fids.append(ev.fid);
    r->events.append(ev);
    return true;
}

WriteResult PgBackend::apply(const QList<RowChange> &changes, const QString &note)
{
    WriteResult r;
    QString error;
    if (!m_online || !checkOnline(&error)) {
        if (m_online)
            lost(error);
        r.error = tr("the server %1 is unreachable since %2: nothing was written (the change was not queued)")
                      .arg(displayName(m_uri), m_offlineSince.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("HH:mm:ss")));
        Q_EMIT writeFailed(r.error);
        return r;
    }
    const QString myRole = role();
    for (const RowChange &c : changes) {
        if (!allowed(myRole, c, &error)) {
            r.error = error;
            Q_EMIT writeFailed(error);
            return r;
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    bool ok = db.transaction()
              && exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock), &error);
    if (ok)
        drainAuditTail(); // others' commits before ours keep their place on the feed
    for (const RowChange &c : changes) {
        if (!ok)
            break;
        ok = applyOne(c, note, &r, &error);
    }
    if (!ok || !db.commit()) {
        if (ok)
            error = db.lastError().text();
        db.rollback();
        r.refusal = m_refusedRule.isEmpty() ? WriteRefusal::Other : WriteRefusal::Conflict;
        r.constraint = std::exchange(m_refusedRule, QString());
        if (r.constraint == QLatin1String(OneActiveDispatchPerTeam))
            error = tr("this rescue team already has an active dispatch: another seat got there first (%1); nothing "
                       "was written [%2]")
                        .arg(lastChangeBy(QStringLiteral("dispatches"), 0), error);
        r.fids.clear();
        r.events.clear();
        r.error = error;
        Q_EMIT writeFailed(error);
        return r;
    }
    r.ok = true;
    if (!r.events.isEmpty())
        m_lastChange = std::max(m_lastChange, r.events.last().changeId);
    Q_EMIT committed(r.events);
    return r;
}

// PgBackend::appendReadings: pgbackendreadings.cpp.

ImportReport PgBackend::import(const ImportOptions &options, const std::atomic_bool *cancel)
{
    // The same importer (mapping, validation, CRS) into a scratch GeoPackage, then the new rows onto the server
    // in one transaction with one audit entry.
    ImportReport report;
    if (role() != QLatin1String("admin")) {
        report.error = tr("imports need the administrator role");
        return report;
    }
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Store> scratch = dir.isValid() ? Store::create(dir.filePath(QStringLiteral("import.gpkg")), &error)
                                                   : nullptr;
    if (!scratch) {
        report.error = tr("cannot prepare the import: %1").arg(error);
        return report;
    }
    connect(scratch.get(), &Store::importProgress, this, &StoreBackend::importProgress, Qt::DirectConnection);
    QFuture<ImportReport> f = scratch->import(options);
    while (!f.isFinished()) {
        if (cancel && cancel->load())
            scratch->cancelImport();
        QThread::msleep(20);
    }
    report = f.result();
    if (!report.ok)
        return report;
    QList<StoreRow> rows;
    QFuture<bool> d = scratch->dumpTable(options.kind, &rows, &error);
    d.waitForFinished();
    if (!d.result()) {
        report.ok = false;
        report.error = error;
        return report;
    }
    const TableSpec *t = Schema::table(options.kind);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    bool ok = db.transaction() && exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock), &error);
    QStringList cols;
    for (const ColumnSpec &c : t->columns)
        if (c.name != QLatin1String("rev"))
            cols.append(c.name);
    QStringList quotedCols, marks;
    for (const QString &c : std::as_const(cols)) {
        quotedCols.append(Gpkg::quoted(c));
        marks.append(QStringLiteral("?"));
    }
    quotedCols.append(QStringLiteral("geom"));
    marks.append(QStringLiteral("ST_GeomFromWKB(?, 4326)"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING fid")
                  .arg(Gpkg::quoted(t->name), quotedCols.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    qint64 first = 0, last = 0;
    for (const StoreRow &row : std::as_const(rows)) {
        if (!ok || (cancel && cancel->load())) {
            ok = false;
            break;
        }
        for (const QString &c : std::as_const(cols))
            q.addBindValue(row.values.value(c));
        q.addBindValue(row.values.value(QStringLiteral("geom")));
        ok = q.exec() && q.next();
        if (!ok)
            error = tr("%1, feature %2: %3").arg(options.displayName.isEmpty() ? options.source : options.displayName)
                        .arg(row.fid)
                        .arg(q.lastError().text().trimmed());
        else if (!first)
            first = last = q.value(0).toLongLong();
        else
            last = q.value(0).toLongLong();
    }
    if (ok) {
        QSqlQuery a(db);
        a.prepare(auditSql({QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("table_name"), QStringLiteral("note")},
                           {QStringLiteral("?"), QStringLiteral("'import'"), QStringLiteral("?"), QStringLiteral("?")}));
        a.addBindValue(Audit::nowUtc());
        a.addBindValue(t->name);
        a.addBindValue(tr("imported %1 features from %2").arg(rows.size()).arg(options.displayName.isEmpty() ? options.source : options.displayName));
        ok = a.exec();
        if (!ok)
            error = a.lastError().text();
    }
    if (!ok || !db.commit()) {
        db.rollback();
        report.ok = false;
        report.cancelled = cancel && cancel->load();
        report.error = report.cancelled ? tr("cancelled; nothing was imported") : error;
        return report;
    }
    report.firstFid = first;
    report.lastFid = last;
    drainAuditTail();
    return report;
}

QList<StoreRow> PgBackend::rows(const QString &table, const QString &where, const QVariantList &binds, bool geometry)
{
    QList<StoreRow> out;
    const TableSpec *t = Schema::table(table);
    if (!t)
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY fid")
                  .arg(selectList(*t, true), Gpkg::quoted(table), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    const QSqlRecord rec = q.record();
    while (q.next()) {
        StoreRow r;
        r.fid = q.value(0).toLongLong();
        for (int i = 1; i < rec.count(); ++i) {
            if (!geometry && rec.fieldName(i) == QLatin1String("geom"))
                continue;
            r.values.insert(rec.fieldName(i), q.value(i));
        }
        out.append(r);
    }
    return out;
}

QList<qint64> PgBackend::fidsInExtent(const QString &table, double minX, double minY, double maxX, double maxY)
{
    QList<qint64> out;
    const TableSpec *t = Schema::table(table);
    if (!t || !t->isFeature())
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT fid FROM %1 WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)").arg(Gpkg::quoted(table)));
    for (double v : {minX, minY, maxX, maxY})
        q.addBindValue(v);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

QList<AuditEntry> PgBackend::auditLog(const QString &table, qint64 rowFid, int limit)
{
    return readAuditLog(m_connection, table, rowFid, limit);
}

LayerRead PgBackend::readLayers(const QStringList &tables)
{
    LayerRead out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // One snapshot: the layers and the change id describe the same moment.
    if (!exec(db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), &out.error))
        return out;
    out.changeId = scalar(db, QStringLiteral("SELECT coalesce(max(fid), 0) FROM audit_log"));
    out.ok = true;
    for (const QString &name : tables) {
        const TableSpec *t = Schema::table(name);
        if (!t || !t->isFeature()) {
            out.ok = false;
            out.error = tr("no feature table '%1'").arg(name);
            break;
        }
        QStringList fields;
        for (const ColumnSpec &c : t->columns)
            fields.append(c.name);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY fid").arg(selectList(*t, false), Gpkg::quoted(name)))) {
            out.ok = false;
            out.error = tr("%1: cannot read %2: %3").arg(displayName(m_uri), name, q.lastError().text());
            break;
        }
        FeatureStoreBuilder b(fields);
        QList<QVariant> attrs;
        const int geomCol = fields.size() + 1;
        while (q.next()) {
            const QByteArray wkb = q.value(geomCol).toByteArray();
            if (wkb.isEmpty())
                continue;
            OGRGeometry *raw = nullptr;
            if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, wkb.size()) != OGRERR_NONE || !raw) {
                out.ok = false;
                out.error = tr("%1: %2 row %3: the geometry cannot be decoded").arg(displayName(m_uri), name).arg(q.value(0).toLongLong());
                break;
            }
            std::unique_ptr<OGRGeometry> g(raw);
            attrs.resize(0);
            for (int k = 0; k < fields.size(); ++k)
                attrs.append(q.value(k + 1));
            OgrReader::appendFeature(b, q.value(0).toLongLong(), *g, attrs);
        }
        if (!out.ok)
            break;
        out.layers.insert(name, b.build());
    }
    exec(db, QStringLiteral("COMMIT"), nullptr);
    if (!out.ok)
        out.layers.clear();
    return out;
}

bool PgBackend::dumpTable(const QString &table, QList<StoreRow> *rows, QString *error)
{
    const TableSpec *t = Schema::table(table);
    if (!t) {
        *error = tr("no table '%1'").arg(table);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY fid").arg(selectList(*t, false), Gpkg::quoted(table)))) {
        *error = q.lastError().text();
        return false;
    }
    const QSqlRecord rec = q.record();
    while (q.next()) {
        StoreRow r;
        r.fid = q.value(0).toLongLong();
        for (int i = 1; i < rec.count(); ++i)
            r.values.insert(rec.fieldName(i), q.value(i));
        rows->append(r);
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    return true;
}

bool PgBackend::dumpTables(const QStringList &tables, QList<QPair<QString, QList<StoreRow>>> *out, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // One snapshot for the whole copy: a team's row and the audit entry of its last change always agree.
    if (!exec(db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), error)) {
        *error = displayName(m_uri) + QStringLiteral(": ") + error->trimmed();
        return false;
    }
    bool ok = true;
    for (const QString &table : tables) {
        bool counted = false;
        const qint64 expected = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(Gpkg::quoted(table)), &counted);
        QList<StoreRow> rows;
        QString e;
        if (!counted) {
            e = db.lastError().text().trimmed();
            if (e.isEmpty())
                e = tr("the server did not answer");
        }
        if (!counted || !dumpTable(table, &rows, &e)) {
            *error = tr("%1, table %2: %3").arg(displayName(m_uri), table, e);
            ok = false;
            break;
        }
        if (rows.size() != expected) {
            *error = tr("%1, table %2: read %3 of %4 rows").arg(displayName(m_uri), table).arg(rows.size()).arg(expected);
            ok = false;
            break;
        }
        out->append({table, rows});
    }
    QString e;
    if (!exec(db, ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"), &e) && ok) {
        *error = tr("%1: %2").arg(displayName(m_uri), e.trimmed());
        ok = false;
    }
    return ok;
}

bool PgBackend::loadTables(const QList<QPair<QString, QList<StoreRow>>> &tables, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const bool ok = loadRows(db, tables, error);
    if (!ok || !db.commit()) {
        if (ok)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    m_lastChange = scalar(db, QStringLiteral("SELECT coalesce(max(fid), 0) FROM audit_log"));
    return true;
}

// The operation's reading intake: a session-level advisory lock held by this connection (released when it closes,
// so a crashed intake frees it). The key is FloodCommand's own ("FC" and 1).
bool PgBackend::lockIntake(QString *holder)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(17987, 1)")) || !q.next()) {
        *holder = q.lastError().text();
        return false;
    }
    if (q.value(0).toBool())
        return true;
    QSqlQuery who(db);
    if (who.exec(QStringLiteral("SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local'), "
                                "a.usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                "WHERE l.locktype = 'advisory' AND l.classid = 17987 AND l.objid = 1 AND l.granted"))
        && who.next())
        *holder = QStringLiteral("server process %1 of %2 from %3%4")
                      .arg(who.value(0).toString(), who.value(3).toString(), who.value(2).toString(),
                           who.value(1).toString().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(who.value(1).toString()));
    else
        *holder = QStringLiteral("another connection");
    return false;
}

} // namespace fc
