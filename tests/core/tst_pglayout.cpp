// The server's own table layout (Schema::PgLayoutVersion 3 = schema version 5) on the CTest fixture's
// PostgreSQL server: readings stored as one block per sensor and day in reading_days, with the rules readings always
// had (an unknown sensor refused, naming it; a sensor that still has readings cannot be deleted, renumbered or
// truncated away, checked at commit as the deferred foreign key does); and a store created with the old layout
// (one row per reading; its DDL frozen below) converted when its owner opens it, its readings intact.
#include "app/core/base/reading.h"
#include "app/core/store/store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include "storetestutil.h"

using namespace fc;
using fc::testutil::countReadings;
using fc::testutil::pgPort;
using fc::testutil::wait;

namespace {


// A superuser connection to `database` for the test's own set-up and checks (never the store's connection).
class Admin
{
public:
    explicit Admin(const QString &database)
        : m_name(QStringLiteral("tst_pglayout_") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(pgPort().toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        if (!db.open())
            qWarning("%s", qPrintable(db.lastError().text()));
    }
    ~Admin()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    // The error of a statement expected to fail (empty if it succeeded).
    QString failure(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
};

qint64 count(Store &s, const QString &table, const QString &where = {})
{
    return wait(s.rows(table, where)).size();
}

qint64 ms(int day, int hour)
{
    return QDateTime(QDate(2024, 9, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

ReadingBatch batch(std::initializer_list<Reading> rows)
{
    ReadingBatch b;
    b.rows = rows;
    b.qualities = {QStringLiteral("checked")};
    return b;
}

QVariantMap sensor(const QString &id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("kind"), QStringLiteral("waterlogging")},
            {QStringLiteral("geom"), QStringLiteral("POINT(121.48 31.22)")}};
}

// The readings of the store as "sensor|time|value|quality" lines in time order.
QStringList readingLines(Store &s)
{
    QStringList out;
    for (const StoreRow &r : wait(s.readingRows({})))
        out.append(QStringLiteral("%1|%2|%3|%4")
                       .arg(r.values.value(QStringLiteral("sensor_fid")).toLongLong())
                       .arg(r.values.value(QStringLiteral("observed_at")).toString())
                       .arg(r.values.value(QStringLiteral("value")).toDouble())
                       .arg(r.values.value(QStringLiteral("quality")).toString()));
    out.sort();
    return out;
}

} // namespace

class TstPgLayout : public QObject
{
    Q_OBJECT
    int m_n = 0;

    QString newDatabase()
    {
        const QString name = QStringLiteral("fc_layout_t%1_%2").arg(++m_n).arg(QCoreApplication::applicationPid());
        Admin a(QStringLiteral("postgres"));
        a.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        a.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        return name;
    }
    static QString uri(const QString &database)
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(pgPort(), database);
    }
    // A login of the officers' group role (created once on the throw-away server).
    static QString officerUri(const QString &database)
    {
        Admin a(QStringLiteral("postgres"));
        if (a.value(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'fc_t_officer'")).toInt() == 0)
            a.exec(QStringLiteral("CREATE ROLE fc_t_officer LOGIN IN ROLE fc_officer"));
        return QStringLiteral("postgresql://fc_t_officer@127.0.0.1:%1/%2").arg(pgPort(), database);
    }

    // The rules readings keep, on an open store whose sensor `fid` has readings.
    void checkSensorRules(Store &st, qint64 fid, const QString &database)
    {
        const qint64 before = countReadings(st);
        // A reading of a sensor that does not exist: refused, naming the fid and the reading, nothing stored.
        AppendResult a = wait(st.appendReadings(batch({{ms(20, 0), 1.0, qint32(fid), -1}, {ms(20, 0), 1.0, 987654, -1}})));
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(QLatin1String("987654")) && a.error.contains(QLatin1String("reading 2")), qPrintable(a.error));
        // Day blocks are written by the ingest only.
        WriteResult w = wait(st.insertRow(QStringLiteral("reading_days"),
                                          {{QStringLiteral("sensor_fid"), fid}, {QStringLiteral("day"), 19990},
                                           {QStringLiteral("data"), QByteArray("RD\x01\x00\x00", 5)}}));
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(QLatin1String("readings ingest")), qPrintable(w.error));
        QCOMPARE(countReadings(st), before);
        // A sensor that still has readings cannot be deleted (checked at commit by the deferred foreign key).
        w = wait(st.deleteRow(QStringLiteral("sensors"), fid));
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(QLatin1String("reading_days")), qPrintable(w.error));
        QCOMPARE(count(st, QStringLiteral("sensors"), QStringLiteral("fid = %1").arg(fid)), qint64(1));
        QCOMPARE(countReadings(st), before);
        // Nor renumbered (the store never changes a fid; SQL by hand), nor emptied with TRUNCATE.
        Admin admin(database);
        const QString renumber = admin.failure(QStringLiteral("UPDATE sensors SET fid = fid + 1000 WHERE fid = %1").arg(fid));
        QVERIFY2(renumber.contains(QLatin1String("reading_days")), qPrintable(renumber));
        const QString truncate = admin.failure(QStringLiteral("TRUNCATE sensors"));
        QVERIFY2(truncate.contains(QLatin1String("truncate")), qPrintable(truncate));
        QCOMPARE(count(st, QStringLiteral("sensors"), QStringLiteral("fid = %1").arg(fid)), qint64(1));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!pgPort().isEmpty(), "FC_TEST_PG_PORT is not set: the server fixture (tests/pg/pgserver.sh) did not run");
    }

    void newStore()
    {
        const QString name = newDatabase();
        QString e;
        std::unique_ptr<Store> st = Store::create(uri(name), &e);
        QVERIFY2(st, qPrintable(e));
        WriteResult w = wait(st->apply({{RowChange::Kind::Insert, QStringLiteral("sensors"), 0, sensor(QStringLiteral("X"))},
                                        {RowChange::Kind::Insert, QStringLiteral("sensors"), 0, sensor(QStringLiteral("Y"))}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint64 x = w.fids[0], y = w.fids[1];
        {
            Admin a(name);
            QCOMPARE(a.value(QStringLiteral("SELECT value FROM fc_meta WHERE key = 'server_layout'")).toString(), QStringLiteral("4"));
            QCOMPARE(a.value(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 6);
            QVERIFY(a.value(QStringLiteral("SELECT to_regclass('sensor_readings')")).isNull());
            QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'reading_days'::regclass "
                                            "AND contype = 'f'")).toInt(), 1);
            // Blocks stored uncompressed (EXTERNAL), one per sensor and day (unique index).
            QCOMPARE(a.value(QStringLiteral("SELECT attstorage FROM pg_attribute WHERE attrelid = 'reading_days'::regclass "
                                            "AND attname = 'data'")).toString(), QStringLiteral("e"));
            QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'reading_days' AND indexdef "
                                            "LIKE 'CREATE UNIQUE INDEX%(sensor_fid, day)'")).toInt(), 1);
        }
        AppendResult a = wait(st->appendReadings(batch({{ms(16, 0), 5.5, qint32(x), 0}, {ms(16, 1), 6.5, qint32(x), -1},
                                                        {ms(16, 0), 1.25, qint32(y), -1}})));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.stored, qint64(3));
        checkSensorRules(*st, x, name);
        {
            // An officer's bulk readings (staging table, upsert into reading_days).
            std::unique_ptr<Store> officer = Store::open(officerUri(name), &e);
            QVERIFY2(officer, qPrintable(e));
            AppendResult o = wait(officer->appendReadings(batch({{ms(17, 0), 3.0, qint32(y), -1}, {ms(16, 0), 8.0, qint32(y), -1}})));
            QVERIFY2(o.ok, qPrintable(o.error));
            QCOMPARE(o.stored, qint64(1));
            QCOMPARE(o.duplicates, qint64(0));
            QCOMPARE(o.conflicts, qint64(1)); // 8.0 where 1.25 is stored: a conflict, the stored value kept
            o = wait(officer->appendReadings(batch({{ms(17, 1), 3.0, 777777, -1}})));
            QVERIFY(!o.ok);
            QVERIFY2(o.error.contains(QLatin1String("777777")), qPrintable(o.error));
        }
        // Deleting a sensor together with its day blocks, the sensor first: allowed (the key is checked at commit).
        QList<RowChange> gone{{RowChange::Kind::Delete, QStringLiteral("sensors"), y, {}}};
        for (const StoreRow &r : wait(st->rows(QStringLiteral("reading_days"), QStringLiteral("sensor_fid = %1").arg(y))))
            gone.append({RowChange::Kind::Delete, QStringLiteral("reading_days"), r.fid, {}});
        QCOMPARE(gone.size(), 3); // two days of Y
        w = wait(st->apply(gone));
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(count(*st, QStringLiteral("sensors")), qint64(1));
        QCOMPARE(readingLines(*st), QStringList({QStringLiteral("%1|2024-09-16T00:00:00.000Z|5.5|checked").arg(x),
                                                 QStringLiteral("%1|2024-09-16T01:00:00.000Z|6.5|").arg(x)}));
    }

    void oldLayoutUpgraded()
    {
        const QString name = newDatabase();
        QString e;
        std::unique_ptr<Store> st = Store::create(uri(name), &e);
        QVERIFY2(st, qPrintable(e));
        WriteResult w = wait(st->insertRow(QStringLiteral("sensors"), sensor(QStringLiteral("X"))));
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint64 x = w.fids[0];
        st.reset();
        {
            // A schema 4 store as FloodCommand created it before server layout 2 (frozen DDL: one row per reading,
            // the row-by-row foreign key, observed_at under the database's collation, no 'server_layout' in fc_meta),
            // with readings, one of them at a time only its own spelling tells apart.
            Admin a(name);
            const QStringList old = {
                QStringLiteral("DROP TABLE reading_days"),
                QStringLiteral("DELETE FROM schema_version WHERE version >= 5"),
                QStringLiteral("DELETE FROM fc_meta WHERE key = 'server_layout'"),
                QStringLiteral("CREATE TABLE \"sensor_readings\" (fid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                               "\"sensor_fid\" bigint, \"observed_at\" text NOT NULL, \"value\" double precision, "
                               "\"quality\" text, \"rev\" bigint NOT NULL DEFAULT 1)"),
                QStringLiteral("COMMENT ON TABLE \"sensor_readings\" IS 'Sensor readings'"),
                QStringLiteral("ALTER TABLE \"sensor_readings\" ADD FOREIGN KEY (\"sensor_fid\") REFERENCES \"sensors\"(fid) "
                               "DEFERRABLE INITIALLY DEFERRED"),
                QStringLiteral("CREATE UNIQUE INDEX idx_sensor_readings_unique ON sensor_readings (sensor_fid, observed_at)"),
                QStringLiteral("GRANT SELECT ON sensor_readings TO fc_viewer, fc_officer, fc_admin"),
                QStringLiteral("GRANT USAGE ON SEQUENCE sensor_readings_fid_seq TO fc_officer, fc_admin"),
                QStringLiteral("GRANT INSERT, UPDATE, DELETE ON \"sensor_readings\" TO fc_officer, fc_admin"),
                QStringLiteral("INSERT INTO sensor_readings (sensor_fid, observed_at, value, quality) VALUES "
                               "(%1, '2024-09-16T00:00:00.000Z', 5.5, 'checked'), (%1, '2024-09-16T01:00:00.000Z', 6.5, NULL), "
                               "(%1, '2024-09-16T02:00:00.000Z', 0.1, NULL), (%1, '2024-09-16T10:00:00+08:00', 7.5, NULL), "
                               "(%1, '2024-09-15T23:55:00.000Z', 2.0, 'suspect')")
                    .arg(x),
            };
            for (const QString &s : old)
                QVERIFY(a.exec(s));
            // Nor had it anything of schema version 6 (tables and columns from the schema's description).
            for (const TableSpec &t : Schema::tables()) {
                if (t.since == 6) {
                    QVERIFY(a.exec(QStringLiteral("DROP TABLE %1 CASCADE").arg(t.name)));
                    continue;
                }
                for (const ColumnSpec &c : t.columns)
                    if (c.since == 6 && t.existsAt(6))
                        QVERIFY(a.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2 CASCADE").arg(t.name, c.name)));
            }
            QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'sensor_readings'::regclass "
                                            "AND contype = 'f'")).toInt(), 1);
        }
        // An officer may not alter the tables: the store cannot be opened until its owner has converted it.
        st = Store::open(officerUri(name), &e);
        QVERIFY(!st);
        QVERIFY2(e.contains(QLatin1String("from 1 to 4")), qPrintable(e));
        {
            Admin a(name);
            QVERIFY(a.value(QStringLiteral("SELECT value FROM fc_meta WHERE key = 'server_layout'")).isNull());
            QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM sensor_readings")).toInt(), 5);
        }
        st = Store::open(uri(name), &e);
        QVERIFY2(st, qPrintable(e));
        {
            Admin a(name);
            QCOMPARE(a.value(QStringLiteral("SELECT value FROM fc_meta WHERE key = 'server_layout'")).toString(), QStringLiteral("4"));
            QCOMPARE(a.value(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 6);
            QVERIFY(a.value(QStringLiteral("SELECT to_regclass('sensor_readings')")).isNull());
            QVERIFY(a.value(QStringLiteral("SELECT to_regprocedure('fc_take_reading_fids(bigint)')")).isNull());
            // Two days: 15 Sep (one reading), 16 Sep (four; 10:00+08:00 is 02:00Z, already there: left out, said).
            QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM reading_days")).toInt(), 2);
            const QString note = a.value(QStringLiteral("SELECT note FROM audit_log WHERE action = 'migrate'")).toString();
            QVERIFY2(note.startsWith(QLatin1String("server layout 1 -> 4; 4 readings moved into 2 day blocks; 1 readings at a time "
                                                   "already taken")),
                     qPrintable(note));
        }
        const QStringList stored = {QStringLiteral("%1|2024-09-15T23:55:00.000Z|2|suspect").arg(x),
                                    QStringLiteral("%1|2024-09-16T00:00:00.000Z|5.5|checked").arg(x),
                                    QStringLiteral("%1|2024-09-16T01:00:00.000Z|6.5|").arg(x),
                                    QStringLiteral("%1|2024-09-16T02:00:00.000Z|0.1|").arg(x)};
        QCOMPARE(readingLines(*st), stored);
        // Uniqueness kept: readings at stored times are left out (other values: conflicts, the stored values kept);
        // a new one is stored.
        AppendResult a = wait(st->appendReadings(batch({{ms(16, 0), 9.0, qint32(x), -1}, {ms(16, 1), 9.0, qint32(x), -1},
                                                        {ms(16, 3), 7.0, qint32(x), -1}})));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.stored, qint64(1));
        QCOMPARE(a.duplicates + a.conflicts, qint64(2));
        QCOMPARE(readingLines(*st), stored + QStringList{QStringLiteral("%1|2024-09-16T03:00:00.000Z|7|").arg(x)});
        checkSensorRules(*st, x, name);
        // Opened again: nothing more to upgrade.
        st.reset();
        st = Store::open(uri(name), &e);
        QVERIFY2(st, qPrintable(e));
        Admin again(name);
        QCOMPARE(again.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'migrate'")).toInt(), 1);
    }
};

QTEST_MAIN(TstPgLayout)
#include "tst_pglayout.moc"
