#include "app/core/store/store.h"

#include "app/core/base/gpkg.h"
#include "app/core/store/audit.h"
#include "app/core/store/storefile.h"
#include "app/core/store/gpkg/storeworker.h"
#include "app/core/store/postgres/pgbackend.h"
#include "app/core/base/readingdays.h"
#include "app/core/store/storecopy.h"
#include "maps/ogrreader.h"

#include <cpl_vsi.h>

#include <cmath>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace fc {

namespace {

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

Store::Store(const QString &path, int version) : m_path(path), m_version(version), m_users(std::make_shared<Users>())
{
    qRegisterMetaType<QList<fc::RowEvent>>();
    m_thread.setObjectName(QStringLiteral("fc-store"));
}

struct Store::Users
{
    std::mutex mutex;
    std::condition_variable released;
    int count = 0;
};

Store::Use Store::use()
{
    Use u;
    u.m_store = this;
    const std::shared_ptr<Users> users = m_users;
    {
        const std::lock_guard<std::mutex> lock(users->mutex);
        ++users->count;
    }
    struct Token
    {
        explicit Token(std::shared_ptr<Users> u) : users(std::move(u)) {}
        Token(const Token &) = delete;
        Token &operator=(const Token &) = delete;
        std::shared_ptr<Users> users;
        ~Token()
        {
            {
                const std::lock_guard<std::mutex> lock(users->mutex);
                --users->count;
            }
            users->released.notify_all();
        }
    };
    u.m_token = std::make_shared<Token>(users);
    return u;
}

int Store::users() const
{
    const std::lock_guard<std::mutex> lock(m_users->mutex);
    return m_users->count;
}

Store::~Store()
{
    {
        // Pool jobs still reading through this store finish first; the store's thread answers them meanwhile.
        std::unique_lock<std::mutex> lock(m_users->mutex);
        m_users->released.wait(lock, [this] { return m_users->count == 0; });
    }
    if (m_worker) {
        cancelImport();
        StoreBackend *w = m_worker.get();
        if (m_thread.isRunning())
            QMetaObject::invokeMethod(w, [w] { w->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        m_worker.reset();
    }
}

int Store::inspect(const QString &path, QString *error)
{
    if (isServer(path)) {
        const std::unique_ptr<Store> s = open(path, error);
        return s ? s->schemaVersion() : -1;
    }
    return StoreFile::inspect(path, error); // regular file, header, schema version checks
}

bool Store::migrateFile(const QString &path, const std::atomic_bool *cancel, QString *error)
{
    const int from = StoreFile::inspect(path, error);
    if (from < 0)
        return false;
    if (from >= Schema::CurrentVersion)
        return true;
    const QString name = QStringLiteral("fc_migrate_") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && StoreWorker::prepareConnection(db, error);
        if (!ok && error->isEmpty())
            *error = db.lastError().text();
        if (ok && cancel)
            sqlite3_progress_handler(StoreWorker::handle(db), 10000,
                                     [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
                                     const_cast<std::atomic_bool *>(cancel));
        ok = ok && Schema::migrate(db, from, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok && cancel && cancel->load()) {
        QString ignored;
        *error = tr("%1: upgrade cancelled; the store stays at schema version %2").arg(path).arg(StoreFile::inspect(path, &ignored));
    } else if (!ok) {
        *error = QStringLiteral("%1: %2").arg(path, *error);
    }
    return ok;
}

bool Store::start(std::unique_ptr<StoreBackend> backend, int version, QString *error)
{
    m_worker = std::move(backend);
    m_worker->setSession(m_session);
    StoreBackend *w = m_worker.get();
    w->moveToThread(&m_thread);
    connect(w, &StoreBackend::committed, this, &Store::rowsChanged, Qt::QueuedConnection);
    connect(w, &StoreBackend::importProgress, this, &Store::importProgress, Qt::QueuedConnection);
    connect(w, &StoreBackend::writeFailed, this, &Store::writeFailed, Qt::QueuedConnection);
    connect(w, &StoreBackend::connectionChanged, this, [this](bool online, const QDateTime &since) {
        m_online = online;
        Q_EMIT connectionChanged(online, since);
    }, Qt::QueuedConnection);
    m_thread.start();
    bool ok = false;
    QString role;
    QMetaObject::invokeMethod(
        w, [w, version, &ok, &role, error] {
            ok = w->open(version, error);
            if (ok)
                role = w->role();
        }, Qt::BlockingQueuedConnection);
    if (!ok)
        return false;
    m_role = role;
    m_version = Schema::CurrentVersion;
    return true;
}

bool Store::isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

std::unique_ptr<Store> Store::open(const QString &path, QString *error)
{
    if (isServer(path)) {
        std::unique_ptr<Store> s(new Store(path, -1));
        QString err;
        if (!s->start(std::make_unique<PgBackend>(path), -1, &err)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(PgBackend::displayName(path), err);
            return {};
        }
        return s;
    }
    QString err;
    const int version = inspect(path, &err);
    if (version < 0 || !StoreFile::writable(path, &err)) {
        if (error)
            *error = err;
        return {};
    }
    std::unique_ptr<Store> s(new Store(QFileInfo(path).absoluteFilePath(), version));
    if (!s->start(std::make_unique<StoreWorker>(s->m_path), version, &err)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, err);
        return {};
    }
    return s;
}

std::unique_ptr<Store> Store::openReadOnly(const QString &path, QString *error)
{
    QString err;
    if (isServer(path)) {
        err = tr("%1: a read-only opening is for store files; on a server, log in with a viewer role")
                  .arg(PgBackend::displayName(path));
    } else {
        const int version = StoreFile::inspect(path, &err, true);
        if (version >= 0) {
            std::unique_ptr<Store> s(new Store(QFileInfo(path).absoluteFilePath(), version));
            s->m_readOnly = true;
            if (s->start(std::make_unique<StoreWorker>(s->m_path, true), version, &err))
                return s;
            err = QStringLiteral("%1: %2").arg(path, err);
        }
    }
    if (error)
        *error = err;
    return {};
}

std::unique_ptr<Store> Store::create(const QString &path, QString *error, const StoreContent &content)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Store>();
    };
    if (isServer(path))
        return createOnServer(path, error, content);
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
            const QString actor = Audit::systemUser();
            ok = h && Gpkg::registerFunctions(h, &err) && Schema::create(db, Schema::CurrentVersion, &err);
            if (ok) {
                AuditEntry a;
                a.actor = actor;
                a.action = QStringLiteral("create");
                a.note = content.note.isEmpty() ? QStringLiteral("new empty store") : content.note;
                ok = execSql(db, QStringLiteral("BEGIN"), &err) && Audit::append(h, a, &err)
                     && execSql(db, QStringLiteral("INSERT INTO fc_meta VALUES ('created_at', '%1')").arg(Audit::nowUtc()), &err)
                     && execSql(db, QStringLiteral("COMMIT"), &err);
            }
            if (ok && content.fill)
                ok = content.fill(h, actor, &err);
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
    if (store && content.seed && !content.seed(*store, &err)) {
        store.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return fail(QStringLiteral("%1: cannot fill the new operation: %2").arg(path, err));
    }
    return store;
}

std::unique_ptr<Store> Store::createOnServer(const QString &uri, QString *error, const StoreContent &content)
{
    QString err;
    if (!PgBackend::initialize(uri, &err)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(PgBackend::displayName(uri), err);
        return {};
    }
    std::unique_ptr<Store> store = open(uri, error);
    if (!store || content.isEmpty())
        return store;
    // The content goes through the same importer as on a file, then onto the server in one transaction.
    QTemporaryDir dir;
    std::unique_ptr<Store> scratch = create(dir.filePath(QStringLiteral("content.gpkg")), &err, content);
    if (!scratch || !StoreCopy::copyInto(*scratch, *store, {}, &err)) {
        store.reset();
        QString ignored;
        PgBackend::dropOperation(uri, &ignored);
        if (error)
            *error = QStringLiteral("%1: cannot fill the new operation: %2").arg(PgBackend::displayName(uri), err);
        return {};
    }
    return store;
}

template<typename T, typename F>
QFuture<T> Store::post(F fn)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    StoreBackend *w = m_worker.get();
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
    return post<WriteResult>([changes, note](StoreBackend *w) { return w->apply(changes, note); });
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
    return post<AppendResult>([batch, changes, note](StoreBackend *w) { return w->appendReadings(*batch, changes, note); });
}

QFuture<AppendResult> Store::appendReadings(std::shared_ptr<ReadingStream> readings, const QString &note)
{
    return post<AppendResult>([readings, note](StoreBackend *w) { return w->appendReadings(*readings, note); });
}

namespace {

// Reads the day blocks the query needs through the backend's own connection (on the store's thread) and takes
// out the readings within its bounds.
ReadingBatch readReadings(StoreBackend *w, const ReadingQuery &q)
{
    QStringList where;
    QVariantList binds;
    QStringList sensorWhere; // conditions on sensors s
    if (!q.sensors.isEmpty()) {
        QStringList fids;
        for (qint64 f : q.sensors)
            fids.append(QString::number(f));
        sensorWhere.append(QStringLiteral("s.fid IN (%1)").arg(fids.join(QLatin1Char(','))));
    }
    if (!q.sensorKind.isEmpty())
        sensorWhere.append(QStringLiteral("s.kind = ?"));
    const qint64 afterMs = q.after.isValid() ? q.after.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 untilMs = q.until.isValid() ? q.until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (q.latestOnly) {
        // Per sensor, the newest block whose first reading is not after `until`: it holds the latest reading.
        QString inner = QStringLiteral("SELECT d.fid FROM reading_days d WHERE d.sensor_fid = s.fid");
        if (q.until.isValid()) {
            inner += QStringLiteral(" AND d.first_at <= ?");
            binds.append(ReadingDays::storedTime(untilMs));
        }
        inner += QStringLiteral(" ORDER BY d.day DESC LIMIT 1");
        if (!q.sensorKind.isEmpty())
            binds.append(q.sensorKind);
        where.append(QStringLiteral("fid IN (SELECT (%1) FROM sensors s%2)")
                         .arg(inner, sensorWhere.isEmpty() ? QString()
                                                           : QStringLiteral(" WHERE ") + sensorWhere.join(QLatin1String(" AND "))));
    } else {
        if (!sensorWhere.isEmpty()) {
            where.append(QStringLiteral("sensor_fid IN (SELECT s.fid FROM sensors s WHERE %1)").arg(sensorWhere.join(QLatin1String(" AND "))));
            if (!q.sensorKind.isEmpty())
                binds.append(q.sensorKind);
        }
        if (q.after.isValid()) {
            where.append(QStringLiteral("day >= ?"));
            binds.append(ReadingDays::dayOf(afterMs));
        }
        if (q.until.isValid()) {
            where.append(QStringLiteral("day <= ?"));
            binds.append(ReadingDays::dayOf(untilMs));
        }
    }
    QList<StoreRow> blocks = w->rows(QStringLiteral("reading_days"), where.join(QLatin1String(" AND ")), binds, false);
    auto key = [](const StoreRow &r) {
        return std::make_pair(r.values.value(QStringLiteral("sensor_fid")).toLongLong(), r.values.value(QStringLiteral("day")).toLongLong());
    };
    std::sort(blocks.begin(), blocks.end(), [&](const StoreRow &a, const StoreRow &b) { return key(a) < key(b); });
    ReadingBatch out;
    QHash<QString, qint32> seenFlags;
    for (const StoreRow &b : std::as_const(blocks)) {
        const auto [sensor, dayNo] = key(b);
        ReadingDay day;
        QString why;
        if (!ReadingDay::decode(b.values.value(QStringLiteral("data")).toByteArray(), dayNo, &day, &why)) {
            qWarning("%s: readings of sensor %lld on %s left out: %s", qPrintable(w->location()), sensor,
                     qPrintable(ReadingDays::storedTime(dayNo * ReadingDays::DayMs).left(10)), qPrintable(why));
            continue;
        }
        const size_t first = out.rows.size();
        for (size_t i = 0; i < day.size(); ++i) {
            const qint64 at = day.atMs(i);
            if (at <= afterMs || at > untilMs)
                continue;
            Reading r;
            r.sensorFid = qint32(sensor);
            r.atMs = at;
            r.value = day.value(i);
            const QString flag = day.quality(i);
            if (!flag.isEmpty())
                r.quality = ReadingDays::qualityIndex(flag, &out.qualities, &seenFlags);
            out.rows.push_back(r);
        }
        if (q.latestOnly && out.rows.size() > first) {
            const Reading last = out.rows.back();
            out.rows.resize(first);
            out.rows.push_back(last);
        }
    }
    return out;
}

} // namespace

QFuture<ReadingBatch> Store::readings(const ReadingQuery &query)
{
    return post<ReadingBatch>([query](StoreBackend *w) { return readReadings(w, query); });
}

QFuture<QList<StoreRow>> Store::readingRows(const ReadingQuery &query)
{
    return post<QList<StoreRow>>([query](StoreBackend *w) { return toRows(readReadings(w, query)); });
}

QList<StoreRow> Store::toRows(const ReadingBatch &readings)
{
    QList<StoreRow> out;
    out.reserve(qsizetype(readings.rows.size()));
    for (const Reading &r : readings.rows)
        out.append(StoreRow{0, ReadingDays::values(r, readings.qualities)});
    return out;
}

QFuture<ImportReport> Store::import(const ImportOptions &options)
{
    // Each import has its own flag: queuing a new one never clears a cancel already asked of an earlier one.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_importCancels.removeIf([](const std::shared_ptr<std::atomic_bool> &c) { return c.use_count() == 1; });
    m_importCancels.append(cancel);
    if (m_role == QLatin1String("viewer")) {
        ImportReport r;
        r.error = tr("%1: this operation is open read-only (role viewer); nothing was imported").arg(m_path);
        QPromise<ImportReport> p;
        p.start();
        p.addResult(r);
        p.finish();
        return p.future();
    }
    return post<ImportReport>([options, cancel](StoreBackend *w) { return w->import(options, cancel.get()); });
}

void Store::cancelImport()
{
    for (const auto &c : std::as_const(m_importCancels))
        c->store(true);
    m_importCancels.clear();
}

QFuture<LayerRead> Store::readLayers(const QStringList &tables)
{
    return post<LayerRead>([tables](StoreBackend *w) { return w->readLayers(tables); });
}

QFuture<WriteResult> Store::applyAfter(const QFuture<WriteResult> &earlier,
                                       std::function<QList<RowChange>(const WriteResult &)> changes,
                                       const QString &note)
{
    return post<WriteResult>([earlier, changes, note](StoreBackend *w) {
        // Requests run one after another on this thread, so the earlier write has finished by now.
        const WriteResult before = earlier.isValid() && earlier.isFinished() && earlier.resultCount() > 0
                                       ? earlier.result()
                                       : WriteResult{};
        const QList<RowChange> c = changes(before);
        if (c.isEmpty()) {
            WriteResult r;
            r.error = before.ok ? QString() : before.error;
            r.ok = before.ok;
            return r;
        }
        return w->apply(c, note);
    });
}

QFuture<QList<StoreRow>> Store::rows(const QString &table, const QString &where, const QVariantList &binds,
                                     bool withGeometry)
{
    return post<QList<StoreRow>>(
        [=](StoreBackend *w) { return w->rows(table, where, binds, withGeometry); });
}

QFuture<StoreRow> Store::row(const QString &table, qint64 fid, bool withGeometry)
{
    return post<StoreRow>([=](StoreBackend *w) {
        const QList<StoreRow> r = w->rows(table, QStringLiteral("fid = ?"), {fid}, withGeometry);
        return r.isEmpty() ? StoreRow() : r.first();
    });
}

QFuture<QList<qint64>> Store::fidsInExtent(const QString &table, double minLon, double minLat, double maxLon,
                                           double maxLat)
{
    return post<QList<qint64>>(
        [=](StoreBackend *w) { return w->fidsInExtent(table, minLon, minLat, maxLon, maxLat); });
}

QFuture<bool> Store::dumpTable(const QString &table, QList<StoreRow> *rows, QString *error)
{
    return post<bool>([=](StoreBackend *w) { return w->dumpTable(table, rows, error); });
}

QFuture<bool> Store::loadTables(const QList<QPair<QString, QList<StoreRow>>> &tables, QString *error)
{
    return post<bool>([=](StoreBackend *w) { return w->loadTables(tables, error); });
}

QFuture<bool> Store::dumpTables(const QStringList &tables, QList<QPair<QString, QList<StoreRow>>> *out, QString *error)
{
    return post<bool>([=](StoreBackend *w) { return w->dumpTables(tables, out, error); });
}

QFuture<QList<AuditEntry>> Store::auditLog(const QString &table, qint64 rowFid, int limit)
{
    return post<QList<AuditEntry>>([=](StoreBackend *w) { return w->auditLog(table, rowFid, limit); });
}

bool Store::lockIntake(QString *holder)
{
    if (m_intakeLock || m_intakeHeld)
        return true;
    if (isServer(m_path)) {
        QString who;
        const bool ok = post<bool>([&who](StoreBackend *w) { return w->lockIntake(&who); }).result();
        if (!ok && holder)
            *holder = who;
        m_intakeHeld = ok;
        return ok;
    }
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".intake.lock"));
    lock->setStaleLockTime(0); // only a dead process's lock is stale (checked by pid on this host)
    if (lock->tryLock(0)) {
        m_intakeLock = std::move(lock);
        return true;
    }
    if (holder) {
        qint64 pid = 0;
        QString host, app;
        if (lock->getLockInfo(&pid, &host, &app))
            *holder = QStringLiteral("process %1 (%2) on %3").arg(pid).arg(app.isEmpty() ? QStringLiteral("?") : app, host);
        else
            *holder = QStringLiteral("%1: cannot create the lock file").arg(m_path + QStringLiteral(".intake.lock"));
    }
    return false;
}

} // namespace fc
