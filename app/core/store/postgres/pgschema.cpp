// The operation schema on PostgreSQL + PostGIS, generated from the same description as the GeoPackage one
// (Schema::tables()), so both backends hold the same tables, columns, coded values and rules.
#include "app/core/base/gpkg.h"
#include "app/core/store/schema.h"
#include "app/core/store/schemasteps.h"
#include "app/core/store/hazardworkflow.h"

#include <QDateTime>

namespace fc::Schema {

namespace {

QString pgColumnSql(const ColumnSpec &c)
{
    QString s = Gpkg::quoted(c.name) + QLatin1Char(' ') + pgType(c.type);
    // Times and dates are fixed-format ISO 8601 text: byte order is time order, and indexes on them (the readings'
    // UNIQUE (sensor, time)) compare twice as fast as under the database's locale.
    if (c.type == ColumnType::DateTime || c.type == ColumnType::Date)
        s += QStringLiteral(" COLLATE \"C\"");
    if (c.notNull)
        s += QStringLiteral(" NOT NULL");
    if (!c.defaultValue.isEmpty())
        s += QStringLiteral(" DEFAULT ") + c.defaultValue;
    if (!c.allowed.isEmpty())
        s += QStringLiteral(" CHECK (%1 IN ('%2'))").arg(Gpkg::quoted(c.name), c.allowed.join(QLatin1String("', '")));
    if (c.type == ColumnType::Boolean)
        s += QStringLiteral(" CHECK (%1 IN (0, 1))").arg(Gpkg::quoted(c.name));
    return s; // references are added once every table exists (a table may refer to one defined after it)
}

// The index statements of migration step v (unique ones carry rules such as "one reading block per sensor and
// day"), in the server's dialect (ifnull is SQLite's spelling of coalesce); none on tables a later version dropped.
QStringList indexSql(int v)
{
    QStringList sql;
    for (QString statement : migrationSql(v)) {
        const QString head = statement.left(24).toUpper();
        if (!head.startsWith(QLatin1String("CREATE INDEX")) && !head.startsWith(QLatin1String("CREATE UNIQUE INDEX"))
            && !head.startsWith(QLatin1String("DROP INDEX")))
            continue;
        bool onDropped = false;
        for (const TableSpec &t : tables())
            if (!t.existsAt(CurrentVersion) && (statement.contains(QStringLiteral(" ON %1 ").arg(t.name))
                                                || statement.contains(QStringLiteral(" idx_%1_").arg(t.name))))
                onDropped = true;
        if (onDropped)
            continue;
        statement.replace(QLatin1String("ifnull("), QLatin1String("coalesce("), Qt::CaseInsensitive);
        sql.append(statement);
    }
    return sql;
}

// A server store brought from schema version `version - 1` to `version` (version 6 on): the tables and columns the
// step adds, as a new store has them, their references, indexes, grants and server rules, and the version row.
QStringList schemaStepSql(int version)
{
    QStringList sql, references; // references once every table of the step exists (one may refer to a later one)
    QList<const TableSpec *> added;
    for (const TableSpec &t : tables()) {
        if (!t.existsAt(version))
            continue;
        if (t.since == version) {
            sql += pgTableSql(t);
            added.append(&t);
            for (const ColumnSpec &c : t.columns)
                if (!c.references.isEmpty())
                    references.append(QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES %3(fid) DEFERRABLE "
                                              "INITIALLY DEFERRED")
                                   .arg(Gpkg::quoted(t.name), Gpkg::quoted(c.name), Gpkg::quoted(c.references)));
            continue;
        }
        for (const ColumnSpec &c : t.columns) {
            if (c.since != version)
                continue;
            sql.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(Gpkg::quoted(t.name), pgColumnSql(c)));
            if (!c.references.isEmpty())
                references.append(QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES %3(fid) DEFERRABLE "
                                          "INITIALLY DEFERRED")
                               .arg(Gpkg::quoted(t.name), Gpkg::quoted(c.name), Gpkg::quoted(c.references)));
        }
    }
    sql += references;
    sql += indexSql(version);
    for (const RowRule &r : rowRules())
        if (r.since == version)
            sql.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3)")
                           .arg(Gpkg::quoted(r.table), Gpkg::quoted(r.name), r.condition()));
    sql += uniqueRulesSql(version);
    for (const TableSpec *t : added) {
        sql.append(QStringLiteral("GRANT SELECT ON %1 TO fc_viewer, fc_officer, fc_admin").arg(Gpkg::quoted(t->name)));
        const QString who = adminOnly(t->name) ? QStringLiteral("fc_admin") : QStringLiteral("fc_officer, fc_admin");
        sql.append(QStringLiteral("GRANT %1 ON %2 TO %3")
                       .arg(t->appendOnly ? QStringLiteral("INSERT") : QStringLiteral("INSERT, UPDATE, DELETE"),
                            Gpkg::quoted(t->name), t->appendOnly ? QStringLiteral("fc_officer, fc_admin") : who));
        sql.append(QStringLiteral("GRANT USAGE ON SEQUENCE %1 TO fc_officer, fc_admin")
                       .arg(Gpkg::quoted(t->name + QStringLiteral("_fid_seq"))));
    }
    sql += pgRulesSql(version);
    sql.append(QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (%1, '%2', "
                              "'server layout %3: schema version %1')")
                   .arg(version)
                   .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                   .arg(PgLayoutVersion));
    return sql;
}

} // namespace

QStringList pgLayoutSql(int toLayout)
{
    QStringList sql;
    // Layout 2 (statement-level sensor rules on sensor_readings) only concerned sensor_readings, which layout 3
    // drops: a store of layout 1 goes straight to 3.
    if (toLayout == 3) {
        // Schema version 5 (readings as day blocks): the new table as a new store has it; the caller moves the
        // readings over (ReadingDays::convertRows) and then runs pgLayoutDropSql(3).
        const TableSpec *days = table(QStringLiteral("reading_days"));
        sql += pgTableSql(*days);
        sql.append(QStringLiteral("ALTER TABLE reading_days ADD FOREIGN KEY (sensor_fid) REFERENCES sensors(fid) "
                                  "DEFERRABLE INITIALLY DEFERRED"));
        sql += indexSql(5);
        sql.append(QStringLiteral("GRANT SELECT ON reading_days TO fc_viewer, fc_officer, fc_admin"));
        sql.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON reading_days TO fc_officer, fc_admin"));
        sql.append(QStringLiteral("GRANT USAGE ON SEQUENCE reading_days_fid_seq TO fc_officer, fc_admin"));
    }
    if (toLayout == 4)
        sql += schemaStepSql(6);
    sql.append(QStringLiteral("INSERT INTO fc_meta VALUES ('server_layout', '%1') ON CONFLICT (key) DO UPDATE SET "
                              "value = EXCLUDED.value")
                   .arg(toLayout));
    return sql;
}

QStringList pgRulesSql(int version)
{
    QStringList sql;
    if (version != 6)
        return sql;
    // -- v6 typhoon --
    // -- end v6 typhoon --
    // -- v6 briefings --
    // -- end v6 briefings --
    // -- v6 wall --
    // -- end v6 wall --
    // -- v6 hazards and greenery --
    sql += HazardWorkflow::pgSql(); // the same rules as the GeoPackage's triggers, from the same description
    // -- end v6 hazards and greenery --
    // -- v6 supplies and shelters --
    // The stock of each kind in each warehouse (derived, rebuilt from the movements whenever they are loaded; a
    // replaced operation's old one is dropped first). Only the movements' trigger writes it (SECURITY DEFINER):
    // seats read it. The trigger locks the balance row before reading it, so under READ COMMITTED two seats issuing
    // the last items queue on that row and the second sees what the first left (and is told so).
    sql += {
        QStringLiteral("DO $$ BEGIN IF to_regclass('supply_balances') IS NOT NULL THEN DROP TABLE supply_balances; END IF; "
                       "END $$"),
        QStringLiteral("CREATE TABLE supply_balances (kind_fid bigint NOT NULL, warehouse_fid bigint NOT NULL, quantity "
                       "bigint NOT NULL DEFAULT 0, CONSTRAINT supply_balance_never_negative CHECK (quantity >= 0), "
                       "PRIMARY KEY (kind_fid, warehouse_fid))"),
        QStringLiteral("COMMENT ON TABLE supply_balances IS 'Stock per supply kind and warehouse: the sum of "
                       "supply_movements, kept by their trigger'"),
        // (A new store grants every table to the roles after its rules; an upgraded one has its roles already.)
        QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fc_viewer') THEN GRANT SELECT ON "
                       "supply_balances TO fc_viewer, fc_officer, fc_admin; END IF; END $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION fc_supply_movement() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET "
            "search_path = public, pg_temp AS $$ DECLARE q bigint; BEGIN "
            "IF NEW.delta IS NULL OR NEW.delta = 0 OR (NEW.type IN ('opening', 'purchase', 'return', 'transfer_in') AND "
            "NEW.delta < 0) OR (NEW.type IN ('issue', 'transfer_out', 'write_off') AND NEW.delta > 0) THEN "
            "RAISE EXCEPTION 'supply movement: the quantity must be above zero (stock in) or below zero (stock out) for "
            "its type' USING ERRCODE = '23514'; END IF; "
            "INSERT INTO supply_balances (kind_fid, warehouse_fid, quantity) VALUES (NEW.kind_fid, NEW.warehouse_fid, 0) "
            "ON CONFLICT DO NOTHING; "
            "SELECT quantity INTO q FROM supply_balances WHERE kind_fid = NEW.kind_fid AND warehouse_fid = "
            "NEW.warehouse_fid FOR UPDATE; "
            "IF q + NEW.delta < 0 THEN RAISE EXCEPTION 'not enough stock: stock cannot go below zero (% left)', q USING "
            "ERRCODE = '23514'; END IF; "
            "UPDATE supply_balances SET quantity = q + NEW.delta WHERE kind_fid = NEW.kind_fid AND warehouse_fid = "
            "NEW.warehouse_fid; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER supply_movements_balance BEFORE INSERT ON supply_movements FOR EACH ROW EXECUTE "
                       "FUNCTION fc_supply_movement()"),
        QStringLiteral("CREATE OR REPLACE FUNCTION fc_supply_movement_fixed() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN RAISE EXCEPTION 'a stock movement is never changed or deleted: record a correcting "
                       "movement'; END $$"),
        QStringLiteral("CREATE TRIGGER supply_movements_fixed BEFORE UPDATE OF kind_fid, warehouse_fid, type, delta OR "
                       "DELETE ON supply_movements FOR EACH ROW EXECUTE FUNCTION fc_supply_movement_fixed()"),
        // Shelters: the shelter row is locked first, so concurrent transfers to one shelter queue and each sees the
        // ones committed before it (every statement of the function takes a fresh snapshot).
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION fc_people_transfer() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "DECLARE cap bigint; n bigint; BEGIN "
            "IF NEW.people IS NULL OR NEW.people < 1 THEN RAISE EXCEPTION 'people transfer: the number of people must "
            "be at least 1' USING ERRCODE = '23514'; END IF; "
            "SELECT capacity INTO cap FROM shelters WHERE fid = NEW.shelter_fid FOR UPDATE; "
            "SELECT coalesce(sum(CASE direction WHEN 'arrival' THEN people ELSE -people END), 0) INTO n FROM "
            "people_transfers WHERE shelter_fid = NEW.shelter_fid; "
            "IF NEW.direction = 'arrival' AND cap IS NOT NULL AND n + NEW.people > cap AND "
            "coalesce(trim(NEW.override_reason), '') = '' THEN RAISE EXCEPTION 'shelter over capacity: an override "
            "with a reason is needed (% of % places taken)', n, cap USING ERRCODE = '23514'; END IF; "
            "IF NEW.direction = 'departure' AND n - NEW.people < 0 THEN RAISE EXCEPTION 'people transfer: more people "
            "leave than the shelter holds (% there)', n USING ERRCODE = '23514'; END IF; "
            "UPDATE shelters SET occupancy = n + CASE NEW.direction WHEN 'arrival' THEN NEW.people ELSE -NEW.people "
            "END WHERE fid = NEW.shelter_fid; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER people_transfers_occupancy BEFORE INSERT ON people_transfers FOR EACH ROW "
                       "EXECUTE FUNCTION fc_people_transfer()"),
        QStringLiteral("CREATE OR REPLACE FUNCTION fc_people_transfer_fixed() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN RAISE EXCEPTION 'a people transfer is never changed or deleted: record a correcting "
                       "transfer'; END $$"),
        QStringLiteral("CREATE TRIGGER people_transfers_fixed BEFORE UPDATE OF shelter_fid, direction, people OR DELETE "
                       "ON people_transfers FOR EACH ROW EXECUTE FUNCTION fc_people_transfer_fixed()"),
    };
    // What an older store holds becomes the opening of the new books (the same statements as the GeoPackage's).
    sql += suppliesCarryOverSql(QStringLiteral("to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
    // -- end v6 supplies and shelters --
    // -- v6 forecast --
    // -- end v6 forecast --
    // -- v6 event time --
    // -- end v6 event time --
    return sql;
}

QString pgType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("bigint");
    case ColumnType::Real:
        return QStringLiteral("double precision");
    case ColumnType::Boolean:
        return QStringLiteral("smallint"); // 0/1 as in the GeoPackage, so values round-trip unchanged
    case ColumnType::Blob:
        return QStringLiteral("bytea");
    case ColumnType::Date:
    case ColumnType::DateTime:
    case ColumnType::Text:
        break; // ISO 8601 text (UTC with Z for times), exactly as the GeoPackage stores them
    }
    return QStringLiteral("text");
}

QStringList pgLayoutDropSql(int toLayout)
{
    if (toLayout != 3)
        return {};
    return {
        QStringLiteral("DROP TABLE sensor_readings CASCADE"),
        QStringLiteral("DROP TRIGGER IF EXISTS sensors_keep_readings ON sensors"),
        QStringLiteral("DROP TRIGGER IF EXISTS sensors_no_truncate ON sensors"),
        QStringLiteral("DROP FUNCTION IF EXISTS fc_readings_sensor_check()"),
        QStringLiteral("DROP FUNCTION IF EXISTS fc_sensor_readings_kept()"),
        QStringLiteral("DROP FUNCTION IF EXISTS fc_sensors_no_truncate()"),
        QStringLiteral("DROP FUNCTION IF EXISTS fc_take_reading_fids(bigint)"),
        QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (5, '%1', "
                       "'server layout 3: sensor readings stored as one block per sensor and day')")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
    };
}

QStringList pgTableSql(const TableSpec &t)
{
    QStringList sql;
    QStringList cols = {QStringLiteral("fid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")};
    if (t.isFeature())
        cols.append(QStringLiteral("geom geometry(%1, 4326)").arg(t.geometryType));
    for (const ColumnSpec &c : t.columns)
        cols.append(pgColumnSql(c));
    sql.append(QStringLiteral("CREATE TABLE %1 (%2)").arg(Gpkg::quoted(t.name), cols.join(QLatin1String(", "))));
    QString d = t.description;
    d.replace(QLatin1Char('\''), QLatin1String("''"));
    sql.append(QStringLiteral("COMMENT ON TABLE %1 IS '%2'").arg(Gpkg::quoted(t.name), d));
    if (t.isFeature())
        sql.append(QStringLiteral("CREATE INDEX %1 ON %2 USING gist (geom)")
                       .arg(Gpkg::quoted(t.name + QStringLiteral("_geom_gist")), Gpkg::quoted(t.name)));
    // Day blocks of readings are stored uncompressed (doubles barely compress: the server would spend its time
    // trying) and out of line.
    for (const ColumnSpec &c : t.columns)
        if (c.type == ColumnType::Blob)
            sql.append(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET STORAGE EXTERNAL")
                           .arg(Gpkg::quoted(t.name), Gpkg::quoted(c.name)));
    return sql;
}

QStringList pgCreateSql()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE fc_meta (key text PRIMARY KEY, value text)"),
        QStringLiteral("INSERT INTO fc_meta VALUES ('application', '%1')").arg(QLatin1String(ApplicationName)),
    };
    const QList<TableSpec> current = currentTables();
    for (const TableSpec &t : current)
        sql += pgTableSql(t);
    for (const TableSpec &t : current)
        for (const ColumnSpec &c : t.columns)
            if (!c.references.isEmpty())
                sql.append(QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES %3(fid) DEFERRABLE INITIALLY DEFERRED")
                               .arg(Gpkg::quoted(t.name), Gpkg::quoted(c.name), Gpkg::quoted(c.references)));
    sql.append(QStringLiteral("CREATE INDEX idx_audit_log_at ON audit_log (at)"));
    sql.append(QStringLiteral("CREATE INDEX idx_dispatches_incident ON dispatches (incident_fid)"));
    // Indexes the migration steps add (unique ones carry rules such as "one reading per sensor and time"), in the
    // same order; their SQL is shared by both dialects (ifnull is SQLite's spelling of coalesce). Table and column
    // statements are covered above; SQLite triggers are expressed as the rules below.
    for (int v = 2; v <= CurrentVersion; ++v)
        sql += indexSql(v);
    for (const RowRule &r : rowRules())
        sql.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3)")
                       .arg(Gpkg::quoted(r.table), Gpkg::quoted(r.name), r.condition()));
    for (int v = 1; v <= CurrentVersion; ++v)
        sql += uniqueRulesSql(v);
    for (int v = 1; v <= CurrentVersion; ++v)
        sql += pgRulesSql(v);
    // The rules the GeoPackage keeps with triggers (warnings), in the server's own terms.
    sql += {
        QStringLiteral("ALTER TABLE warning_signals ADD CONSTRAINT warning_signals_lift_order CHECK (lifted_at IS NULL OR "
                       "issued_at IS NULL OR lifted_at >= issued_at)"),
        QStringLiteral("CREATE FUNCTION fc_checklist_response() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "IF NEW.response_fid IS NULL THEN NEW.response_fid := (SELECT max(fid) FROM response_levels "
                       "WHERE ended_at IS NULL); END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER checklist_items_response BEFORE INSERT ON checklist_items FOR EACH ROW "
                       "EXECUTE FUNCTION fc_checklist_response()"),
    };
    // The audit log is append-only for everyone, enforced by the database; each entry announces itself on the
    // change feed when its transaction commits (NOTIFY carries the id only: payloads are limited to 8000 bytes).
    sql += {
        QStringLiteral("CREATE FUNCTION fc_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION fc_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                       "FOR EACH STATEMENT EXECUTE FUNCTION fc_append_only()"),
        QStringLiteral("CREATE FUNCTION fc_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "PERFORM pg_notify('fc_changes', NEW.fid::text); RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION fc_notify_change()"),
    };
    // Roles (cluster-wide group roles; logins are granted one of them): viewer reads, officer runs the
    // operation, admin changes the basemap, plans, users and the schema.
    sql.append(QStringLiteral(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fc_viewer') THEN CREATE ROLE fc_viewer NOLOGIN; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fc_officer') THEN CREATE ROLE fc_officer NOLOGIN; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fc_admin') THEN CREATE ROLE fc_admin NOLOGIN; END IF; "
        "END $$"));
    sql.append(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO fc_viewer, fc_officer, fc_admin"));
    sql.append(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO fc_officer, fc_admin"));
    for (const TableSpec &t : current) {
        if (t.appendOnly) {
            sql.append(QStringLiteral("GRANT INSERT ON %1 TO fc_officer, fc_admin").arg(Gpkg::quoted(t.name)));
            continue;
        }
        const QString who = adminOnly(t.name) ? QStringLiteral("fc_admin") : QStringLiteral("fc_officer, fc_admin");
        sql.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(Gpkg::quoted(t.name), who));
    }
    sql += pgAuditSql();
    sql.append(QStringLiteral("INSERT INTO fc_meta VALUES ('server_layout', '%1')").arg(PgLayoutVersion));
    return sql;
}

QStringList pgAuditSql()
{
    return {
        // An id given by the writer is replaced by the sequence's next one (a forged huge id would hide every later
        // change from the change feed, which reads ids above the last one it saw).
        QStringLiteral("CREATE OR REPLACE FUNCTION fc_audit_id() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "DECLARE seq regclass := pg_get_serial_sequence('audit_log', 'fid')::regclass; BEGIN "
                       "BEGIN IF NEW.fid = currval(seq) THEN RETURN NEW; END IF; "
                       "EXCEPTION WHEN object_not_in_prerequisite_state THEN NULL; END; "
                       "NEW.fid := nextval(seq); RETURN NEW; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_id ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_id BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fc_audit_id()"),
        QStringLiteral("CREATE OR REPLACE FUNCTION fc_audit(p_at text, p_action text, p_table text DEFAULT NULL, "
                       "p_row_fid bigint DEFAULT NULL, p_before text DEFAULT NULL, p_after text DEFAULT NULL, "
                       "p_note text DEFAULT NULL) RETURNS TABLE (fid bigint, actor text) LANGUAGE sql SECURITY DEFINER "
                       "SET search_path = public, pg_temp AS $$ "
                       "INSERT INTO audit_log (at, actor, action, table_name, row_fid, before, after, note) VALUES "
                       "(p_at, session_user, p_action, p_table, p_row_fid, p_before, p_after, p_note) "
                       "RETURNING audit_log.fid, audit_log.actor $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION fc_audit(text, text, text, bigint, text, text, text) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION fc_audit(text, text, text, bigint, text, text, text) TO fc_officer, fc_admin"),
        QStringLiteral("REVOKE INSERT ON audit_log FROM fc_officer, fc_admin"),
    };
}

QStringList pgAuditDropSql()
{
    return {QStringLiteral("DROP FUNCTION IF EXISTS fc_audit(text, text, text, bigint, text, text, text)"),
            QStringLiteral("DROP FUNCTION IF EXISTS fc_audit_id() CASCADE")};
}

} // namespace fc::Schema
