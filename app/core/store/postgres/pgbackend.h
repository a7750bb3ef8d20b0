#pragma once

#include "app/core/store/storebackend.h"

#include <QTimer>

class QSqlDatabase;

namespace fc {

// The PostgreSQL + PostGIS backend for a shared operation (several seats, floodctl, integrations). Same schema
// as the GeoPackage (Schema::pgCreateSql), writes in transactions with their audit entries, and a change feed
// from the database itself: a trigger NOTIFYs each audit id at commit; every seat reads the audit log's tail
// from the last id it announced, so it also catches up after a lost connection. Writers take one transaction
// lock so audit ids grow in commit order.
class PgBackend : public StoreBackend
{
    Q_OBJECT
public:
    explicit PgBackend(QString uri);
    ~PgBackend() override;

    // The URI without a password, for messages.
    static QString displayName(const QString &uri);
    // Readings this process sent to a server with COPY (straight or through the staging table): tests check that
    // bulk ingest takes that path, not the row-by-row INSERT kept for builds without libpq.
    static qint64 readingsCopied();
    // Creates the operation schema in an empty database (refuses one that holds an operation or our tables).
    static bool initialize(const QString &uri, QString *error);
    // Drops the operation's tables, functions and data (floodctl copy --replace). Nothing else in the database.
    static bool dropOperation(const QString &uri, QString *error);
    // Creates the operation and loads tables (dumped by dumpTables) in one transaction; with replace, an existing
    // operation is dropped in that same transaction (only by its owner or an administrator). Nothing is visible to
    // other seats until it commits; a failure or an interruption leaves the database as it was.
    static bool createOperation(const QString &uri, const QList<QPair<QString, QList<StoreRow>>> &tables, bool replace,
                                QString *error);
    // Identifies the operation at uri (database, server address and port, creation time); "" if none answers.
    static QString fingerprint(const QString &uri);

    bool open(int fromVersion, QString *error) override;
    void close() override;
    QString location() const override { return m_uri; }
    QString role() override;

    WriteResult apply(const QList<RowChange> &changes, const QString &note) override;
    using StoreBackend::appendReadings;
    AppendResult appendReadings(ReadingStream &readings, const QString &note) override;
    ImportReport import(const ImportOptions &options, const std::atomic_bool *cancel) override;
    QList<StoreRow> rows(const QString &table, const QString &where, const QVariantList &binds, bool geometry) override;
    QList<qint64> fidsInExtent(const QString &table, double minX, double minY, double maxX, double maxY) override;
    QList<AuditEntry> auditLog(const QString &table, qint64 rowFid, int limit) override;
    LayerRead readLayers(const QStringList &tables) override;
    bool lockIntake(QString *holder) override;
    bool dumpTable(const QString &table, QList<StoreRow> *rows, QString *error) override;
    bool loadTables(const QList<QPair<QString, QList<StoreRow>>> &tables, QString *error) override;
    bool dumpTables(const QStringList &tables, QList<QPair<QString, QList<StoreRow>>> *out, QString *error) override;

private:
    static QStringList dropSql();
    // An audit entry: through fc_audit() (actor = session_user, id from the sequence), or on a server store not yet
    // brought up to it, the plain INSERT. values: one SQL expression per column ("?" by default); returns fid, actor.
    QString auditSql(const QStringList &columns, QStringList values = {}) const;
    // Makes sure fc_audit() is there (the owner or an administrator installs it on an older store).
    void ensureAuditFunction();
    static bool loadRows(QSqlDatabase &db, const QList<QPair<QString, QList<StoreRow>>> &tables, QString *error);
    bool connectDb(QString *error);
    // Brings an older server store to Schema::PgLayoutVersion (pgbackendlayout.cpp); the layout the store then
    // has (an older one with the reason when this login may not upgrade it).
    int upgradeLayout(QString *error);
    bool checkOnline(QString *error);
    void lost(const QString &why);
    void tryReconnect();
    void drainAuditTail();
    bool m_auditFunction = false;
    bool applyOne(const RowChange &c, const QString &note, WriteResult *r, QString *error);
    bool fetch(const TableSpec &t, qint64 fid, QVariantMap *row, QString *error, bool forUpdate = false);
    QString selectList(const TableSpec &t, bool wktGeometry) const;
    QString lastChangeBy(const QString &table, qint64 fid);

    QString m_uri;
    QString m_connection;
    qint64 m_lastChange = 0;
    bool m_online = false;
    int m_layout = 1; // the server layout of the open store (Schema::PgLayoutVersion once upgraded)
    QDateTime m_offlineSince;
    QTimer *m_ping = nullptr;
};

} // namespace fc
