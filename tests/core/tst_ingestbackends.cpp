// Readings ingest on both backends: a GeoPackage file and the CTest fixture's PostgreSQL server. The
// same CSV streamed in small chunks: stored and duplicate counts, re-ingest idempotent, a chunk overlapping
// readings already stored (the server's COPY falls back to its staging table), the hand-worked alarms, the bulk
// alarm path (more than 2,000 alarm rows in one call), and an unknown sensor leaving the store unchanged.
#include "app/core/live/alarmservice.h"
#include "app/core/intake/readingintake.h"
#include "app/core/base/clock.h"
#include "app/core/io/readingingest.h"
#include "app/core/store/postgres/pgbackend.h"
#include "app/core/store/store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <tuple>

#include "storetestutil.h"

using namespace fc;
using fc::testutil::countReadings;
using fc::testutil::pgPort;
using fc::testutil::wait;

namespace {


qint64 count(Store &s, const QString &table, const QString &where = {})
{
    return wait(s.rows(table, where)).size();
}

QString csvTime(int k)
{
    return QDateTime(QDate(2024, 7, 1), QTime(0, 0), QTimeZone(8 * 3600)).addSecs(300 * k).toString(Qt::ISODate);
}

} // namespace

class TstIngestBackends : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    }

    // A new store of the kind with depth sensors X (blue 10, yellow 15, orange 25, red 40, hysteresis 2, 5 min)
    // and Z (red 40, no hysteresis, no minimum duration).
    std::unique_ptr<Store> fresh(const QString &kind)
    {
        const QString name = QStringLiteral("fc_ingest_t%1").arg(++m_n);
        QString at = m_dir.filePath(name + QStringLiteral(".gpkg")), e;
        if (kind == QLatin1String("pg")) {
            if (!testutil::createPgDatabase(name, &e))
                qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(e));
            at = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(pgPort(), name);
        }
        std::unique_ptr<Store> s = Store::create(at, &e);
        if (!s) {
            qWarning("%s", qPrintable(e));
            return s;
        }
        const QString point = QStringLiteral("POINT(121.48 31.22)");
        QList<RowChange> c;
        c.append({RowChange::Kind::Insert, QStringLiteral("sensors"), 0,
                  {{QStringLiteral("id"), QStringLiteral("X")}, {QStringLiteral("kind"), QStringLiteral("waterlogging")},
                   {QStringLiteral("geom"), point}, {QStringLiteral("blue"), 10}, {QStringLiteral("yellow"), 15},
                   {QStringLiteral("orange"), 25}, {QStringLiteral("red"), 40}, {QStringLiteral("hysteresis"), 2},
                   {QStringLiteral("min_duration_s"), 300}}});
        c.append({RowChange::Kind::Insert, QStringLiteral("sensors"), 0,
                  {{QStringLiteral("id"), QStringLiteral("Z")}, {QStringLiteral("kind"), QStringLiteral("waterlogging")},
                   {QStringLiteral("geom"), point}, {QStringLiteral("red"), 40}, {QStringLiteral("hysteresis"), 0},
                   {QStringLiteral("min_duration_s"), 0}}});
        if (!wait(s->apply(c)).ok)
            s.reset();
        return s;
    }

    void backends()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("geopackage") << QStringLiteral("gpkg");
        QTest::newRow("postgresql") << QStringLiteral("pg");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!pgPort().isEmpty(), "FC_TEST_PG_PORT is not set: the server fixture (tests/pg/pgserver.sh) did not run");
    }

    // Re-sent corrected data (hand-worked): X at t0..t3 = 1, 2, 3, 4; then a file with t1 = 2 (the same), t2 = 30
    // (another value) and t4 = 5 (new). Without --corrections t2 is a conflict, the stored 3 kept; with it, the 3
    // becomes 30, counted as corrected, and the audit entry keeps both values. Streamed two rows a chunk.
    void corrections_data() { backends(); }
    void corrections()
    {
        QFETCH(QString, kind);
        std::unique_ptr<Store> st = fresh(kind);
        QVERIFY(st);
        ReadingIngest ingest(*st, false);
        ingest.setChunkRows(2);
        QString e;
        QVERIFY2(ingest.load(&e), qPrintable(e));
        const QString first = write(QStringLiteral("first-%1.csv").arg(kind),
                                    QStringLiteral("sensor,time,value\nX,%1,1\nX,%2,2\nX,%3,3\nX,%4,4\n")
                                        .arg(csvTime(0), csvTime(1), csvTime(2), csvTime(3)).toUtf8());
        ReadingIngest::Summary s = ingest.ingestFile(first);
        QVERIFY2(s.ok && s.stored == 4, qPrintable(s.toText()));
        const QString resent = write(QStringLiteral("resent-%1.csv").arg(kind),
                                     QStringLiteral("sensor,time,value\nX,%1,2\nX,%2,30\nX,%3,5\n")
                                         .arg(csvTime(1), csvTime(2), csvTime(4)).toUtf8());
        auto valuesOfX = [&] {
            QStringList out;
            for (const Reading &r : wait(st->readings(ReadingQuery())).rows)
                out.append(QString::number(r.value));
            return out.join(QLatin1Char(' '));
        };
        s = ingest.ingestFile(resent);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.stored, 1);
        QCOMPARE(s.duplicates, 1);
        QCOMPARE(s.conflicts, 1);
        QCOMPARE(s.corrected, 0);
        QCOMPARE(valuesOfX(), QStringLiteral("1 2 3 4 5"));

        // A second seat follows the change feed: the correction reaches it as a reload of the readings.
        QString e2;
        std::unique_ptr<Store> seat = Store::open(st->path(), &e2);
        QVERIFY2(seat, qPrintable(e2));
        QSignalSpy feed(seat.get(), &Store::rowsChanged);
        ingest.setCorrections(true);
        s = ingest.ingestFile(resent);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.stored, 0);
        QCOMPARE(s.duplicates, 2);
        QCOMPARE(s.conflicts, 0);
        QCOMPARE(s.corrected, 1);
        QVERIFY2(s.toText().contains(QLatin1String("1 stored values corrected")), qPrintable(s.toText()));
        QCOMPARE(valuesOfX(), QStringLiteral("1 2 30 4 5"));
        const QList<StoreRow> audit = wait(st->rows(QStringLiteral("audit_log"), QStringLiteral("table_name = 'sensor_readings'")));
        QVERIFY(!audit.isEmpty());
        const QString note = audit.last().values.value(QStringLiteral("note")).toString();
        QVERIFY2(note.contains(QLatin1String("1 stored values corrected (before -> after)"))
                     && note.contains(QLatin1String("2024-06-30T16:10:00.000Z: 3 -> 30")),
                 qPrintable(note));
        bool reset = false;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const QList<QVariant> &args : std::as_const(feed))
                                         for (const RowEvent &ev : args.at(0).value<QList<RowEvent>>())
                                             reset = reset || (ev.table == QLatin1String("sensor_readings")
                                                               && ev.kind == RowEvent::Kind::Reset);
                                     return reset;
                                 }()),
                                 10000);
    }

    // What the panels ask of the stored readings (Store::readings), on both backends: bounds (after exclusive,
    // until inclusive) across midnight UTC, the latest reading up to a time that falls before a day's first
    // reading (the previous day's last), a sensor kind, quality flags read back.
    void readingQueries_data() { backends(); }
    void readingQueries()
    {
        QFETCH(QString, kind);
        std::unique_ptr<Store> st = fresh(kind);
        QVERIFY(st);
        const QList<StoreRow> sensors = wait(st->rows(QStringLiteral("sensors")));
        const qint32 x = qint32(sensors[0].fid), z = qint32(sensors[1].fid);
        WriteResult w = wait(st->insertRow(QStringLiteral("sensors"), {{QStringLiteral("id"), QStringLiteral("T")},
                                                                       {QStringLiteral("kind"), QStringLiteral("tide")},
                                                                       {QStringLiteral("geom"), QStringLiteral("POINT(121.49 31.24)")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        const qint32 t = qint32(w.fids[0]);
        auto utc = [](int day, int h, int m) { return QDateTime(QDate(2024, 9, day), QTime(h, m), QTimeZone::utc()); };
        ReadingBatch b;
        b.qualities = {QStringLiteral("forecast")};
        // X: 15th 23:50, 23:55, 16th 00:05, 00:10; Z: 16th 00:00; T: 16th 06:00 (a forecast).
        for (const auto &[sensor, when, v, q] : std::vector<std::tuple<qint32, QDateTime, double, int>>{
                 {x, utc(15, 23, 50), 1, -1}, {x, utc(15, 23, 55), 2, -1}, {x, utc(16, 0, 5), 3, -1},
                 {x, utc(16, 0, 10), 4, -1}, {z, utc(16, 0, 0), 10, -1}, {t, utc(16, 6, 0), 4.6, 0}})
            b.rows.push_back({when.toMSecsSinceEpoch(), v, sensor, q});
        const AppendResult a = wait(st->appendReadings(std::move(b)));
        QVERIFY2(a.ok && a.stored == 6, qPrintable(a.error));
        auto values = [&](const ReadingQuery &q) {
            QStringList out;
            const ReadingBatch r = wait(st->readings(q));
            for (const Reading &x : r.rows)
                out.append(QStringLiteral("%1:%2%3").arg(x.sensorFid).arg(x.value).arg(x.quality >= 0 ? QStringLiteral("/") + r.qualities[x.quality] : QString()));
            return out.join(QLatin1Char(' '));
        };
        auto s = [](qint32 f, const char *rest) { return QStringLiteral("%1:%2").arg(f).arg(QLatin1String(rest)); };
        ReadingQuery all;
        QCOMPARE(values(all), QStringList({s(x, "1"), s(x, "2"), s(x, "3"), s(x, "4"), s(z, "10"), s(t, "4.6/forecast")}).join(QLatin1Char(' ')));
        ReadingQuery window; // (23:55, 00:05]: after exclusive, until inclusive, across midnight
        window.after = utc(15, 23, 55);
        window.until = utc(16, 0, 5);
        QCOMPARE(values(window), QStringList({s(x, "3"), s(z, "10")}).join(QLatin1Char(' ')));
        window.sensors = {x};
        QCOMPARE(values(window), s(x, "3"));
        ReadingQuery latest; // up to 00:02 on the 16th: X's latest is the 15th's last; Z's at 00:00; T none yet
        latest.latestOnly = true;
        latest.until = utc(16, 0, 2);
        QCOMPARE(values(latest), QStringList({s(x, "2"), s(z, "10")}).join(QLatin1Char(' ')));
        latest.until = QDateTime();
        QCOMPARE(values(latest), QStringList({s(x, "4"), s(z, "10"), s(t, "4.6/forecast")}).join(QLatin1Char(' ')));
        latest.sensorKind = QStringLiteral("tide");
        QCOMPARE(values(latest), s(t, "4.6/forecast"));
        latest.sensorKind.clear();
        latest.after = utc(16, 0, 5); // latest within (00:05, now]: Z's only reading is older
        QCOMPARE(values(latest), QStringList({s(x, "4"), s(t, "4.6/forecast")}).join(QLatin1Char(' ')));
        // As rows, with the values the change feed carries.
        const QList<StoreRow> rows = wait(st->readingRows(window));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].values.value(QStringLiteral("observed_at")).toString(), QStringLiteral("2024-09-16T00:05:00.000Z"));
        QCOMPARE(rows[0].values.value(QStringLiteral("sensor_fid")).toLongLong(), qint64(x));
        // Two days of X, one of Z and one of T: four blocks.
        QCOMPARE(count(*st, QStringLiteral("reading_days")), qint64(4));
    }

    // A small batch of readings reaches every seat (another process on the file, another seat on the server, the
    // writer itself on the server through the audit log) as one Insert event per reading, as the writer announced
    // them, not as a reset that makes every panel read its readings again.
    void otherSeatsGetEachReading_data() { backends(); }
    void otherSeatsGetEachReading()
    {
        QFETCH(QString, kind);
        std::unique_ptr<Store> writer = fresh(kind);
        QVERIFY(writer);
        QString e;
        std::unique_ptr<Store> other = Store::open(writer->path(), &e);
        QVERIFY2(other, qPrintable(e));
        const qint32 x = qint32(wait(writer->rows(QStringLiteral("sensors"))).first().fid);
        QList<RowEvent> mine, theirs;
        connect(writer.get(), &Store::rowsChanged, this, [&](const QList<RowEvent> &ev) { mine += ev; });
        connect(other.get(), &Store::rowsChanged, this, [&](const QList<RowEvent> &ev) { theirs += ev; });
        ReadingBatch b;
        b.qualities = {QStringLiteral("checked")};
        const qint64 t0 = QDateTime(QDate(2024, 9, 16), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        // The last: at a time already given, with another value: a conflict (left out), not a duplicate.
        b.rows = {{t0, 12.5, x, 0}, {t0 + 300000, 13.0, x, -1}, {t0, 99.0, x, -1}};
        const AppendResult a = wait(writer->appendReadings(std::move(b)));
        QVERIFY2(a.ok && a.stored == 2 && a.duplicates == 0 && a.conflicts == 1, qPrintable(a.error));
        auto readings = [](const QList<RowEvent> &ev) {
            QStringList out;
            for (const RowEvent &x : ev)
                if (x.table == QLatin1String("sensor_readings"))
                    out.append(QStringLiteral("%1 %2 %3 %4 %5")
                                   .arg(x.kind == RowEvent::Kind::Insert ? QStringLiteral("insert") : QStringLiteral("other"))
                                   .arg(x.after.value(QStringLiteral("sensor_fid")).toLongLong())
                                   .arg(x.after.value(QStringLiteral("observed_at")).toString())
                                   .arg(x.after.value(QStringLiteral("value")).toDouble())
                                   .arg(x.after.value(QStringLiteral("quality")).toString()));
            return out;
        };
        const QStringList expected = {QStringLiteral("insert %1 2024-09-16T08:00:00.000Z 12.5 checked").arg(x),
                                      QStringLiteral("insert %1 2024-09-16T08:05:00.000Z 13 ").arg(x)};
        QTRY_COMPARE_WITH_TIMEOUT(readings(theirs), expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(readings(mine), expected, 10000);
        // A batch over 2,000 readings: one reset, everywhere.
        theirs.clear();
        ReadingBatch big;
        for (int k = 0; k < 2500; ++k)
            big.rows.push_back({t0 + qint64(k + 2) * 300000, double(k), x, -1});
        QVERIFY(wait(writer->appendReadings(std::move(big))).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!theirs.isEmpty(), 10000);
        QCOMPARE(readings(theirs), QStringList{QStringLiteral("other 0  0 ")});
    }

    // Readings from the feed endpoint or the drop folder go through the intake, which evaluates them and writes the
    // alarm in the same transaction (before, the writing seat's alarm service evaluated them in a second one, and
    // missed batches over the event limit); both seats' alarm services take the reading and adopt the alarm row,
    // and neither writes one of its own (no refused duplicate).
    void seatsAdoptEvaluatedReadings_data() { backends(); }
    void seatsAdoptEvaluatedReadings()
    {
        QFETCH(QString, kind);
        std::unique_ptr<Store> st = fresh(kind);
        QVERIFY(st);
        QString e;
        std::unique_ptr<Store> other = Store::open(st->path(), &e);
        QVERIFY2(other, qPrintable(e));
        Clock clock;
        clock.setFixed(QDateTime(QDate(2024, 9, 16), QTime(9, 0), QTimeZone::utc()));
        AlarmService a(&clock), b(&clock);
        a.setStore(st.get());
        b.setStore(other.get());
        QTRY_VERIFY_WITH_TIMEOUT(a.isReady() && b.isReady(), 20000);
        QSignalSpy refusedA(st.get(), &Store::writeFailed), refusedB(other.get(), &Store::writeFailed);
        const qint64 z = wait(st->rows(QStringLiteral("sensors"), QStringLiteral("id = 'Z'"))).first().fid;
        ReadingBatch batch;
        batch.rows = {{QDateTime(QDate(2024, 9, 16), QTime(8, 55), QTimeZone::utc()).toMSecsSinceEpoch(), 45.0, qint32(z), -1}};
        ReadingIntake intake;
        intake.setStore(st.get());
        const ReadingIntake::Result r = wait(intake.submitBatch(std::move(batch), QStringLiteral("feed endpoint")));
        QVERIFY2(r.summary.ok, qPrintable(r.summary.error));
        QCOMPARE(r.summary.alarmChanges, 1);
        // Written with the reading: there when the write returns.
        QCOMPARE(count(*st, QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL AND level = 'red'")), qint64(1));
        // Both seats adopt the alarm row, neither races to write the same alarm (which the one-in-force rule would
        // refuse, shown to its officer as an error).
        QTRY_COMPARE_WITH_TIMEOUT(a.alarms().size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b.alarms().size(), 1, 10000);
        QTest::qWait(1000);
        QCOMPARE(count(*st, QStringLiteral("alarms")), qint64(1));
        QCOMPARE(refusedA.count() + refusedB.count(), 0);
        QCOMPARE(b.engine().latest().value(z).value, 45.0);
    }

    void streamedIngest_data() { backends(); }
    void streamedIngest()
    {
        QFETCH(QString, kind);
        std::unique_ptr<Store> st = fresh(kind);
        QVERIFY(st);
        // The hand-worked series of tst_ingest (one blue..yellow episode cleared at t10, a red alarm from t12);
        // the reading at t3 twice (the second one ignored), a bad value on line 5.
        const double x[] = {5, 12, 13, 16, 26, 27, 14, 12, 7, 7, 6, 45, 45};
        QByteArray csv = "sensor,time,value,quality\n";
        for (int k = 0; k < 13; ++k) {
            csv += "X," + csvTime(k).toLatin1() + ',' + QByteArray::number(x[k]) + (k == 4 ? ",checked\n" : ",\n");
            if (k == 3)
                csv += "X," + csvTime(k).toLatin1() + ",99,\nX," + csvTime(k).toLatin1() + ",deep,\n";
        }
        ReadingIngest in(*st);
        in.setChunkRows(4);
        QString e;
        QVERIFY(in.load(&e));
        const QString first = write(kind + QStringLiteral("-series.csv"), csv);
        const qint64 copiedBefore = PgBackend::readingsCopied();
        const ReadingIngest::Summary s = in.ingestFile(first);
        QVERIFY2(s.ok, qPrintable(s.error));
        // On the server every reading stored goes in with its day block through COPY (the 13 new ones; the
        // duplicate is merged away before), never through the row-by-row fallback (under Qt 6 it once did, unnoticed).
        QCOMPARE(PgBackend::readingsCopied() - copiedBefore, kind == QLatin1String("gpkg") ? qint64(0) : qint64(13));
        QCOMPARE(s.rowsRead, qint64(15));
        QCOMPARE(s.rejected, qint64(1));
        QCOMPARE(s.rejects.first().line, qint64(7));
        QCOMPARE(s.stored, qint64(13));
        QCOMPARE(s.duplicates, qint64(0)); // the second reading at t3 has another value: a conflict
        QCOMPARE(s.conflicts, qint64(1));
        QCOMPARE(countReadings(*st), qint64(13));
        QCOMPARE(countReadings(*st, [](const QVariantMap &r) { return r.value(QStringLiteral("value")).toDouble() == 16; }), qint64(1)); // first kept
        QCOMPARE(countReadings(*st, [](const QVariantMap &r) {
                     return r.value(QStringLiteral("quality")).toString() == QLatin1String("checked") && r.value(QStringLiteral("value")).toDouble() == 26;
                 }), qint64(1));
        QCOMPARE(count(*st, QStringLiteral("alarms")), qint64(2));
        QCOMPARE(count(*st, QStringLiteral("alarms"),
                       QStringLiteral("level = 'blue' AND peak_level = 'yellow' AND peak_value = 27 AND "
                                      "raised_at = '2024-06-30T16:10:00.000Z' AND cleared_at = '2024-06-30T16:50:00.000Z'")),
                 qint64(1));
        QCOMPARE(count(*st, QStringLiteral("alarms"),
                       QStringLiteral("level = 'red' AND raised_at = '2024-06-30T17:00:00.000Z' AND cleared_at IS NULL")),
                 qint64(1));

        // Re-ingest: all duplicates. Then a file whose second half is new: the chunks overlapping stored readings
        // are left as they were, the new ones stored.
        const ReadingIngest::Summary again = in.ingestFile(first);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.stored, qint64(0));
        QCOMPARE(again.duplicates, qint64(13));
        QCOMPARE(again.conflicts, qint64(1)); // the second reading at t3 (99, stored: 16)
        QCOMPARE(again.alarmChanges, 0);
        QByteArray more = "sensor,time,value\n";
        for (int k = 8; k < 20; ++k)
            more += "X," + csvTime(k).toLatin1() + (k < 13 ? ",1\n" : ",50\n");
        const ReadingIngest::Summary m = in.ingestFile(write(kind + QStringLiteral("-more.csv"), more));
        QVERIFY2(m.ok, qPrintable(m.error));
        QCOMPARE(m.stored, qint64(7));
        QCOMPARE(m.duplicates, qint64(0));
        QCOMPARE(m.conflicts, qint64(5)); // value 1 at t8..t12, where other values are stored
        QCOMPARE(countReadings(*st), qint64(20));
        QCOMPARE(countReadings(*st, [](const QVariantMap &r) { return r.value(QStringLiteral("value")).toDouble() == 1; }), qint64(0));
        // The red alarm stays the one alarm in force (50 cm keeps it red).
        QCOMPARE(count(*st, QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL")), qint64(1));

        // An unknown sensor fid fails the whole call; nothing changes.
        ReadingBatch b;
        b.rows.push_back({QDateTime(QDate(2024, 8, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(), 1.0, 1, -1});
        b.rows.push_back({QDateTime(QDate(2024, 8, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(), 1.0, 99999, -1});
        QVERIFY(!wait(st->appendReadings(std::move(b))).ok);
        QCOMPARE(countReadings(*st), qint64(20));
    }

    void bulkAlarms_data() { backends(); }
    void bulkAlarms()
    {
        // Z alternates 50 and 0 cm: 2,100 red alarms raised and cleared, written in bulk.
        QFETCH(QString, kind);
        std::unique_ptr<Store> st = fresh(kind);
        QVERIFY(st);
        QByteArray csv = "sensor,time,value\n";
        for (int k = 0; k < 4200; ++k)
            csv += "Z," + csvTime(k).toLatin1() + (k % 2 ? ",0\n" : ",50\n");
        ReadingIngest in(*st);
        QString e;
        QVERIFY(in.load(&e));
        const QString file = write(kind + QStringLiteral("-bulk.csv"), csv);
        const ReadingIngest::Summary s = in.ingestFile(file);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.alarmChanges, 2100);
        QCOMPARE(count(*st, QStringLiteral("alarms"), QStringLiteral("level = 'red' AND peak_value = 50 AND cleared_at IS NOT NULL")),
                 qint64(2100));
        QCOMPARE(count(*st, QStringLiteral("alarms"), QStringLiteral("raised_at = '2024-06-30T16:00:00.000Z' AND "
                                                                     "cleared_at = '2024-06-30T16:05:00.000Z'")),
                 qint64(1));
        // A later reading of 50 raises one new alarm in force, an update of nothing stored before.
        const ReadingIngest::Summary next = in.ingestFile(
            write(kind + QStringLiteral("-next.csv"), "sensor,time,value\nZ," + csvTime(4200).toLatin1() + ",50\n"));
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.alarmChanges, 1);
        QCOMPARE(count(*st, QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL")), qint64(1));
        QCOMPARE(in.ingestFile(file).alarmChanges, 0);
    }
};

QTEST_MAIN(TstIngestBackends)
#include "tst_ingestbackends.moc"
