// The operation schema on PostgreSQL + PostGIS, generated from the same description as the GeoPackage one
// (Schema::tables()), so both backends hold the same tables, columns, coded values and rules.
#include "app/core/gpkg.h"
#include "app/core/schema.h"

namespace fc::Schema {

namespace {

QString pgColumnSql(const ColumnSpec &c)
{
    QString s = Gpkg::quoted(c.name) + QLatin1Char(' ') + pgType(c.type);
    // Times and dates are fixed-format ISO 8601 text: byte order is time order, and indexes on them (the readings'
    // UNIQUE (sensor, time)) compare twice as fast as under the database's locale (issue 11).
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

// Layout 2 (issue 11): sensor_readings refers to sensors through statement-level rules instead of PostgreSQL's
// row-by-row foreign key (an RI trigger per reading, as much server time as everything else of a bulk COPY):
// - an AFTER INSERT / UPDATE trigger per statement looks at the distinct sensors of the rows it wrote, locks them
//   FOR KEY SHARE (as the foreign key does, so a concurrent delete waits for this transaction) and refuses the
//   statement naming an unknown sensor fid (SQLSTATE 23503, foreign_key_violation);
// - deleting a sensor, or changing its fid, while readings still refer to it is refused at commit, as the
//   DEFERRABLE INITIALLY DEFERRED foreign key (NO ACTION) did: a constraint trigger deferred to commit, so a
//   transaction may still delete the readings after their sensor.
// Both functions run as their owner (SECURITY DEFINER), as PostgreSQL's own RI triggers do: an officer may write
// readings without the UPDATE privilege on sensors that FOR KEY SHARE needs.
QStringList readingsRulesSql()
{
    return {
        QStringLiteral(
            "CREATE FUNCTION fc_readings_sensor_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            "SET search_path = public, pg_temp AS $$ DECLARE fids bigint[]; missing bigint; BEGIN "
            "SELECT array_agg(f) INTO fids FROM (SELECT DISTINCT sensor_fid AS f FROM fc_new_readings "
            "WHERE sensor_fid IS NOT NULL) d; "
            "IF fids IS NULL THEN RETURN NULL; END IF; "
            "PERFORM 1 FROM sensors WHERE fid = ANY (fids) FOR KEY SHARE; "
            "SELECT f INTO missing FROM unnest(fids) AS f WHERE NOT EXISTS (SELECT 1 FROM sensors s WHERE s.fid = f) "
            "ORDER BY f LIMIT 1; "
            "IF FOUND THEN RAISE EXCEPTION 'insert or update on table \"sensor_readings\": no sensor with fid %', "
            "missing USING ERRCODE = 'foreign_key_violation'; END IF; RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER sensor_readings_sensor_insert AFTER INSERT ON sensor_readings REFERENCING NEW "
                       "TABLE AS fc_new_readings FOR EACH STATEMENT EXECUTE FUNCTION fc_readings_sensor_check()"),
        QStringLiteral("CREATE TRIGGER sensor_readings_sensor_update AFTER UPDATE ON sensor_readings REFERENCING NEW "
                       "TABLE AS fc_new_readings FOR EACH STATEMENT EXECUTE FUNCTION fc_readings_sensor_check()"),
        QStringLiteral(
            "CREATE FUNCTION fc_sensor_readings_kept() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            "SET search_path = public, pg_temp AS $$ BEGIN "
            "IF TG_OP = 'UPDATE' AND NEW.fid = OLD.fid THEN RETURN NULL; END IF; "
            "IF EXISTS (SELECT 1 FROM sensor_readings WHERE sensor_fid = OLD.fid) "
            "AND NOT EXISTS (SELECT 1 FROM sensors WHERE fid = OLD.fid) THEN "
            "RAISE EXCEPTION 'update or delete on table \"sensors\": sensor % is still referenced from table "
            "\"sensor_readings\"', OLD.fid USING ERRCODE = 'foreign_key_violation'; END IF; RETURN NULL; END $$"),
        QStringLiteral("CREATE CONSTRAINT TRIGGER sensors_keep_readings AFTER DELETE OR UPDATE OF fid ON sensors "
                       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fc_sensor_readings_kept()"),
        // TRUNCATE fires no row trigger: refused while readings exist, as the foreign key refused it outright.
        QStringLiteral(
            "CREATE FUNCTION fc_sensors_no_truncate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            "SET search_path = public, pg_temp AS $$ BEGIN "
            "IF EXISTS (SELECT 1 FROM sensor_readings) THEN RAISE EXCEPTION 'cannot truncate table \"sensors\": "
            "sensor readings still refer to its sensors' USING ERRCODE = 'foreign_key_violation'; END IF; "
            "RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER sensors_no_truncate BEFORE TRUNCATE ON sensors FOR EACH STATEMENT "
                       "EXECUTE FUNCTION fc_sensors_no_truncate()"),
        // n consecutive fids for a chunk of readings in one step (setval needs more than the officers' USAGE on
        // the sequence); callers hold the write lock, as every FloodCommand writer does.
        QStringLiteral("CREATE FUNCTION fc_take_reading_fids(n bigint) RETURNS bigint LANGUAGE sql SECURITY DEFINER "
                       "SET search_path = public, pg_temp AS $$ SELECT setval(s, nextval(s) + n - 1) - n + 1 FROM "
                       "CAST(pg_get_serial_sequence('sensor_readings', 'fid') AS regclass) AS s $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION fc_take_reading_fids(bigint) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION fc_take_reading_fids(bigint) TO fc_officer, fc_admin"),
    };
}

// Whether the column's foreign key is replaced by the layout's own rules (readingsRulesSql).
bool ruleInsteadOfForeignKey(const TableSpec &t, const ColumnSpec &c)
{
    return t.name == QLatin1String("sensor_readings") && c.name == QLatin1String("sensor_fid");
}

} // namespace

QStringList pgLayoutSql(int toLayout)
{
    QStringList sql;
    if (toLayout == 2) {
        // Stores created before: their foreign key goes (whatever PostgreSQL named it), observed_at compares
        // bytewise (the unique index is rebuilt if it was under the database's locale).
        sql.append(QStringLiteral(
            "DO $$ DECLARE c text; BEGIN "
            "FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'sensor_readings'::regclass AND contype = 'f' "
            "LOOP EXECUTE format('ALTER TABLE sensor_readings DROP CONSTRAINT %I', c); END LOOP; "
            "IF (SELECT collation_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = "
            "'sensor_readings' AND column_name = 'observed_at') IS DISTINCT FROM 'C' THEN "
            "ALTER TABLE sensor_readings ALTER COLUMN observed_at TYPE text COLLATE \"C\"; END IF; END $$"));
        sql += readingsRulesSql();
    }
    sql.append(QStringLiteral("INSERT INTO fc_meta VALUES ('server_layout', '%1') ON CONFLICT (key) DO UPDATE SET "
                              "value = EXCLUDED.value")
                   .arg(toLayout));
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
    case ColumnType::Date:
    case ColumnType::DateTime:
    case ColumnType::Text:
        break; // ISO 8601 text (UTC with Z for times), exactly as the GeoPackage stores them
    }
    return QStringLiteral("text");
}

QStringList pgCreateSql()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE fc_meta (key text PRIMARY KEY, value text)"),
        QStringLiteral("INSERT INTO fc_meta VALUES ('application', '%1')").arg(QLatin1String(ApplicationName)),
    };
    for (const TableSpec &t : tables()) {
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
    }
    for (const TableSpec &t : tables())
        for (const ColumnSpec &c : t.columns)
            if (!c.references.isEmpty() && !ruleInsteadOfForeignKey(t, c))
                sql.append(QStringLiteral("ALTER TABLE %1 ADD FOREIGN KEY (%2) REFERENCES %3(fid) DEFERRABLE INITIALLY DEFERRED")
                               .arg(Gpkg::quoted(t.name), Gpkg::quoted(c.name), Gpkg::quoted(c.references)));
    sql.append(QStringLiteral("CREATE INDEX idx_audit_log_at ON audit_log (at)"));
    sql.append(QStringLiteral("CREATE INDEX idx_dispatches_incident ON dispatches (incident_fid)"));
    // Indexes the migration steps add (unique ones carry rules such as "one reading per sensor and time"), in the
    // same order; their SQL is shared by both dialects (ifnull is SQLite's spelling of coalesce). Table and column
    // statements are covered above; SQLite triggers are expressed as the rules below.
    for (int v = 2; v <= CurrentVersion; ++v) {
        for (QString statement : migrationSql(v)) {
            const QString head = statement.left(24).toUpper();
            if (!head.startsWith(QLatin1String("CREATE INDEX")) && !head.startsWith(QLatin1String("CREATE UNIQUE INDEX"))
                && !head.startsWith(QLatin1String("DROP INDEX")))
                continue;
            statement.replace(QLatin1String("ifnull("), QLatin1String("coalesce("), Qt::CaseInsensitive);
            sql.append(statement);
        }
    }
    for (const RowRule &r : rowRules())
        sql.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3)")
                       .arg(Gpkg::quoted(r.table), Gpkg::quoted(r.name), r.condition()));
    for (int v = 1; v <= CurrentVersion; ++v)
        sql += uniqueRulesSql(v);
    // The rules the GeoPackage keeps with triggers (warnings, issue 10), in the server's own terms.
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
    for (const TableSpec &t : tables()) {
        if (t.appendOnly) {
            sql.append(QStringLiteral("GRANT INSERT ON %1 TO fc_officer, fc_admin").arg(Gpkg::quoted(t.name)));
            continue;
        }
        const QString who = adminOnly(t.name) ? QStringLiteral("fc_admin") : QStringLiteral("fc_officer, fc_admin");
        sql.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(Gpkg::quoted(t.name), who));
    }
    sql += readingsRulesSql(); // the server layout (PgLayoutVersion 2), once the roles exist
    sql.append(QStringLiteral("INSERT INTO fc_meta VALUES ('server_layout', '%1')").arg(PgLayoutVersion));
    return sql;
}

} // namespace fc::Schema
