#pragma once

#include "app/core/store/storebackend.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

struct sqlite3;
struct sqlite3_stmt;

namespace fc {

// The GeoPackage backend: the store file's one SQLite connection and every operation on it. Lives on the store
// thread; only Store calls it (through queued invocations). Not part of the public API.
class StoreWorker : public StoreBackend
{
    Q_OBJECT
public:
    // readOnly: nothing is written (role "viewer"); a store whose folder cannot be written is read as an
    // immutable file (no -shm/-wal needed).
    explicit StoreWorker(QString path, bool readOnly = false);
    ~StoreWorker() override;

    // Opens the connection (on the store thread) and migrates to the current schema.
    bool open(int fromVersion, QString *error) override;
    void close() override;
    QString location() const override { return m_path; }
    QString role() override;

    WriteResult apply(const QList<RowChange> &changes, const QString &note) override;
    using StoreBackend::appendReadings;
    AppendResult appendReadings(ReadingStream &readings, const QString &note) override;
    ImportReport import(const ImportOptions &options, const std::atomic_bool *cancel) override;
    QList<StoreRow> rows(const QString &table, const QString &where, const QVariantList &binds, bool geometry) override;
    QList<qint64> fidsInExtent(const QString &table, double minX, double minY, double maxX, double maxY) override;
    QList<AuditEntry> auditLog(const QString &table, qint64 rowFid, int limit) override;
    LayerRead readLayers(const QStringList &tables) override;
    bool dumpTable(const QString &table, QList<StoreRow> *rows, QString *error) override;
    bool loadTables(const QList<QPair<QString, QList<StoreRow>>> &tables, QString *error) override;
    bool dumpTables(const QStringList &tables, QList<QPair<QString, QList<StoreRow>>> *out, QString *error) override;
    // Changes committed by other connections (another process such as floodctl, another seat) since the last
    // look: read from the audit log's tail and announced like our own. Called by a timer on the store thread.
    void pollExternalChanges();

    // Connection setup shared with Store::create: pragmas and GeoPackage SQL functions.
    static bool prepareConnection(QSqlDatabase &db, QString *error);
    static sqlite3 *handle(QSqlDatabase &db);

private:
    bool applyOne(const RowChange &c, const QString &note, WriteResult *r, QString *error);
    bool fetch(const QString &table, qint64 fid, QVariantMap *row, bool geometry, QString *error);
    bool readLayer(sqlite3 *db, const TableSpec &t, std::shared_ptr<const FeatureStore> *out, QString *error);
    qint64 maxChangeId(sqlite3 *db);
    void drainAuditTail();

    QString m_path;
    bool m_readOnly = false;
    QString m_connection;
    QHash<QString, sqlite3_stmt *> m_extentQueries;
    qint64 m_lastChange = 0;   // the last audit_log fid announced on the change feed
    qint64 m_dataVersion = -1; // PRAGMA data_version at the last look
    QTimer *m_poll = nullptr;
};

} // namespace fc
