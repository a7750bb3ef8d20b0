#pragma once

#include "app/core/store/audit.h"
#include "app/core/store/import/importer.h"
#include "app/core/base/reading.h"
#include "app/core/store/schema.h"
#include "maps/featurestore.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThread>
#include <QUuid>
#include <QVariantMap>
#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;
class QLockFile;

namespace fc {

// One change to one row (fid: the row to update or delete; for an insert 0, or the fid to restore).
// Values map column -> value; "geom" takes WKT in lon/lat (EPSG:4326). Dates and
// times may be QDate/QDateTime (converted to UTC) or ISO 8601 text.
struct RowChange
{
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Update;
    QString table;
    qint64 fid = 0;
    QVariantMap values;
};

// A committed change, as the store announces it. Reset means "reload this table" (after an import).
struct RowEvent
{
    enum class Kind { Insert, Update, Delete, Reset };
    Kind kind = Kind::Update;
    QString table;
    qint64 fid = 0;
    QVariantMap before, after; // full rows (geometry as WKT under "geom")
    qint64 changeId = 0;       // the committed change (one write = one change id, increasing in commit order)
    QString actor;             // who made the change (store user; the database login on a server)
    QDateTime at;              // commit time (UTC)
    QString origin;            // the Store (Store::session) that wrote it, where known: readings (see AlarmService)
};

// Why a write was refused, as the store layer recognised it (the server's SQLSTATE 23505 and the constraint's name;
// SQLite's extended code and the columns it names): Conflict means another seat got there first against one of the
// operation's one-of rules; `constraint` says which (StoreBackend::OneActiveDispatchPerTeam, ...).
enum class WriteRefusal { None, Conflict, Other };

struct WriteResult
{
    bool ok = false;
    QString error;
    WriteRefusal refusal = WriteRefusal::None; // set when !ok
    QString constraint;                         // the one-of rule of a Conflict
    QList<qint64> fids;       // the row of each change (new fids for inserts)
    QList<RowEvent> events;
};

// Feature tables read for the map through the store's own connection (never a second library on the file),
// as of one change id: apply only later events on top.
struct LayerRead
{
    bool ok = false;
    QString error;
    qint64 changeId = 0;
    QHash<QString, std::shared_ptr<const FeatureStore>> layers; // table -> features in Web Mercator
};

// Result of Store::appendReadings.
struct AppendResult
{
    bool ok = false;
    QString error;
    qint64 stored = 0;      // new readings
    qint64 duplicates = 0;  // readings already stored (same sensor, time and value): left as they were
    qint64 conflicts = 0;   // readings at a stored time (or repeated in the input) with another value: left out
    qint64 corrected = 0;   // with ReadingBatch::corrections: stored values replaced (audited with both values)
    WriteResult changes;    // the accompanying row changes (fids, events)
};

// Readings to store in one transaction, delivered in chunks (Store::appendReadings with a stream): the CSV ingest
// parses and evaluates a few hundred thousand readings at a time instead of holding a whole file in memory.
// Called on the store's thread, one call after another.
class ReadingStream
{
public:
    virtual ~ReadingStream() = default;
    // The next readings (owned by the stream, valid until the next call); null at the end, or on an error: then
    // error() says why and the whole call rolls back (nothing stored).
    virtual const ReadingBatch *next() = 0;
    virtual QString error() const { return {}; }
    // After the last chunk: row changes to write in the same transaction (the alarms the readings raise).
    virtual QList<RowChange> changes() { return {}; }
};

struct StoreRow
{
    qint64 fid = 0;
    QVariantMap values;
};

// Which readings Store::readings returns: after < time <= until (an invalid bound is open), of the given sensors
// (empty: every sensor) and sensor kind (empty: any).
struct ReadingQuery
{
    QList<qint64> sensors;
    QString sensorKind;
    QDateTime after, until;
    bool latestOnly = false; // only the latest reading of each sensor within the bounds
};

class StoreBackend;

// The operation store: one GeoPackage file for the whole operation (see schema.md). A Store object lives on
// the thread that made it; all database work runs on the store's own thread, one request after another, each
// write in one transaction together with its audit entries. Results come back as QFutures (use a QFutureWatcher
// owned by the receiver in the GUI, waitForFinished() in tools and tests; not QFuture::then(context, ...) when the
// context may die first: Qt 6.4 then runs the continuation on the store thread against a dead context) and
// committed changes are announced by rowsChanged().
class Store;

// What a new store holds beyond its empty schema. The store knows no district: the demo operation's content comes
// from district/ (DemoOperation::createStore), a test's from the test.
struct StoreContent
{
    QString note; // the creation's audit note
    // Runs inside the new file before it is first opened (on a file store; on a server the content is made in a
    // scratch file and copied in one transaction).
    std::function<bool(sqlite3 *db, const QString &actor, QString *error)> fill;
    // Runs through the opened store (either backend).
    std::function<bool(Store &store, QString *error)> seed;
    bool isEmpty() const { return !fill && !seed; }
};

class Store : public QObject
{
    Q_OBJECT
public:
    // Creates a new store (refuses an existing path), empty or with `content`. The file appears complete or not at
    // all; a server operation is dropped again when its content cannot be written.
    static std::unique_ptr<Store> create(const QString &path, QString *error, const StoreContent &content = {});
    // Opens a store, migrating an older schema forward. Refuses (and never modifies) files that are not SQLite,
    // not FloodCommand stores, or from a newer FloodCommand.
    static std::unique_ptr<Store> open(const QString &path, QString *error);
    // Opens a store file for reading only (a briefing, a copy on read-only media): nothing can be written through
    // it (role viewer: every write is refused with a reason), no migration. Changes made by others still arrive,
    // except when its folder cannot be written: then it is read as an immutable file (refused if changes wait
    // in its -wal file).
    static std::unique_ptr<Store> openReadOnly(const QString &path, QString *error);
    // Reads a file's schema version without writing to it; -1 and a message when it is not a usable store.
    static int inspect(const QString &path, QString *error);
    // Migrates a store file to the current schema on the calling thread (a pool thread: schema 5 rewrites every
    // reading, about half a minute for ten million), through its own connection; open() then finds nothing to do.
    // Setting *cancel stops it: the step under way is rolled back (the file keeps the version of the last finished
    // step, said in the error). True when the file is current.
    static bool migrateFile(const QString &path, const std::atomic_bool *cancel, QString *error);

    ~Store() override;

    // A file path, or a postgresql:// URI for a shared operation on a server.
    QString path() const { return m_path; }
    static bool isServer(const QString &location);
    // What this seat may change: viewer (read only), officer, admin (see Schema::adminOnly).
    QString role() const { return m_role; }
    // False while the server is unreachable (the last state stays shown; writes fail visibly).
    bool isOnline() const { return m_online; }
    int schemaVersion() const { return m_version; }
    bool isReadOnly() const { return m_readOnly; }
    // The person recorded in the audit log for the following writes (default: the OS user).
    void setUser(const QString &user);
    QString user() const;
    // This Store's own id (a new one per opening): readings it writes carry it on every seat's change feed
    // (RowEvent::origin), so the seat that wrote readings is the one that evaluates them.
    QString session() const { return m_session; }
    // Claims the operation's one reading intake (feed endpoint, drop folder, CAP folder: the writer that evaluates)
    // for as long as this Store is open: a lock file beside a store file (freed when the process dies), an advisory
    // lock on the server (freed when the connection closes). False, with who holds it, when another process or seat
    // runs the intake. Blocking (a file lock, or one query on the store's thread): call at start-up, or off the GUI
    // thread for a server.
    bool lockIntake(QString *holder);

    QFuture<WriteResult> apply(const QList<RowChange> &changes, const QString &note = {});
    QFuture<WriteResult> insertRow(const QString &table, const QVariantMap &values, const QString &note = {});
    QFuture<WriteResult> updateRow(const QString &table, qint64 fid, const QVariantMap &values,
                                   const QString &note = {});
    QFuture<WriteResult> deleteRow(const QString &table, qint64 fid, const QString &note = {});
    // -- bulk readings --
    // Appends sensor readings in bulk, with optional row changes (e.g. the alarms they raise), all in ONE
    // transaction with one audit entry for the readings; a reading already stored (same sensor and time) is left
    // unchanged and counted as a duplicate (idempotent re-ingest). Unknown sensors fail the whole call.
    // Change feed (table name "sensor_readings": readings keep their name on the feed and in the audit log, while
    // they are stored in reading_days): one Insert event per stored reading for small batches (<= 2000), with fid 0
    // and the reading's values, else one Reset event for sensor_readings; then the events of `changes` (more than 2000 changes, e.g. the alarms of a year of readings:
    // written in bulk with one audit entry and one Reset event per table). Pass the batch with std::move.
    // Both backends merge each chunk's readings into the day blocks they fall in (ReadingDay::merge): GeoPackage
    // through prepared statements, server through a binary COPY into a staging table and one
    // INSERT ... ON CONFLICT (sensor_fid, day) DO UPDATE per chunk.
    QFuture<AppendResult> appendReadings(ReadingBatch readings, const QList<RowChange> &changes = {},
                                         const QString &note = {});
    // The same from a stream of chunks (one transaction; the stream's changes() are written after the readings).
    // The stream is used on the store's thread until the future finishes.
    QFuture<AppendResult> appendReadings(std::shared_ptr<ReadingStream> readings, const QString &note = {});
    // Readings (stored as one block per sensor and day, reading_days), sorted by sensor then time. Damaged blocks
    // are left out with a warning naming the sensor and day.
    QFuture<ReadingBatch> readings(const ReadingQuery &query);
    // The same as rows with the values the change feed carries for a reading (sensor_fid, observed_at as stored,
    // value, quality; fid 0), for code that handles both alike.
    QFuture<QList<StoreRow>> readingRows(const ReadingQuery &query);
    static QList<StoreRow> toRows(const ReadingBatch &readings);
    // -- end bulk readings --
    // Imports a file into a feature table (one transaction; see Importer). Progress: importProgress().
    QFuture<ImportReport> import(const ImportOptions &options);
    // Cancels a running import; it rolls back and leaves the store unchanged.
    void cancelImport();

    // Rows of a table (optionally filtered by an SQL condition with ? binds), geometry as WKT when asked.
    QFuture<QList<StoreRow>> rows(const QString &table, const QString &where = {}, const QVariantList &binds = {},
                                  bool withGeometry = false);
    QFuture<StoreRow> row(const QString &table, qint64 fid, bool withGeometry = false);
    // Fids of features whose bounding box meets the extent (lon/lat), through the GeoPackage R-tree.
    QFuture<QList<qint64>> fidsInExtent(const QString &table, double minLon, double minLat, double maxLon,
                                        double maxLat);
    // Reads feature tables for the map (geometry to Web Mercator) in one read transaction.
    QFuture<LayerRead> readLayers(const QStringList &tables);
    // Runs after every request queued before it: make the changes from the result of an earlier write without
    // waiting for it (e.g. undo of an insert whose fid is not known yet). Never blocks the caller.
    QFuture<WriteResult> applyAfter(const QFuture<WriteResult> &earlier,
                                    std::function<QList<RowChange>(const WriteResult &)> changes,
                                    const QString &note = {});
    // floodctl copy: dump a table (fids kept, geometry as ISO WKB) / load dumped tables into a new, empty store.
    // The pointers must stay valid until the future finishes (tools wait on it).
    QFuture<bool> dumpTable(const QString &table, QList<StoreRow> *rows, QString *error);
    QFuture<bool> loadTables(const QList<QPair<QString, QList<StoreRow>>> &tables, QString *error);
    // Every named table as of one moment, row counts checked (see StoreBackend::dumpTables).
    QFuture<bool> dumpTables(const QStringList &tables, QList<QPair<QString, QList<StoreRow>>> *out, QString *error);
    QFuture<QList<AuditEntry>> auditLog(const QString &table = {}, qint64 rowFid = 0, int limit = 1000);

    // Work running off the GUI thread with this store (a pool job) holds a Use, taken where the job is started
    // (e.g. captured by value in the job's lambda): closing the store waits until every Use has ended (its thread
    // keeps answering meanwhile), so a job never reads through a closed store. Only pool jobs may hold one.
    class Use
    {
    public:
        Use() = default;
        Store *store() const { return m_store; }
        explicit operator bool() const { return m_store != nullptr; }

    private:
        friend class Store;
        Store *m_store = nullptr;
        std::shared_ptr<void> m_token;
    };
    Use use();
    int users() const; // Uses alive now (tests)

Q_SIGNALS:
    void rowsChanged(const QList<fc::RowEvent> &events);
    // A write was refused or failed (nothing of it was stored); the future carries the same error.
    void writeFailed(const QString &error);
    void importProgress(qint64 done, qint64 total);
    void connectionChanged(bool online, const QDateTime &since);

private:
    Store(const QString &path, int version);
    struct Users;
    template<typename T, typename F>
    QFuture<T> post(F fn);
    bool start(std::unique_ptr<StoreBackend> backend, int version, QString *error);
    static std::unique_ptr<Store> createOnServer(const QString &uri, QString *error, const StoreContent &content);

    QString m_path;
    int m_version = 0;
    QThread m_thread;
    std::unique_ptr<StoreBackend> m_worker;
    QString m_role = QStringLiteral("admin");
    bool m_online = true;
    QList<std::shared_ptr<std::atomic_bool>> m_importCancels; // one flag per queued or running import
    std::shared_ptr<Users> m_users;
    std::unique_ptr<QLockFile> m_intakeLock;
    bool m_intakeHeld = false;
    bool m_readOnly = false;
    QString m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

} // namespace fc

Q_DECLARE_METATYPE(fc::RowEvent)
