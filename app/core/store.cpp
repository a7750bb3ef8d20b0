#include "app/core/store.h"

#include "app/core/demodistrict.h"
#include "app/core/demooperation.h"
#include "app/core/gpkg.h"
#include "app/core/storeworker.h"
#include "maps/ogrreader.h"

#include <cpl_vsi.h>
#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace fc {

namespace {

// Fills a new store from the embedded demo district, one import per layer (same path as a user import).
bool fillDemo(sqlite3 *db, const QString &actor, QString *error)
{
    OgrReader::registerDrivers();
    for (const QString &id : DemoDistrict::layerIds()) {
        const QByteArray json = DemoDistrict::geoJson(id);
        if (json.isEmpty()) {
            *error = QStringLiteral(":/demo/%1.geojson: missing from the build").arg(id);
            return false;
        }
        const QByteArray vsi = QStringLiteral("/vsimem/fc_store_demo_%1_%2.geojson")
                                   .arg(id, QUuid::createUuid().toString(QUuid::Id128))
                                   .toUtf8();
        VSILFILE *fp = VSIFileFromMemBuffer(vsi.constData(), reinterpret_cast<GByte *>(const_cast<char *>(json.constData())),
                                            vsi_l_offset(json.size()), FALSE);
        if (!fp) {
            *error = QStringLiteral("%1: cannot map into memory").arg(QString::fromUtf8(vsi));
            return false;
        }
        VSIFCloseL(fp);
        ImportOptions o;
        o.source = QString::fromUtf8(vsi);
        o.kind = id;
        o.displayName = QStringLiteral(":/demo/%1.geojson").arg(id);
        const ImportReport r = Importer::run(db, o, actor);
        VSIUnlink(vsi.constData());
        if (!r.ok) {
            *error = r.error;
            return false;
        }
    }
    return true;
}

bool execSql(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Store::Store(const QString &path, int version) : m_path(path), m_version(version), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<QList<fc::RowEvent>>();
    m_thread.setObjectName(QStringLiteral("fc-store"));
}

Store::~Store()
{
    if (m_worker) {
        m_cancel->store(true);
        StoreWorker *w = m_worker.get();
        if (m_thread.isRunning())
            QMetaObject::invokeMethod(w, [w] { w->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        m_worker.reset();
    }
}

int Store::inspect(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return -1;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString());
        return -1;
    }
    const QByteArray head = f.read(16);
    f.close();
    if (head != QByteArray("SQLite format 3\0", 16)) {
        *error = QStringLiteral("%1: not a FloodCommand operation store (not an SQLite database); the file was not "
                                "changed")
                     .arg(path);
        return -1;
    }
    sqlite3 *db = nullptr;
    const QByteArray p = QFileInfo(path).absoluteFilePath().toUtf8();
    int version = -1;
    if (sqlite3_open_v2(p.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        auto scalar = [&](const char *sql, QString *out) {
            sqlite3_stmt *s = nullptr;
            bool ok = sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW;
            if (ok)
                *out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
            sqlite3_finalize(s);
            return ok;
        };
        QString app, ver;
        if (!scalar("SELECT value FROM fc_meta WHERE key = 'application'", &app) || app != QLatin1String(Schema::ApplicationName)) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(db));
            *error = QStringLiteral("%1: an SQLite database but not a FloodCommand operation store%2; the file was "
                                    "not changed")
                         .arg(path, why.contains(QLatin1String("not a database")) ? QStringLiteral(" (") + why + QLatin1Char(')')
                                                                                  : QString());
        } else if (!scalar("SELECT max(version) FROM schema_version", &ver) || ver.isEmpty()) {
            *error = QStringLiteral("%1: a FloodCommand store without a schema version (damaged?); the file was not "
                                    "changed")
                         .arg(path);
        } else {
            version = ver.toInt();
        }
    } else {
        *error = QStringLiteral("%1: cannot be opened: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_close(db);
    if (version > Schema::CurrentVersion) {
        *error = QStringLiteral("%1: written by a newer FloodCommand (schema version %2; this version reads up to %3). "
                                "Open it with a newer FloodCommand; the file was not changed.")
                     .arg(path)
                     .arg(version)
                     .arg(Schema::CurrentVersion);
        return -1;
    }
    return version;
}

std::unique_ptr<Store> Store::open(const QString &path, QString *error)
{
    QString err;
    const int version = inspect(path, &err);
    if (version < 0) {
        if (error)
            *error = err;
        return {};
    }
    std::unique_ptr<Store> s(new Store(QFileInfo(path).absoluteFilePath(), version));
    s->m_worker = std::make_unique<StoreWorker>(s->m_path);
    StoreWorker *w = s->m_worker.get();
    w->moveToThread(&s->m_thread);
    connect(w, &StoreWorker::committed, s.get(), &Store::rowsChanged, Qt::QueuedConnection);
    connect(w, &StoreWorker::importProgress, s.get(), &Store::importProgress, Qt::QueuedConnection);
    connect(w, &StoreWorker::writeFailed, s.get(), &Store::writeFailed, Qt::QueuedConnection);
    s->m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        w, [w, version, &ok, &err] { ok = w->open(version, &err); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, err);
        return {};
    }
    s->m_version = Schema::CurrentVersion;
    return s;
}

std::unique_ptr<Store> Store::create(const QString &path, bool demo, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Store>();
    };
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("%1: already exists; a new store needs a new file").arg(path));
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    const QString connection = QStringLiteral("fc_create_") + QUuid::createUuid().toString(QUuid::Id128);
    QString err;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(part);
        if (!db.open()) {
            err = db.lastError().text();
        } else {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            sqlite3 *h = StoreWorker::handle(db);
            const QString actor = qEnvironmentVariable("USER", QStringLiteral("unknown"));
            ok = h && Gpkg::registerFunctions(h, &err) && Schema::create(db, Schema::CurrentVersion, &err);
            if (ok) {
                AuditEntry a;
                a.actor = actor;
                a.action = QStringLiteral("create");
                a.note = demo ? QStringLiteral("new store with the demo district") : QStringLiteral("new empty store");
                ok = execSql(db, QStringLiteral("BEGIN"), &err) && Audit::append(h, a, &err)
                     && execSql(db, QStringLiteral("INSERT INTO fc_meta VALUES ('created_at', '%1')").arg(Audit::nowUtc()), &err)
                     && execSql(db, QStringLiteral("COMMIT"), &err);
            }
            if (ok && demo)
                ok = fillDemo(h, actor, &err);
            if (ok)
                ok = execSql(db, QStringLiteral("PRAGMA journal_mode = WAL"), &err);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (ok && !QFile::rename(part, path)) {
        ok = false;
        err = QStringLiteral("cannot rename %1 to %2").arg(part, path);
    }
    if (!ok) {
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-wal"));
        QFile::remove(part + QStringLiteral("-shm"));
        return fail(QStringLiteral("%1: cannot create the store: %2").arg(path, err));
    }
    std::unique_ptr<Store> store = open(path, error);
    if (store && demo && !DemoOperation::seed(*store, &err)) {
        store.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return fail(QStringLiteral("%1: cannot fill the demo operation: %2").arg(path, err));
    }
    return store;
}

template<typename T, typename F>
QFuture<T> Store::post(F fn)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    StoreWorker *w = m_worker.get();
    QMetaObject::invokeMethod(
        w,
        [promise, w, fn]() {
            promise->addResult(fn(w));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

void Store::setUser(const QString &user)
{
    m_worker->setUser(user);
}

QString Store::user() const
{
    return m_worker->user();
}

QFuture<WriteResult> Store::apply(const QList<RowChange> &changes, const QString &note)
{
    return post<WriteResult>([changes, note](StoreWorker *w) { return w->apply(changes, note); });
}

QFuture<WriteResult> Store::insertRow(const QString &table, const QVariantMap &values, const QString &note)
{
    return apply({RowChange{RowChange::Kind::Insert, table, 0, values}}, note);
}

QFuture<WriteResult> Store::updateRow(const QString &table, qint64 fid, const QVariantMap &values, const QString &note)
{
    return apply({RowChange{RowChange::Kind::Update, table, fid, values}}, note);
}

QFuture<WriteResult> Store::deleteRow(const QString &table, qint64 fid, const QString &note)
{
    return apply({RowChange{RowChange::Kind::Delete, table, fid, {}}}, note);
}

QFuture<AppendResult> Store::appendReadings(ReadingBatch readings, const QList<RowChange> &changes, const QString &note)
{
    auto batch = std::make_shared<const ReadingBatch>(std::move(readings));
    return post<AppendResult>([batch, changes, note](StoreWorker *w) { return w->appendReadings(*batch, changes, note); });
}

QFuture<ImportReport> Store::import(const ImportOptions &options)
{
    m_cancel->store(false);
    auto cancel = m_cancel;
    return post<ImportReport>([options, cancel](StoreWorker *w) { return w->import(options, cancel.get()); });
}

void Store::cancelImport()
{
    m_cancel->store(true);
}

QFuture<QList<StoreRow>> Store::rows(const QString &table, const QString &where, const QVariantList &binds,
                                     bool withGeometry)
{
    return post<QList<StoreRow>>(
        [=](StoreWorker *w) { return w->rows(table, where, binds, withGeometry); });
}

QFuture<StoreRow> Store::row(const QString &table, qint64 fid, bool withGeometry)
{
    return post<StoreRow>([=](StoreWorker *w) {
        const QList<StoreRow> r = w->rows(table, QStringLiteral("fid = ?"), {fid}, withGeometry);
        return r.isEmpty() ? StoreRow() : r.first();
    });
}

QFuture<QList<qint64>> Store::fidsInExtent(const QString &table, double minLon, double minLat, double maxLon,
                                           double maxLat)
{
    return post<QList<qint64>>(
        [=](StoreWorker *w) { return w->fidsInExtent(table, minLon, minLat, maxLon, maxLat); });
}

QFuture<QList<AuditEntry>> Store::auditLog(const QString &table, qint64 rowFid, int limit)
{
    return post<QList<AuditEntry>>([=](StoreWorker *w) { return w->auditLog(table, rowFid, limit); });
}

} // namespace fc
