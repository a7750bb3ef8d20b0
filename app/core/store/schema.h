#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace fc {

// The operation store's schema: every table, its columns, types and the version that introduced them.
// The DDL of each version is derived from this description, so a store created at version N and migrated
// forward has the same tables as a store created at the latest version. Documented in schema.md.
enum class ColumnType { Text, Integer, Real, Boolean, Date, DateTime, Blob };

struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
    int since = 1;          // schema version that added the column
    QStringList allowed;    // allowed values (coded columns), empty = any
    QString references;     // table whose fid this column holds (checked by `floodctl check`)
    bool notNull = false;
    QString defaultValue;   // SQL literal, empty = none
};

// A rule every row must keep, enforced by the database on both backends (a CHECK constraint on the server, a
// pair of triggers in a GeoPackage): a column that is never negative (stock, shelter occupancy).
struct RowRule
{
    QString name;
    QString table;
    QString column;         // must be NULL or >= 0
    QString message;
    int since = 4;

    QString condition(const QString &prefix = {}) const
    {
        return QStringLiteral("%1%2 IS NULL OR %1%2 >= 0").arg(prefix, column);
    }
};

struct TableSpec
{
    QString name;
    QString geometryType;   // POINT, LINESTRING, POLYGON; empty for attribute tables
    QString description;
    QList<ColumnSpec> columns;
    int since = 1;
    int until = 0;           // the version that dropped the table (0: still in use)
    bool appendOnly = false; // rows can be inserted, never updated or deleted (audit_log)
    bool bulkOnly = false;   // written only by the store's own bulk paths, never through apply() (reading_days)

    bool isFeature() const { return !geometryType.isEmpty(); }
    bool existsAt(int version) const { return since <= version && (until == 0 || version < until); }
    const ColumnSpec *column(const QString &name) const;
    QStringList columnNames(int version = 1 << 20) const;
};

namespace Schema {

inline constexpr int CurrentVersion = 6;
inline const char ApplicationName[] = "FloodCommand";

// Every table of every version, including dropped ones (TableSpec::existsAt; feature kinds first, bottom to top as
// on the map), and the tables of the current version.
const QList<TableSpec> &tables();
QList<TableSpec> currentTables();
const TableSpec *table(const QString &name);
// Names of the feature tables (the layer kinds an import can target).
QStringList featureKinds();
QString sqlType(ColumnType type);
// Tables only an administrator may change (the basemap, plans, users and roles); officers change the rest.
bool adminOnly(const QString &table);

// Creates a fresh store at `version` (1..CurrentVersion) on an empty database: GeoPackage core tables,
// version 1, then each migration step. Runs in one transaction.
bool create(QSqlDatabase &db, int version, QString *error);
// Runs migration step `toVersion` inside the caller's transaction: its DDL (migrationSql), the data conversions
// no SQL can express (5: sensor_readings rows into reading_days blocks, ReadingDays::convertRows), then what the
// step drops (dropSql). `note` gets what the conversion could not carry over, if anything.
bool runStep(QSqlDatabase &db, int toVersion, QString *note, QString *error);
QStringList dropSql(int toVersion);
// Migrates a store from its version to CurrentVersion, one transaction per step.
bool migrate(QSqlDatabase &db, int fromVersion, QString *error);
// The schema version recorded in a store, or -1 (error set) when it is not a FloodCommand store.
int version(QSqlDatabase &db, QString *error);

// Rules rows must keep, and unique indexes (portable SQL) that enforce one-of rules such as "a team has at most
// one active dispatch".
const QList<RowRule> &rowRules();
QStringList uniqueRulesSql(int version);
// The same schema on PostgreSQL + PostGIS: tables (geometry(..., 4326) with GiST indexes), rules, the
// append-only audit log, the change-feed trigger (NOTIFY fc_changes with the audit id) and the roles.
QStringList pgCreateSql();
// The audit log's guard on the server: entries take their ids from the sequence whatever an INSERT says, and
// seats write entries only through fc_audit() (SECURITY DEFINER, actor = session_user): officers and admins have
// no INSERT on audit_log. Idempotent (also brings an older server store up to it); pgAuditDropSql removes it.
QStringList pgAuditSql();
QStringList pgAuditDropSql();
QString pgType(ColumnType type);
// The server's own table layout (what differs from the GeoPackage for speed, e.g. how sensor_readings checks its
// sensor), recorded as 'server_layout' in fc_meta; stores of an older layout are upgraded when opened (PgLayout).
// Layout 1 (no key): the generic layout. Layout 2: sensor_readings checks its sensor per statement.
// Layout 3: schema version 5 (readings as day blocks in reading_days; sensor_readings and layout 2's rules gone).
// Layout 4: schema version 6 (the tables and columns of version 6 and their server rules, pgRulesSql(6)).
inline constexpr int PgLayoutVersion = 4;
// The statements that bring a server store of layout `toLayout - 1` to `toLayout` (2: only its number, since
// layout 3 drops the table layout 2 changed). Layout 3 is schema version 5: pgLayoutSql(3) creates reading_days, the caller converts the readings
// (ReadingDays::convertRows), then pgLayoutDropSql(3) drops sensor_readings and its rules.
QStringList pgLayoutSql(int toLayout);
QStringList pgLayoutDropSql(int toLayout);
// The server's own rules (plpgsql triggers, CHECK constraints) that migration step `version` adds: run when a
// server store is created and when an older one is upgraded to that version's layout. The GeoPackage keeps the
// same rules as SQLite triggers in migrationSql().
QStringList pgRulesSql(int version);
// CREATE TABLE and COMMENT of one table on the server (foreign keys, indexes and grants are separate).
QStringList pgTableSql(const TableSpec &t);

// DDL of version 1 and of each step (exposed for tests and schema.md).
QStringList createSql();
QStringList migrationSql(int toVersion);

} // namespace Schema

} // namespace fc
