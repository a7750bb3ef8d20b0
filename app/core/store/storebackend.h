#pragma once

#include <QSqlError>

#include "app/core/store/audit.h"
#include "app/core/store/store.h"

#include <QDateTime>
#include <QMap>
#include <QMutex>
#include <QObject>

namespace fc {

// One kind of database behind the Store interface: a GeoPackage file (StoreWorker) or a PostgreSQL + PostGIS
// server (PgBackend). Lives on the store's thread; only Store calls it, one request after another. Not part of
// the public API: panels, layers and floodctl speak to Store.
// The next chunk of a reading stream for a backend's appendReadings: null at the end; on the stream's error also
// null, with *ok false and *error the stream's reason (the caller rolls back).
inline const ReadingBatch *nextReadings(ReadingStream &stream, bool *ok, QString *error)
{
    const ReadingBatch *batch = stream.next();
    if (!batch && !stream.error().isEmpty()) {
        *ok = false;
        *error = stream.error();
    }
    return batch;
}

// Row changes written in bulk with readings (the alarms of a large ingest) are audited per table, not per row: the
// note of each table's one audit entry, by table.
inline QMap<QString, QString> bulkAuditNotes(const QList<RowChange> &changes, const QString &note)
{
    QMap<QString, int> perTable;
    for (const RowChange &c : changes)
        ++perTable[c.table];
    QMap<QString, QString> notes;
    for (auto it = perTable.cbegin(); it != perTable.cend(); ++it)
        notes.insert(it.key(), (note.isEmpty() ? QString() : note + QStringLiteral(": "))
                                   + QStringLiteral("%1 rows inserted or updated with the readings").arg(it.value()));
    return notes;
}

class StoreBackend : public QObject
{
    Q_OBJECT
public:
    // The operation's one-of rules, by the names a refusal carries (WriteResult::constraint).
    static inline const char OneActiveDispatchPerTeam[] = "one active dispatch per team";
    static inline const char OneAlarmInForce[] = "one alarm in force per source";
    static inline const char OneSignalInForce[] = "one warning signal in force per kind";
    static inline const char OneResponseLevelInForce[] = "one response level in force";
    static inline const char OneReadingPerInstant[] = "one reading per sensor and instant";
    // Recognises a unique-rule refusal: PostgreSQL by SQLSTATE 23505 and the index named in it, SQLite by its
    // constraint code and the columns it names. Empty when the error is something else.
    static QString uniqueRuleOf(const QSqlError &error);
    ~StoreBackend() override = default;

    // Opens the connection and migrates to the current schema (fromVersion: as inspected, or -1 to find out).
    virtual bool open(int fromVersion, QString *error) = 0;
    virtual void close() = 0;
    virtual QString location() const = 0;

    void setUser(const QString &user);
    QString user() const;
    void setSession(const QString &session) { m_session = session; }
    QString session() const { return m_session; }
    // viewer, officer or admin: what the connected user may change (the server enforces it too).
    virtual QString role() = 0;

    // Claims the operation's one reading intake for this connection's lifetime (Store::lockIntake); false with who
    // holds it. A file store's lock is a lock file the Store itself takes; the server's an advisory lock.
    virtual bool lockIntake(QString *holder) { Q_UNUSED(holder) return true; }

    virtual WriteResult apply(const QList<RowChange> &changes, const QString &note) = 0;
    // Bulk sensor readings (duplicates of sensor and time left as they were) with accompanying row changes, in
    // one transaction with one audit entry.
    // (Implemented on the stream form below: one chunk, then `changes`.)
    AppendResult appendReadings(const ReadingBatch &readings, const QList<RowChange> &changes, const QString &note);
    virtual AppendResult appendReadings(ReadingStream &readings, const QString &note) = 0;
    virtual ImportReport import(const ImportOptions &options, const std::atomic_bool *cancel) = 0;
    virtual QList<StoreRow> rows(const QString &table, const QString &where, const QVariantList &binds,
                                 bool geometry) = 0;
    virtual QList<qint64> fidsInExtent(const QString &table, double minX, double minY, double maxX, double maxY) = 0;
    virtual QList<AuditEntry> auditLog(const QString &table, qint64 rowFid, int limit) = 0;
    virtual LayerRead readLayers(const QStringList &tables) = 0;

    // Whole-operation copy (floodctl copy): every row of a table with its fid, geometry as ISO WKB under
    // "geom"; and loading such rows into an empty table of a new store, keeping fids, in one transaction.
    virtual bool dumpTable(const QString &table, QList<StoreRow> *rows, QString *error) = 0;
    virtual bool loadTables(const QList<QPair<QString, QList<StoreRow>>> &tables, QString *error) = 0;
    // Every named table as of one moment (one read transaction; REPEATABLE READ on a server), each table's row
    // count checked against the same snapshot: a read cut short (a lost server) is an error, never a short copy.
    virtual bool dumpTables(const QStringList &tables, QList<QPair<QString, QList<StoreRow>>> *out, QString *error) = 0;

    // Converts values given by a caller to what a column stores; geometry (WKT in lon/lat) to a GeoPackage
    // blob or kept as checked WKT. Names the table and column on error.
    static bool convertValues(const TableSpec &t, const QVariantMap &in, QVariantMap *out, bool geometryAsBlob,
                              QString *error);
    // The change-feed events an audit entry stands for (both backends read the audit log's tail the same way),
    // appended to `events`: one, none for entries that change no table (create, migrate), and for the import entry
    // of a small batch of readings one Insert per reading it lists (readingsAuditAfter). Before/after are the
    // entry's JSON text.
    static void eventsFromAudit(qint64 id, const QString &at, const QString &actor, const QString &action,
                                const QString &table, qint64 rowFid, const QByteArray &before, const QByteArray &after,
                                QList<RowEvent> *events);
    // The `after` of a readings import entry that lists its readings (up to 2,000: the ones that get an event each),
    // so other seats and processes get the same Insert events as the writer: {"writer": session, "readings":
    // [[sensor_fid, observed_at, value, quality], ...]} from the events' values; the events carry the writer as
    // their origin.
    QJsonObject readingsAuditAfter(const QList<RowEvent> &events) const; // with "writer": session()
    // The audit log, newest first, through a Qt SQL connection (the same table and SQL on both backends).
    static QList<AuditEntry> readAuditLog(const QString &connection, const QString &table, qint64 rowFid, int limit);
    // Refuses a change the role may not make (before touching the database).
    static bool allowed(const QString &role, const RowChange &c, QString *error);

Q_SIGNALS:
    void committed(const QList<fc::RowEvent> &events);
    void writeFailed(const QString &error);
    void importProgress(qint64 done, qint64 total);
    // The server went away (online false, since when) or came back (online true).
    void connectionChanged(bool online, const QDateTime &since);

protected:
    // Set by the backends when a statement of the write in progress was refused by a unique rule; read (and
    // cleared) when the write's result is made.
    QString m_refusedRule;

private:
    mutable QMutex m_userLock;
    QString m_session; // set once by Store before the backend's thread starts
    QString m_user = Audit::systemUser();
};

} // namespace fc
