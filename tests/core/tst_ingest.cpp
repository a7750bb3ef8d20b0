// Readings through the store: CSV ingest (good rows stored, bad rows reported, nothing half-applied), idempotent
// re-ingest, alarms raised in the same transaction, acknowledgement, floodctl ingest, and the replay state of the
// Typhoon Bebinca scenario at given times (signals and levels from DOMAIN.md).
#include "app/core/io/readingingest.h"
#include "app/core/district/demooperation.h"
#include "app/core/live/replayscenario.h"
#include "app/core/store/store.h"
#include "storetestutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fc;
using fc::testutil::countReadings;
using fc::testutil::wait;

namespace {

qint64 count(Store &s, const QString &table, const QString &where = {}, const QVariantList &binds = {})
{
    return wait(s.rows(table, where, binds)).size();
}

QDateTime bj(int d, int h, int m = 0)
{
    return QDateTime(QDate(2024, 9, d), QTime(h, m), QTimeZone(8 * 3600));
}

// A hand-worked depth series (cm, every 5 min from 2024-07-01 00:00 Beijing time) for sensor X with blue 10,
// yellow 15, orange 25, red 40, hysteresis 2, minimum duration 5 min:
//  t1 12 blue pending; t2 13 blue for 5 min -> raised blue at t2; t3 16 yellow pending; t4 26 (orange, pending
//  stays the lower yellow) -> yellow at t4; t5 27 orange pending (the peak: 27); t6 14 holds yellow (15 - 2 = 13) and
//  drops the pending; t7 12 blue pending; t8 7 -> blue at t8; t9 7 none pending; t10 6 -> cleared at t10;
//  t11 45 red pending; t12 45 -> a second alarm, red, raised at t12, in force.
// Sensor Y reads 0 at every time (no alarm). With `displaced`, X's reading at t2 comes last in the file.
QByteArray seriesCsv(bool displaced)
{
    const double x[] = {5, 12, 13, 16, 26, 27, 14, 12, 7, 7, 6, 45, 45};
    const QDateTime t0(QDate(2024, 7, 1), QTime(0, 0), QTimeZone(8 * 3600));
    QByteArray csv = "sensor,time,value\n", last;
    for (int k = 0; k < 13; ++k) {
        const QByteArray t = t0.addSecs(300 * k).toString(Qt::ISODate).toLatin1();
        const QByteArray line = "X," + t + ',' + QByteArray::number(x[k]) + '\n';
        if (displaced && k == 2)
            last = line;
        else
            csv += line;
        csv += "Y," + t + ",0\n";
    }
    return csv + last;
}

// Alarm rows without their fids and revisions, in the order raised.
QList<QVariantMap> alarmValues(Store &s)
{
    QList<StoreRow> rows = wait(s.rows(QStringLiteral("alarms")));
    std::sort(rows.begin(), rows.end(), [](const StoreRow &a, const StoreRow &b) {
        return a.values.value(QStringLiteral("raised_at")).toString() < b.values.value(QStringLiteral("raised_at")).toString();
    });
    QList<QVariantMap> out;
    for (StoreRow &r : rows) {
        r.values.remove(QStringLiteral("fid"));
        r.values.remove(QStringLiteral("rev"));
        out.append(r.values);
    }
    return out;
}

} // namespace

class TstIngest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_path;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("op.gpkg"));
        QString e;
        m_store = DemoOperation::createStore(m_path, &e);
        QVERIFY2(m_store, qPrintable(e));
    }

    void csvIngestGoodAndBadRows()
    {
        // Tide gauge S-TIDE-01 (code 63401200): blue 4.55 m, 10 min minimum duration (demo seed).
        const QString f = write(QStringLiteral("tide.csv"), "\xEF\xBB\xBF站点编号,时间,数值\n"
                                                            "63401200,2024-09-16T08:00:00+08:00,4.40\n"
                                                            "63401200,2024-09-16T08:05:00+08:00,4.60\n"
                                                            "63401200,2024-09-16T08:10:00+08:00,4.62\n"
                                                            "63401200,2024-09-16T08:15:00+08:00,4.64\n"
                                                            "63401200,2024-09-16T08:20:00,4.70\n"
                                                            "63401200,2024-09-16T08:25:00+08:00,high\n"
                                                            "S-NOPE,2024-09-16T08:25:00+08:00,4.7\n"
                                                            "S-WL-01,2024-09-16T08:15:00+08:00,12\n");
        ReadingIngest in(*m_store);
        QString e;
        QVERIFY(in.load(&e));
        const qint64 before = countReadings(*m_store);
        const ReadingIngest::Summary s = in.ingestFile(f);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.rowsRead, qint64(8));
        QCOMPARE(s.stored, qint64(5));
        QCOMPARE(s.duplicates, qint64(0));
        QCOMPARE(s.rejected, qint64(3));
        QCOMPARE(s.rejects[0].line, qint64(6));
        QCOMPARE(s.rejects[1].line, qint64(7));
        QCOMPARE(s.rejects[2].line, qint64(8));
        QVERIFY(s.toText().contains(QLatin1String("tide.csv:7:")));
        QCOMPARE(countReadings(*m_store), before + 5);
        // Rejected rows are not in the store.
        QCOMPARE(countReadings(*m_store, [](const QVariantMap &r) { return r.value(QStringLiteral("value")).toDouble() == 4.7; }), qint64(0));
        // Blue held from 08:05 to 08:15 (10 min): one blue alarm raised at 08:15, value 4.64.
        const QList<StoreRow> alarms = wait(m_store->rows(QStringLiteral("alarms"), QStringLiteral("source = 'reading'")));
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms[0].values.value(QStringLiteral("level")).toString(), QStringLiteral("blue"));
        QCOMPARE(alarms[0].values.value(QStringLiteral("value")).toDouble(), 4.64);
        QCOMPARE(QDateTime::fromString(alarms[0].values.value(QStringLiteral("raised_at")).toString(), Qt::ISODateWithMs),
                 bj(16, 8, 15));

        // The tide also raised freeboard alarms for the low Suzhou Creek wall segments (crest - 4.64 m < 1 m).
        const qint64 alarmsNow = count(*m_store, QStringLiteral("alarms"));
        QVERIFY(count(*m_store, QStringLiteral("alarms"), QStringLiteral("source = 'freeboard'")) > 0);
        // Re-ingest: every good row is a duplicate; nothing changes, no second alarm.
        const ReadingIngest::Summary again = in.ingestFile(f);
        QVERIFY(again.ok);
        QCOMPARE(again.stored, qint64(0));
        QCOMPARE(again.duplicates, qint64(5));
        QCOMPARE(again.alarmChanges, 0);
        QCOMPARE(countReadings(*m_store), before + 5);
        QCOMPARE(count(*m_store, QStringLiteral("alarms")), alarmsNow);

        // A fresh ingest (state reloaded from the store) sees the same.
        ReadingIngest in2(*m_store);
        QVERIFY(in2.load(&e));
        QCOMPARE(in2.ingestFile(f).duplicates, qint64(5));
        QCOMPARE(count(*m_store, QStringLiteral("alarms")), alarmsNow);
    }

    void uniqueIndexInSchema()
    {
        // Readings are written by the ingest only (merged into their day block), never as rows of their own.
        const WriteResult w = wait(m_store->insertRow(QStringLiteral("reading_days"),
                                                      {{QStringLiteral("sensor_fid"), 9}, {QStringLiteral("day"), 19982},
                                                       {QStringLiteral("data"), QByteArray("RD\x01\x00\x00", 5)}}));
        QVERIFY(!w.ok);
        QVERIFY2(w.error.contains(QLatin1String("readings ingest")), qPrintable(w.error));
        // One block per sensor and day, in the database itself: a second block of the same day is refused.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-unique"));
        db.setDatabaseName(m_store->path());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO reading_days (sensor_fid, day, data) SELECT sensor_fid, day, data "
                                           "FROM reading_days LIMIT 1")));
            QVERIFY2(q.lastError().text().contains(QLatin1String("UNIQUE")), qPrintable(q.lastError().text()));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-unique"));
        // One alarm in force per sensor and source.
        const WriteResult a = wait(m_store->insertRow(QStringLiteral("alarms"),
                                                      {{QStringLiteral("sensor_fid"), 9},
                                                       {QStringLiteral("source"), QStringLiteral("reading")},
                                                       {QStringLiteral("level"), QStringLiteral("red")},
                                                       {QStringLiteral("raised_at"), bj(16, 9)}}));
        QVERIFY(!a.ok);
    }

    void unknownSensorFailsWholeBatch()
    {
        const qint64 before = countReadings(*m_store);
        ReadingBatch b;
        b.rows.push_back({bj(16, 9).toMSecsSinceEpoch(), 1.0, 10, -1});
        b.rows.push_back({bj(16, 9).toMSecsSinceEpoch(), 1.0, 99999, -1});
        const AppendResult r = wait(m_store->appendReadings(std::move(b)));
        QVERIFY(!r.ok);
        QCOMPARE(countReadings(*m_store), before);
    }

    void badFileChangesNothing()
    {
        const qint64 before = countReadings(*m_store);
        ReadingIngest in(*m_store);
        QString e;
        QVERIFY(in.load(&e));
        const ReadingIngest::Summary s = in.ingestFile(write(QStringLiteral("bad.csv"), "sensor,when,value\nS-WL-01,x,1\n"));
        QVERIFY(!s.ok);
        QVERIFY(s.error.contains(QLatin1String("bad.csv")));
        QCOMPARE(countReadings(*m_store), before);
    }

    // A fresh store with depth sensors X and Y (thresholds as in seriesCsv) and Z (red at 40 cm, no hysteresis,
    // no minimum duration).
    std::unique_ptr<Store> seriesStore(const QString &name)
    {
        QString e;
        std::unique_ptr<Store> s = Store::create(m_dir.filePath(name), &e);
        if (!s)
            return s;
        QList<RowChange> c;
        for (const char *id : {"X", "Y"})
            c.append({RowChange::Kind::Insert, QStringLiteral("sensors"), 0,
                      {{QStringLiteral("id"), QString::fromLatin1(id)}, {QStringLiteral("kind"), QStringLiteral("waterlogging")},
                       {QStringLiteral("geom"), QStringLiteral("POINT(121.48 31.22)")}, {QStringLiteral("blue"), 10},
                       {QStringLiteral("yellow"), 15}, {QStringLiteral("orange"), 25}, {QStringLiteral("red"), 40},
                       {QStringLiteral("hysteresis"), 2}, {QStringLiteral("min_duration_s"), 300}}});
        c.append({RowChange::Kind::Insert, QStringLiteral("sensors"), 0,
                  {{QStringLiteral("id"), QStringLiteral("Z")}, {QStringLiteral("kind"), QStringLiteral("waterlogging")},
                   {QStringLiteral("geom"), QStringLiteral("POINT(121.48 31.22)")}, {QStringLiteral("red"), 40},
                   {QStringLiteral("hysteresis"), 0}, {QStringLiteral("min_duration_s"), 0}}});
        if (!wait(s->apply(c)).ok)
            s.reset();
        return s;
    }

    void streamedIngestRaisesTheHandWorkedAlarms()
    {
        // Chunks of 3 readings: every chunk boundary falls inside the series.
        std::unique_ptr<Store> st = seriesStore(QStringLiteral("streamed.gpkg"));
        QVERIFY(st);
        const QString file = write(QStringLiteral("series.csv"), seriesCsv(false));
        ReadingIngest in(*st);
        in.setChunkRows(3);
        QString e;
        QVERIFY(in.load(&e));
        const ReadingIngest::Summary s = in.ingestFile(file);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.stored, qint64(26));
        QCOMPARE(s.alarmChanges, 2);
        const QList<QVariantMap> a = alarmValues(*st);
        QCOMPARE(a.size(), 2);
        const auto text = [](const QVariantMap &m, const char *k) { return m.value(QString::fromLatin1(k)).toString(); };
        QCOMPARE(text(a[0], "source"), QStringLiteral("reading"));
        QCOMPARE(text(a[0], "level"), QStringLiteral("blue"));
        QCOMPARE(text(a[0], "peak_level"), QStringLiteral("yellow"));
        QCOMPARE(a[0].value(QStringLiteral("value")).toDouble(), 6.0);
        // The worst value of the episode (27 cm at 00:25), not the value at its last level change (26 cm).
        QCOMPARE(a[0].value(QStringLiteral("peak_value")).toDouble(), 27.0);
        QCOMPARE(text(a[0], "raised_at"), QStringLiteral("2024-06-30T16:10:00.000Z"));
        QCOMPARE(text(a[0], "escalated_at"), QStringLiteral("2024-06-30T16:20:00.000Z"));
        QCOMPARE(text(a[0], "cleared_at"), QStringLiteral("2024-06-30T16:50:00.000Z"));
        QCOMPARE(text(a[1], "level"), QStringLiteral("red"));
        QCOMPARE(a[1].value(QStringLiteral("value")).toDouble(), 45.0);
        QCOMPARE(text(a[1], "raised_at"), QStringLiteral("2024-06-30T17:00:00.000Z"));
        QVERIFY(a[1].value(QStringLiteral("cleared_at")).isNull());

        // The whole file sorted at once (the batch path) raises the very same alarms.
        std::unique_ptr<Store> whole = seriesStore(QStringLiteral("whole.gpkg"));
        QVERIFY(whole);
        ReadingIngest w(*whole);
        QVERIFY(w.load(&e));
        ReadingCsv::Result parsed = ReadingCsv::parseFile(file, w.sensorLookup());
        QVERIFY(parsed.ok);
        QVERIFY(w.ingestBatch(std::move(parsed.batch), file).ok);
        QCOMPARE(alarmValues(*whole), a);

        // Re-ingest, streamed: all duplicates, no alarm change, nothing new in the store.
        const ReadingIngest::Summary again = in.ingestFile(file);
        QVERIFY(again.ok);
        QCOMPARE(again.stored, qint64(0));
        QCOMPARE(again.duplicates, qint64(26));
        QCOMPARE(again.alarmChanges, 0);
        QCOMPARE(countReadings(*st), qint64(26));
        QCOMPARE(alarmValues(*st), a);

        // X's reading at t2 last in the file: streaming would see it after t12 and drop it from the evaluation;
        // the ingest notices, rolls back and takes the file whole, so the alarms are the hand-worked ones again.
        std::unique_ptr<Store> late = seriesStore(QStringLiteral("late.gpkg"));
        QVERIFY(late);
        ReadingIngest l(*late);
        l.setChunkRows(3);
        QVERIFY(l.load(&e));
        const ReadingIngest::Summary ls = l.ingestFile(write(QStringLiteral("late.csv"), seriesCsv(true)));
        QVERIFY2(ls.ok, qPrintable(ls.error));
        QCOMPARE(ls.stored, qint64(26));
        QCOMPARE(countReadings(*late), qint64(26));
        QCOMPARE(alarmValues(*late), a);
    }

    void streamedRejectsByLineAndDuplicatesAcrossChunks()
    {
        std::unique_ptr<Store> st = seriesStore(QStringLiteral("rejects.gpkg"));
        QVERIFY(st);
        // Lines 3 and 6 are bad; line 5 repeats line 2 (a later chunk with chunks of 2): stored once.
        const QString file = write(QStringLiteral("rejects.csv"), "sensor,time,value\n"
                                                                  "Y,2024-07-01T00:00:00+08:00,1\n"
                                                                  "Y,2024-07-01T00:05:00+08:00,high\n"
                                                                  "Y,2024-07-01T00:10:00+08:00,2\n"
                                                                  "Y,2024-07-01T00:00:00+08:00,1\n"
                                                                  "NOPE,2024-07-01T00:15:00+08:00,3\n"
                                                                  "Y,2024-07-01T00:15:00+08:00,3\n");
        ReadingIngest in(*st);
        in.setChunkRows(2);
        QString e;
        QVERIFY(in.load(&e));
        const ReadingIngest::Summary s = in.ingestFile(file);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.rowsRead, qint64(6));
        QCOMPARE(s.rejected, qint64(2));
        QCOMPARE(s.rejects[0].line, qint64(3));
        QCOMPARE(s.rejects[1].line, qint64(6));
        QCOMPARE(s.stored, qint64(3));
        QCOMPARE(s.duplicates, qint64(1));
        QCOMPARE(countReadings(*st), qint64(3));
        // An unreadable header changes nothing, streamed too.
        const ReadingIngest::Summary bad = in.ingestFile(write(QStringLiteral("nohdr.csv"), "sensor,when,value\nY,x,1\n"));
        QVERIFY(!bad.ok);
        QVERIFY(bad.error.contains(QLatin1String("nohdr.csv")));
        QCOMPARE(countReadings(*st), qint64(3));
    }

    void manyAlarmsInBulk()
    {
        // Z alternates 0 and 50 cm every 5 minutes: each 50 raises a red alarm, the next 0 clears it, so 2,100
        // readings pairs give 2,100 alarm rows: more than the per-row change events (2,000) of one call, so they
        // are written in bulk with one audit entry and reach the change feed as one reset of `alarms`.
        std::unique_ptr<Store> st = seriesStore(QStringLiteral("bulk.gpkg"));
        QVERIFY(st);
        const QDateTime t0(QDate(2024, 7, 1), QTime(0, 0), QTimeZone(8 * 3600));
        QByteArray csv = "sensor,time,value\n";
        for (int k = 0; k < 4200; ++k)
            csv += "Z," + t0.addSecs(300 * k).toString(Qt::ISODate).toLatin1() + (k % 2 ? ",0\n" : ",50\n");
        ReadingIngest in(*st);
        QString e;
        QVERIFY(in.load(&e));
        QSignalSpy feed(st.get(), &Store::rowsChanged);
        const ReadingIngest::Summary s = in.ingestFile(write(QStringLiteral("bulk.csv"), csv));
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.alarmChanges, 2100);
        const QList<QVariantMap> a = alarmValues(*st);
        QCOMPARE(a.size(), 2100);
        QCOMPARE(a[0].value(QStringLiteral("raised_at")).toString(), QStringLiteral("2024-06-30T16:00:00.000Z"));
        QCOMPARE(a[0].value(QStringLiteral("cleared_at")).toString(), QStringLiteral("2024-06-30T16:05:00.000Z"));
        QCOMPARE(a[2099].value(QStringLiteral("raised_at")).toString(),
                 t0.addSecs(300 * 4198).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        QCOMPARE(count(*st, QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL")), qint64(0));
        QCOMPARE(count(*st, QStringLiteral("alarms"), QStringLiteral("level = 'red' AND peak_value = 50")), qint64(2100));
        QTRY_VERIFY(!feed.isEmpty());
        bool alarmsReset = false;
        int alarmEvents = 0;
        for (const QList<QVariant> &signal : std::as_const(feed))
            for (const RowEvent &ev : signal.at(0).value<QList<RowEvent>>())
                if (ev.table == QLatin1String("alarms")) {
                    ++alarmEvents;
                    alarmsReset = alarmsReset || ev.kind == RowEvent::Kind::Reset;
                }
        QVERIFY(alarmsReset);
        QCOMPARE(alarmEvents, 1);
        const QList<AuditEntry> log = wait(st->auditLog(QStringLiteral("alarms")));
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().action, QStringLiteral("import"));
        // The engine knows the new rows' fids: a re-ingest changes nothing.
        QCOMPARE(in.ingestFile(write(QStringLiteral("bulk.csv"), csv)).alarmChanges, 0);
    }

    void acknowledge()
    {
        const QList<StoreRow> a = wait(m_store->rows(QStringLiteral("alarms"), QStringLiteral("cleared_at IS NULL")));
        QVERIFY(!a.isEmpty());
        const WriteResult w = wait(m_store->updateRow(QStringLiteral("alarms"), a[0].fid,
                                                      {{QStringLiteral("acknowledged_by"), QStringLiteral("张伟")},
                                                       {QStringLiteral("acknowledged_at"), bj(16, 8, 20)},
                                                       {QStringLiteral("remark"), QStringLiteral("已通知闸门班组")}}));
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(wait(m_store->row(QStringLiteral("alarms"), a[0].fid)).values.value(QStringLiteral("acknowledged_by")).toString(),
                 QStringLiteral("张伟"));
    }

    void floodctlIngest()
    {
        const QString f = write(QStringLiteral("wl.csv"), "sensor;time;value\nS-WL-02;2024-09-16T09:00:00+08:00;3\n"
                                                          "S-WL-02;2024-09-16T09:05:00+08:00;n/a\n");
        QProcess p;
        p.start(QStringLiteral(FLOODCTL_BIN), {QStringLiteral("ingest"), m_path, f});
        // The store is open here too: SQLite WAL lets both work; the tool waits for its write lock.
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 1); // a row was rejected
        QVERIFY2(out.contains(QLatin1String("2 rows read, 1 stored, 0 duplicates, 1 rejected")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("wl.csv:3:")));
    }

    void replayStates()
    {
        ReplayScenario::Summary sum;
        QString e;
        QVERIFY2(ReplayScenario::writeBebinca(*m_store, &sum, &e), qPrintable(e));
        QCOMPARE(sum.signalCount, 4);
        QVERIFY(sum.readings > 18000);

        // Before the first signal (09-14 17:00): nothing in force.
        ReplayState s;
        QVERIFY(ReplayState::compute(*m_store, bj(14, 12), &s, &e));
        QVERIFY(s.signalsInForce.isEmpty());
        QCOMPARE(s.responseLevel, QStringLiteral("none"));

        // 09-15 12:00: typhoon yellow and Huangpu high-tide blue since 08:00, response III.
        ReplayState s2;
        QVERIFY(ReplayState::compute(*m_store, bj(15, 12), &s2, &e));
        QStringList sig;
        for (const auto &x : s2.signalsInForce)
            sig.append(x.kind + QLatin1Char('/') + x.colour);
        sig.sort();
        QCOMPARE(sig, QStringList({QStringLiteral("high_tide/blue"), QStringLiteral("typhoon/yellow")}));
        QCOMPARE(s2.responseLevel, QStringLiteral("III"));

        // Landfall 09-16 07:30: typhoon orange, response II, the storm at the Lingang landfall point.
        ReplayState s3;
        QVERIFY(ReplayState::compute(*m_store, bj(16, 7, 30), &s3, &e));
        QCOMPARE(s3.responseLevel, QStringLiteral("II"));
        QVERIFY(s3.haveTyphoon);
        QVERIFY(std::abs(s3.typhoon.pressureHpa - 955) < 0.01);
        // 09-15 17:00 -> 09-16 05:00 halfway (11:00): lat between 30.2 and 30.7.
        ReplayState s4;
        QVERIFY(ReplayState::compute(*m_store, bj(15, 23), &s4, &e));
        QVERIFY(std::abs(s4.typhoon.lat - 30.45) < 0.01);
        QVERIFY(std::abs(s4.typhoon.lon - 124.15) < 0.01);
        // Near the late-morning high water the tide gauge reading is in the latest readings and alarms are in force.
        ReplayState s5;
        QVERIFY(ReplayState::compute(*m_store, bj(16, 11), &s5, &e));
        QVERIFY(!s5.alarms.isEmpty());
        bool tideSeen = false;
        for (auto it = s5.latest.cbegin(); it != s5.latest.cend(); ++it)
            if (s5.sensors.value(it.key()).isTide()) {
                tideSeen = true;
                QCOMPARE(QDateTime::fromMSecsSinceEpoch(it->atMs, Qt::UTC), bj(16, 11).toUTC());
            }
        QVERIFY(tideSeen);
    }
};

QTEST_GUILESS_MAIN(TstIngest)
#include "tst_ingest.moc"
