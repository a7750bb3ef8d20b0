#pragma once

#include "app/core/store.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace fc {

// The store's database connection and every operation on it. Lives on the store thread; only Store calls it
// (through queued invocations). Not part of the public API.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(QString path);
    ~StoreWorker() override;

    // Opens the connection (on the store thread) and migrates to the current schema.
    bool open(int fromVersion, QString *error);
    void close();

    void setUser(const QString &user);
    QString user() const;

    WriteResult apply(const QList<RowChange> &changes, const QString &note);
    AppendResult appendReadings(const ReadingBatch &readings, const QList<RowChange> &changes, const QString &note);
    ImportReport import(const ImportOptions &options, const std::atomic_bool *cancel);
    QList<StoreRow> rows(const QString &table, const QString &where, const QVariantList &binds, bool geometry);
    QList<qint64> fidsInExtent(const QString &table, double minX, double minY, double maxX, double maxY);
    QList<AuditEntry> auditLog(const QString &table, qint64 rowFid, int limit);

    // Connection setup shared with Store::create: pragmas and GeoPackage SQL functions.
    static bool prepareConnection(QSqlDatabase &db, QString *error);
    static sqlite3 *handle(QSqlDatabase &db);

Q_SIGNALS:
    void committed(const QList<fc::RowEvent> &events);
    void writeFailed(const QString &error);
    void importProgress(qint64 done, qint64 total);

private:
    bool applyOne(const RowChange &c, const QString &note, WriteResult *r, QString *error);
    bool fetch(const QString &table, qint64 fid, QVariantMap *row, bool geometry, QString *error);
    bool convertValues(const TableSpec &t, const QVariantMap &in, QVariantMap *out, QString *error);

    QString m_path;
    QString m_connection;
    QHash<QString, sqlite3_stmt *> m_extentQueries;
    mutable QMutex m_userLock;
    QString m_user;
};

} // namespace fc
